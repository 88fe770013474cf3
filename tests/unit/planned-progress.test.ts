import { describe, expect, it } from "vitest";
import { plannedProgress } from "@/lib/plan/planned-progress";

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
});
