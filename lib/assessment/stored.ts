// How a scored part is stored (AssessmentComponent.evidence) and read back for rescoring.
import { z } from "zod";
import type { Prisma } from "@/lib/db/generated/client";
import { COMPONENTS, MISSING_DATA_RULES, type Component, type ComponentScore, type MeasuredUnit } from "./scoring";

/** The bookkeeping stored with a part's evidence (the figures themselves are free-form). */
export const storedPartSchema = z.looseObject({
  /** The unit had data for the part. */
  applicable: z.boolean().optional(),
  configuredWeight: z.number().optional(),
  /** What a part without data counted with under the round's rule (value null: left out). */
  substitute: z.object({ rule: z.enum(MISSING_DATA_RULES), value: z.number().nullable() }).nullable().optional(),
  /** Set when an accepted appeal corrected the part: the measured raw score before (null: no data). */
  correctedFrom: z.number().nullable().optional(),
});
export type StoredPart = z.infer<typeof storedPartSchema>;

export function readStoredPart(evidence: unknown): StoredPart {
  const parsed = storedPartSchema.safeParse(evidence ?? {});
  return parsed.success ? parsed.data : {};
}

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
      return { component, rawScore: correctedFrom !== undefined ? correctedFrom : stored, evidence: evidence as Record<string, unknown> };
    }),
  };
}
