// A unit's page, beyond its items: weekly report timeline, warnings, notices and published
// quarterly scores. A section the viewer may not read is not shown.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge, levelTone, type Tone } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { TIMELINE_WEEKS, type ReportWeekOutcome, type UnitActivity } from "@/lib/org/activity";
import { noticeHref } from "@/lib/dashboard/links";
import { shortWeek } from "@/lib/dashboard/figures";
import { weekLabel } from "@/lib/dates/week-label";
import { formatIsoWeek } from "@/lib/dates/zone-time";
import { formatDate, formatDateTime, formatDuration, formatNumber } from "@/lib/format";
import { ExcuseWeek, WithdrawExemption } from "@/components/reports/excuse-week";
import { WarningTable } from "./warning-table";

const OUTCOME_TONE: Record<ReportWeekOutcome, Tone> = { ON_TIME: "green", LATE: "yellow", SUBMITTED: "green", RETURNED: "orange", DRAFT: "orange", MISSING: "red", PENDING: "gray", EXCUSED: "gray", NOT_OWED: "gray" };

/** `excuse`: the unit whose weeks the viewer (the office) may excuse (免报) from this ledger. */
export async function UnitActivitySections({ activity, timeZone, excuse }: { activity: UnitActivity; timeZone: string; excuse?: { unitId: string; unitName: string } }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <>
      {activity.reports && (
        <Card title={t("dashboard.unitPage.timeline", { weeks: TIMELINE_WEEKS })}>
          <ol className="mb-3 flex flex-wrap gap-1" aria-label={t("dashboard.unitPage.timeline", { weeks: TIMELINE_WEEKS })}>
            {[...activity.reports].reverse().map((week) => (
              <li key={`${week.isoYear}-${week.isoWeek}`} title={`${weekLabel(week, locale)} ${t(`dashboard.outcome.${week.outcome}`)}`}>
                <Badge tone={OUTCOME_TONE[week.outcome]}>{shortWeek(week, locale)}</Badge>
              </li>
            ))}
          </ol>
          {activity.reports.length === 0 ? (
            <EmptyState title={t("dashboard.unitPage.noReports")} />
          ) : (
            <Table caption={t("dashboard.unitPage.timeline", { weeks: TIMELINE_WEEKS })}>
              <thead>
                <tr>
                  <Th>{t("plan.week")}</Th>
                  <Th>{t("dashboard.unitPage.outcome")}</Th>
                  <Th>{t("dashboard.unitPage.submittedAt")}</Th>
                  <Th>{t("dashboard.unitPage.deadline")}</Th>
                  {excuse && <Th>{t("reports.board.open")}</Th>}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {activity.reports.map((week) => (
                  <tr key={`${week.isoYear}-${week.isoWeek}`} data-testid="report-week-row" data-week={formatIsoWeek(week)}>
                    <Td className="whitespace-nowrap text-xs">{weekLabel(week, locale)}</Td>
                    <Td>
                      <Badge tone={OUTCOME_TONE[week.outcome]}>{t(`dashboard.outcome.${week.outcome}`)}</Badge>
                      {week.exemptionReason ? <div className="mt-1 max-w-xs text-xs text-slate-500">{week.exemptionReason}</div> : null}
                      {week.lateMinutes ? <span className="ml-1 text-xs text-slate-500">{t("dashboard.unitPage.lateBy", { duration: formatDuration(week.lateMinutes, locale) })}</span> : null}
                    </Td>
                    <Td className="whitespace-nowrap text-xs">{formatDateTime(week.submittedAt, locale, timeZone)}</Td>
                    <Td className="whitespace-nowrap text-xs">{formatDateTime(week.deadline, locale, timeZone)}</Td>
                    {excuse && (
                      <Td>
                        {week.exemptionId ? (
                          <WithdrawExemption id={week.exemptionId} />
                        ) : week.owed && (week.outcome === "MISSING" || week.outcome === "DRAFT" || week.outcome === "PENDING") ? (
                          <ExcuseWeek unitId={excuse.unitId} unitName={excuse.unitName} week={formatIsoWeek(week)} />
                        ) : null}
                      </Td>
                    )}
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      )}
      {activity.warnings && (
        <Card title={t("dashboard.unitPage.warnings")}>
          <WarningTable warnings={activity.warnings} timeZone={timeZone} empty={t("dashboard.unitPage.noWarnings")} showItem />
        </Card>
      )}
      {activity.notices && (
        <Card title={t("dashboard.unitPage.notices")}>
          {activity.notices.length === 0 ? (
            <EmptyState title={t("dashboard.unitPage.noNotices")} />
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {activity.notices.map((notice) => (
                <li key={notice.id} className="flex flex-wrap items-center gap-2 py-2" data-testid="unit-notice-row">
                  <Link href={noticeHref(notice.id)} className="font-medium text-slate-800 hover:text-brand-700">{notice.number}</Link>
                  <span>{notice.title}</span>
                  <Badge tone={levelTone(notice.level)}>{t(`enums.WarningLevel.${notice.level}`)}</Badge>
                  <Badge tone={notice.status === "CLOSED" ? "green" : "gray"}>{t(`enums.NoticeStatus.${notice.status}`)}</Badge>
                  <span className="text-xs text-slate-500">{t("dashboard.notices.due")} {formatDate(notice.responseDue, locale)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}
      {activity.scores && (
        <Card title={t("dashboard.unitPage.scores")}>
          {activity.scores.length === 0 ? (
            <EmptyState title={t("dashboard.unitPage.noScores")} hint={t("dashboard.unitPage.noScoresHint")} />
          ) : (
            <Table caption={t("dashboard.unitPage.scores")}>
              <thead>
                <tr>
                  <Th>{t("dashboard.unitPage.quarter")}</Th>
                  <Th className="text-right">{t("dashboard.unitPage.score")}</Th>
                  <Th className="text-right">{t("dashboard.unitPage.rank")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {activity.scores.map((score) => (
                  <tr key={`${score.year}-${score.quarter}`} data-testid="score-row">
                    <Td>
                      <Link href={`/briefings/ranking?year=${score.year}&quarter=${score.quarter}`} className="hover:text-brand-700">
                        {t("dashboard.unitPage.quarterLabel", { year: score.year, quarter: score.quarter })}
                      </Link>
                    </Td>
                    <Td className="text-right tabular-nums">{formatNumber(score.totalScore, locale)}</Td>
                    <Td className="text-right tabular-nums">{score.rank === null ? "—" : t("dashboard.unitPage.rankOf", { rank: score.rank, total: score.rankedUnits })}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      )}
    </>
  );
}
