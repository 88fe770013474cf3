// The dashboard's weekly trends: open warnings by level, and report submission.
import Link from "next/link";
import { Badge, levelTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { SubmissionWeek, WarningWeek } from "@/lib/dashboard/queries";
import { LEVELS } from "@/lib/dashboard/levels";
import { briefingHref, warningsHref } from "@/lib/dashboard/links";
import { rate, shortWeek } from "@/lib/dashboard/figures";
import { weekLabel } from "@/lib/dates/week-label";
import { formatIsoWeek } from "@/lib/dates/zone-time";
import { formatPercent } from "@/lib/format";
import { LevelTrendChart, SubmissionChart } from "../lazy-charts";
import { NumberLink, Panel } from "../panel";
import { context, type Props } from "./shared";

// ───────────────────────────── warnings ─────────────────────────────

export async function WarningTrendPanel({ data, filters }: Props<WarningWeek[]>) {
  const [{ t, locale }, weeks] = await Promise.all([context(), data]);
  const labels = Object.fromEntries(LEVELS.map((level) => [level, t(`enums.WarningLevel.${level}`)])) as Record<(typeof LEVELS)[number], string>;
  const current = weeks[weeks.length - 1];
  const empty = weeks.every((week) => LEVELS.every((level) => week[level] === 0));
  const scope = { parkId: filters.parkId, taskCode: filters.taskCode };
  return (
    <Panel
      title={t("dashboard.warnings.title")}
      testId="panel-warnings"
      actions={<Link href={warningsHref(scope)} className="text-xs text-brand-700 hover:underline">{t("dashboard.warnings.viewAll")}</Link>}
      table={
        !empty && (
          <Table caption={t("dashboard.warnings.title")}>
            <thead>
              <tr>
                <Th>{t("dashboard.week")}</Th>
                {LEVELS.map((level) => <Th key={level} className="text-right">{labels[level]}</Th>)}
                <Th className="text-right">{t("dashboard.warnings.total")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {weeks.map((week) => (
                <tr key={formatIsoWeek(week)}>
                  <Td className="whitespace-nowrap text-xs">{weekLabel(week, locale)}</Td>
                  {LEVELS.map((level) => <Td key={level} className="text-right tabular-nums">{week[level]}</Td>)}
                  <Td className="text-right tabular-nums">{LEVELS.reduce((sum, level) => sum + week[level], 0)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )
      }
    >
      {empty ? (
        <EmptyState title={t("dashboard.warnings.empty")} hint={t("dashboard.warnings.emptyHint")} />
      ) : (
        <>
          <div className="mb-3 flex flex-wrap items-center gap-2 text-sm" data-testid="open-warnings">
            <span className="text-slate-500">{t("dashboard.warnings.open")}</span>
            {LEVELS.map((level) => (
              <Link key={level} href={warningsHref({ ...scope, level })}>
                <Badge tone={levelTone(level)}>{labels[level]} {current?.[level] ?? 0}</Badge>
              </Link>
            ))}
          </div>
          <LevelTrendChart
            ariaLabel={t("dashboard.warnings.title")}
            labels={labels}
            unit={t("dashboard.unitCount")}
            data={weeks.map((week) => ({ week: shortWeek(week, locale), RED: week.RED, ORANGE: week.ORANGE, YELLOW: week.YELLOW, BLUE: week.BLUE, href: warningsHref(scope) }))}
          />
        </>
      )}
    </Panel>
  );
}

// ───────────────────────────── submission ─────────────────────────────

export async function SubmissionPanel({ data }: Props<SubmissionWeek[]>) {
  const [{ t, locale }, weeks] = await Promise.all([context(), data]);
  const last = weeks[weeks.length - 1];
  return (
    <Panel
      title={t("dashboard.submission.title")}
      testId="panel-submission"
      table={
        weeks.length > 0 && (
          <Table caption={t("dashboard.submission.title")}>
            <thead>
              <tr>
                <Th>{t("dashboard.week")}</Th>
                <Th className="text-right">{t("dashboard.submission.expected")}</Th>
                <Th className="text-right">{t("dashboard.submission.submitted")}</Th>
                <Th className="text-right">{t("dashboard.submission.onTime")}</Th>
                <Th className="text-right">{t("dashboard.submission.late")}</Th>
                <Th className="text-right">{t("dashboard.submission.missing")}</Th>
                <Th className="text-right">{t("dashboard.submission.submissionRate")}</Th>
                <Th className="text-right">{t("dashboard.submission.onTimeRate")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {weeks.map((week) => (
                <tr key={formatIsoWeek(week)} data-testid="submission-row">
                  <Td className="whitespace-nowrap text-xs"><Link href={briefingHref(week)} className="text-brand-700 hover:underline">{weekLabel(week, locale)}</Link></Td>
                  <Td className="text-right"><NumberLink href={briefingHref(week)}>{week.expected}</NumberLink></Td>
                  <Td className="text-right"><NumberLink href={briefingHref(week)}>{week.submitted}</NumberLink></Td>
                  <Td className="text-right"><NumberLink href={briefingHref(week)}>{week.onTime}</NumberLink></Td>
                  <Td className="text-right tabular-nums">{week.submitted - week.onTime}</Td>
                  <Td className="text-right tabular-nums">{week.expected - week.submitted}</Td>
                  <Td className="text-right tabular-nums">{formatPercent(rate(week.submitted, week.expected), locale)}</Td>
                  <Td className="text-right tabular-nums">{formatPercent(rate(week.onTime, week.expected), locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )
      }
    >
      {weeks.length === 0 ? (
        <EmptyState title={t("dashboard.submission.empty")} hint={t("dashboard.submission.emptyHint")} />
      ) : (
        <>
          {last && (
            <p className="mb-3 text-sm text-slate-600">
              {t("dashboard.submission.lastWeek", { week: weekLabel(last, locale) })}{" "}
              <Link href={briefingHref(last)} className="text-lg font-semibold tabular-nums text-brand-700 hover:underline" data-testid="last-on-time-rate">
                {formatPercent(rate(last.onTime, last.expected), locale)}
              </Link>
              <span className="ml-2 text-xs text-slate-500">
                {t("dashboard.submission.onTime")} {last.onTime} / {t("dashboard.submission.expected")} {last.expected}
              </span>
            </p>
          )}
          <SubmissionChart
            ariaLabel={t("dashboard.submission.title")}
            labels={{ submissionRate: t("dashboard.submission.submissionRate"), onTimeRate: t("dashboard.submission.onTimeRate") }}
            data={weeks.map((week) => ({ week: shortWeek(week, locale), submissionRate: rate(week.submitted, week.expected), onTimeRate: rate(week.onTime, week.expected), href: briefingHref(week) }))}
          />
        </>
      )}
    </Panel>
  );
}
