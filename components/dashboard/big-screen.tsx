// The big screen's content, composed on the server from the panel queries: headline figures
// and four rotating pages of two panels each, in the dark theme with large type.
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import type { BigScreenData } from "@/lib/dashboard/big-screen";
import { DEADLINE_WINDOW_DAYS } from "@/lib/dashboard/queries";
import { rate, shortWeek } from "@/lib/dashboard/figures";
import { gapColor, LEVEL_COLOR, LEVELS, type Level } from "@/lib/dashboard/levels";
import { formatDate, formatDateTime, formatMu, formatPercent, formatYuan } from "@/lib/format";
import { BigScreenShell } from "./big-screen-shell";
import { AmountChart, IndicatorChart, LevelTrendChart, ProgressChart, SubmissionChart } from "./charts";

const LIST_ROWS = 7;
const CHART_ROWS = 8;

function Kpi({ label, value, hint, color, testId }: { label: string; value: ReactNode; hint?: ReactNode; color?: string; testId?: string }) {
  return (
    <div className="flex min-w-0 flex-col justify-center rounded-lg border border-slate-800 bg-slate-900 px-[1vw]">
      <div className="truncate text-[2vh] text-slate-400">{label}</div>
      <div className="truncate text-[5.4vh] font-bold leading-tight tabular-nums" style={{ color: color ?? "#f8fafc" }} data-testid={testId}>{value}</div>
      {hint && <div className="truncate text-[1.8vh] text-slate-400">{hint}</div>}
    </div>
  );
}

