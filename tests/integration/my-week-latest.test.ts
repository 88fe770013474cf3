// "Last reported" on /my-unit (the unit's items) and "the lead unit's latest" (its cooperating
// items) come from one LATERAL statement per list (latestFigureEntryIds in lib/reports/queries.ts).
// Held here to the rule read straight off the rows: per item, of its entries in a SUBMITTED or
// ACCEPTED report, the one of the latest week (before this week for "last reported", with a
// progress value; up to this week for the lead unit's latest).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { formatIsoWeek } from "@/lib/dates/zone-time";
import { getMyWeek } from "@/lib/reports/queries";
import { actorFor } from "./support/session";

async function latestByRows(itemId: string, weekStart: Date, { inclusive, withProgress }: { inclusive: boolean; withProgress: boolean }) {
  const entries = await db.reportEntry.findMany({
    where: {
      workItemId: itemId,
      ...(withProgress ? { progress: { not: null } } : {}),
      report: { status: { in: ["SUBMITTED", "ACCEPTED"] }, weekStart: inclusive ? { lte: weekStart } : { lt: weekStart } },
    },
    select: { progress: true, doneThisWeek: true, report: { select: { isoYear: true, isoWeek: true, weekStart: true } } },
  });
  return entries.sort((a, b) => b.report.weekStart.getTime() - a.report.weekStart.getTime())[0] ?? null;
}

describe("the latest entry per item on /my-unit", () => {
  it("is the latest figure report's entry before the week for the unit's items, up to the week for its cooperating items", async () => {
    const actor = await actorFor("kjj@demo.gov.cn");
    const data = await getMyWeek(actor);
    const weekStart = data.week.weekStart;

    const withHistory = [];
    for (const item of data.items) {
      const expected = await latestByRows(item.id, weekStart, { inclusive: false, withProgress: true });
      expect({ id: item.id, week: item.lastReported?.week ?? null, progress: item.lastReported?.progress ?? null }).toEqual({
        id: item.id,
        week: expected ? formatIsoWeek(expected.report) : null,
        progress: expected ? Number(expected.progress) : null,
      });
      if (expected) withHistory.push(item.id);
    }
    // The demo's reporter has filed for weeks: the comparison is not over empty histories.
    expect(withHistory.length).toBeGreaterThan(0);

    const cooperatingWithHistory = [];
    for (const item of data.cooperating) {
      const expected = await latestByRows(item.id, weekStart, { inclusive: true, withProgress: false });
      expect({ id: item.id, latest: item.leadLatest }).toEqual({
        id: item.id,
        latest: expected ? { week: formatIsoWeek(expected.report), doneThisWeek: expected.doneThisWeek } : null,
      });
      if (expected) cooperatingWithHistory.push(item.id);
    }
    expect(cooperatingWithHistory.length).toBeGreaterThan(0);
  });
});
