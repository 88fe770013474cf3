"use server";

import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/permissions";
import { loadZoneCalendar } from "@/lib/calendar/load";
import { db, type TxClient } from "@/lib/db/client";
import { dateFromKey, dateKey, localDateKey, quarterOfDateKey } from "@/lib/dates/zone-time";
import { toNumber } from "@/lib/format";
import { defer } from "@/lib/i18n/deferred";
import { notifyRoles, notifyUnit } from "@/lib/notifications/notify";
import { DomainError, NotFoundError } from "@/lib/server/errors";
import { runFormAction } from "@/lib/server/form-action";
import type { ActionResult } from "@/lib/server/result";
import { loadWeights, quarterData } from "./data";
import { compareQuarters, formatQuarter } from "./quarter";
import { appealDeadline, appealOpen, quarterEnded } from "./round-rules";
import { adjustSchema, computeSchema, decideAppealSchema, fileAppealSchema, parseRoundWeights, publishSchema, readStoredPart, weightsSchema } from "./schema";
import {
  adjustedTotal,
  applyCorrections,
  combineRound,
  COMPONENTS,
  measureUnit,
  rankWithCategories,
  weightsTotal,
  type Component,
  type ComponentScore,
  type MeasuredUnit,
  type MissingDataRule,
  type UnitScore,
  type Weights,
} from "./scoring";
import { storedEvidence, toMeasuredUnit } from "./stored";

type Result = ActionResult<{ id: string }>;

export async function saveWeights(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: weightsSchema,
    permission: "assessment.manage",
    write: async (tx, input, actor) => {
      const weights = input as Weights;
      const before = await loadWeights(tx, actor.zoneId);
      for (const component of COMPONENTS) {
        await tx.assessmentWeight.upsert({
          where: { zoneId_component: { zoneId: actor.zoneId, component } },
          create: { zoneId: actor.zoneId, component, weight: weights[component] },
          update: { weight: weights[component] },
        });
      }
      await recordAudit(tx, actor, { action: "assessment.weights", entityType: "AssessmentWeight", entityId: actor.zoneId, before, after: weights });
      return { id: actor.zoneId };
    },
    revalidate: ["/assessment"],
  });
}

/** Units' categories for 分类考核. */
async function categoriesOf(tx: TxClient, unitIds: string[]): Promise<Map<string, string>> {
  const units = await tx.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, kind: true } });
  return new Map(units.map((unit) => [unit.id, unit.kind]));
}

/** Ranks a stage's rows by their (adjusted) totals, overall and within each unit category. */
async function rankStage(tx: TxClient, roundId: string, stage: "DRAFT" | "PUBLISHED") {
  const rows = await tx.assessment.findMany({ where: { roundId, stage }, select: { id: true, unitId: true, totalScore: true } });
  const categories = await categoriesOf(tx, rows.map((row) => row.unitId));
  const ranked = rankWithCategories(rows.map((row) => ({ ...row, total: toNumber(row.totalScore) ?? 0, category: categories.get(row.unitId) ?? "OTHER" })));
  for (const row of ranked) await tx.assessment.update({ where: { id: row.id }, data: { rank: row.rank, categoryRank: row.categoryRank } });
  return ranked;
}

function componentRows(components: ComponentScore[]) {
  return components.map((component) => ({
    component: component.component,
    weight: component.weight,
    rawScore: component.countedRaw ?? 0,
    score: component.score,
    evidence: storedEvidence(component),
  }));
}

/** Corrections of the round's accepted appeals: they hold through recomputation. */
async function acceptedCorrections(tx: TxClient, roundId: string) {
  const appeals = await tx.assessmentAppeal.findMany({ where: { roundId, status: "ACCEPTED" }, orderBy: { decidedAt: "asc" }, select: { unitId: true, component: true, correctedRaw: true } });
  return appeals.map((appeal) => ({ unitId: appeal.unitId, component: appeal.component as Component, rawScore: toNumber(appeal.correctedRaw) ?? 0 }));
}

/**
 * Computes (or recomputes) the draft scores of a quarter from its data with the zone's current
 * weights and the rule chosen for parts without data. Supervisors' adjustments and accepted
 * appeals are kept. Published rows are never touched.
 */
