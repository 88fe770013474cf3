// Calendar dates as people type them in forms and spreadsheets. Pure.
import { dateFromKey } from "./zone-time";

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** "2026-3-31", "2026/03/31", "2026.3.31", "2026年3月31日" → "2026-03-31"; null when not a real day. */
export function parseDateText(text: string): string | null {
  const match = DATE_TEXT.exec(text.trim());
  if (!match) return null;
  const key = `${match[1]}-${match[2].padStart(2, "0")}-${match[3].padStart(2, "0")}`;
  try {
    dateFromKey(key);
    return key;
  } catch {
    return null;
  }
}
