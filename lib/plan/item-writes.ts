import "server-only";
// Writing a work item's indicators and milestones, shared by the edit form and the import.
// Indicators keep their ids (reported values and catalogue links hang on them): the form
// names the one it edits, the import matches by name and then by position. An indicator with
// reported values is never deleted.
import type { Prisma, TxClient } from "@/lib/db/client";
import { dateFromKey, dateKey } from "@/lib/dates/zone-time";
import { canonicalDecimal } from "@/lib/server/exact-decimal";
import { DomainError } from "@/lib/server/errors";
import type { IndicatorDirection } from "./indicators";

export interface IndicatorWrite {
  /** The indicator edited (form); matched by name, then position, when absent (import). */
  id?: string;
  name: string;
  unit: string | null;
  direction: IndicatorDirection;
  baseline: string;
  target: string;
}

export interface MilestoneWrite {
  date: string;
  text: string;
}

/** What a work item's snapshot (audit, change detection) holds of its indicators and milestones. */
export const itemExtrasSelect = {
  indicators: { select: { id: true, seq: true, name: true, unit: true, direction: true, baseline: true, target: true }, orderBy: { seq: "asc" } },
  milestones: { select: { seq: true, dueDate: true, text: true }, orderBy: { seq: "asc" } },
} as const satisfies Prisma.WorkItemSelect;

type StoredIndicator = { id: string; seq: number; name: string; unit: string | null; direction: IndicatorDirection; baseline: unknown; target: unknown };

/** The indicators as comparable text, in order (for "did the row change"). */
export function indicatorsKey(list: { name: string; unit: string | null; direction: string; baseline: unknown; target: unknown }[]): string {
  return JSON.stringify(list.map((row) => [row.name, row.unit ?? "", row.direction, canonicalDecimal(row.baseline as string, 4), canonicalDecimal(row.target as string, 4)]));
}

export function milestonesKey(list: { date?: string; dueDate?: Date; text: string }[]): string {
  return JSON.stringify(list.map((row) => [row.date ?? dateKey(row.dueDate!), row.text]).sort(([a], [b]) => a.localeCompare(b)));
}

/** Pairs each written indicator with the stored one it updates (by id, else name, else position). */
function match(stored: StoredIndicator[], wanted: IndicatorWrite[], byId: boolean): (StoredIndicator | null)[] {
  const free = new Map(stored.map((row) => [row.id, row]));
  const take = (row: StoredIndicator | undefined) => {
    if (!row || !free.has(row.id)) return null;
    free.delete(row.id);
    return row;
  };
  if (byId) {
    return wanted.map((row) => {
      if (!row.id) return null;
      const found = take(stored.find((candidate) => candidate.id === row.id));
      if (!found) throw new DomainError("validation.choice", {}, "indicators");
      return found;
    });
  }
  const result = wanted.map((row) => take(stored.find((candidate) => candidate.name === row.name)));
  // Renamed in the sheet: the indicator at the same position keeps its id and values.
  return result.map((found, index) => found ?? take([...free.values()].find((candidate) => candidate.seq === index + 1)));
}

export async function writeIndicators(tx: TxClient, workItemId: string, wanted: IndicatorWrite[], options: { byId: boolean }): Promise<void> {
  const stored = (await tx.workItemIndicator.findMany({ where: { workItemId }, orderBy: { seq: "asc" } })) as StoredIndicator[];
  const matched = match(stored, wanted, options.byId);
  const kept = new Set(matched.filter((row): row is StoredIndicator => row !== null).map((row) => row.id));
  const removed = stored.filter((row) => !kept.has(row.id));
  if (removed.length) {
    const withValues = await tx.indicatorValue.findFirst({ where: { indicatorId: { in: removed.map((row) => row.id) } }, select: { indicator: { select: { name: true } } } });
    if (withValues) throw new DomainError("planManage.errors.indicatorHasValues", { name: withValues.indicator.name }, "indicators");
    await tx.workItemIndicator.deleteMany({ where: { id: { in: removed.map((row) => row.id) } } });
  }
  for (const [index, row] of wanted.entries()) {
    const data = { seq: index + 1, name: row.name, unit: row.unit, direction: row.direction, baseline: row.baseline, target: row.target };
    const current = matched[index];
    if (!current) await tx.workItemIndicator.create({ data: { ...data, workItemId } });
    else if (indicatorsKey([current]) !== indicatorsKey([data]) || current.seq !== data.seq) await tx.workItemIndicator.update({ where: { id: current.id }, data });
  }
}

export async function writeMilestones(tx: TxClient, workItemId: string, wanted: MilestoneWrite[]): Promise<void> {
  await tx.workItemMilestone.deleteMany({ where: { workItemId } });
  const sorted = [...wanted].sort((a, b) => a.date.localeCompare(b.date));
  if (sorted.length) await tx.workItemMilestone.createMany({ data: sorted.map((row, index) => ({ workItemId, seq: index + 1, dueDate: dateFromKey(row.date), text: row.text })) });
}