export async function computeAssessment(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: computeSchema,
    permission: "assessment.manage",
    // The quarter's rows are read and measured before the transaction: a big zone takes a while.
    prepare: async ({ quarter }, actor) => {
      const now = new Date();
      const zone = await db.zone.findUniqueOrThrow({ where: { id: actor.zoneId }, select: { timeZone: true } });
      if (compareQuarters(quarter, quarterOfDateKey(localDateKey(now, zone.timeZone))) > 0) throw new DomainError("assessment.errors.futureQuarter", {}, "quarter");
      const weights = await loadWeights(db, actor.zoneId);
      if (Math.abs(weightsTotal(weights) - 100) > 0.001) throw new DomainError("assessment.validation.weightsTotal");
      return { now, weights, measured: (await quarterData(db, actor.zoneId, quarter, now)).map(measureUnit) };
    },
    write: async (tx, { quarter, missingDataRule, appealWorkingDays }, actor, { now, weights, measured }) => {
      const saved = await tx.assessmentRound.upsert({
        where: { zoneId_year_quarter: { zoneId: actor.zoneId, ...quarter } },
        create: { zoneId: actor.zoneId, ...quarter, weights, missingDataRule, appealWorkingDays, computedAt: now },
        update: { weights, missingDataRule, appealWorkingDays, computedAt: now },
        select: { id: true },
      });
      const scores = combineRound(applyCorrections(measured, await acceptedCorrections(tx, saved.id)), weights, missingDataRule);
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
        await tx.assessmentComponent.createMany({ data: componentRows(score.components).map((row) => ({ ...row, assessmentId: draft.id })) });
      }
      await rankStage(tx, saved.id, "DRAFT");
      await recordAudit(tx, actor, {
        action: "assessment.compute",
        entityType: "AssessmentRound",
        entityId: saved.id,
        after: { quarter: formatQuarter(quarter), weights, missingDataRule, appealWorkingDays, units: scores.length },
      });
      return { id: saved.id, label: formatQuarter(quarter) };
    },
    revalidate: (result) => ["/assessment", `/assessment/${result.label}`],
  });
}

/** A supervisor's adjustment of a draft score, with the reason (audited). */
export async function adjustAssessment(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: adjustSchema,
    permission: "assessment.manage",
    write: async (tx, { id, adjustment, reason }, actor) => {
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
      await rankStage(tx, draft.roundId, "DRAFT");
      await recordAudit(tx, actor, {
        action: "assessment.adjust",
        entityType: "Assessment",
        entityId: id,
        before: { adjustment: draft.adjustment, adjustmentReason: draft.adjustmentReason, totalScore: draft.totalScore },
        after,
      });
      return { id, label: formatQuarter(draft.round) };
    },
    revalidate: (result) => [`/assessment/${result.label}`],
  });
}

type Ranked = { unitId: string; total: number; rank: number; categoryRank: number };

/** Keeps what was published, as published (history of the round's publications). */
async function recordPublication(tx: TxClient, round: { id: string; revision: number }, actorId: string, cause: "PUBLISH" | "REPUBLISH" | "APPEAL", ranking: Ranked[], appealId: string | null = null) {
  const revision = round.revision + 1;
  const publishedAt = new Date();
  await tx.assessmentPublication.create({
    data: { roundId: round.id, revision, publishedAt, publishedById: actorId, cause, appealId, ranking: ranking.map(({ unitId, total, rank, categoryRank }) => ({ unitId, total, rank, categoryRank })) },
  });
  return { revision, publishedAt };
}

/**
 * Publishes the quarter: the draft rows are copied to PUBLISHED rows with their ranks (overall
 * and within the unit's category). What was published before is replaced and kept in the
 * round's history. A quarter that has not ended is published only when the office confirms
 * it, and the ranking says so.
 */
