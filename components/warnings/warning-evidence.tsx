import Link from "next/link";
import { weekKeyLabel } from "@/lib/dates/week-label";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge, levelTone } from "@/components/ui/badge";
import { formatDate, formatDateTime, formatNumber, formatPercent } from "@/lib/format";
import { ruleParamNames, type WarningKind } from "@/lib/warnings/rules";
import type { WarningEvidence } from "@/lib/warnings/schema";
import type { Figure } from "@/lib/warnings/types";
import { translateKey } from "@/lib/i18n/keys";

const PERCENT = new Set(["planned", "actual", "progress"]);
const DATES = new Set(["dueDate", "onDate", "responseDue", "lastDay", "projectedDate"]);
const INSTANTS = new Set(["lastDeadline"]);
/** Weeks kept as ISO keys in the evidence, named in the reader's language. */
const WEEKS = new Set(["missingWeeks", "excusedWeeks", "windowFrom", "lastSubmittedWeek", "sinceWeek"]);
/** The reading order of the figures (jsonb keeps no key order). warningKeys is shown as related warnings. */
const FIGURE_ORDER = [
  "weeksMissing", "missingWeeks", "excusedWeeks", "windowFrom", "lastDeadline", "lastSubmittedWeek",
  "planned", "actual", "gap", "progress", "reportCount", "sinceWeek",
  "dueDate", "onDate", "daysToDue", "daysOverdue", "slopePerWeek", "projectedDate", "daysLate", "basis",
  "responseDue", "lastDay", "noticeLevel", "noticeStatus", "chaseCount",
  "quarter", "yellowCount", "suggestNotice",
];

/**
 * Why a warning is open: the rule and what it says, the threshold, the figures and the
 * reports behind it (each report links to the work item's history, where it is listed by week).
 */
export async function WarningEvidenceView({ kind, evidence, timeZone }: { kind: WarningKind; evidence: WarningEvidence; timeZone: string }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const show = (name: string, value: Figure): React.ReactNode => {
    if (value === null || value === undefined || value === "") return name === "projectedDate" ? t("warnings.never") : "—";
    if (Array.isArray(value)) return value.length > 0 ? value.map((entry) => (WEEKS.has(name) ? weekKeyLabel(String(entry), locale) : entry)).join("、") : "—";
    if (WEEKS.has(name)) return weekKeyLabel(String(value), locale);
    if (typeof value === "boolean") return value ? t("common.yes") : t("common.no");
    if (PERCENT.has(name)) return formatPercent(value, locale, 2);
    if (DATES.has(name)) return formatDate(String(value), locale);
    if (INSTANTS.has(name)) return formatDateTime(String(value), locale, timeZone);
    if (name === "noticeLevel") return translateKey(t, `warnings.levels.${value}`);
    if (name === "noticeStatus") return translateKey(t, `enums.NoticeStatus.${value}`);
    if (name === "basis") return translateKey(t, `warnings.basis.${value}`);
    return typeof value === "number" ? formatNumber(value, locale) : value;
  };
  const threshold = ruleParamNames(kind).filter((name) => name in evidence.threshold).map((name) => [name, evidence.threshold[name]] as const);
  const figures = FIGURE_ORDER.filter((name) => name in evidence.figures).map((name) => [name, evidence.figures[name]] as const);
  return (
    <div className="space-y-4 text-sm" data-testid="warning-evidence">
      <div>
        <div className="text-xs text-slate-500">{t("warnings.rule")}</div>
        <div className="mt-0.5 font-medium text-slate-800">{t(`enums.WarningKind.${kind}`)}</div>
        <p className="mt-1 text-slate-600">{t(`warnings.kindDescriptions.${kind}`)}</p>
      </div>
      {threshold.length > 0 && (
        <div>
          <div className="text-xs text-slate-500">{t("warnings.threshold")}</div>
          <dl className="mt-1 grid gap-x-6 gap-y-1 sm:grid-cols-2">
            {threshold.map(([name, value]) => (
              <div key={name} className="flex justify-between gap-3 border-b border-slate-100 py-1">
                <dt className="text-slate-600">{translateKey(t, `warnings.params.${name}`)}</dt>
                <dd className="tabular-nums text-slate-900">{name === "level" ? <Badge tone={levelTone(String(value))}>{translateKey(t, `warnings.levels.${value}`)}</Badge> : String(value)}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      <div>
        <div className="text-xs text-slate-500">{t("warnings.figures")}</div>
        <dl className="mt-1 grid gap-x-6 gap-y-1 sm:grid-cols-2" data-testid="warning-figures">
          {figures.map(([name, value]) => (
            <div key={name} className="flex justify-between gap-3 border-b border-slate-100 py-1">
              <dt className="text-slate-600">{translateKey(t, `warnings.figure.${name}`)}</dt>
              <dd className="text-right tabular-nums text-slate-900">{show(name, value)}</dd>
            </div>
          ))}
        </dl>
        {evidence.figures.suggestNotice === true && <p className="mt-2 font-medium text-level-orange">{t("warnings.suggestNotice")}</p>}
      </div>
      {evidence.reports.length > 0 && (
        <div>
          <div className="text-xs text-slate-500">{t("warnings.reports")}</div>
          <ul className="mt-1 flex flex-wrap gap-2">
            {evidence.reports.map((report) => (
              <li key={report.id}>
                <Link href={`/reports/${report.id}`} className="inline-flex items-center gap-1 rounded-md border border-slate-200 px-2 py-1 text-xs text-brand-700 hover:border-brand-500" data-report-id={report.id}>
                  {weekKeyLabel(report.week, locale)}
                  {report.progress !== undefined && <span className="text-slate-600">· {formatPercent(report.progress, locale)}</span>}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
