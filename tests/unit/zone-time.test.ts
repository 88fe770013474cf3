import { formatInTimeZone, fromZonedTime } from "date-fns-tz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  localDateKey,
  zonedInstant,
  isoWeekMondayKey,
  isoWeekOf,
  isoWeekOfDateKey,
  isoWeeksInYear,
  isoWeekStart,
  minutesLate,
  parseIsoWeek,
  quarterRange,
  reportDeadline,
  shiftIsoWeek,
  endOfLocalDay,
} from "@/lib/dates/zone-time";

const SHANGHAI = "Asia/Shanghai";
const friday1800 = { weekday: 5, time: "18:00" };

describe("ISO weeks", () => {
  it("puts the first days of January in the last week of the previous ISO year when needed", () => {
    expect(isoWeekOfDateKey("2021-01-01")).toEqual({ isoYear: 2020, isoWeek: 53 }); // a Friday
    expect(isoWeekOfDateKey("2021-01-04")).toEqual({ isoYear: 2021, isoWeek: 1 }); // the Monday after
    expect(isoWeekOfDateKey("2026-12-31")).toEqual({ isoYear: 2026, isoWeek: 53 });
    expect(isoWeekOfDateKey("2027-01-01")).toEqual({ isoYear: 2026, isoWeek: 53 });
    expect(isoWeekOfDateKey("2024-12-30")).toEqual({ isoYear: 2025, isoWeek: 1 }); // Monday of 2025-W01
  });

  it("counts 52 or 53 weeks per ISO year", () => {
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeeksInYear(2025)).toBe(52);
    expect(isoWeeksInYear(2026)).toBe(53);
  });

  it("finds the Monday of a week and shifts weeks across year ends", () => {
    expect(isoWeekMondayKey({ isoYear: 2025, isoWeek: 1 })).toBe("2024-12-30");
    expect(isoWeekMondayKey({ isoYear: 2026, isoWeek: 53 })).toBe("2026-12-28");
    expect(shiftIsoWeek({ isoYear: 2026, isoWeek: 53 }, 1)).toEqual({ isoYear: 2027, isoWeek: 1 });
    expect(shiftIsoWeek({ isoYear: 2025, isoWeek: 1 }, -1)).toEqual({ isoYear: 2024, isoWeek: 52 });
  });

  it("uses the zone's calendar, not UTC: Monday 07:00 in Shanghai is still Sunday in UTC", () => {
    const mondayMorningShanghai = new Date("2026-11-22T23:00:00Z"); // 2026-11-23 07:00 +08:00
    expect(isoWeekOf(mondayMorningShanghai, SHANGHAI)).toEqual({ isoYear: 2026, isoWeek: 48 });
    expect(isoWeekOf(mondayMorningShanghai, "UTC")).toEqual({ isoYear: 2026, isoWeek: 47 });
  });

  it("starts a week at Monday 00:00 zone time", () => {
    expect(isoWeekStart({ isoYear: 2026, isoWeek: 48 }, SHANGHAI).toISOString()).toBe("2026-11-22T16:00:00.000Z");
  });

  it("parses and rejects week strings", () => {
    expect(parseIsoWeek("2026-W48")).toEqual({ isoYear: 2026, isoWeek: 48 });
    expect(parseIsoWeek("2025-W53")).toBeNull();
    expect(parseIsoWeek("2026-48")).toBeNull();
  });
});

describe("the Friday 18:00 report deadline", () => {
  const week = { isoYear: 2026, isoWeek: 47 }; // Monday 2026-11-16

  it("falls on Friday 18:00 Shanghai time (10:00 UTC)", () => {
    expect(reportDeadline(week, friday1800, SHANGHAI).toISOString()).toBe("2026-11-20T10:00:00.000Z");
  });

  it("is on time at the deadline's exact second and late one second after", () => {
    const deadline = reportDeadline(week, friday1800, SHANGHAI);
    expect(minutesLate(new Date(deadline.getTime() - 1000), deadline)).toBe(0);
    expect(minutesLate(deadline, deadline)).toBe(0);
    expect(minutesLate(new Date(deadline.getTime() + 1000), deadline)).toBe(1);
    expect(minutesLate(new Date(deadline.getTime() + 60_000), deadline)).toBe(1);
    expect(minutesLate(new Date(deadline.getTime() + 61_000), deadline)).toBe(2);
  });

  it("measures lateness over a weekend in whole minutes", () => {
    const deadline = reportDeadline(week, friday1800, SHANGHAI);
    const mondayNine = new Date("2026-11-23T01:00:00Z"); // Monday 09:00 Shanghai
    expect(minutesLate(mondayNine, deadline)).toBe(2 * 24 * 60 + 15 * 60);
  });

  it("follows a zone with daylight saving time", () => {
    // Week of 2026-03-09 in New York (DST began Sunday 2026-03-08): Friday 18:00 EDT = 22:00 UTC.
    expect(reportDeadline({ isoYear: 2026, isoWeek: 11 }, friday1800, "America/New_York").toISOString()).toBe("2026-03-13T22:00:00.000Z");
  });

  it("supports another weekday and time", () => {
    expect(reportDeadline(week, { weekday: 4, time: "12:30" }, SHANGHAI).toISOString()).toBe("2026-11-19T04:30:00.000Z");
  });
});

describe("due dates and quarters", () => {
  it("keeps a due date open until the end of that day on the zone's clock", () => {
    expect(endOfLocalDay("2026-11-20", SHANGHAI).toISOString()).toBe("2026-11-20T16:00:00.000Z");
  });

  it("spans quarters", () => {
    expect(quarterRange({ year: 2026, quarter: 1 })).toEqual({ first: "2026-01-01", last: "2026-03-31" });
    expect(quarterRange({ year: 2026, quarter: 4 })).toEqual({ first: "2026-10-01", last: "2026-12-31" });
  });
});

describe("the fast conversions agree with date-fns-tz", () => {
  const zones = ["Asia/Shanghai", "America/New_York", "Asia/Kolkata", "Pacific/Chatham", "Europe/London", "America/St_Johns"];

  it("localDateKey gives the zone's calendar day of any instant, DST and half-hour offsets included", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1985, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.constantFrom(...zones), (ms, zone) => {
        expect(localDateKey(new Date(ms), zone)).toBe(formatInTimeZone(new Date(ms), zone, "yyyy-MM-dd"));
      }),
      { numRuns: 2000 },
    );
    // Shanghai kept summer time 1986–1991: 1988-04-10 00:30 local was 1988-04-09 15:30 UTC.
    expect(localDateKey(new Date(Date.UTC(1988, 6, 1, 15, 30)), "Asia/Shanghai")).toBe("1988-07-02");
    expect(localDateKey(new Date(Date.UTC(1988, 6, 1, 15, 30)), "Asia/Kolkata")).toBe("1988-07-01");
  });

  it("zonedInstant remembers conversions but hands out a fresh Date each time", () => {
    const first = zonedInstant("2026-03-08", "02:30", "America/New_York");
    const second = zonedInstant("2026-03-08", "02:30", "America/New_York");
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    first.setTime(0);
    expect(zonedInstant("2026-03-08", "02:30", "America/New_York").getTime()).toBe(fromZonedTime("2026-03-08T02:30:00", "America/New_York").getTime());
    expect(zonedInstant("2026-12-04", "18:00", "Asia/Shanghai").toISOString()).toBe("2026-12-04T10:00:00.000Z");
  });
});