export async function publishAssessment(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: publishSchema,
    permission: "assessment.manage",
    write: async (tx, { quarter, confirmEarly }, actor) => {
      const label = formatQuarter(quarter);
      const zone = await loadZoneCalendar(tx, actor.zoneId);
      const now = new Date();
      const ended = quarterEnded(quarter, zone.zone.timeZone, now);
      if (!ended && !confirmEarly) throw new DomainError("assessment.errors.confirmEarly", { quarter: label }, "confirmEarly");
      const found = await tx.assessmentRound.findUnique({ where: { zoneId_year_quarter: { zoneId: actor.zoneId, ...quarter } }, select: { id: true, revision: true, appealWorkingDays: true, appealDeadline: true } });
      if (!found) throw new DomainError("assessment.errors.notComputed");
      const drafts = await tx.assessment.findMany({ where: { roundId: found.id, stage: "DRAFT" }, include: { components: true } });
      if (drafts.length === 0) throw new DomainError("assessment.errors.notComputed");
      await tx.assessment.deleteMany({ where: { roundId: found.id, stage: "PUBLISHED" } });
      for (const draft of drafts) {
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
            components: {
              create: draft.components.map((component) => ({ component: component.component, weight: component.weight, rawScore: component.rawScore, score: component.score, evidence: component.evidence ?? {} })),
            },
          },
        });
      }
      const ranked = await rankStage(tx, found.id, "PUBLISHED");
      const { revision, publishedAt } = await recordPublication(tx, found, actor.id, found.revision === 0 ? "PUBLISH" : "REPUBLISH", ranked);
      // The appeal window opens with the first publication and is not reopened by a republication.
      const deadline = found.appealDeadline ? dateKey(found.appealDeadline) : appealDeadline(zone, publishedAt, found.appealWorkingDays);
      await tx.assessmentRound.update({
        where: { id: found.id },
        data: { status: "PUBLISHED", publishedAt, publishedById: actor.id, publishedBeforeEnd: !ended, revision, appealDeadline: dateFromKey(deadline) },
      });
      for (const row of ranked) {
        await notifyUnit(tx, actor.zoneId, row.unitId, {
          kind: "ASSESSMENT_PUBLISHED",
          title: defer("assessment.notify.unitTitle", { quarter: label, rank: row.rank, total: ranked.length }),
          link: `/assessment/${label}/${row.unitId}`,
        });
      }
      await notifyRoles(tx, actor.zoneId, ["LEADER"], { kind: "ASSESSMENT_PUBLISHED", title: defer("assessment.notify.leaderTitle", { quarter: label }), link: `/assessment/${label}` });
      await recordAudit(tx, actor, {
        action: "assessment.publish",
        entityType: "AssessmentRound",
        entityId: found.id,
        after: { quarter: label, revision, publishedBeforeEnd: !ended, appealDeadline: deadline, ranking: ranked.map(({ unitId, total, rank, categoryRank }) => ({ unitId, total, rank, categoryRank })) },
      });
      return { id: found.id, label };
    },
    revalidate: (result) => ["/assessment", `/assessment/${result.label}`, "/briefings/ranking"],
  });
}

/** 申诉: a unit disputes one line of its published score, with a reason, within the round's appeal window. */
export async function fileAppeal(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: fileAppealSchema,
    permission: "assessmentAppeal.file",
    write: async (tx, { quarter, component, reason }, actor) => {
      const label = formatQuarter(quarter);
      const round = await tx.assessmentRound.findUnique({ where: { zoneId_year_quarter: { zoneId: actor.zoneId, ...quarter } }, select: { id: true, status: true, appealDeadline: true } });
      if (!round || round.status !== "PUBLISHED") throw new NotFoundError("assessment");
      authorize(actor, "assessmentAppeal.file", { unitId: actor.unitId, zoneId: actor.zoneId });
      const row = await tx.assessment.findFirst({ where: { roundId: round.id, unitId: actor.unitId ?? "", stage: "PUBLISHED" }, select: { id: true, unitId: true, components: { where: { component }, select: { rawScore: true, evidence: true } } } });
      if (!row) throw new NotFoundError("assessment");
      const zone = await tx.zone.findUniqueOrThrow({ where: { id: actor.zoneId }, select: { timeZone: true } });
      const deadline = round.appealDeadline ? dateKey(round.appealDeadline) : null;
      if (!appealOpen(deadline, zone.timeZone, new Date())) throw new DomainError("assessment.appeal.closed", { deadline: deadline ?? "—" }, "reason");
      const pending = await tx.assessmentAppeal.findFirst({ where: { roundId: round.id, unitId: row.unitId, component, status: "PENDING" }, select: { id: true } });
      if (pending) throw new DomainError("assessment.appeal.pending", {}, "component");
      const part = row.components[0];
      const measured = part && readStoredPart(part.evidence).applicable !== false ? toNumber(part.rawScore) : null;
      const appeal = await tx.assessmentAppeal.create({
        data: { roundId: round.id, unitId: row.unitId, component, reason, rawBefore: measured, filedById: actor.id },
        select: { id: true },
      });
      await notifyRoles(tx, actor.zoneId, ["SUPERVISOR"], { kind: "ASSESSMENT_APPEAL", title: defer("assessment.notify.appealFiled", { quarter: label, unit: actor.unitName ?? "" }), link: `/assessment/${label}#appeals` });
      await recordAudit(tx, actor, { action: "assessment.appeal", entityType: "AssessmentAppeal", entityId: appeal.id, after: { quarter: label, unitId: row.unitId, component, reason, rawBefore: measured } });
      return { id: appeal.id, label, unitId: row.unitId };
    },
    revalidate: (result) => [`/assessment/${result.label}`],
  });
}

