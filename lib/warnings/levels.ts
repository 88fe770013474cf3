// The warning kinds and levels, and how levels compare. Pure, no zod: client components
// (level pickers) import this module, the rule schemas stay on the server (lib/warnings/rules.ts).
import * as DbEnums from "@/lib/db/generated/enums";

export const WARNING_KINDS = Object.values(DbEnums.WarningKind);
export type WarningKind = (typeof WARNING_KINDS)[number];

/** From the mildest to the most severe. */
export const WARNING_LEVELS = Object.values(DbEnums.WarningLevel);
export type WarningLevel = (typeof WARNING_LEVELS)[number];

export function levelRank(level: WarningLevel): number {
  return WARNING_LEVELS.indexOf(level);
}

/** `steps` levels more severe, capped at RED. */
export function escalate(level: WarningLevel, steps = 1): WarningLevel {
  return WARNING_LEVELS[Math.min(WARNING_LEVELS.length - 1, levelRank(level) + steps)];
}

export function maxLevel(levels: WarningLevel[]): WarningLevel | null {
  return levels.reduce<WarningLevel | null>((max, level) => (max === null || levelRank(level) > levelRank(max) ? level : max), null);
}
