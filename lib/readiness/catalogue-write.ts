// Writes a checked catalogue version under a zone, in the caller's transaction.
import "server-only";
import type { TxClient } from "@/lib/db/client";
import type { Catalogue } from "./schema";

export async function writeCatalogue(tx: TxClient, zoneId: string, catalogue: Catalogue, importedById: string | null): Promise<{ id: string; groups: number; indicators: number }> {
  const system = await tx.evaluationSystem.create({
    data: { zoneId, version: catalogue.version, name: catalogue.name, issuedBy: catalogue.issuedBy, source: catalogue.source, importedById },
    select: { id: true },
  });
  let indicators = 0;
  for (const [groupIndex, group] of catalogue.groups.entries()) {
    await tx.evaluationGroup.create({
      data: {
        systemId: system.id,
        code: group.code,
        name: group.name,
        weight: group.weight,
        sortOrder: groupIndex + 1,
        indicators: {
          create: group.indicators.map((indicator, index) => ({
            code: indicator.code,
            name: indicator.name,
            unit: indicator.unit,
            direction: indicator.direction,
            weight: indicator.weight,
            qualitative: indicator.qualitative,
            sortOrder: index + 1,
          })),
        },
      },
    });
    indicators += group.indicators.length;
  }
  return { id: system.id, groups: catalogue.groups.length, indicators };
}
