// Data upgrades that a migration cannot do (migrations are generated DDL): run after the
// migrations by the start script and `npm run db:migrate`, idempotent, in one transaction.
//
// Indicators (issue 13): an item's single indicator (WorkItem.indicatorName …) and each
// entry's single value (ReportEntry.indicatorValue) move to WorkItemIndicator and
// IndicatorValue; the legacy columns are emptied, and a later migration drops them.
import type { DbClient } from "./client";

export interface UpgradeResult {
  indicators: number;
  values: number;
}

export async function upgradeLegacyIndicators(client: DbClient): Promise<UpgradeResult> {
  return client.$transaction(async (tx) => {
    // The old rules refused a target below the baseline, but rows written around them keep
    // their meaning: such an indicator falls.
    const indicators = await tx.$executeRaw`
      INSERT INTO "WorkItemIndicator" ("id", "workItemId", "seq", "name", "unit", "direction", "baseline", "target", "currentValue", "createdAt", "updatedAt")
      SELECT 'legacy-' || wi."id", wi."id", 1, wi."indicatorName", wi."indicatorUnit",
        (CASE WHEN wi."indicatorTarget" < wi."indicatorBaseline" THEN 'FALLING' ELSE 'RISING' END)::"IndicatorDirection",
        COALESCE(wi."indicatorBaseline", 0), COALESCE(wi."indicatorTarget", wi."indicatorBaseline", 0), wi."indicatorValue", now(), now()
      FROM "WorkItem" wi
      WHERE wi."indicatorName" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "WorkItemIndicator" ind WHERE ind."workItemId" = wi."id")`;
    const values = await tx.$executeRaw`
      INSERT INTO "IndicatorValue" ("entryId", "indicatorId", "value")
      SELECT e."id", ind."id", e."indicatorValue"
      FROM "ReportEntry" e JOIN "WorkItemIndicator" ind ON ind."id" = 'legacy-' || e."workItemId"
      WHERE e."indicatorValue" IS NOT NULL
      ON CONFLICT DO NOTHING`;
    await tx.$executeRaw`UPDATE "ReportEntry" SET "indicatorValue" = NULL WHERE "indicatorValue" IS NOT NULL`;
    await tx.$executeRaw`
      UPDATE "WorkItem" SET "indicatorName" = NULL, "indicatorUnit" = NULL, "indicatorBaseline" = NULL, "indicatorTarget" = NULL, "indicatorValue" = NULL
      WHERE "indicatorName" IS NOT NULL OR "indicatorUnit" IS NOT NULL OR "indicatorBaseline" IS NOT NULL OR "indicatorTarget" IS NOT NULL OR "indicatorValue" IS NOT NULL`;
    return { indicators, values };
  });
}