function ScreenPanel({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  return (
    <div className={cn("flex min-h-0 flex-col rounded-lg border border-slate-800 bg-slate-900 p-[1vh]", className)}>
      <h3 className="mb-[0.8vh] shrink-0 text-[2.3vh] font-medium text-slate-200">{title}</h3>
      <div className="min-h-0 flex-1">{children}</div>
    </div>
  );
}

function NoData({ text }: { text: string }) {
  return <div className="flex h-full items-center justify-center text-[2.4vh] text-slate-500">{text}</div>;
}

function Pair({ children }: { children: ReactNode }) {
  return <div className="grid h-full grid-cols-2 gap-[1vw]">{children}</div>;
}

export async function BigScreen({ data, zoneName, timeZone }: { data: BigScreenData; zoneName: string; timeZone: string }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const { progress, warnings, submission, indicators, resources, deadlines } = data;
  const overall = progress.overall;
  const current = warnings[warnings.length - 1];
  const openWarnings = current ? LEVELS.reduce((sum, level) => sum + current[level], 0) : 0;
  const lastWeek = submission[submission.length - 1];
  const levelLabels = Object.fromEntries(LEVELS.map((level) => [level, t(`enums.WarningLevel.${level}`)])) as Record<Level, string>;
  const progressLabels = { progress: t("dashboard.progress"), planned: t("dashboard.planned") };
  const noData = t("dashboard.bigScreen.noData");
  const dark = { theme: "dark" as const, height: "100%" };

  const kpis = (
    <div className="grid h-full grid-cols-6 gap-[1vw]">
      <Kpi label={t("dashboard.bigScreen.kpiProgress")} value={formatPercent(overall.progress, locale)} hint={t("dashboard.bigScreen.kpiPlanned", { value: formatPercent(overall.planned, locale) })} color={gapColor(overall.planned - overall.progress)} testId="kpi-progress" />
      <Kpi label={t("dashboard.bigScreen.kpiBehind")} value={overall.behind} hint={`${t("dashboard.overall.items")} ${overall.items}`} color={overall.behind > 0 ? LEVEL_COLOR.ORANGE : undefined} />
      <Kpi
        label={t("dashboard.bigScreen.kpiWarnings")}
        value={openWarnings}
        color={current && current.RED > 0 ? LEVEL_COLOR.RED : undefined}
        hint={
          <span className="flex gap-[0.6vw]">
            {LEVELS.map((level) => (
              <span key={level} style={{ color: LEVEL_COLOR[level] }}>{levelLabels[level]} {current?.[level] ?? 0}</span>
            ))}
          </span>
        }
      />
      <Kpi label={t("dashboard.bigScreen.kpiOnTime")} value={formatPercent(lastWeek ? rate(lastWeek.onTime, lastWeek.expected) : null, locale)} hint={lastWeek ? `${t("dashboard.submission.onTime")} ${lastWeek.onTime} / ${lastWeek.expected}` : undefined} />
      <Kpi label={t("dashboard.bigScreen.kpiLand")} value={formatMu(resources.landApprovedMu, locale)} hint={`${t("dashboard.resources.landNeeded")} ${formatMu(resources.landNeededMu, locale)}`} />
      <Kpi label={t("dashboard.bigScreen.kpiFunds")} value={formatYuan(resources.fundsArrived, locale)} hint={`${t("dashboard.resources.fundsSought")} ${formatYuan(resources.fundsSought, locale)}`} />
    </div>
  );

  const laggards = [...progress.byUnit].sort((a, b) => a.progress - a.planned - (b.progress - b.planned)).slice(0, LIST_ROWS);
  const weakIndicators = indicators
    .filter((row) => row.attainment !== null)
    .sort((a, b) => a.attainment! - a.planned - (b.attainment! - b.planned))
    .slice(0, CHART_ROWS);
  const warningsEmpty = warnings.every((week) => LEVELS.every((level) => week[level] === 0));

  const pages = [
    {
      title: `${t("dashboard.byTask")} · ${t("dashboard.byPark")}`,
      content: (
        <Pair>
          <ScreenPanel title={t("dashboard.byTask")}>
            {progress.byTask.length === 0 ? <NoData text={noData} /> : (
              <ProgressChart {...dark} ariaLabel={t("dashboard.byTask")} labels={progressLabels}
                data={progress.byTask.map((group) => ({ label: group.code ? t("dashboard.taskNumber", { code: group.code }) : t("dashboard.meetingDecisions"), progress: group.progress, planned: group.planned }))} />
            )}
          </ScreenPanel>
          <ScreenPanel title={t("dashboard.byPark")}>
            {progress.byPark.length === 0 ? <NoData text={noData} /> : (
              <ProgressChart {...dark} ariaLabel={t("dashboard.byPark")} labels={progressLabels}
                data={progress.byPark.map((group) => ({ label: group.label ?? t("dashboard.noPark"), progress: group.progress, planned: group.planned }))} />
            )}
          </ScreenPanel>
        </Pair>
      ),
    },
    {
      title: `${t("dashboard.warnings.title")} · ${t("dashboard.submission.title")}`,
      content: (
        <Pair>
          <ScreenPanel title={t("dashboard.warnings.title")}>
            {warningsEmpty ? <NoData text={t("dashboard.warnings.empty")} /> : (
              <LevelTrendChart {...dark} ariaLabel={t("dashboard.warnings.title")} labels={levelLabels} unit={t("dashboard.unitCount")}
                data={warnings.map((week) => ({ week: shortWeek(week, locale), RED: week.RED, ORANGE: week.ORANGE, YELLOW: week.YELLOW, BLUE: week.BLUE }))} />
            )}
          </ScreenPanel>
          <ScreenPanel title={t("dashboard.submission.title")}>
            {submission.length === 0 ? <NoData text={t("dashboard.submission.empty")} /> : (
              <SubmissionChart {...dark} ariaLabel={t("dashboard.submission.title")}
                labels={{ submissionRate: t("dashboard.submission.submissionRate"), onTimeRate: t("dashboard.submission.onTimeRate") }}
                data={submission.map((week) => ({ week: shortWeek(week, locale), submissionRate: rate(week.submitted, week.expected), onTimeRate: rate(week.onTime, week.expected) }))} />
            )}
          </ScreenPanel>
        </Pair>
      ),
    },
    {
      title: `${t("dashboard.bigScreen.laggards")} · ${t("dashboard.deadlines.title", { days: DEADLINE_WINDOW_DAYS })}`,
      content: (
        <Pair>
          <ScreenPanel title={t("dashboard.bigScreen.laggards")}>
            {laggards.length === 0 ? <NoData text={noData} /> : (
              <ol className="flex h-full flex-col justify-around">
                {laggards.map((unit) => (
                  <li key={unit.id} className="grid grid-cols-[12vw_1fr_9vw] items-center gap-[1vw] text-[2.4vh]">
                    <span className="truncate">{unit.label}</span>
                    <span className="relative h-[1.6vh] overflow-hidden rounded-full bg-slate-700">
                      <span className="absolute inset-y-0 left-0 rounded-full" style={{ width: `${Math.min(100, unit.progress)}%`, background: gapColor(unit.planned - unit.progress) }} />
                      <span className="absolute inset-y-0 w-[3px] bg-white" style={{ left: `${Math.min(100, unit.planned)}%` }} />
                    </span>
                    <span className="text-right tabular-nums">{formatPercent(unit.progress, locale)} / {formatPercent(unit.planned, locale)}</span>
                  </li>
                ))}
              </ol>
            )}
          </ScreenPanel>
          <ScreenPanel title={`${t("dashboard.deadlines.upcoming", { count: deadlines.upcomingCount })} · ${t("dashboard.deadlines.overdue", { count: deadlines.overdueCount })}`}>
            {deadlines.items.length === 0 ? <NoData text={t("dashboard.deadlines.empty", { days: DEADLINE_WINDOW_DAYS })} /> : (
              <ul className="flex h-full flex-col justify-around">
                {deadlines.items.slice(0, LIST_ROWS).map((item) => (
                  <li key={item.id} className="grid grid-cols-[1fr_auto] gap-[1vw] text-[2.3vh]">
                    <span className="truncate">{item.code} {item.title}</span>
                    <span className="whitespace-nowrap tabular-nums text-slate-300">{item.leadUnit} · {formatDate(item.dueDate, locale)}</span>
                  </li>
                ))}
              </ul>
            )}
          </ScreenPanel>
        </Pair>
      ),
    },
    {
      title: `${t("dashboard.indicators.title")} · ${t("dashboard.resources.title")}`,
      content: (
        <Pair>
          <ScreenPanel title={t("dashboard.indicators.chartTitle", { count: weakIndicators.length })}>
            {weakIndicators.length === 0 ? <NoData text={t("dashboard.indicators.empty")} /> : (
              <IndicatorChart {...dark} ariaLabel={t("dashboard.indicators.title")} labels={{ attainment: t("dashboard.indicators.attainment"), planned: t("dashboard.planned") }}
                data={weakIndicators.map((row) => ({ label: row.name.length > 9 ? `${row.name.slice(0, 9)}…` : row.name, attainment: row.attainment!, planned: row.planned }))} />
            )}
          </ScreenPanel>
          <div className="grid min-h-0 grid-rows-2 gap-[1vh]">
            <ScreenPanel title={t("dashboard.resources.land")}>
              <AmountChart {...dark} ariaLabel={t("dashboard.resources.land")} unit={t("dashboard.unitMu")}
                data={[
                  { label: t("dashboard.resources.landNeeded"), value: resources.landNeededMu, color: "#94a3b8" },
                  { label: t("dashboard.resources.landSubmitted"), value: resources.landSubmittedMu, color: LEVEL_COLOR.BLUE },
                  { label: t("dashboard.resources.landApproved"), value: resources.landApprovedMu, color: LEVEL_COLOR.GREEN },
                ]} />
            </ScreenPanel>
            <ScreenPanel title={t("dashboard.resources.funds")}>
              <AmountChart {...dark} ariaLabel={t("dashboard.resources.funds")} unit={t("dashboard.unitWan")}
                data={[
                  { label: t("dashboard.resources.fundsSought"), value: resources.fundsSought / 1e4, color: "#94a3b8" },
                  { label: t("dashboard.resources.fundsApproved"), value: resources.fundsApproved / 1e4, color: LEVEL_COLOR.BLUE },
                  { label: t("dashboard.resources.fundsArrived"), value: resources.fundsArrived / 1e4, color: LEVEL_COLOR.GREEN },
                ]} />
            </ScreenPanel>
          </div>
        </Pair>
      ),
    },
  ];

  return (
    <BigScreenShell
      title={t("dashboard.bigScreen.title")}
      subtitle={zoneName}
      updatedLabel={t("dashboard.bigScreen.updated", { time: formatDateTime(new Date(), locale, timeZone) })}
      kpis={kpis}
      pages={pages}
      labels={{ exit: t("dashboard.bigScreen.exit"), pause: t("dashboard.bigScreen.pause"), resume: t("dashboard.bigScreen.resume"), page: t.raw("dashboard.bigScreen.page") as string }}
    />
  );
}
