// The review board pages its rows (50 a page) while its counts, its totals and the units 催报
// would reach stay the whole filtered week's.
import { beforeAll, describe, expect, it } from "vitest";
import { BOARD_PAGE_SIZE, getSubmissionBoard } from "@/lib/reports/queries";
import { actorFor } from "./support/session";
import { createCalendarFixture, fileReport, type CalendarFixture } from "./support/calendar-fixture";

const UNITS = Array.from({ length: 53 }, (_, index) => `u${String(index + 1).padStart(2, "0")}`);
const WEEK = { isoYear: 2026, isoWeek: 10 };
let fx: CalendarFixture;

beforeAll(async () => {
  fx = await createCalendarFixture({
    prefix: "sbp",
    reportingStartsOn: "2026-01-05",
    units: UNITS,
    items: Object.fromEntries(UNITS.map((unit) => [unit, { lead: unit, start: "2026-01-05", due: "2026-12-31" }])),
  });
  // Two of the 53 have filed W10 (Monday 2026-03-02, deadline Friday 18:00).
  await fileReport(fx, "u01", WEEK, ["2026-03-06", "10:00"], { u01: 20 });
  await fileReport(fx, "u02", WEEK, ["2026-03-06", "11:00"], { u02: 30 });
});

describe("the submission board's pages", () => {
  it("shows 50 units, then the other 3, with the week's counts and 催报 reach on every page", async () => {
    expect(BOARD_PAGE_SIZE).toBe(50);
    const supervisor = await actorFor(fx.emails.supervisor);
    const first = await getSubmissionBoard(supervisor, { week: "2026-W10" });
    const second = await getSubmissionBoard(supervisor, { week: "2026-W10", page: "2" });
    expect(first.rows).toHaveLength(50);
    expect(second.rows).toHaveLength(3);
    expect(first.pagination).toEqual({ page: 1, pages: 2, total: 53 });
    expect(second.pagination).toEqual({ page: 2, pages: 2, total: 53 });
    // Every unit once, across the pages.
    const ids = [...first.rows, ...second.rows].map((row) => row.id);
    expect(new Set(ids).size).toBe(53);
    expect([...ids].sort()).toEqual(UNITS.map((unit) => fx.id(unit)).sort());
    for (const board of [first, second]) {
      expect(board.counts.NOT_STARTED).toBe(51);
      expect(board.counts.ON_TIME).toBe(2);
      expect(board.total).toBe(53);
      expect(board.submitted).toBe(2);
      expect(board.pending).toBe(51);
    }
  });

  it("shows the last page for a page past the end or a filter that shrank the list, and page 1 for nonsense", async () => {
    const supervisor = await actorFor(fx.emails.supervisor);
    expect((await getSubmissionBoard(supervisor, { week: "2026-W10", page: "9" })).pagination).toEqual({ page: 2, pages: 2, total: 53 });
    const onTime = await getSubmissionBoard(supervisor, { week: "2026-W10", status: "ON_TIME", page: "2" });
    expect(onTime.pagination).toEqual({ page: 1, pages: 1, total: 2 });
    expect(onTime.rows.map((row) => row.id).sort()).toEqual([fx.id("u01"), fx.id("u02")]);
    expect(onTime.pending).toBe(0);
    expect((await getSubmissionBoard(supervisor, { week: "2026-W10", page: "-3" })).pagination.page).toBe(1);
    expect((await getSubmissionBoard(supervisor, { week: "2026-W10", page: "abc" })).rows).toHaveLength(50);
  });
});
