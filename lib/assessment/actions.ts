"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/permissions";
import { requireActionUser } from "@/lib/auth/session";
import { db, type TxClient } from "@/lib/db/client";
import { localDateKey, quarterOfDateKey } from "@/lib/dates/zone-time";
import { toNumber } from "@/lib/format";
import { defer } from "@/lib/i18n/deferred";
import { notifyRoles, notifyUnit } from "@/lib/notifications/notify";
import { actionError } from "@/lib/server/action";
import { DomainError, NotFoundError } from "@/lib/server/errors";
import { ok, type ActionResult } from "@/lib/server/result";
import { formDataToObject, parseInput } from "@/lib/server/validation";
import { loadWeights, quarterData } from "./data";
import { compareQuarters, formatQuarter } from "./quarter";
import { adjustSchema, computeSchema, publishSchema, weightsSchema } from "./schema";
import { adjustedTotal, COMPONENTS, rankByTotal, scoreQuarter, weightsTotal, type Weights } from "./scoring";

type Result = ActionResult<{ id: string }>;


export async function saveWeights(_previous: Result | null, formData: FormData): Promise<Result> {
  try {
    const actor = await requireActionUser();
    const parsed = await parseInput(weightsSchema, formDataToObject(formData));
    if (!parsed.ok) return parsed;
    authorize(actor, "assessment.manage");
    const weights = parsed.data as Weights;
    await db.$transaction(async (tx) => {
      const before = await loadWeights(tx, actor.zoneId);
      for (const component of COMPONENTS) {
        await tx.assessmentWeight.upsert({
          where: { zoneId_component: { zoneId: actor.zoneId, component } },
          create: { zoneId: actor.zoneId, component, weight: weights[component] },
          update: { weight: weights[component] },
        });
      }
      await recordAudit(tx, actor, { action: "assessment.weights", entityType: "AssessmentWeight", entityId: actor.zoneId, before, after: weights });
    });
    revalidatePath("/assessment");
    return ok({ id: actor.zoneId });
  } catch (error) {
    return actionError(error);
  }
}

/** Ranks the round's draft rows by their (adjusted) totals. */
async function rankDrafts(tx: TxClient, roundId: string): Promise<void> {
  const drafts = await tx.assessment.findMany({ where: { roundId, stage: "DRAFT" }, select: { id: true, unitId: true, totalScore: true } });
  for (const row of rankByTotal(drafts.map((draft) => ({ ...draft, total: toNumber(draft.totalScore) ?? 0 })))) {
    await tx.assessment.update({ where: { id: row.id }, data: { rank: row.rank } });
  }
}

/**
 * Computes (or recomputes) the draft scores of a quarter from its data with the zone's current
 * weights. Supervisors' adjustments are kept. Published rows are never touched.
 */
export async function computeAssessment(_previous: Result | null, formData: FormData): Promise<Result> {
  try {
    const actor = await requireActionUser();
    const parsed = await parseInput(computeSchema, formDataToObject(formData));
    if (!parsed.ok) return parsed;
    authorize(actor, "assessment.manage");
    const { quarter } = parsed.data;
    const now = new Date();
    const zone = await db.zone.findUniqueOrThrow({ where: { id: actor.zoneId }, select: { timeZone: true } });
    if (compareQuarters(quarter, quarterOfDateKey(localDateKey(now, zone.timeZone))) > 0) throw new DomainError("assessment.errors.futureQuarter", {}, "quarter");
    const weights = await loadWeights(db, actor.zoneId);
    if (Math.abs(weightsTotal(weights) - 100) > 0.001) throw new DomainError("assessment.validation.weightsTotal");
    const scores = scoreQuarter(await quarterData(db, actor.zoneId, quarter, now), weights, quarter);
    const round = await db.$transaction(
      async (tx) => {
        const saved = await tx.assessmentRound.upsert({
          where: { zoneId_year_quarter: { zoneId: actor.zoneId, ...quarter } },
          create: { zoneId: actor.zoneId, ...quarter, weights, computedAt: now },
          update: { weights, computedAt: now },
          select: { id: true },
        });
        const existing = await tx.assessment.findMany({ where: { roundId: saved.id, stage: "DRAFT" }, select: { id: true, unitId: true, adjustment: true } });
        const scored = new Set(scores.map((score) => score.unitId));
        await tx.assessment.deleteMany({ where: { id: { in: existing.filter((row) => !scored.has(row.unitId)).map((row) => row.id) } } });
        for (const score of scores) {
          const adjustment = toNumber(existing.find((row) => row.unitId === score.unitId)?.adjustment) ?? 0;
          const draft = await tx.assessment.upsert({
            where: { roundId_unitId_stage: { roundId: saved.id, unitId: score.unitId, stage: "DRAFT" } },
            create: { roundId: saved.id, unitId: score.unitId, stage: "DRAFT", computedScore: score.computedScore, totalScore: adjustedTotal(score.computedScore, 0) },
            update: { computedScore: score.computedScore, totalScore: adjustedTotal(score.computedScore, adjustment) },
            select: { id: true },
          });
          await tx.assessmentComponent.deleteMany({ where: { assessmentId: draft.id } });
          await tx.assessmentComponent.createMany({
            data: score.components.map((component) => ({
              assessmentId: draft.id,
              component: component.component,
              weight: component.weight,
              rawScore: component.rawScore ?? 0,
              score: component.score,
              evidence: JSON.parse(JSON.stringify({ ...component.evidence, applicable: component.rawScore !== null, configuredWeight: component.configuredWeight })),
            })),
          });
        }
        await rankDrafts(tx, saved.id);
        await recordAudit(tx, actor, { action: "assessment.compute", entityType: "AssessmentRound", entityId: saved.id, after: { quarter: formatQuarter(quarter), weights, units: scores.length } });
        return saved;
      },
      { timeout: 60_000 },
    );
    revalidatePath("/assessment");
    revalidatePath(`/assessment/${formatQuarter(quarter)}`);
    return ok({ id: round.id });
  } catch (error) {
    return actionError(error);
  }
}

