// "Overdue notice" is one rule (lib/notices/due.ts). Its SQL twin (lib/dashboard/sql.ts
// overdueResponseDueSql, used by the dashboard's notices panel) is held to the TypeScript
// definition for every day of 2026 on the State Council's schedule; the dashboard, the
// notice form's default response date and the ledger's filter agree on a hand-computed case.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { loadZoneCalendar } from "@/lib/calendar/load";
import { getOpenNotices } from "@/lib/dashboard/queries";
import { overdueResponseDueSql } from "@/lib/dashboard/sql";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { dateKey } from "@/lib/dates/zone-time";
import { overdueNoticesWhere, overdueResponseDueOnOrBefore } from "@/lib/notices/due";
import { getNoticeDraft } from "@/lib/notices/queries";
import { at, createCalendarFixture, type CalendarFixture } from "./support/calendar-fixture";

let fx: CalendarFixture;
let supervisor: Actor;
const day = (key: string) => new Date(`${key}T00:00:00Z`);

beforeAll(async () => {
  fx = await createCalendarFixture({ prefix: "nod", stateHolidays: true, units: ["u1"], items: {} });
  supervisor = { id: fx.id("supervisor"), role: "SUPERVISOR", unitId: fx.id("office"), zoneId: fx.zoneId };
  const notices: { due: string; status: "ISSUED" | "IN_PROGRESS" | "RESPONDED" | "RETURNED" }[] = [
    { due: "2026-04-02", status: "ISSUED" }, // Thursday: overdue from Friday 3 April
    { due: "2026-04-04", status: "IN_PROGRESS" }, // Saturday in 清明: answered by Tuesday 7 April
    { due: "2026-04-07", status: "RETURNED" }, // Tuesday
    { due: "2026-04-01", status: "RESPONDED" }, // answered: never overdue
  ];
  await db.supervisionNotice.createMany({
    data: notices.map((notice, index) => ({
      id: fx.id(`n${index + 1}`),
      zoneId: fx.zoneId,
      year: 2026,
      seq: index + 1,
      number: `督办〔2026〕${index + 1}号`,
      unitId: fx.id("u1"),
      title: `督办${index + 1}`,
      matter: "事由",
      requiredAction: "要求",
      responseDue: day(notice.due),
      status: notice.status,
      issuedAt: at("2026-03-25"),
    })),
  });
});

describe("overdue notices", () => {
  it("the SQL twin names the same last overdue response date as TypeScript, every day of 2026", async () => {
    const rows = await db.$queryRaw<{ today: Date; bound: Date }[]>(Prisma.sql`
      SELECT asof.today, ${overdueResponseDueSql(fx.zoneId)} AS bound
      FROM (SELECT generate_series('2026-01-01'::date, '2026-12-31'::date, interval '1 day')::date AS today) asof
      ORDER BY asof.today`);
    const { calendar } = await loadZoneCalendar(db, fx.zoneId);
    expect(rows).toHaveLength(365);
    for (const row of rows) expect([dateKey(row.today), dateKey(row.bound)]).toEqual([dateKey(row.today), overdueResponseDueOnOrBefore(calendar, dateKey(row.today))]);
  });

  it("the dashboard and the ledger's filter count the same notices, by hand", async () => {
    const { calendar } = await loadZoneCalendar(db, fx.zoneId);
    // Thursday 2 April: none (n1 is due today). Friday 3 April: n1.
    // Tuesday 7 April: still only n1 — n2, due on the Saturday of 清明, is answered by today; n3 is due today.
    // Wednesday 8 April: n1, n2, n3.
    for (const [today, expected] of [["2026-04-02", 0], ["2026-04-03", 1], ["2026-04-07", 1], ["2026-04-08", 3]] as const) {
      const dashboard = await getOpenNotices(supervisor, { weeks: 8 }, { now: at(today) });
      const ledger = await db.supervisionNotice.count({ where: { zoneId: fx.zoneId, ...overdueNoticesWhere(calendar, today) } });
      expect([today, dashboard.overdue, ledger]).toEqual([today, expected, expected]);
    }
  });

  it("the notice form proposes five working days, skipping the weekend and 清明", async () => {
    // Issued Thursday 2 April: Fri 3 (1), Sat 4 – Mon 6 off, Tue 7 (2), Wed 8 (3), Thu 9 (4), Fri 10 (5).
    const draft = await getNoticeDraft(supervisor, [], { now: at("2026-04-02") });
    expect(draft.responseDue).toBe("2026-04-10");
  });
});
