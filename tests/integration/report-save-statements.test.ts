// A submission's round trips do not grow with the number of items: each table is written in
// one statement for all of the report's entries (lib/reports/save.ts, work-item-sync.ts). One
// statement per item made a unit's submission ~85 statements for 12 items (16 now), and the server's
// CPU per statement is what limits the Friday burst (docs/performance.md).
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { loadZoneCalendar } from "@/lib/calendar/load";
import { db } from "@/lib/db/client";
import { formatIsoWeek } from "@/lib/dates/zone-time";
import { saveReportDraft, submitReport } from "@/lib/reports/actions";
import { getMyWeek, type MyItem } from "@/lib/reports/queries";
import { currentReportWeek } from "@/lib/reports/week";
import { actAs, form } from "./support/session";

/**
 * The SQL statements sent through node-postgres while `run` runs: the app's (Prisma's driver)
 * and the enqueue, not the job queue's own upkeep. No worker runs in this file, so nothing
 * else talks to the database meanwhile.
 */
async function statementsOf<T>(run: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, config: unknown, ...rest: unknown[]) {
    const text = typeof config === "string" ? config : (config as { text?: unknown } | null)?.text;
    if (typeof text === "string" && (!/\bjobs\./.test(text) || /^\s*INSERT INTO jobs\.job\b/.test(text))) statements.push(text);
    return (original as (...args: unknown[]) => unknown).call(this, config, ...rest);
  } as typeof original;
  try {
    return { result: await run(), statements };
  } finally {
    pg.Client.prototype.query = original;
  }
}

/** The report form for these items; `value` sets every indicator (distinct per call, so each submission changes them). */
function reportForm(week: string, items: MyItem[], value: number, extra: { reportId?: string; version?: number } = {}): FormData {
  const values: Record<string, string | undefined> = { week, summary: `本周 ${value}`, reportId: extra.reportId, version: extra.version === undefined ? undefined : String(extra.version) };
  for (const item of items) {
    values[`entries[${item.id}][progress]`] = String((item.lastReported?.progress ?? 0) + 1);
    values[`entries[${item.id}][doneThisWeek]`] = `推进${item.code}`;
    values[`entries[${item.id}][planNextWeek]`] = `继续${item.code}`;
    values[`entries[${item.id}][problems]`] = "";
    for (const indicator of item.indicators) values[`entries[${item.id}][indicators][${indicator.id}]`] = String(value);
  }
  return form(values);
}

async function weekOf() {
  const zone = await db.zone.findFirstOrThrow({ select: { id: true } });
  return currentReportWeek(new Date(), await loadZoneCalendar(db, zone.id));
}

/** Signs in as the unit's reporter and returns the items of the week, with nothing of the week written yet. */
async function freshWeek(email: string) {
  const { unitId } = await actAs(email);
  const week = await weekOf();
  await db.weeklyReport.deleteMany({ where: { unitId, isoYear: week.isoYear, isoWeek: week.isoWeek } });
  const { items } = await getMyWeek((await getCurrentUser())!);
  return { unitId, label: formatIsoWeek(week), items, stored: () => db.reportEntry.findMany({ where: { report: { unitId, isoYear: week.isoYear, isoWeek: week.isoWeek } }, select: { workItemId: true, indicatorValues: { select: { value: true } } } }) };
}

