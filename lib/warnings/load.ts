// Reads what the engine needs from the database (a zone, or one unit of it) as plain data.
// No authorization here: callers are the runner (system), or queries that authorized first.
import { loadExemptions, loadZoneCalendar } from "@/lib/calendar/load";
import type { TxClient } from "@/lib/db/client";
import { dateKey, isoWeekOf, shiftIsoWeek } from "@/lib/dates/zone-time";
import { toNumber } from "@/lib/format";
import { parsePlannedPoints } from "@/lib/plan/schema";
import { historyStart, historyWeeks, quarterStart } from "./engine";
import { DEFAULT_RULE_PARAMS, ruleSetFromRows, WARNING_KINDS, type RuleSet } from "./rules";
import type { EngineInput } from "./types";

export interface LoadScope {
  zoneId: string;
  asOf: Date;
  /** These units only (their items, reports, notices and yellow history); the whole zone when absent. */
  unitIds?: readonly string[];
}

export async function loadRuleSet(client: TxClient, zoneId: string): Promise<RuleSet> {
  const rows = await client.warningRule.findMany({ where: { zoneId }, select: { kind: true, enabled: true, params: true } });
  return ruleSetFromRows(rows);
}

/** Creates the default rule of every kind a zone does not have yet (seeding, first run). */
export async function ensureWarningRules(client: TxClient, zoneId: string): Promise<void> {
  await client.warningRule.createMany({
    data: WARNING_KINDS.map((kind) => ({ zoneId, kind, enabled: true, params: DEFAULT_RULE_PARAMS[kind] })),
    skipDuplicates: true,
  });
}

export async function loadEngineInput(client: TxClient, { zoneId, asOf, unitIds }: LoadScope, rules?: RuleSet): Promise<EngineInput> {
  const [calendar, ruleSet] = await Promise.all([loadZoneCalendar(client, zoneId), rules ?? loadRuleSet(client, zoneId)]);
  const { timeZone } = calendar.zone;
  const current = isoWeekOf(asOf, timeZone);
  const only = unitIds ? { in: [...unitIds] } : undefined;
  const byUnit = only ? { unitId: only } : {};
  const [units, items, reports, exemptions, notices, yellowEvents] = await Promise.all([
    client.unit.findMany({ where: { zoneId, ...(only ? { id: only } : {}) }, select: { id: true, name: true, active: true, kind: true } }),
    client.workItem.findMany({
      where: { zoneId, ...(only ? { leadUnitId: only } : {}) },
      select: {
        id: true, code: true, title: true, source: true, leadUnitId: true, startDate: true, dueDate: true, plannedCurve: true, plannedPoints: true, recurrence: true,
        status: true, completedAt: true, createdAt: true, progress: true, lastReportedAt: true,
      },
    }),
    client.weeklyReport.findMany({
      where: { zoneId, ...byUnit, weekStart: { gte: historyStart(asOf, ruleSet) } },
      select: { id: true, unitId: true, isoYear: true, isoWeek: true, status: true, submittedAt: true, entries: { select: { workItemId: true, progress: true } } },
    }),
    loadExemptions(client, zoneId, { from: shiftIsoWeek(current, -historyWeeks(ruleSet)), to: shiftIsoWeek(current, 1), unitIds }),
    client.supervisionNotice.findMany({
      where: { zoneId, ...byUnit, status: { not: "CLOSED" } },
      select: { id: true, number: true, unitId: true, level: true, status: true, responseDue: true, issuedAt: true, chaseCount: true },
    }),
    client.warningEvent.findMany({
      where: {
        toLevel: "YELLOW",
        type: { in: ["OPENED", "LEVEL_CHANGED", "REOPENED"] },
        at: { gte: quarterStart(asOf, timeZone), lte: asOf },
        warning: { zoneId, ...byUnit, kind: { not: "REPEATED_YELLOW" } },
      },
      select: { at: true, warning: { select: { dedupeKey: true, unitId: true } } },
    }),
  ]);
  return {
    asOf,
    calendar,
    rules: ruleSet,
    units,
    workItems: items.map((item) => ({
      id: item.id,
      code: item.code,
      title: item.title,
      source: item.source,
      leadUnitId: item.leadUnitId,
      startDate: dateKey(item.startDate),
      dueDate: dateKey(item.dueDate),
      curve: item.plannedCurve,
      points: parsePlannedPoints(item.plannedPoints),
      recurrence: item.recurrence,
      status: item.status,
      completedAt: item.completedAt,
      createdAt: item.createdAt,
      progress: toNumber(item.progress) ?? 0,
      lastReportedAt: item.lastReportedAt,
    })),
    // An empty progress stays null: the engine never reads it as 0 %.
    reports: reports.map((report) => ({ ...report, entries: report.entries.map((entry) => ({ workItemId: entry.workItemId, progress: toNumber(entry.progress) })) })),
    exemptions: [...exemptions],
    notices: notices.map((notice) => ({ ...notice, responseDue: dateKey(notice.responseDue) })),
    yellowHistory: yellowEvents.map((event) => ({ at: event.at, dedupeKey: event.warning.dedupeKey, unitId: event.warning.unitId })),
  };
}
