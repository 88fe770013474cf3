// The data upgrade that moves the single indicator of the old plan model into WorkItemIndicator
// and IndicatorValue (a migration is DDL only). Run twice, it changes nothing the second time.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { upgradeLegacyIndicators } from "@/lib/db/upgrades";

describe("the legacy indicator upgrade", () => {
  it("moves an item's indicator and its reported values, empties the old columns, and is idempotent", async () => {
    // Two items as the old model stored them: one rising, one written with its target below the baseline.
    const [rising, falling] = await db.workItem.findMany({ where: { source: "PLAN", indicators: { none: {} }, reportEntries: { some: {} } }, take: 2, orderBy: { code: "asc" } });
    await db.$executeRaw`UPDATE "WorkItem" SET "indicatorName" = '旧指标', "indicatorUnit" = '家', "indicatorBaseline" = 10, "indicatorTarget" = 30, "indicatorValue" = 18 WHERE id = ${rising.id}`;
    await db.$executeRaw`UPDATE "WorkItem" SET "indicatorName" = '旧能耗', "indicatorUnit" = '吨标准煤/万元', "indicatorBaseline" = 0.62, "indicatorTarget" = 0.58 WHERE id = ${falling.id}`;
    const entries = await db.reportEntry.findMany({ where: { workItemId: rising.id }, orderBy: { id: "asc" }, take: 2 });
    await db.$executeRaw`UPDATE "ReportEntry" SET "indicatorValue" = 12 WHERE id = ${entries[0].id}`;
    await db.$executeRaw`UPDATE "ReportEntry" SET "indicatorValue" = 18 WHERE id = ${entries[1].id}`;

    expect(await upgradeLegacyIndicators(db)).toEqual({ indicators: 2, values: 2 });
    const moved = await db.workItemIndicator.findMany({ where: { workItemId: { in: [rising.id, falling.id] } }, include: { values: { orderBy: { entryId: "asc" } } } });
    const byItem = new Map(moved.map((indicator) => [indicator.workItemId, indicator]));
    expect(byItem.get(rising.id)).toMatchObject({ seq: 1, name: "旧指标", unit: "家", direction: "RISING" });
    expect([byItem.get(rising.id)!.baseline.toString(), byItem.get(rising.id)!.target.toString(), byItem.get(rising.id)!.currentValue?.toString()]).toEqual(["10", "30", "18"]);
    expect(byItem.get(rising.id)!.values.map((value) => [value.entryId, value.value.toString()])).toEqual([
      [entries[0].id, "12"],
      [entries[1].id, "18"],
    ]);
    expect(byItem.get(falling.id)).toMatchObject({ name: "旧能耗", direction: "FALLING", currentValue: null });
    const legacy = await db.workItem.findMany({ where: { id: { in: [rising.id, falling.id] } }, select: { legacyIndicatorName: true, legacyIndicatorValue: true } });
    expect(legacy).toEqual([{ legacyIndicatorName: null, legacyIndicatorValue: null }, { legacyIndicatorName: null, legacyIndicatorValue: null }]);
    expect(await db.reportEntry.count({ where: { legacyIndicatorValue: { not: null } } })).toBe(0);

    expect(await upgradeLegacyIndicators(db)).toEqual({ indicators: 0, values: 0 });
  });
});
