// The dashboard's readiness panel: the estimated score against the national evaluation, the
// five groups and the weakest indicators, one link to /readiness. Zone-wide: the dashboard's
// park and task filters do not apply to the evaluation.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Panel } from "@/components/dashboard/panel";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import type { ReadinessSummary } from "@/lib/readiness/queries";
import { scoreText } from "@/lib/readiness/display";

export async function ReadinessPanel({ data }: { data: Promise<ReadinessSummary | null> }) {
  const [t, locale, summary] = await Promise.all([getTranslations("readiness"), getLocale() as Promise<Locale>, data]);
  const score = (value: number | null) => (value === null ? t("missing") : scoreText(value, locale));
  return (
    <Panel
      title={t("panel.title")}
      testId="panel-readiness"
      actions={<Link href="/readiness" className="text-sm text-brand-700 hover:underline">{t("panel.open")}</Link>}
    >
      {!summary ? (
        <EmptyState title={t("panel.empty")} />
      ) : (
        <div className="space-y-3 text-sm">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span className="text-slate-500">{t("overall")}</span>
            <span className="text-2xl font-semibold text-slate-900" data-testid="readiness-overall">{score(summary.overall)}</span>
            <Badge tone={summary.overall !== null && summary.overall >= summary.passMark ? "green" : "orange"}>
              {t("passMark")} {scoreText(summary.passMark, locale)}
            </Badge>
            <span className="text-xs text-slate-400">{summary.systemName} · {t("panel.zoneWide")}</span>
          </div>
          <ul className="grid gap-1 sm:grid-cols-2">
            {summary.groups.map((group) => (
              <li key={group.code} className="flex justify-between gap-2 border-b border-slate-100 py-1" data-testid="readiness-panel-group">
                <span className="text-slate-700">{group.name}<span className="ml-1 text-xs text-slate-400">{t("groupWeight", { value: group.weight })}</span></span>
                <span className="font-medium tabular-nums text-slate-900">{score(group.score)}</span>
              </li>
            ))}
          </ul>
          {summary.behind.length > 0 && (
            <div>
              <div className="text-xs font-medium text-slate-500">{t("panel.behind")}</div>
              <ul className="mt-1 text-slate-700">
                {summary.behind.map((row) => (
                  <li key={row.code}>
                    {row.code} {row.name}（{t("behind.lost", { value: scoreText(row.behind, locale) })}）
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </Panel>
  );
}
