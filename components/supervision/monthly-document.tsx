import { getLocale, getTranslations } from "next-intl/server";
import { RatingBadge } from "./rating-badge";
import { formatDate, formatDateTime, formatDuration, formatPercent } from "@/lib/format";
import type { MonthlyReportView } from "@/lib/supervision/queries";

const cell = "border border-slate-300 px-2 py-1 align-top";
const head = `${cell} bg-slate-100 text-left font-medium whitespace-nowrap`;

/** The monthly supervision report as the office issues it: numbered sections, tables, commentary. */
export async function MonthlyDocument({ report }: { report: MonthlyReportView }) {
  const [t, tEnum, locale] = await Promise.all([getTranslations("supervision.monthly"), getTranslations("enums.InspectionRating"), getLocale()]);
  const { snapshot: s } = report;
  const pct = (value: number | null) => formatPercent(value, locale);
  const points = (value: number | null) => (value === null ? "—" : `${value > 0 ? "+" : ""}${value}`);
  return (
    <article className="monthly-document mx-auto max-w-[210mm] bg-white p-6 text-sm leading-relaxed text-slate-900 shadow-sm print:max-w-none print:p-0 print:shadow-none sm:p-10" data-testid="monthly-document">
      <header className="border-b-2 border-red-700 pb-4 text-center">
        <h1 className="text-xl font-bold tracking-wide text-red-700 sm:text-2xl">{t("docTitle", { zone: report.zoneName })}</h1>
        <p className="mt-2 text-base">{t("docPeriod", { year: report.year, month: report.monthNumber })}</p>
        <p className="mt-1 text-xs text-slate-500">
          {report.status === "PUBLISHED"
            ? t("publishedLine", { at: formatDateTime(report.publishedAt, locale, report.timeZone), by: report.publishedBy ?? "—" })
            : t("draftLine", { at: formatDateTime(s.period.asOf, locale, report.timeZone) })}
        </p>
      </header>

      <section className="mt-6">
        <h2 className="mb-2 text-base font-bold">{t("s1")}</h2>
        <p className="indent-8">
          {t("overview", {
            first: formatDate(s.period.first, locale),
            last: formatDate(s.period.last, locale),
            weeks: s.period.weeks.length,
            units: s.summary.units,
            owed: s.summary.owed,
            submitted: s.summary.submitted,
            rate: pct(s.summary.submissionRate),
            onTime: s.summary.onTime,
            late: s.summary.late,
            missing: s.summary.missing,
          })}
          {t("overviewProgress", { items: s.summary.items, start: pct(s.summary.progressStart), end: pct(s.summary.progressEnd), completed: s.summary.completed })}
          {t("overviewOversight", { opened: s.summary.warningsOpened, resolved: s.summary.warningsResolved, inspections: s.summary.inspections, decisions: s.summary.decisions, done: s.summary.decisionsDone, overdue: s.summary.decisionsOverdue })}
        </p>
      </section>

      <section className="mt-6">
        <h2 className="mb-2 text-base font-bold">{t("s2")}</h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-xs" data-testid="monthly-units">
            <thead>
              <tr>
                <th className={head}>{t("unit")}</th>
                <th className={head}>{t("owed")}</th>
                <th className={head}>{t("onTime")}</th>
                <th className={head}>{t("late")}</th>
                <th className={head}>{t("missing")}</th>
                <th className={head}>{t("submissionRate")}</th>
                <th className={head}>{t("avgLate")}</th>
                <th className={head}>{t("progress")}</th>
                <th className={head}>{t("completed")}</th>
                <th className={head}>{t("ratings")}</th>
              </tr>
            </thead>
            <tbody>
              {s.units.map((unit) => (
                <tr key={unit.unitId} className="break-inside-avoid">
                  <td className={`${cell} min-w-32`}>{unit.name}</td>
                  <td className={`${cell} text-right tabular-nums`}>{unit.owed}</td>
                  <td className={`${cell} text-right tabular-nums`}>{unit.onTime}</td>
                  <td className={`${cell} text-right tabular-nums ${unit.late ? "text-orange-700" : ""}`}>{unit.late}</td>
                  <td className={`${cell} text-right tabular-nums ${unit.missing ? "font-semibold text-red-700" : ""}`}>{unit.missing}</td>
                  <td className={`${cell} text-right tabular-nums`}>{pct(unit.submissionRate)}</td>
                  <td className={`${cell} whitespace-nowrap`}>{unit.averageLateMinutes ? formatDuration(unit.averageLateMinutes, locale) : "—"}</td>
                  <td className={`${cell} whitespace-nowrap tabular-nums`}>{unit.progressEnd === null ? "—" : `${pct(unit.progressEnd)}（${points(unit.progressMoved)}）`}</td>
                  <td className={`${cell} text-right tabular-nums`}>{unit.completed}</td>
                  <td className={cell}>{unit.ratings.length ? unit.ratings.map((rating) => tEnum(rating)).join("、") : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="mt-1 text-xs text-slate-500">{t("s2Note")}</p>
      </section>

      <section className="mt-6 break-inside-avoid">
        <h2 className="mb-2 text-base font-bold">{t("s3")}</h2>
        {s.completedItems.length === 0 ? (
          <p className="indent-8">{t("noneCompleted")}</p>
        ) : (
          <ol className="list-decimal space-y-0.5 pl-8">
            {s.completedItems.map((item) => (
              <li key={item.code}>
                {item.code} {item.title}（{item.unit}，{formatDate(item.completedOn, locale)}）
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="mt-6 break-inside-avoid">
        <h2 className="mb-2 text-base font-bold">{t("s4")}</h2>
        <p className="indent-8">
          {s.summary.warningsOpened === 0 && s.summary.warningsResolved === 0
            ? t("noWarnings")
            : t("warnings", { opened: s.summary.warningsOpened, red: s.warnings.opened.RED ?? 0, orange: s.warnings.opened.ORANGE ?? 0, yellow: s.warnings.opened.YELLOW ?? 0, blue: s.warnings.opened.BLUE ?? 0, resolved: s.warnings.resolved })}
        </p>
      </section>

      <section className="mt-6 print:break-before-page">
        <h2 className="mb-2 text-base font-bold">{t("s5")}</h2>
        <p className="mb-2 indent-8">
          {t("inspectionSummary", { count: s.inspections.length, excellent: s.ratings.EXCELLENT, good: s.ratings.GOOD, fair: s.ratings.FAIR, poor: s.ratings.POOR })}
        </p>
        {s.inspections.length > 0 && (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-xs">
              <thead>
                <tr>
                  <th className={head}>{t("unit")}</th>
                  <th className={head}>{t("date")}</th>
                  <th className={head}>{t("rating")}</th>
                  <th className={head}>{t("findings")}</th>
                  <th className={head}>{t("rectification")}</th>
                </tr>
              </thead>
              <tbody>
                {s.inspections.map((inspection, index) => (
                  <tr key={index} className="break-inside-avoid">
                    <td className={cell}>{inspection.unit}</td>
                    <td className={`${cell} whitespace-nowrap`}>{formatDate(inspection.date, locale)}</td>
                    <td className={cell}><RatingBadge rating={inspection.rating} /></td>
                    <td className={cell}>{inspection.findings}</td>
                    <td className={`${cell} whitespace-nowrap`}>
                      {inspection.rectificationRequired ? t(inspection.rectified ? "rectified" : "rectifyBy", { due: formatDate(inspection.rectificationDue, locale) }) : "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="mt-6">
        <h2 className="mb-2 text-base font-bold">{t("s6")}</h2>
        {s.decisions.length === 0 ? (
          <p className="indent-8">{t("noDecisions")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-xs" data-testid="monthly-decisions">
              <thead>
                <tr>
                  <th className={head}>{t("code")}</th>
                  <th className={head}>{t("decision")}</th>
                  <th className={head}>{t("unit")}</th>
                  <th className={head}>{t("due")}</th>
                  <th className={head}>{t("decisionProgress")}</th>
                  <th className={head}>{t("statusColumn")}</th>
                </tr>
              </thead>
              <tbody>
                {s.decisions.map((decision) => (
                  <tr key={decision.code} className="break-inside-avoid">
                    <td className={`${cell} whitespace-nowrap font-mono`}>{decision.code}</td>
                    <td className={cell}>{decision.content}</td>
                    <td className={cell}>{decision.unit}</td>
                    <td className={`${cell} whitespace-nowrap`}>{formatDate(decision.dueDate, locale)}</td>
                    <td className={`${cell} text-right tabular-nums`}>{pct(decision.progress)}</td>
                    <td className={`${cell} whitespace-nowrap ${decision.overdue ? "font-semibold text-red-700" : ""}`}>{decision.overdue ? (decision.daysOverdue ? t("overdueDays", { days: decision.daysOverdue }) : t("overdue")) : t(`decisionStatus.${decision.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="mt-6 break-inside-avoid">
        <h2 className="mb-2 text-base font-bold">{t("s7")}</h2>
        <p className="whitespace-pre-line indent-8" data-testid="monthly-commentary">{report.commentary || t("noCommentary")}</p>
      </section>
      <footer className="mt-10 text-right">
        <p>{t("issuer")}</p>
        <p>{report.publishedAt ? formatDate(report.publishedAt.toISOString().slice(0, 10), locale) : t("unpublished")}</p>
      </footer>
    </article>
  );
}
