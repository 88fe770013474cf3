import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { formatNumber } from "@/lib/format";
import type { ReportDetail } from "@/lib/reports/queries";

/** The entries of a report, read-only: what the unit reported on each work item. */
export async function ReportEntries({ entries }: { entries: ReportDetail["entries"] }) {
  const [t, locale] = await Promise.all([getTranslations("reports"), getLocale()]);
  if (entries.length === 0) return <EmptyState title={t("noEntries")} />;
  return (
    <div className="space-y-3">
      {entries.map((entry) => {
        const delta = entry.previousProgress === null ? null : entry.progress - entry.previousProgress;
        return (
          <article key={entry.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:break-inside-avoid" data-testid="entry-view">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-mono text-xs text-slate-500">{entry.item.code}</span>
                  {entry.item.source === "MEETING_DECISION" && <Badge tone="brand">{t("meetingDecision")}</Badge>}
                  {entry.needsCoordination && <Badge tone="orange">{t("needsCoordinationBadge")}</Badge>}
                </div>
                <Link href={`/plan/items/${entry.item.id}`} className="mt-0.5 block font-medium text-slate-900 hover:text-brand-700">{entry.item.title}</Link>
              </div>
              <div className="w-56 shrink-0 text-xs text-slate-600">
                <ProgressBar value={entry.progress} planned={entry.planned} label={entry.item.title} />
                <div className="mt-1 flex justify-between">
                  <span>{t("plannedThisWeek", { value: entry.planned.toFixed(0) })}</span>
                  {delta !== null && <span className={delta < 0 ? "text-red-600" : delta > 0 ? "text-green-700" : ""}>{t("delta", { value: delta > 0 ? `+${formatNumber(delta, locale)}` : formatNumber(delta, locale) })}</span>}
                </div>
              </div>
            </div>
            <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-xs text-slate-500">{t("doneThisWeek")}</dt>
                <dd className="whitespace-pre-line text-slate-800">{entry.doneThisWeek || "—"}</dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">{t("planNextWeek")}</dt>
                <dd className="whitespace-pre-line text-slate-800">{entry.planNextWeek || "—"}</dd>
              </div>
              {entry.item.indicators.map((indicator) => (
                <div key={indicator.id}>
                  <dt className="text-xs text-slate-500">{indicator.name}</dt>
                  <dd className="tabular-nums text-slate-800">
                    {formatNumber(entry.indicatorValues[indicator.id] ?? null, locale)} {indicator.unit}
                  </dd>
                </div>
              ))}
              {entry.problems && (
                <div className="sm:col-span-2">
                  <dt className="text-xs text-slate-500">{t("problems")}</dt>
                  <dd className="whitespace-pre-line text-slate-800">{entry.problems}</dd>
                </div>
              )}
              {entry.regressionReason && (
                <div className="sm:col-span-2">
                  <dt className="text-xs text-slate-500">{t("regressionReason")}</dt>
                  <dd className="text-red-700">{entry.regressionReason}</dd>
                </div>
              )}
              {entry.attachments.length > 0 && (
                <div className="sm:col-span-2">
                  <dt className="text-xs text-slate-500">{t("attachments")}</dt>
                  <dd className="flex flex-wrap gap-3">
                    {entry.attachments.map((attachment) => (
                      <a key={attachment.id} href={`/api/attachments/${attachment.id}`} className="text-brand-700 hover:underline">{attachment.fileName}</a>
                    ))}
                  </dd>
                </div>
              )}
            </dl>
          </article>
        );
      })}
    </div>
  );
}
