// How weeks are named to people: 第N周（M月D日—M月D日） in Chinese (the ISO week number, its
// Monday to Sunday), the ISO key in English. Expectations computed by hand from the calendar.
import { describe, expect, it } from "vitest";
import { chineseWeekLabel, weekKeyLabel, weekLabel } from "@/lib/dates/week-label";
import { isoWeekOfDateKey } from "@/lib/dates/zone-time";
import { renderText, defer, deferWeek } from "@/lib/i18n/deferred";
import { translatorFor } from "@/lib/i18n/server";

describe("week labels", () => {
  it("names a week by its number and its Monday–Sunday dates", () => {
    // 2026-11-23 is a Monday; ISO week 48 of 2026.
    expect(isoWeekOfDateKey("2026-11-23")).toEqual({ isoYear: 2026, isoWeek: 48 });
    expect(chineseWeekLabel({ isoYear: 2026, isoWeek: 48 })).toBe("第48周（11月23日—11月29日）");
    expect(weekLabel({ isoYear: 2026, isoWeek: 48 }, "zh-CN", { year: true })).toBe("2026年第48周（11月23日—11月29日）");
    expect(weekLabel({ isoYear: 2026, isoWeek: 48 }, "en")).toBe("2026-W48");
  });

  it("names week 53 across the year boundary by its ISO year", () => {
    // 2026 starts on a Thursday, so ISO 2026 has 53 weeks; W53 runs Mon 2026-12-28 to Sun 2027-01-03.
    expect(isoWeekOfDateKey("2026-12-28")).toEqual({ isoYear: 2026, isoWeek: 53 });
    expect(isoWeekOfDateKey("2027-01-03")).toEqual({ isoYear: 2026, isoWeek: 53 });
    expect(chineseWeekLabel({ isoYear: 2026, isoWeek: 53 }, { year: true })).toBe("2026年第53周（12月28日—1月3日）");
    expect(weekKeyLabel("2026-W53", "zh-CN")).toBe("第53周（12月28日—1月3日）");
    // The next Monday opens 2027-W01.
    expect(isoWeekOfDateKey("2027-01-04")).toEqual({ isoYear: 2027, isoWeek: 1 });
    expect(weekKeyLabel("2027-W01", "zh-CN", { year: true })).toBe("2027年第1周（1月4日—1月10日）");
  });

  it("names a week 1 that starts in the previous December by the year its Thursday is in", () => {
    // 2025-01-01 is a Wednesday: 2025-W01 runs Mon 2024-12-30 to Sun 2025-01-05.
    expect(isoWeekOfDateKey("2024-12-30")).toEqual({ isoYear: 2025, isoWeek: 1 });
    expect(weekKeyLabel("2025-W01", "zh-CN", { year: true })).toBe("2025年第1周（12月30日—1月5日）");
    expect(weekKeyLabel("2025-W01", "en")).toBe("2025-W01");
    // 2024 has 52 weeks (it starts on a Monday): there is no 2024-W53, shown as it is.
    expect(weekKeyLabel("2024-W53", "zh-CN")).toBe("2024-W53");
    expect(weekKeyLabel("本周", "zh-CN")).toBe("本周");
  });

  it("renders a deferred week in the reader's language", () => {
    const message = defer("reports.notify.acceptedTitle", { week: deferWeek({ isoYear: 2026, isoWeek: 48 }) });
    expect(renderText(message, translatorFor("zh-CN"), "zh-CN")).toBe("第48周（11月23日—11月29日）周报已审核通过");
    expect(renderText(message, translatorFor("en"), "en")).toBe("Your report for 2026-W48 was accepted");
  });
});
