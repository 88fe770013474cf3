// The dashboard's progress panels: the overview figures and progress by task, measure, park and unit.
import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Table, Td, Th } from "@/components/ui/table";
import type { ProgressBreakdown, ProgressGroup } from "@/lib/dashboard/queries";
import { itemsHref, measureHref, parkHref, unitHref, unitProgressListHref, type ScopeParams } from "@/lib/dashboard/links";
import { PANEL_TOP_ROWS, unitsFurthestBehind } from "@/lib/dashboard/panel-rows";
import { formatPercent } from "@/lib/format";
import { ProgressChart } from "../lazy-charts";
import { AllRowsLink, LinkStat, NumberLink, Panel } from "../panel";
import type { Translator } from "@/lib/i18n/server";
import { context, gapOf, signed, truncate, type Props } from "./shared";

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

/** Lead units as a table, in the order given (the panel's top rows, or one drilldown page). */
export async function UnitProgressTable({ groups, filters }: { groups: ProgressGroup[]; filters: ScopeParams }) {
  const { t, locale } = await context();
  return (
    <Table caption={t("dashboard.byUnit")}>
      <thead>
        <tr>
          <Th>{t("dashboard.unit")}</Th>
          <Th className="text-right">{t("dashboard.items")}</Th>
          <Th className="text-right">{t("dashboard.behind")}</Th>
          <Th>{t("dashboard.progress")} / {t("dashboard.planned")}</Th>
          <Th className="text-right">{t("dashboard.gap")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {groups.map((group) => (
          <tr key={group.id} data-testid="unit-progress-row">
            <Td className="whitespace-nowrap">
              <Link href={unitHref(group.id!)} className="text-slate-800 hover:text-brand-700" title={group.name ?? undefined}>{group.label}</Link>
            </Td>
            <Td className="text-right"><NumberLink href={itemsHref(filters, { unit: group.id! })}>{group.items}</NumberLink></Td>
            <Td className="text-right"><NumberLink href={itemsHref(filters, { unit: group.id!, behind: true })}>{group.behind}</NumberLink></Td>
            <Td className="min-w-40"><ProgressBar value={group.progress} planned={group.planned} label={group.label ?? ""} /></Td>
            <Td className="text-right tabular-nums">{signed(gapOf(group), locale)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export async function UnitProgressPanel({ data, filters }: Props<ProgressBreakdown>) {
  const [{ t }, progress] = await Promise.all([context(), data]);
  const units = unitsFurthestBehind(progress.byUnit);
  return (
    <Panel title={t("dashboard.byUnit")} testId="panel-unit">
      {units.length === 0 ? (
        <NoItems t={t} />
      ) : (
        <>
          <p className="mb-2 text-xs text-slate-500">{t("dashboard.byUnitHint")}</p>
          <UnitProgressTable groups={units.slice(0, PANEL_TOP_ROWS)} filters={filters} />
          <AllRowsLink href={unitProgressListHref(filters)} label={t("dashboard.byUnitAll", { count: units.length })} testId="units-all" />
        </>
      )}
    </Panel>
  );
}
