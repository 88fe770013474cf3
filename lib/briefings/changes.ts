// What changed in a week's briefing since its edition was issued: a filing after the issue
// does not change the edition; the live view lists the difference. Pure.
import type { SubmissionOutcome, WeeklyBriefing } from "@/lib/dashboard/briefing";

export type BriefingChange =
  | { kind: "submission"; figure: "expected" | "submitted" | "onTime"; from: number; to: number }
  | { kind: "outcome"; unit: string; from: SubmissionOutcome | null; to: SubmissionOutcome | null }
  | { kind: "progress"; unit: string; from: number | null; to: number | null }
  | { kind: "redWarning"; change: "added" | "removed"; unit: string; title: string }
  | { kind: "notice"; event: "issued" | "closed"; change: "added" | "removed"; number: string; unit: string }
  | { kind: "completed"; change: "added" | "removed"; code: string; title: string };

/** Progress moves smaller than this (points) are rounding, not news. */
const PROGRESS_EPSILON = 0.05;

function byKey<T>(rows: T[], key: (row: T) => string): Map<string, T> {
  return new Map(rows.map((row) => [key(row), row]));
}

function added<T>(before: Map<string, T>, after: Map<string, T>): T[] {
  return [...after.entries()].filter(([key]) => !before.has(key)).map(([, row]) => row);
}

export function briefingChanges(frozen: WeeklyBriefing, live: WeeklyBriefing): BriefingChange[] {
  const changes: BriefingChange[] = [];
  for (const figure of ["expected", "submitted", "onTime"] as const) {
    if (frozen.submission[figure] !== live.submission[figure]) changes.push({ kind: "submission", figure, from: frozen.submission[figure], to: live.submission[figure] });
  }

  const frozenOutcomes = byKey(frozen.submission.ranking, (row) => row.unitId);
  const liveOutcomes = byKey(live.submission.ranking, (row) => row.unitId);
  for (const unitId of new Set([...frozenOutcomes.keys(), ...liveOutcomes.keys()])) {
    const before = frozenOutcomes.get(unitId);
    const after = liveOutcomes.get(unitId);
    if (before?.outcome !== after?.outcome) changes.push({ kind: "outcome", unit: (after ?? before)!.unitName, from: before?.outcome ?? null, to: after?.outcome ?? null });
  }

  const frozenProgress = byKey(frozen.progress, (row) => row.unitId);
  const liveProgress = byKey(live.progress, (row) => row.unitId);
  for (const unitId of new Set([...frozenProgress.keys(), ...liveProgress.keys()])) {
    const before = frozenProgress.get(unitId);
    const after = liveProgress.get(unitId);
    if (!before || !after || Math.abs(before.progress - after.progress) >= PROGRESS_EPSILON) {
      changes.push({ kind: "progress", unit: (after ?? before)!.unitName, from: before?.progress ?? null, to: after?.progress ?? null });
    }
  }

  const frozenRed = byKey(frozen.newRedWarnings, (row) => row.id);
  const liveRed = byKey(live.newRedWarnings, (row) => row.id);
  for (const row of added(frozenRed, liveRed)) changes.push({ kind: "redWarning", change: "added", unit: row.unit, title: row.title });
  for (const row of added(liveRed, frozenRed)) changes.push({ kind: "redWarning", change: "removed", unit: row.unit, title: row.title });

  for (const event of ["issued", "closed"] as const) {
    const list = (briefing: WeeklyBriefing) => byKey(event === "issued" ? briefing.noticesIssued : briefing.noticesClosed, (row) => row.id);
    for (const row of added(list(frozen), list(live))) changes.push({ kind: "notice", event, change: "added", number: row.number, unit: row.unit });
    for (const row of added(list(live), list(frozen))) changes.push({ kind: "notice", event, change: "removed", number: row.number, unit: row.unit });
  }

  const frozenDone = byKey(frozen.completed, (row) => row.id);
  const liveDone = byKey(live.completed, (row) => row.id);
  for (const row of added(frozenDone, liveDone)) changes.push({ kind: "completed", change: "added", code: row.code, title: row.title });
  for (const row of added(liveDone, frozenDone)) changes.push({ kind: "completed", change: "removed", code: row.code, title: row.title });
  return changes;
}
