// Warning levels and their colours: one meaning everywhere (charts, badges, big screen).
import { WarningLevel } from "@/lib/db/generated/enums";

export type Level = WarningLevel;

/** Most severe first (the enum lists them mildest first). */
export const LEVELS: readonly Level[] = Object.values(WarningLevel).reverse();

/** CSS variables of app/globals.css. */
export const LEVEL_COLOR: Record<Level | "GREEN", string> = {
  RED: "var(--color-level-red)",
  ORANGE: "var(--color-level-orange)",
  YELLOW: "var(--color-level-yellow)",
  BLUE: "var(--color-level-blue)",
  GREEN: "var(--color-level-green)",
};

/** The colour of progress that is `gap` points behind its planned progress (same bands as ProgressBar). */
export function gapColor(gap: number): string {
  if (gap > 30) return LEVEL_COLOR.RED;
  if (gap > 20) return LEVEL_COLOR.ORANGE;
  if (gap > 10) return LEVEL_COLOR.YELLOW;
  return LEVEL_COLOR.GREEN;
}
