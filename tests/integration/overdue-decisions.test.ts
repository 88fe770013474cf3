// "Open overdue meeting decision" (lib/supervision/decision-status.ts) is one rule: the
// monthly supervision report lists every such decision whatever its month, the meeting page
// marks them, and the dashboard's SQL twin counts the same ones. Expectations computed by hand.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { getDeadlines } from "@/lib/dashboard/queries";
import { db } from "@/lib/db/client";
import { compileMonth } from "@/lib/supervision/monthly-data";
import { at, createCalendarFixture, type CalendarFixture } from "./support/calendar-fixture";

let fx: CalendarFixture;
let supervisor: Actor;
const day = (key: string) => new Date(`${key}T00:00:00Z`);
// Friday 20 November 2026, 10:00 on the zone's clock.
const NOW = at("2026-11-20");

beforeAll(async () => {
  fx = await createCalendarFixture({ prefix: "odd", units: ["u1", "u2"], items: {} });
  supervisor = { id: fx.id("supervisor"), role: "SUPERVISOR", unitId: fx.id("office"), zoneId: fx.zoneId };
  await db.meeting.createMany({
    data: [
      { id: fx.id("m-jul"), zoneId: fx.zoneId, title: "七月调度会", date: day("2026-07-01") },
      { id: fx.id("m-aug"), zoneId: fx.zoneId, title: "八月调度会", date: day("2026-08-03") },
      { id: fx.id("m-oct"), zoneId: fx.zoneId, title: "十月调度会", date: day("2026-10-10") },
    ],
  });
  const decisions: { code: string; meeting: string; unit: string; due: string; status: "OPEN" | "DONE"; completedAt?: Date }[] = [
    // Due 18 July: 13 + 31 + 30 + 31 + 20 = 125 days overdue on 20 November.
    { code: "D1", meeting: "m-jul", unit: "u1", due: "2026-07-18", status: "OPEN" },
    // Done on 1 August, before it was due: never overdue.
    { code: "D2", meeting: "m-jul", unit: "u2", due: "2026-08-15", status: "DONE", completedAt: at("2026-08-01") },
    // Due 25 August: 6 + 30 + 31 + 20 = 87 days overdue on 20 November.
    { code: "D3", meeting: "m-aug", unit: "u2", due: "2026-08-25", status: "OPEN" },
    // Due 30 September, done on 5 November: overdue at the end of October (31 days), not in November.
    { code: "D4", meeting: "m-aug", unit: "u1", due: "2026-09-30", status: "DONE", completedAt: at("2026-11-05") },
    // Due at the end of the year: not overdue.
    { code: "D5", meeting: "m-oct", unit: "u1", due: "2026-12-31", status: "OPEN" },
  ];
  for (const [index, decision] of decisions.entries()) {
    await db.workItem.create({
      data: {
        id: fx.id(`wi-${decision.code}`),
        zoneId: fx.zoneId,
        source: "MEETING_DECISION",
        code: decision.code,
        title: `议定事项${decision.code}`,
        leadUnitId: fx.id(decision.unit),
        startDate: day("2026-07-01"),
        dueDate: day(decision.due),
        status: decision.status === "DONE" ? "COMPLETED" : "ACTIVE",
        completedAt: decision.completedAt ?? null,
        progress: decision.status === "DONE" ? 100 : 40,
        sortOrder: 10_000 + index,
      },
    });
    await db.meetingDecision.create({
      data: { meetingId: fx.id(decision.meeting), seq: index + 1, content: `议定事项${decision.code}`, assigneeUnitId: fx.id(decision.unit), dueDate: day(decision.due), status: decision.status, workItemId: fx.id(`wi-${decision.code}`) },
    });
  }
});

describe("open overdue meeting decisions", () => {
  it("the November report lists both overdue decisions of earlier months, with their days overdue", async () => {
    const snapshot = await compileMonth(db, fx.zoneId, 2026, 11, NOW);
    // Neither meeting nor due date of any decision falls in November: only the two overdue ones are listed.
    expect(snapshot.decisions.map((row) => [row.code, row.overdue, row.daysOverdue])).toEqual([
      ["D1", true, 125],
      ["D3", true, 87],
    ]);
    expect(snapshot.summary.decisionsOverdue).toBe(2);
  });

  it("the October report, as of the month's end, lists what was open then", async () => {
    const snapshot = await compileMonth(db, fx.zoneId, 2026, 10, NOW);
    // As of 31 October: D1 13 + 31 + 30 + 31 = 105 days, D3 6 + 30 + 31 = 67, D4 (done only on 5 November) 31; D5, met in October, not yet due.
    expect(snapshot.decisions.map((row) => [row.code, row.status, row.daysOverdue])).toEqual([
      ["D1", "OPEN", 105],
      ["D3", "OPEN", 67],
      ["D4", "OPEN", 31],
      ["D5", "OPEN", null],
    ]);
    expect(snapshot.summary.decisionsOverdue).toBe(3);
    expect(snapshot.summary.decisionsDone).toBe(0);
  });

  it("the dashboard's SQL counts the same decisions", async () => {
    expect((await getDeadlines(supervisor, { weeks: 8 }, { now: NOW })).overdueDecisions).toBe(2);
    // At the end of October D4 was still open (done on 5 November): three.
    expect((await getDeadlines(supervisor, { weeks: 8 }, { now: at("2026-10-31", "23:00") })).overdueDecisions).toBe(3);
    // Decisions belong to no task.
    expect((await getDeadlines(supervisor, { weeks: 8, taskCode: "1" }, { now: NOW })).overdueDecisions).toBe(0);
  });
});