/** A supervisor's adjustment of a draft score, with the reason (audited). */
export async function adjustAssessment(_previous: Result | null, formData: FormData): Promise<Result> {
  try {
    const actor = await requireActionUser();
    const parsed = await parseInput(adjustSchema, formDataToObject(formData));
    if (!parsed.ok) return parsed;
    authorize(actor, "assessment.manage");
    const { id, adjustment, reason } = parsed.data;
    const round = await db.$transaction(async (tx) => {
      const draft = await tx.assessment.findFirst({
        where: { id, stage: "DRAFT", round: { zoneId: actor.zoneId } },
        select: { id: true, roundId: true, unitId: true, computedScore: true, adjustment: true, adjustmentReason: true, totalScore: true, round: { select: { year: true, quarter: true } } },
      });
      if (!draft) throw new NotFoundError("assessment");
      const totalScore = adjustedTotal(toNumber(draft.computedScore) ?? 0, adjustment);
      const after = await tx.assessment.update({
        where: { id },
        data: { adjustment, adjustmentReason: reason, adjustedById: actor.id, totalScore },
        select: { unitId: true, computedScore: true, adjustment: true, adjustmentReason: true, totalScore: true },
      });
      await rankDrafts(tx, draft.roundId);
      await recordAudit(tx, actor, {
        action: "assessment.adjust",
        entityType: "Assessment",
        entityId: id,
        before: { adjustment: draft.adjustment, adjustmentReason: draft.adjustmentReason, totalScore: draft.totalScore },
        after,
      });
      return draft.round;
    });
    revalidatePath(`/assessment/${formatQuarter(round)}`);
    return ok({ id });
  } catch (error) {
    return actionError(error);
  }
}

/**
 * Publishes the quarter: the draft rows are copied to PUBLISHED rows with their ranks. What was
 * published before is replaced; later recomputation changes only the draft.
 */
export async function publishAssessment(_previous: Result | null, formData: FormData): Promise<Result> {
  try {
    const actor = await requireActionUser();
    const parsed = await parseInput(publishSchema, formDataToObject(formData));
    if (!parsed.ok) return parsed;
    authorize(actor, "assessment.manage");
    const { quarter } = parsed.data;
    const label = formatQuarter(quarter);
    const round = await db.$transaction(
      async (tx) => {
        const found = await tx.assessmentRound.findUnique({ where: { zoneId_year_quarter: { zoneId: actor.zoneId, ...quarter } }, select: { id: true } });
        if (!found) throw new DomainError("assessment.errors.notComputed");
        const drafts = await tx.assessment.findMany({ where: { roundId: found.id, stage: "DRAFT" }, include: { components: true } });
        if (drafts.length === 0) throw new DomainError("assessment.errors.notComputed");
        await tx.assessment.deleteMany({ where: { roundId: found.id, stage: "PUBLISHED" } });
        const ranked = rankByTotal(drafts.map((draft) => ({ ...draft, total: toNumber(draft.totalScore) ?? 0 })));
        for (const draft of ranked) {
          await tx.assessment.create({
            data: {
              roundId: found.id,
              unitId: draft.unitId,
              stage: "PUBLISHED",
              computedScore: draft.computedScore,
              adjustment: draft.adjustment,
              adjustmentReason: draft.adjustmentReason,
              adjustedById: draft.adjustedById,
              totalScore: draft.totalScore,
              rank: draft.rank,
              components: {
                create: draft.components.map((component) => ({ component: component.component, weight: component.weight, rawScore: component.rawScore, score: component.score, evidence: component.evidence ?? {} })),
              },
            },
          });
          await notifyUnit(tx, actor.zoneId, draft.unitId, {
            kind: "ASSESSMENT_PUBLISHED",
            title: defer("assessment.notify.unitTitle", { quarter: label, rank: draft.rank, total: ranked.length }),
            link: `/assessment/${label}/${draft.unitId}`,
          });
        }
        await notifyRoles(tx, actor.zoneId, ["LEADER"], { kind: "ASSESSMENT_PUBLISHED", title: defer("assessment.notify.leaderTitle", { quarter: label }), link: `/assessment/${label}` });
        await tx.assessmentRound.update({ where: { id: found.id }, data: { status: "PUBLISHED", publishedAt: new Date(), publishedById: actor.id } });
        await recordAudit(tx, actor, {
          action: "assessment.publish",
          entityType: "AssessmentRound",
          entityId: found.id,
          after: { quarter: label, ranking: ranked.map((row) => ({ unitId: row.unitId, total: row.total, rank: row.rank })) },
        });
        return found;
      },
      { timeout: 60_000 },
    );
    revalidatePath("/assessment");
    revalidatePath(`/assessment/${label}`);
    return ok({ id: round.id });
  } catch (error) {
    return actionError(error);
  }
}
