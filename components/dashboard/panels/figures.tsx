// The dashboard's figures: indicator attainment, and land and funding.
import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { IndicatorRow, ResourceTotals } from "@/lib/dashboard/queries";
import { LEVEL_COLOR } from "@/lib/dashboard/levels";
import { indicatorListHref, resourcesHref, unitHref, workItemHref } from "@/lib/dashboard/links";
import { indicatorsFurthestBehind, PANEL_TOP_ROWS } from "@/lib/dashboard/panel-rows";
import { rate } from "@/lib/dashboard/figures";
import { formatMu, formatNumber, formatPercent, formatWanYuan } from "@/lib/format";
import { AmountChart, IndicatorChart } from "../lazy-charts";
import { AllRowsLink, LinkStat, NumberLink, Panel } from "../panel";
import { context, truncate, type Props } from "./shared";

// ───────────────────────────── indicators ─────────────────────────────

const INDICATOR_CHART_ROWS = 12;

/** The indicators as a table, in the order given (the panel's top rows, or one drilldown page). */
export async function IndicatorTable({ rows }: { rows: IndicatorRow[] }) {
  const { t, locale } = await context();
  return (
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
        {rows.map((row) => (
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
  );
}

export async function IndicatorPanel({ data, filters }: Props<IndicatorRow[]>) {
  const [{ t }, indicators] = await Promise.all([context(), data]);
  // One order for the chart, the table's top rows and the drilldown page.
  const ordered = indicatorsFurthestBehind(indicators);
  const charted = ordered.filter((row) => row.attainment !== null).slice(0, INDICATOR_CHART_ROWS);
  return (
    <Panel
      title={t("dashboard.indicators.title")}
      testId="panel-indicators"
      table={indicators.length > 0 && <IndicatorTable rows={ordered.slice(0, PANEL_TOP_ROWS)} />}
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
          <AllRowsLink href={indicatorListHref(filters)} label={t("dashboard.indicators.all", { count: indicators.length })} testId="indicators-all" />
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
