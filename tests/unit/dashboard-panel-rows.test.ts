import { describe, expect, it } from "vitest";
import { indicatorsFurthestBehind, pageOfRows, unitsFurthestBehind } from "@/lib/dashboard/panel-rows";
import type { IndicatorRow, ProgressGroup } from "@/lib/dashboard/queries";

const unit = (id: string, progress: number, planned: number): ProgressGroup => ({ id, code: null, label: id, name: id, items: 1, completed: 0, behind: 0, progress, planned });
const indicator = (id: string, attainment: number | null, planned: number): IndicatorRow => ({
  id, workItemId: `w-${id}`, code: "1.1.1", title: id, measureCode: "1.1", name: id, unit: null, direction: "RISING",
  baseline: 0, target: attainment === null ? null : 100, current: attainment, attainment, planned, leadUnitId: "u", leadUnit: "U",
});

describe("the ranked panels' order", () => {
  it("puts the lead unit furthest behind its planned progress first, ties in the statement's order", () => {
    // gaps: a −5, b −30, c +2, d −30.0 (rounded to one decimal: −29.96 → −30)
    const ordered = unitsFurthestBehind([unit("a", 45, 50), unit("b", 20, 50), unit("c", 52, 50), unit("d", 20.04, 50)]);
    expect(ordered.map((group) => group.id)).toEqual(["b", "d", "a", "c"]);
  });

  it("puts the indicator furthest below its item's planned progress first and those without a target last", () => {
    // shortfalls: x 60 − 50 = +10, y 10 − 40 = −30, z none, w 0 − 20 = −20, v none
    const ordered = indicatorsFurthestBehind([indicator("x", 60, 50), indicator("y", 10, 40), indicator("z", null, 90), indicator("w", 0, 20), indicator("v", null, 10)]);
    expect(ordered.map((row) => row.id)).toEqual(["y", "w", "x", "z", "v"]);
  });
});

describe("pageOfRows", () => {
  const rows = Array.from({ length: 45 }, (_, index) => index + 1);

  it("cuts ordered rows into pages of the given size", () => {
    expect(pageOfRows(rows, 1, 20)).toEqual({ items: rows.slice(0, 20), page: 1, pages: 3, total: 45 });
    expect(pageOfRows(rows, 3, 20)).toEqual({ items: [41, 42, 43, 44, 45], page: 3, pages: 3, total: 45 });
  });

  it("clamps a page outside the range and reads a missing one as the first", () => {
    expect(pageOfRows(rows, 9, 20).page).toBe(3);
    expect(pageOfRows(rows, Number.NaN, 20).items[0]).toBe(1);
    expect(pageOfRows(rows, -2, 20).page).toBe(1);
    expect(pageOfRows([], 1, 20)).toEqual({ items: [], page: 1, pages: 1, total: 0 });
  });
});
