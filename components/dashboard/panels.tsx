// The overview dashboard's panels. Each awaits the promise of its one query, so the page
// streams them in independently (each sits in its own Suspense boundary).
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge, levelTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Table, Td, Th } from "@/components/ui/table";
import type { Deadlines, IndicatorRow, OpenNotices, ProgressBreakdown, ProgressGroup, ResourceTotals, SubmissionWeek, WaitingRequest, WarningWeek } from "@/lib/dashboard/queries";
import { DEADLINE_WINDOW_DAYS } from "@/lib/dashboard/queries";
import { LEVEL_COLOR, LEVELS } from "@/lib/dashboard/levels";
import {
  briefingHref,
  coordinationHref,
  coordinationRequestHref,
  itemsHref,
  measureHref,
  meetingsHref,
  noticeHref,
  noticesHref,
  parkHref,
  resourcesHref,
  unitHref,
  warningsHref,
  workItemHref,
} from "@/lib/dashboard/links";
import { rate, shortWeek } from "@/lib/dashboard/figures";
import type { DashboardFilters } from "@/lib/dashboard/schema";
import { formatIsoWeek } from "@/lib/dates/zone-time";
import { formatDate, formatMu, formatNumber, formatPercent, formatWanYuan } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { AmountChart, IndicatorChart, LevelTrendChart, ProgressChart, SubmissionChart } from "./charts";
import { LinkStat, NumberLink, Panel } from "./panel";
import type { Translator } from "@/lib/i18n/server";

type Props<T> = { data: Promise<T>; filters: DashboardFilters };

async function context() {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return { t, locale };
}

const gapOf = (group: Pick<ProgressGroup, "progress" | "planned">) => Math.round((group.progress - group.planned) * 10) / 10;

function signed(value: number, locale: Locale): string {
  return `${value > 0 ? "+" : ""}${formatNumber(value, locale, 1)}`;
}

// ───────────────────────────── progress ─────────────────────────────

export async function OverviewStats({ data, filters }: Props<ProgressBreakdown>) {
  const [{ t, locale }, progress] = await Promise.all([context(), data]);
  const { overall, decisions } = progress;
  const gap = gapOf(overall);
  return (
    <div className="grid grid-cols-2 gap-3 lg:grid-cols-6" data-testid="overview-stats">
      <LinkStat label={t("dashboard.overall.actual")} value={formatPercent(overall.progress, locale)} hint={t("dashboard.overall.gapHint", { value: signed(gap, locale) })} href={itemsHref(filters)} tone={gap < -10 ? "orange" : "green"} testId="overall-progress" />
      <LinkStat label={t("dashboard.overall.planned")} value={formatPercent(overall.planned, locale)} href={itemsHref(filters)} />
      <LinkStat label={t("dashboard.overall.items")} value={overall.items} href={itemsHref(filters)} testId="overall-items" />
      <LinkStat label={t("dashboard.overall.completed")} value={overall.completed} href={itemsHref(filters, { status: "COMPLETED" })} tone="green" />
      <LinkStat label={t("dashboard.overall.behind")} value={overall.behind} href={itemsHref(filters, { behind: true })} tone={overall.behind > 0 ? "orange" : undefined} testId="overall-behind" />
      {/* Meeting decisions apart: they are not plan items and never enter the overall figure. */}
      <LinkStat label={t("dashboard.overall.decisions")} value={decisions.items ? formatPercent(decisions.progress, locale) : "—"} hint={t("dashboard.overall.decisionsHint", { items: decisions.items, planned: formatPercent(decisions.planned, locale) })} href={itemsHref(filters)} testId="decisions-progress" />
    </div>
  );
}

