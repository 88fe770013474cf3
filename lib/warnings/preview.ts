// What a rule change would do right now: the pure engine run twice on the same input, once
// with the zone's rules and once with the proposed one. Reads only; writes nothing.
import type { TxClient } from "@/lib/db/client";
import type { Translator } from "@/lib/i18n/server";
import { warningTitle } from "./describe";
import { diffWarnings, evaluateWarnings, historyWeeks } from "./engine";
import { loadEngineInput, loadRuleSet } from "./load";
import type { Rule, RuleSet, WarningKind, WarningLevel } from "./rules";
import type { ComputedWarning } from "./types";

export interface PreviewItem {
  dedupeKey: string;
  kind: WarningKind;
  level: WarningLevel;
  title: string;
  unitName: string;
}

export interface RulePreview {
  opened: PreviewItem[];
  closed: PreviewItem[];
  changed: (PreviewItem & { from: WarningLevel })[];
}

/** At most this many of each list are returned; the counts are in the lengths before cutting. */
const PREVIEW_LIMIT = 50;

export async function previewRuleChange(client: TxClient, zoneId: string, kind: WarningKind, rule: Rule, t: Translator, asOf = new Date()): Promise<RulePreview & { counts: { opened: number; closed: number; changed: number } }> {
  const rules = await loadRuleSet(client, zoneId);
  const proposedRules = { ...rules, [kind]: rule } as RuleSet;
  // Load the history the wider of the two rule sets reads (a longer look-back window needs more weeks).
  const input = await loadEngineInput(client, { zoneId, asOf }, historyWeeks(proposedRules) > historyWeeks(rules) ? proposedRules : rules);
  const diff = diffWarnings(evaluateWarnings({ ...input, rules }), evaluateWarnings({ ...input, rules: proposedRules }));
  const item = (warning: ComputedWarning): PreviewItem => ({
    dedupeKey: warning.dedupeKey,
    kind: warning.kind,
    level: warning.level,
    title: warningTitle(t, warning.kind, warning.level, warning.evidence),
    unitName: warning.evidence.subject.unitName,
  });
  return {
    opened: diff.opened.slice(0, PREVIEW_LIMIT).map(item),
    closed: diff.closed.slice(0, PREVIEW_LIMIT).map(item),
    changed: diff.changed.slice(0, PREVIEW_LIMIT).map(({ before, after }) => ({ ...item(after), from: before.level })),
    counts: { opened: diff.opened.length, closed: diff.closed.length, changed: diff.changed.length },
  };
}