/**
 * The office decides an appeal. Rejected: the reason is recorded, the score stands. Accepted:
 * the line counts with the corrected raw score, every published score of the round is scored
 * again under the round's weights and rule (a median may move), ranks are recomputed and the
 * round is republished; the previous publication stays in the history.
 */
export async function decideAppeal(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: decideAppealSchema,
    permission: "assessmentAppeal.decide",
    write: async (tx, { id, decision, correctedRaw, decisionReason }, actor) => {
      const appeal = await tx.assessmentAppeal.findFirst({
        where: { id, round: { zoneId: actor.zoneId } },
        select: { id: true, status: true, unitId: true, component: true, round: { select: { id: true, year: true, quarter: true, revision: true, weights: true, missingDataRule: true } } },
      });
      if (!appeal) throw new NotFoundError("appeal");
      if (appeal.status !== "PENDING") throw new DomainError("assessment.appeal.decided", {}, "decision");
      const label = formatQuarter(appeal.round);
      const decidedAt = new Date();
      await tx.assessmentAppeal.update({
        where: { id },
        data: { status: decision === "ACCEPT" ? "ACCEPTED" : "REJECTED", correctedRaw: decision === "ACCEPT" ? correctedRaw : null, decisionReason, decidedById: actor.id, decidedAt },
      });
      let ranking: Ranked[] | null = null;
      if (decision === "ACCEPT") ranking = await rescorePublished(tx, appeal.round, appeal.id, actor.id);
      await notifyUnit(tx, actor.zoneId, appeal.unitId, {
        kind: "ASSESSMENT_APPEAL",
        title: defer(decision === "ACCEPT" ? "assessment.notify.appealAccepted" : "assessment.notify.appealRejected", { quarter: label }),
        link: `/assessment/${label}/${appeal.unitId}`,
      });
      await recordAudit(tx, actor, {
        action: "assessment.appealDecide",
        entityType: "AssessmentAppeal",
        entityId: id,
        before: { status: "PENDING" },
        after: { decision, correctedRaw, decisionReason, ranking },
      });
      return { id, label };
    },
    revalidate: (result) => [`/assessment/${result.label}`, "/briefings/ranking"],
  });
}

/** Scores the round's published rows again with the accepted corrections, re-ranks and republishes. */
async function rescorePublished(tx: TxClient, round: { id: string; revision: number; weights: unknown; missingDataRule: string }, appealId: string, actorId: string): Promise<Ranked[]> {
  const rows = await tx.assessment.findMany({ where: { roundId: round.id, stage: "PUBLISHED" }, include: { components: true } });
  const measured: MeasuredUnit[] = rows.map(toMeasuredUnit);
  const weights = parseRoundWeights(round.weights);
  const scores = combineRound(applyCorrections(measured, await acceptedCorrections(tx, round.id)), weights, round.missingDataRule as MissingDataRule);
  const byUnit = new Map<string, UnitScore>(scores.map((score) => [score.unitId, score]));
  for (const row of rows) {
    const score = byUnit.get(row.unitId)!;
    await tx.assessment.update({ where: { id: row.id }, data: { computedScore: score.computedScore, totalScore: adjustedTotal(score.computedScore, toNumber(row.adjustment) ?? 0) } });
    for (const component of componentRows(score.components)) {
      await tx.assessmentComponent.update({ where: { assessmentId_component: { assessmentId: row.id, component: component.component } }, data: component });
    }
  }
  const ranked = await rankStage(tx, round.id, "PUBLISHED");
  const { revision, publishedAt } = await recordPublication(tx, round, actorId, "APPEAL", ranked, appealId);
  await tx.assessmentRound.update({ where: { id: round.id }, data: { revision, publishedAt, publishedById: actorId } });
  return ranked;
}
