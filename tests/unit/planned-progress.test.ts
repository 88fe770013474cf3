import { describe, expect, it } from "vitest";
import { periodOf, plannedProgress, samePeriod } from "@/lib/plan/planned-progress";

describe("plannedProgress", () => {
  const linear = { startDate: "2026-01-01", dueDate: "2026-01-10", curve: "LINEAR" as const };

  it("is 0 before the start and 100 from the due date on", () => {
    expect(plannedProgress(linear, "2025-12-31")).toBe(0);
    expect(plannedProgress(linear, "2026-01-10")).toBe(100);
    expect(plannedProgress(linear, "2026-03-01")).toBe(100);
  });

  it("grows linearly, counting each day as done at its end", () => {
    // 10 days in all: day 1 done = 10 %, day 5 done = 50 %.
    expect(plannedProgress(linear, "2026-01-01")).toBe(10);
    expect(plannedProgress(linear, "2026-01-05")).toBe(50);
  });

  it("front-loaded runs ahead of linear, back-loaded behind", () => {
    const on = "2026-01-05";
    expect(plannedProgress({ ...linear, curve: "FRONT_LOADED" }, on)).toBe(75);
    expect(plannedProgress({ ...linear, curve: "BACK_LOADED" }, on)).toBe(25);
  });

  it("interpolates custom points", () => {
    const custom = { ...linear, curve: "CUSTOM" as const, points: [{ date: "2026-01-03", percent: 60 }] };
    expect(plannedProgress(custom, "2026-01-02")).toBe(30);
    expect(plannedProgress(custom, "2026-01-03")).toBe(60);
    // 2026-01-03 → 2026-01-10 spans 7 days from 60 to 100.
    expect(plannedProgress(custom, "2026-01-06")).toBeCloseTo(60 + (40 * 3) / 7, 2);
  });

  describe("recurring items are judged per period", () => {
    const monthly = { startDate: "2026-01-10", dueDate: "2026-12-31", curve: "LINEAR" as const, recurrence: "MONTHLY" as const };

    it("runs 0 → 100 within each calendar month, clipped to the start", () => {
      // January counts from the start (10th): 22 days, the 10th done = 1/22.
      expect(plannedProgress(monthly, "2026-01-10")).toBe(4.55);
      expect(plannedProgress(monthly, "2026-01-31")).toBe(100);
      // February: 28 days; the 14th done = 50 %, and March starts again.
      expect(plannedProgress(monthly, "2026-02-14")).toBe(50);
      expect(plannedProgress(monthly, "2026-03-01")).toBe(3.23);
    });

    it("quarterly runs over the calendar quarter, standing work per month", () => {
      const quarterly = { ...monthly, recurrence: "QUARTERLY" as const, startDate: "2026-01-01" };
      // Q2 2026: 1 April – 30 June, 91 days; 15 May is day 45.
      expect(plannedProgress(quarterly, "2026-05-15")).toBe(49.45);
      const standing = { ...monthly, recurrence: "STANDING" as const };
      expect(plannedProgress(standing, "2026-02-14")).toBe(50);
    });

    it("is 0 before the start and 100 from the due date, as a one-off item", () => {
      expect(plannedProgress(monthly, "2026-01-09")).toBe(0);
      expect(plannedProgress(monthly, "2026-12-31")).toBe(100);
      // The last month is clipped to the due date: 1–20 June, the 10th = 50 %.
      expect(plannedProgress({ ...monthly, dueDate: "2026-06-20" }, "2026-06-10")).toBe(50);
    });

    it("names the period of a day", () => {
      expect(periodOf("MONTHLY", "2026-02-14")).toEqual({ first: "2026-02-01", last: "2026-02-28" });
      expect(periodOf("QUARTERLY", "2026-11-02")).toEqual({ first: "2026-10-01", last: "2026-12-31" });
      expect(periodOf("NONE", "2026-11-02")).toBeNull();
      expect(samePeriod("MONTHLY", "2026-02-01", "2026-02-28")).toBe(true);
      expect(samePeriod("MONTHLY", "2026-02-28", "2026-03-01")).toBe(false);
      expect(samePeriod("NONE", "2026-02-28", "2027-03-01")).toBe(true);
    });
  });
});