async function ProgressTable({ groups, nameLabel, name, href, itemsLink }: {
  groups: ProgressGroup[];
  nameLabel: string;
  name: (group: ProgressGroup) => string;
  href: (group: ProgressGroup) => string | undefined;
  itemsLink: (group: ProgressGroup, extra?: { status?: "COMPLETED"; behind?: boolean }) => string | undefined;
}) {
  const { t, locale } = await context();
  return (
    <Table caption={nameLabel}>
      <thead>
        <tr>
          <Th>{nameLabel}</Th>
          <Th className="text-right">{t("dashboard.items")}</Th>
          <Th className="text-right">{t("dashboard.completed")}</Th>
          <Th className="text-right">{t("dashboard.behind")}</Th>
          <Th className="text-right">{t("dashboard.progress")}</Th>
          <Th className="text-right">{t("dashboard.planned")}</Th>
          <Th className="text-right">{t("dashboard.gap")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {groups.map((group) => {
          const link = href(group);
          return (
            <tr key={group.id ?? "none"} data-testid="progress-row">
              <Td>{link ? <Link href={link} className="text-slate-800 hover:text-brand-700">{name(group)}</Link> : name(group)}</Td>
              <Td className="text-right"><NumberLink href={itemsLink(group)}>{group.items}</NumberLink></Td>
              <Td className="text-right"><NumberLink href={itemsLink(group, { status: "COMPLETED" })}>{group.completed}</NumberLink></Td>
              <Td className="text-right"><NumberLink href={itemsLink(group, { behind: true })}>{group.behind}</NumberLink></Td>
              <Td className="text-right tabular-nums">{formatPercent(group.progress, locale)}</Td>
              <Td className="text-right tabular-nums">{formatPercent(group.planned, locale)}</Td>
              <Td className="text-right tabular-nums">{signed(gapOf(group), locale)}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

function NoItems({ t }: { t: Translator }) {
  return <EmptyState title={t("dashboard.noItems")} hint={t("dashboard.noItemsHint")} />;
}

export async function TaskProgressPanel({ data, filters }: Props<ProgressBreakdown>) {
  const [{ t }, progress] = await Promise.all([context(), data]);
  const taskName = (group: ProgressGroup) => (group.code ? `${group.code} ${group.label}` : t("dashboard.meetingDecisions"));
  const itemsLink = (group: ProgressGroup, extra = {}) => (group.code ? itemsHref({ ...filters, taskCode: group.code }, extra) : undefined);
  return (
    <Panel
      title={t("dashboard.byTask")}
      testId="panel-task"
      table={progress.byTask.length > 0 && <ProgressTable groups={progress.byTask} nameLabel={t("dashboard.task")} name={taskName} href={(group) => itemsLink(group)} itemsLink={itemsLink} />}
    >
      {progress.byTask.length === 0 ? (
        <NoItems t={t} />
      ) : (
        <ProgressChart
          ariaLabel={t("dashboard.byTask")}
          labels={{ progress: t("dashboard.progress"), planned: t("dashboard.planned") }}
          data={progress.byTask.map((group) => ({ label: group.code ? t("dashboard.taskNumber", { code: group.code }) : t("dashboard.meetingDecisions"), progress: group.progress, planned: group.planned, href: itemsLink(group) }))}
        />
      )}
    </Panel>
  );
}

export async function MeasureProgressPanel({ data, filters }: Props<ProgressBreakdown>) {
  const [{ t }, progress] = await Promise.all([context(), data]);
  const measures = progress.byMeasure.filter((group) => group.code);
  const itemsLink = (group: ProgressGroup, extra = {}) => itemsHref(filters, { ...extra, measure: group.code! });
  return (
    <Panel
      title={t("dashboard.byMeasure")}
      testId="panel-measure"
      table={measures.length > 0 && <ProgressTable groups={measures} nameLabel={t("dashboard.measure")} name={(group) => `${group.code} ${group.label}`} href={(group) => measureHref(group.code!)} itemsLink={itemsLink} />}
    >
      {measures.length === 0 ? (
        <NoItems t={t} />
      ) : (
        <ProgressChart
          layout="rows"
          height={70 + measures.length * 30}
          ariaLabel={t("dashboard.byMeasure")}
          labels={{ progress: t("dashboard.progress"), planned: t("dashboard.planned") }}
          data={measures.map((group) => ({ label: `${group.code} ${truncate(group.label ?? "", 8)}`, progress: group.progress, planned: group.planned, href: measureHref(group.code!) }))}
        />
      )}
    </Panel>
  );
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

export async function ParkProgressPanel({ data, filters }: Props<ProgressBreakdown>) {
  const [{ t }, progress] = await Promise.all([context(), data]);
  const name = (group: ProgressGroup) => group.label ?? t("dashboard.noPark");
  const itemsLink = (group: ProgressGroup, extra = {}) => (group.id ? itemsHref({ ...filters, parkId: group.id }, extra) : undefined);
  return (
    <Panel
      title={t("dashboard.byPark")}
      testId="panel-park"
      table={progress.byPark.length > 0 && <ProgressTable groups={progress.byPark} nameLabel={t("dashboard.park")} name={name} href={(group) => (group.id ? parkHref(group.id) : undefined)} itemsLink={itemsLink} />}
    >
      {progress.byPark.length === 0 ? (
        <NoItems t={t} />
      ) : (
        <ProgressChart
          ariaLabel={t("dashboard.byPark")}
          labels={{ progress: t("dashboard.progress"), planned: t("dashboard.planned") }}
          data={progress.byPark.map((group) => ({ label: name(group), progress: group.progress, planned: group.planned, href: group.id ? parkHref(group.id) : undefined }))}
        />
      )}
    </Panel>
  );
}

const UNIT_ROWS = 10;

export async function UnitProgressPanel({ data, filters }: Props<ProgressBreakdown>) {
  const [{ t, locale }, progress] = await Promise.all([context(), data]);
  const units = [...progress.byUnit].sort((a, b) => gapOf(a) - gapOf(b));
  const row = (group: ProgressGroup) => (
    <tr key={group.id} data-testid="unit-progress-row">
      <Td className="whitespace-nowrap">
        <Link href={unitHref(group.id!)} className="text-slate-800 hover:text-brand-700" title={group.name ?? undefined}>{group.label}</Link>
      </Td>
      <Td className="text-right"><NumberLink href={itemsHref(filters, { unit: group.id! })}>{group.items}</NumberLink></Td>
      <Td className="text-right"><NumberLink href={itemsHref(filters, { unit: group.id!, behind: true })}>{group.behind}</NumberLink></Td>
      <Td className="min-w-40"><ProgressBar value={group.progress} planned={group.planned} label={group.label ?? ""} /></Td>
      <Td className="text-right tabular-nums">{signed(gapOf(group), locale)}</Td>
    </tr>
  );
  const head = (
    <thead>
      <tr>
        <Th>{t("dashboard.unit")}</Th>
        <Th className="text-right">{t("dashboard.items")}</Th>
        <Th className="text-right">{t("dashboard.behind")}</Th>
        <Th>{t("dashboard.progress")} / {t("dashboard.planned")}</Th>
        <Th className="text-right">{t("dashboard.gap")}</Th>
      </tr>
    </thead>
  );
  return (
    <Panel title={t("dashboard.byUnit")} testId="panel-unit">
      {units.length === 0 ? (
        <NoItems t={t} />
      ) : (
        <>
          <p className="mb-2 text-xs text-slate-500">{t("dashboard.byUnitHint")}</p>
          <Table caption={t("dashboard.byUnit")}>
            {head}
            <tbody className="divide-y divide-slate-100">{units.slice(0, UNIT_ROWS).map(row)}</tbody>
          </Table>
          {units.length > UNIT_ROWS && (
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer text-brand-700 hover:underline">{t("dashboard.showTable")}（{units.length}）</summary>
              <Table caption={t("dashboard.byUnit")}>
                {head}
                <tbody className="divide-y divide-slate-100">{units.slice(UNIT_ROWS).map(row)}</tbody>
              </Table>
            </details>
          )}
        </>
      )}
    </Panel>
  );
}

// ───────────────────────────── warnings ─────────────────────────────

export async function WarningTrendPanel({ data, filters }: Props<WarningWeek[]>) {
  const [{ t }, weeks] = await Promise.all([context(), data]);
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
                  <Td className="font-mono text-xs">{formatIsoWeek(week)}</Td>
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
            data={weeks.map((week) => ({ week: shortWeek(week), RED: week.RED, ORANGE: week.ORANGE, YELLOW: week.YELLOW, BLUE: week.BLUE, href: warningsHref(scope) }))}
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
                  <Td className="font-mono text-xs"><Link href={briefingHref(week)} className="text-brand-700 hover:underline">{formatIsoWeek(week)}</Link></Td>
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
              {t("dashboard.submission.lastWeek", { week: formatIsoWeek(last) })}{" "}
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
            data={weeks.map((week) => ({ week: shortWeek(week), submissionRate: rate(week.submitted, week.expected), onTimeRate: rate(week.onTime, week.expected), href: briefingHref(week) }))}
          />
        </>
      )}
    </Panel>
  );
}

// ───────────────────────────── indicators ─────────────────────────────

const INDICATOR_CHART_ROWS = 12;

export async function IndicatorPanel({ data }: Props<IndicatorRow[]>) {
  const [{ t, locale }, indicators] = await Promise.all([context(), data]);
  const charted = indicators
    .filter((row) => row.attainment !== null)
    .sort((a, b) => a.attainment! - a.planned - (b.attainment! - b.planned))
    .slice(0, INDICATOR_CHART_ROWS);
  return (
    <Panel
      title={t("dashboard.indicators.title")}
      testId="panel-indicators"
      table={
        indicators.length > 0 && (
          <Table caption={t("dashboard.indicators.title")}>
            <thead>
              <tr>
                <Th>{t("dashboard.indicators.indicator")}</Th>
                <Th>{t("dashboard.unit")}</Th>
                <Th className="text-right">{t("dashboard.indicators.baseline")}</Th>
                <Th className="text-right">{t("dashboard.indicators.current")}</Th>
                <Th className="text-right">{t("dashboard.indicators.target")}</Th>
                <Th className="text-right">{t("dashboard.indicators.attainment")}</Th>
                <Th className="text-right">{t("dashboard.planned")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {indicators.map((row) => (
                <tr key={row.id} data-testid="indicator-row">
                  <Td>
                    <Link href={workItemHref(row.workItemId)} className="text-slate-800 hover:text-brand-700">{row.name}</Link>
                    <div className="text-xs text-slate-500">{row.code}{row.unit ? ` · ${row.unit}` : ""}</div>
                  </Td>
                  <Td className="whitespace-nowrap"><Link href={unitHref(row.leadUnitId)} className="hover:text-brand-700">{row.leadUnit}</Link></Td>
                  <Td className="text-right tabular-nums">{formatNumber(row.baseline, locale)}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(row.current, locale)}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(row.target, locale)}</Td>
                  <Td className="text-right tabular-nums">{formatPercent(row.attainment, locale)}</Td>
                  <Td className="text-right tabular-nums">{formatPercent(row.planned, locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )
      }
    >
      {indicators.length === 0 ? (
        <EmptyState title={t("dashboard.indicators.empty")} hint={t("dashboard.indicators.emptyHint")} />
      ) : (
        <>
          <p className="mb-2 text-xs text-slate-500">
            {t("dashboard.indicators.chartTitle", { count: charted.length })} · {t("dashboard.indicators.attainmentHint")}
          </p>
          <IndicatorChart
            ariaLabel={t("dashboard.indicators.chartTitle", { count: charted.length })}
            labels={{ attainment: t("dashboard.indicators.attainment"), planned: t("dashboard.planned") }}
            data={charted.map((row) => ({ label: truncate(row.name, 10), attainment: row.attainment!, planned: row.planned, href: workItemHref(row.workItemId) }))}
          />
        </>
      )}
    </Panel>
  );
}

// ───────────────────────────── resources ─────────────────────────────

export async function ResourcePanel({ data, filters }: Props<ResourceTotals>) {
  const [{ t, locale }, totals] = await Promise.all([context(), data]);
  const empty = totals.landNeededMu === 0 && totals.landSubmittedMu === 0 && totals.fundsSought === 0 && totals.designationsTotal === 0;
  const land = resourcesHref("land");
  const funds = resourcesHref("funds", filters.parkId);
  const designations = resourcesHref("designations", filters.parkId);
  const rows: [string, string, string][] = [
    [t("dashboard.resources.landNeeded"), formatMu(totals.landNeededMu, locale), land],
    [t("dashboard.resources.landSubmitted"), formatMu(totals.landSubmittedMu, locale), land],
    [t("dashboard.resources.landApproved"), formatMu(totals.landApprovedMu, locale), land],
    [t("dashboard.resources.fundsSought"), formatWanYuan(totals.fundsSought, locale), funds],
    [t("dashboard.resources.fundsApproved"), formatWanYuan(totals.fundsApproved, locale), funds],
    [t("dashboard.resources.fundsArrived"), formatWanYuan(totals.fundsArrived, locale), funds],
    [t("dashboard.resources.designations"), t("dashboard.resources.designationsValue", { approved: totals.designationsApproved, total: totals.designationsTotal }), designations],
  ];
  return (
    <Panel
      title={t("dashboard.resources.title")}
      testId="panel-resources"
      table={
        !empty && (
          <Table caption={t("dashboard.resources.title")}>
            <thead>
              <tr>
                <Th>{t("dashboard.resources.item")}</Th>
                <Th className="text-right">{t("dashboard.resources.value")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map(([label, value, href]) => (
                <tr key={label}>
                  <Td>{label}</Td>
                  <Td className="text-right"><NumberLink href={href}>{value}</NumberLink></Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )
      }
    >
      {empty ? (
        <EmptyState title={t("dashboard.resources.empty")} hint={t("dashboard.resources.emptyHint")} />
      ) : (
        <div className="space-y-3">
          <div className="grid gap-3 sm:grid-cols-3">
            <LinkStat label={t("dashboard.resources.landApproved")} value={formatMu(totals.landApprovedMu, locale)} hint={`${t("dashboard.resources.landNeeded")} ${formatMu(totals.landNeededMu, locale)} · ${t("dashboard.resources.approvedShare", { value: formatPercent(rate(totals.landApprovedMu, totals.landNeededMu), locale) })}`} href={land} testId="land-approved" />
            <LinkStat label={t("dashboard.resources.fundsArrived")} value={formatWanYuan(totals.fundsArrived, locale)} hint={`${t("dashboard.resources.fundsSought")} ${formatWanYuan(totals.fundsSought, locale)} · ${t("dashboard.resources.arrivedShare", { value: formatPercent(rate(totals.fundsArrived, totals.fundsSought), locale) })}`} href={funds} testId="funds-arrived" />
            <LinkStat label={t("dashboard.resources.designations")} value={`${totals.designationsApproved} / ${totals.designationsTotal}`} hint={t("dashboard.resources.designationsValue", { approved: totals.designationsApproved, total: totals.designationsTotal })} href={designations} />
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            <div className="min-w-0">
              <div className="mb-1 text-xs font-medium text-slate-600">{t("dashboard.resources.land")}</div>
              <AmountChart
                ariaLabel={t("dashboard.resources.land")}
                unit={t("dashboard.unitMu")}
                data={[
                  { label: t("dashboard.resources.landNeeded"), value: totals.landNeededMu, color: "#94a3b8", href: land },
                  { label: t("dashboard.resources.landSubmitted"), value: totals.landSubmittedMu, color: LEVEL_COLOR.BLUE, href: land },
                  { label: t("dashboard.resources.landApproved"), value: totals.landApprovedMu, color: LEVEL_COLOR.GREEN, href: land },
                ]}
              />
            </div>
            <div className="min-w-0">
              <div className="mb-1 text-xs font-medium text-slate-600">{t("dashboard.resources.funds")}</div>
              <AmountChart
                ariaLabel={t("dashboard.resources.funds")}
                unit={t("dashboard.unitWan")}
                data={[
                  { label: t("dashboard.resources.fundsSought"), value: totals.fundsSought / 1e4, color: "#94a3b8", href: funds },
                  { label: t("dashboard.resources.fundsApproved"), value: totals.fundsApproved / 1e4, color: LEVEL_COLOR.BLUE, href: funds },
                  { label: t("dashboard.resources.fundsArrived"), value: totals.fundsArrived / 1e4, color: LEVEL_COLOR.GREEN, href: funds },
                ]}
              />
            </div>
          </div>
          <p className="text-xs text-slate-500">{t("dashboard.resources.parkScope")}</p>
        </div>
      )}
    </Panel>
  );
}

// ───────────────────────────── lists ─────────────────────────────

export async function DeadlinesPanel({ data, filters }: Props<Deadlines>) {
  const [{ t, locale }, deadlines] = await Promise.all([context(), data]);
  return (
    <Panel
      title={t("dashboard.deadlines.title", { days: DEADLINE_WINDOW_DAYS })}
      testId="panel-deadlines"
      actions={
        <>
          <Badge tone="blue">{t("dashboard.deadlines.upcoming", { count: deadlines.upcomingCount })}</Badge>
          <Link href={warningsHref({ parkId: filters.parkId, taskCode: filters.taskCode })}><Badge tone="red">{t("dashboard.deadlines.overdue", { count: deadlines.overdueCount })}</Badge></Link>
          {deadlines.overdueDecisions > 0 && <Link href={meetingsHref()} data-testid="overdue-decisions"><Badge tone="red">{t("dashboard.deadlines.overdueDecisions", { count: deadlines.overdueDecisions })}</Badge></Link>}
        </>
      }
    >
      {deadlines.items.length === 0 ? (
        <EmptyState title={t("dashboard.deadlines.empty", { days: DEADLINE_WINDOW_DAYS })} hint={t("dashboard.deadlines.emptyHint")} />
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {deadlines.items.map((item) => (
            <li key={item.id} className="grid gap-1 py-2 sm:grid-cols-[1fr_8rem]" data-testid="deadline-row">
              <div className="min-w-0">
                <Link href={workItemHref(item.id)} className="font-medium text-slate-800 hover:text-brand-700">{item.code} {item.title}</Link>
                <div className="text-xs text-slate-500">
                  <Link href={unitHref(item.leadUnitId)} className="hover:text-brand-700">{item.leadUnit}</Link> · {t("dashboard.deadlines.due")} {formatDate(item.dueDate, locale)}
                </div>
              </div>
              <ProgressBar value={item.progress} planned={item.planned} label={item.title} />
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

export async function NoticesPanel({ data, filters }: Props<OpenNotices>) {
  const [{ t, locale }, notices] = await Promise.all([context(), data]);
  return (
    <Panel
      title={t("dashboard.notices.title")}
      testId="panel-notices"
      actions={<Link href={noticesHref({ open: true, park: filters.parkId })} className="text-xs text-brand-700 hover:underline">{t("dashboard.notices.viewAll")}</Link>}
    >
      {notices.total === 0 ? (
        <EmptyState title={t("dashboard.notices.empty")} hint={t("dashboard.notices.emptyHint")} />
      ) : (
        <>
          <div className="mb-2 flex flex-wrap gap-2 text-sm">
            <Link href={noticesHref({ open: true, park: filters.parkId })}><Badge tone="brand">{t("dashboard.notices.total", { count: notices.total })}</Badge></Link>
            <Link href={noticesHref({ overdue: true, park: filters.parkId })}><Badge tone="red">{t("dashboard.notices.overdue", { count: notices.overdue })}</Badge></Link>
            {LEVELS.map((level) => (
              <Link key={level} href={noticesHref({ open: true, level, park: filters.parkId })}>
                <Badge tone={levelTone(level)}>{t(`enums.WarningLevel.${level}`)} {notices.byLevel[level]}</Badge>
              </Link>
            ))}
          </div>
          <ul className="divide-y divide-slate-100 text-sm">
            {notices.items.map((notice) => (
              <li key={notice.id} className="py-2" data-testid="notice-row">
                <Link href={noticeHref(notice.id)} className="font-medium text-slate-800 hover:text-brand-700">{notice.number} {notice.title}</Link>
                <div className="mt-0.5 flex flex-wrap items-center gap-1 text-xs text-slate-500">
                  <Badge tone={levelTone(notice.level)}>{t(`enums.WarningLevel.${notice.level}`)}</Badge>
                  <Badge>{t(`enums.NoticeStatus.${notice.status}`)}</Badge>
                  <Link href={unitHref(notice.unitId)} className="hover:text-brand-700">{notice.unit}</Link>
                  <span className={notice.overdue ? "font-medium text-level-red" : undefined}>· {t("dashboard.notices.due")} {formatDate(notice.responseDue, locale)}</span>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}

export async function CoordinationPanel({ data }: Props<{ total: number; items: WaitingRequest[] }>) {
  const [{ t, locale }, waiting] = await Promise.all([context(), data]);
  return (
    <Panel
      title={t("dashboard.coordination.title")}
      testId="panel-coordination"
      actions={
        <Link href={coordinationHref("WAITING_LEADER")}>
          <Badge tone={waiting.total > 0 ? "orange" : "gray"}>{t("dashboard.coordination.total", { count: waiting.total })}</Badge>
        </Link>
      }
    >
      {waiting.total === 0 ? (
        <EmptyState title={t("dashboard.coordination.empty")} hint={t("dashboard.coordination.emptyHint")} />
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {waiting.items.map((request) => (
            <li key={request.id} className="py-2" data-testid="coordination-row">
              <Link href={coordinationRequestHref(request.id)} className="font-medium text-slate-800 hover:text-brand-700">{request.title}</Link>
              <div className="mt-0.5 flex flex-wrap gap-x-2 text-xs text-slate-500">
                <span>{t("dashboard.coordination.addressee")}：{request.addressee}（{t(`enums.CoordinationAddressee.${request.addresseeKind}`)}）</span>
                {request.unitId && <Link href={unitHref(request.unitId)} className="hover:text-brand-700">{t("dashboard.coordination.raisedBy")}：{request.unit}</Link>}
                {request.workItemId && <Link href={workItemHref(request.workItemId)} className="hover:text-brand-700">{request.workItemCode}</Link>}
                {request.dueDate && <span>{t("dashboard.coordination.due")} {formatDate(request.dueDate, locale)}</span>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
