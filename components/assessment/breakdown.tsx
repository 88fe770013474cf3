import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDate, formatDuration, formatNumber } from "@/lib/format";
import type { UnitBreakdown } from "@/lib/assessment/queries";
import { translateKey } from "@/lib/i18n/keys";
import { weekKeyLabel } from "@/lib/dates/week-label";

type Evidence = Record<string, unknown>;
type Rows = Record<string, unknown>[];

const OUTCOME_TONES = { ON_TIME: "green", LATE: "orange", MISSING: "red" } as const;
const cell = "px-2 py-1 text-left align-top";

/** Each component's score with the figures it was computed from. */
export async function Breakdown({ breakdown }: { breakdown: UnitBreakdown }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const number = (value: unknown, digits = 2) => formatNumber(value as number, locale, digits);
  const list = (evidence: Evidence, key: string) => (evidence[key] as Rows | undefined) ?? [];
  const details: Record<string, (evidence: Evidence) => React.ReactNode> = {
    TIMELINESS: (evidence) => (
      <>
        <p>{t("assessment.evidence.timeliness", { expected: number(evidence.expected), onTime: number(evidence.onTime), lateWithinDay: number(evidence.lateWithinDay), lateOverDay: number(evidence.lateOverDay), missing: number(evidence.missing) })}</p>
        <div className="mt-2 flex flex-wrap gap-1">
          {list(evidence, "weeks").map((week) => (
            <Badge key={String(week.week)} tone={OUTCOME_TONES[week.outcome as keyof typeof OUTCOME_TONES]}>
              {weekKeyLabel(String(week.week), locale)} {translateKey(t, `assessment.evidence.outcome.${String(week.outcome)}`)}
              {Number(week.lateMinutes) > 0 ? ` ${formatDuration(Number(week.lateMinutes), locale)}` : ""}
            </Badge>
          ))}
        </div>
      </>
    ),
    PROGRESS: (evidence) => (
      <table className="w-full text-xs">
        <thead className="text-slate-500">
          <tr>
            <th className={cell}>{t("assessment.evidence.item")}</th>
            <th className={cell}>{t("assessment.evidence.planned")}</th>
            <th className={cell}>{t("assessment.evidence.actual")}</th>
            <th className={cell}>{t("assessment.evidence.gap")}</th>
            <th className={cell}>{t("assessment.evidence.itemScore")}</th>
          </tr>
        </thead>
        <tbody>
          {list(evidence, "items").map((item) => (
            <tr key={String(item.code)} className="border-t border-slate-100">
              <td className={cell}>
                {item.id ? (
                  <Link href={`/plan/items/${String(item.id)}`} className="hover:text-brand-700"><span className="font-mono">{String(item.code)}</span> {String(item.title)}</Link>
                ) : (
                  <><span className="font-mono">{String(item.code)}</span> {String(item.title)}</>
                )}
              </td>
              <td className={cell}>{number(item.planned, 1)}%</td>
              <td className={cell}>{number(item.actual, 1)}%</td>
              <td className={cell}>{number(item.gap, 1)}</td>
              <td className={cell}>{number(item.score)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    ),
    INDICATORS: (evidence) => (
      <table className="w-full text-xs">
        <thead className="text-slate-500">
          <tr>
            <th className={cell}>{t("assessment.evidence.indicator")}</th>
            <th className={cell}>{t("assessment.evidence.baselineTarget")}</th>
            <th className={cell}>{t("assessment.evidence.value")}</th>
            <th className={cell}>{t("assessment.evidence.attained")}</th>
            <th className={cell}>{t("assessment.evidence.expected")}</th>
            <th className={cell}>{t("assessment.evidence.itemScore")}</th>
          </tr>
        </thead>
        <tbody>
          {list(evidence, "items").map((item) => (
            <tr key={String(item.code)} className="border-t border-slate-100">
              <td className={cell}><span className="font-mono">{String(item.code)}</span> {String(item.name)}</td>
              <td className={cell}>{number(item.baseline)} → {number(item.target)}</td>
              <td className={cell}>{number(item.value)}</td>
              <td className={cell}>{number(Number(item.attained) * 100, 0)}%</td>
              <td className={cell}>{number(Number(item.expected) * 100, 0)}%</td>
              <td className={cell}>{number(item.score)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    ),
    WARNINGS: (evidence) => {
      const byLevel = (evidence.byLevel ?? {}) as Record<string, number>;
      return (
        <p>
          {t("assessment.evidence.warnings", { red: byLevel.RED ?? 0, orange: byLevel.ORANGE ?? 0, yellow: byLevel.YELLOW ?? 0, blue: byLevel.BLUE ?? 0, deduction: number(evidence.warningDeduction), late: number(evidence.lateNotices), noticeDeduction: number(evidence.noticeDeduction) })}
        </p>
      );
    },
    INSPECTIONS: (evidence) => (
      <>
        <p>{t("assessment.evidence.inspections", { average: number(evidence.averageRating), overdue: number(evidence.rectificationOverdue), deduction: number(evidence.deduction) })}</p>
        <ul className="mt-1 space-y-0.5 text-xs">
          {list(evidence, "inspections").map((inspection, index) => (
            <li key={index}>
              {formatDate(String(inspection.date), locale)} · {translateKey(t, `enums.InspectionRating.${String(inspection.rating)}`)}
              {inspection.rectificationOverdue ? ` · ${t("assessment.evidence.rectificationOverdue")}` : ""}
            </li>
          ))}
        </ul>
      </>
    ),
  };
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {breakdown.components.map((component) => (
        <Card
          key={component.component}
          title={t(`enums.AssessmentComponentKind.${component.component}`)}
          actions={
            component.rawScore === null ? (
              <Badge>{t("assessment.round.noData")}</Badge>
            ) : (
              <span className="text-sm tabular-nums text-slate-600" data-testid={`component-${component.component}`}>
                {t("assessment.breakdown.formula", { raw: number(component.rawScore), weight: number(component.weight), score: number(component.score) })}
              </span>
            )
          }
        >
          <div className="text-sm text-slate-700">
            {component.rawScore === null ? (
              <p className="text-slate-500" data-testid={`no-data-${component.component}`}>
                {t(`assessment.round.noDataNote.${component.substitute?.rule ?? "EXCLUDE_AND_REWEIGHT"}`, { value: number(component.substitute?.value ?? 0), score: number(component.score) })}
                {component.substitute?.rule === "EXCLUDE_AND_REWEIGHT" ? ` ${t("assessment.breakdown.spread", { weight: number(component.configuredWeight) })}` : ""}
              </p>
            ) : (
              details[component.component](component.evidence)
            )}
          </div>
        </Card>
      ))}
    </div>
  );
}
