// The dashboard's readiness panel: the estimated overall score against the bar, the five groups, the weakest indicators, and a link to /readiness.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Panel } from "@/components/dashboard/panel";
import { EmptyState } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import { scoreText } from "@/lib/readiness/display";
import type { ReadinessSummary } from "@/lib/readiness/queries";

export async function ReadinessPanel({ data }: { data: Promise<ReadinessSummary | null> }) {
  const [t, locale, summary] = await Promise.all([getTranslations("readiness"), getLocale() as Promise<Locale>, data]);
  const score = (value: number | null) => (value === null ? t("missing") : scoreText(value, locale));
  return (
    <Panel title={t("panel.title")} testId="panel-readiness" actions={<Link href="/readiness" className="text-sm text-brand-700 hover:underline">{t("panel.open")}</Link>}>
      {!summary ? (
        <EmptyState title={t("panel.empty")} />
      ) : (
        <div className="space-y-3 text-sm">
          <div className="flex flex-wrap items-baseline gap-3">
            <span className="text-2xl font-semibold tabular-nums text-slate-900" data-testid="panel-readiness-overall">{score(summary.overall)}</span>
            <span className="text-slate-500">{t("passMark")} {scoreText(summary.passMark, locale)} · {summary.systemName}</span>
          </div>
          <ul className="grid gap-1 sm:grid-cols-2">
            {summary.groups.map((group) => (
              <li key={group.code} className="flex justify-between gap-2"><span className="truncate text-slate-600">{`${group.code}. ${group.name}`}</span><span className="tabular-nums">{score(group.score)}</span></li>
            ))}
          </ul>
          {summary.behind.length > 0 && (
            <p className="text-xs text-slate-500">{t("panel.behind")}：{summary.behind.map((row) => `${row.code} ${row.name}`).join("、")}</p>
          )}
        </div>
      )}
    </Panel>
  );
}
