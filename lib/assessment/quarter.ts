// Quarters as they appear in URLs and forms: "2026-Q3".
import type { Quarter } from "@/lib/dates/zone-time";

export function formatQuarter({ year, quarter }: Quarter): string {
  return `${year}-Q${quarter}`;
}

export function parseQuarter(value: string): Quarter | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(value);
  return match ? { year: Number(match[1]), quarter: Number(match[2]) } : null;
}

export function previousQuarter({ year, quarter }: Quarter): Quarter {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
}

export function compareQuarters(a: Quarter, b: Quarter): number {
  return a.year - b.year || a.quarter - b.quarter;
}

/** Quarters from `first` to `last`, newest first. */
export function quartersBetween(first: Quarter, last: Quarter): Quarter[] {
  const list: Quarter[] = [];
  for (let quarter = last; compareQuarters(quarter, first) >= 0; quarter = previousQuarter(quarter)) list.push(quarter);
  return list;
}
