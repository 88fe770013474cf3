// How a scored part is stored (AssessmentComponent.evidence) and read back for rescoring.
import type { Prisma } from "@/lib/db/generated/client";
import { readStoredPart } from "./schema";
import { COMPONENTS, type Component, type ComponentScore, type MeasuredUnit } from "./scoring";

export function storedEvidence(component: ComponentScore): Prisma.InputJsonObject {
  return JSON.parse(
    JSON.stringify({ ...component.evidence, applicable: component.rawScore !== null, configuredWeight: component.configuredWeight, substitute: component.substitute }),
  ) as Prisma.InputJsonObject;
}

type StoredRow = { unitId: string; components: { component: string; rawScore: unknown; evidence: unknown }[] };

/** A stored (published) row back as measured parts: the raw score measured from the data, before any correction. */
export function toMeasuredUnit(row: StoredRow): MeasuredUnit {
  return {
    unitId: row.unitId,
    parts: COMPONENTS.map((component: Component) => {
      const found = row.components.find((item) => item.component === component);
      const { correctedFrom, applicable, ...evidence } = readStoredPart(found?.evidence);
      const stored = found && applicable !== false ? Number(String(found.rawScore)) : null;
      return { component, rawScore: correctedFrom !== undefined ? correctedFrom : stored, evidence };
    }),
  };
}
