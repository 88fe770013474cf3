import { describe, expect, it } from "vitest";
import { itemsNeedingFixes } from "@/lib/reports/entry-rules";

describe("the items a refused report must fix", () => {
  it("lists each item once, in the form's order, even when item ids contain dots", () => {
    const ids = ["demo-wi-1.1", "demo-wi-1.1.2", "demo-wi-2"];
    const errors = { "entries.demo-wi-2.progress": ["必填"], "entries.demo-wi-1.1.2.doneThisWeek": ["必填"], "entries.demo-wi-1.1.2.indicators.k1": ["x"], summary: ["x"] };
    expect(itemsNeedingFixes(errors, ids)).toEqual(["demo-wi-1.1.2", "demo-wi-2"]);
    expect(itemsNeedingFixes({}, ids)).toEqual([]);
  });
});
