// What a save or submission of a weekly report changed, for the audit log: the report's
// status and summary, and per item (keyed by its code) each entry field and the attachment
// list, before → after. Only what changed is kept; nothing changed means no audit row and
// no write (an autosave of an unchanged form). Pure, so it is unit-tested.
import type { EntryValues } from "./entry-rules";

export const ENTRY_FIELDS = ["progress", "doneThisWeek", "planNextWeek", "problems", "needsCoordination", "regressionReason"] as const satisfies readonly (keyof EntryValues)[];

type EntryField = (typeof ENTRY_FIELDS)[number];
/** Indicator values are compared one by one and listed under `indicators`, by the key the caller gives them. */
type ItemSide = Partial<Record<EntryField, EntryValues[EntryField]>> & { indicators?: Record<string, string | null>; attachments?: string[] };

export interface EntryChangeInput {
  code: string;
  /** The saved entry, or null when this save creates it. */
  before: EntryValues | null;
  after: EntryValues;
  /** File names attached before and after this save. */
  attachmentsBefore: string[];
  attachmentsAfter: string[];
}

export interface ReportChangeInput {
  /** The report exists already (otherwise this save creates it, which is a change). */
  exists: boolean;
  status: { from: string | null; to: string };
  summary: { from: string; to: string };
  entries: EntryChangeInput[];
}

export interface ReportChanges {
  changed: boolean;
  before: { status?: string | null; summary?: string; items: Record<string, ItemSide> };
  after: { status?: string; summary?: string; items: Record<string, ItemSide> };
}

/** An entry that does not exist yet reads as empty: its first values show as "— → value". */
const NO_ENTRY: EntryValues = { progress: null, indicators: {}, doneThisWeek: "", planNextWeek: "", problems: "", needsCoordination: false, regressionReason: null };

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

export function reportChanges(input: ReportChangeInput): ReportChanges {
  // Keyed by item codes, which come from the plan import: no prototype to write through.
  const result: ReportChanges = { changed: !input.exists, before: { items: Object.create(null) }, after: { items: Object.create(null) } };
  if (input.status.from !== input.status.to) {
    result.before.status = input.status.from;
    result.after.status = input.status.to;
    result.changed = true;
  }
  if (input.summary.from !== input.summary.to) {
    result.before.summary = input.summary.from;
    result.after.summary = input.summary.to;
    result.changed = true;
  }
  for (const entry of input.entries) {
    const before: ItemSide = {};
    const after: ItemSide = {};
    const old = entry.before ?? NO_ENTRY;
    for (const field of ENTRY_FIELDS) {
      if (old[field] === entry.after[field]) continue;
      (before as Record<string, unknown>)[field] = old[field];
      (after as Record<string, unknown>)[field] = entry.after[field];
    }
    // An indicator the save does not give keeps its value: only the ones given are compared.
    const changedIndicators = Object.keys(entry.after.indicators).filter((key) => (old.indicators[key] ?? null) !== entry.after.indicators[key]);
    if (changedIndicators.length) {
      before.indicators = Object.fromEntries(changedIndicators.map((key) => [key, old.indicators[key] ?? null]));
      after.indicators = Object.fromEntries(changedIndicators.map((key) => [key, entry.after.indicators[key]]));
    }
    if (!sameList(entry.attachmentsBefore, entry.attachmentsAfter)) {
      before.attachments = entry.attachmentsBefore;
      after.attachments = entry.attachmentsAfter;
    }
    if (entry.before === null) result.changed = true;
    if (Object.keys(after).length === 0) continue;
    result.before.items[entry.code] = before;
    result.after.items[entry.code] = after;
    result.changed = true;
  }
  return result;
}