describe("the statements of one submission", () => {
  beforeAll(async () => {
    // The first enqueue of the process creates the queue: not part of a submission.
    const { label, items } = await freshWeek("kjj@demo.gov.cn");
    expect((await submitReport(null, reportForm(label, items, 1))).ok).toBe(true);
  });

  it("are as many for a unit with a dozen items as for a unit with a few", async () => {
    // The demo's reporters: the unit with the most items this week and one with the fewest (at least one).
    const reporters = await db.user.findMany({ where: { role: "REPORTER", active: true }, orderBy: { email: "asc" }, select: { email: true, unitId: true } });
    const units: { email: string; items: number }[] = [];
    const seen = new Set<string>();
    for (const reporter of reporters) {
      if (seen.has(reporter.unitId)) continue;
      seen.add(reporter.unitId);
      const { items } = await freshWeek(reporter.email);
      if (items.some((item) => item.indicators.length > 0)) units.push({ email: reporter.email, items: items.length });
    }
    const largest = units.reduce((a, b) => (b.items > a.items ? b : a));
    const smallest = units.reduce((a, b) => (b.items < a.items ? b : a));
    expect(largest.items).toBeGreaterThanOrEqual(3 * smallest.items);

    const submitAll = async (email: string, value: number) => {
      const week = await freshWeek(email);
      const traced = await statementsOf(() => submitReport(null, reportForm(week.label, week.items, value)));
      expect(traced.result).toMatchObject({ ok: true, data: { status: "SUBMITTED", version: 1 } });
      // Every entry and indicator value as sent.
      const stored = await week.stored();
      expect(stored.map((entry) => entry.workItemId).sort()).toEqual(week.items.map((item) => item.id).sort());
      expect(stored.flatMap((entry) => entry.indicatorValues.map((row) => Number(row.value)))).toEqual(week.items.flatMap((item) => item.indicators.map(() => value)));
      return traced.statements;
    };
    const few = await submitAll(smallest.email, 2);
    const many = await submitAll(largest.email, 3);
    expect(many.length).toBe(few.length);
    // The session user with its unit and zone, and the zone's calendar, are one read each (they were three and four).
    expect(many.filter((text) => /^\s*SELECT/.test(text) && /"User"/.test(text))).toHaveLength(1);
    expect(many.filter((text) => /"CalendarDay"|"RequiredReportWeek"/.test(text))).toHaveLength(1);
    expect(many.filter((text) => /"Zone"/.test(text))).toHaveLength(2);
    // The items with their indicators: one read before the transaction, one in the work-item sync (each was two).
    const indicatorReads = many.filter((text) => /^\s*SELECT/.test(text) && /"WorkItemIndicator"/.test(text));
    expect(indicatorReads).toHaveLength(2);
    for (const text of indicatorReads) expect(text).toMatch(/FROM "WorkItem" w/);
    // Earlier entries are read twice: the previous week's progress before the transaction, and
    // the sync's latest progress and indicator values in one statement (it was two).
    expect(many.filter((text) => /^\s*SELECT/.test(text) && /"ReportEntry"/.test(text))).toHaveLength(2);
    expect(many).toHaveLength(16);
    // The entries and their values in one INSERT each.
    expect(many.filter((text) => text.startsWith('INSERT INTO "public"."ReportEntry"'))).toHaveLength(1);
    expect(many.filter((text) => text.startsWith('INSERT INTO "public"."IndicatorValue"'))).toHaveLength(1);
  });

  it("are as many for all of the unit's items as for one, saving over a draft", async () => {
    const saveOverDraft = async (count: number, value: number) => {
      const week = await freshWeek("kjj@demo.gov.cn");
      const chosen = week.items.filter((item) => item.indicators.length > 0).slice(0, count);
      const draft = await saveReportDraft(null, reportForm(week.label, chosen, value));
      if (!draft.ok) throw new Error(draft.message);
      const traced = await statementsOf(() => saveReportDraft(null, reportForm(week.label, chosen, value + 1, { reportId: draft.data.id, version: draft.data.version })));
      expect(traced.result).toMatchObject({ ok: true, data: { status: "DRAFT", version: 2 } });
      const stored = await week.stored();
      expect(stored.flatMap((entry) => entry.indicatorValues.map((row) => Number(row.value)))).toEqual(chosen.flatMap((item) => item.indicators.map(() => value + 1)));
      return { statements: traced.statements, chosen: chosen.length };
    };
    const one = await saveOverDraft(1, 10);
    const all = await saveOverDraft(100, 20);
    expect(all.chosen).toBeGreaterThanOrEqual(2);
    expect(all.statements.length).toBe(one.statements.length);
  });
});
