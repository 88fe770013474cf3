import "server-only";
import { authorize, can, unitScope, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { dateKey, localDateKey, quarterOfDateKey, type Quarter } from "@/lib/dates/zone-time";
import { toNumber } from "@/lib/format";
import { NotFoundError } from "@/lib/server/errors";
import { loadWeights } from "./data";
import { formatQuarter, parseQuarter, quartersBetween } from "./quarter";
import { COMPONENTS, type Component, type Weights } from "./scoring";

export type Stage = "DRAFT" | "PUBLISHED";

export interface ScoreRow {
  id: string;
  unit: { id: string; name: string; shortName: string };
  computedScore: number;
  adjustment: number;
  adjustmentReason: string | null;
  adjustedBy: string | null;
  totalScore: number;
  rank: number | null;
  components: Record<Component, { weight: number; rawScore: number | null; score: number }>;
}

const scoreInclude = {
  unit: { select: { id: true, name: true, shortName: true } },
  adjustedBy: { select: { name: true } },
  components: true,
} satisfies Prisma.AssessmentInclude;

function toScoreRow(row: Prisma.AssessmentGetPayload<{ include: typeof scoreInclude }>): ScoreRow {
  const components = Object.fromEntries(
    COMPONENTS.map((component) => {
      const found = row.components.find((item) => item.component === component);
      const applicable = (found?.evidence as { applicable?: boolean } | null)?.applicable !== false;
      return [component, { weight: toNumber(found?.weight) ?? 0, rawScore: found && applicable ? toNumber(found.rawScore) : null, score: toNumber(found?.score) ?? 0 }];
    }),
  ) as ScoreRow["components"];
  return {
    id: row.id,
    unit: row.unit,
    computedScore: toNumber(row.computedScore) ?? 0,
    adjustment: toNumber(row.adjustment) ?? 0,
    adjustmentReason: row.adjustmentReason,
    adjustedBy: row.adjustedBy?.name ?? null,
    totalScore: toNumber(row.totalScore) ?? 0,
    rank: row.rank,
    components,
  };
}

export interface RoundSummary {
  quarter: string;
  status: "NOT_STARTED" | "DRAFT" | "PUBLISHED";
  computedAt: Date | null;
  publishedAt: Date | null;
  units: number;
  /** For a reporter: the unit's own published result. */
  own: { total: number; rank: number | null } | null;
}

/** Every quarter of the campaign so far with its round's status (published ones only for non-supervisors). */
export async function listRounds(actor: Actor): Promise<RoundSummary[]> {
  const scope = unitScope(actor, "assessment.read");
  const manage = can(actor, "assessment.manage");
  const zone = await db.zone.findUniqueOrThrow({ where: { id: actor.zoneId }, select: { campaignStart: true, timeZone: true } });
  const rounds = await db.assessmentRound.findMany({
    where: { zoneId: actor.zoneId },
    include: { _count: { select: { assessments: { where: { stage: manage ? "DRAFT" : "PUBLISHED" } } } }, assessments: scope.unitId ? { where: { unitId: scope.unitId, stage: "PUBLISHED" }, select: { totalScore: true, rank: true } } : false },
  });
  const quarters = quartersBetween(quarterOfDateKey(dateKey(zone.campaignStart)), quarterOfDateKey(localDateKey(new Date(), zone.timeZone)));
  return quarters
    .map((quarter): RoundSummary => {
      const round = rounds.find((row) => row.year === quarter.year && row.quarter === quarter.quarter);
      const own = round && "assessments" in round && Array.isArray(round.assessments) ? round.assessments[0] : undefined;
      return {
        quarter: formatQuarter(quarter),
        status: round ? round.status : "NOT_STARTED",
        computedAt: round?.computedAt ?? null,
        publishedAt: round?.publishedAt ?? null,
        units: round?._count.assessments ?? 0,
        own: own ? { total: toNumber(own.totalScore) ?? 0, rank: own.rank } : null,
      };
    })
    .filter((round) => manage || round.status === "PUBLISHED");
}

export interface RoundView {
  quarter: Quarter & { label: string };
  status: "NOT_STARTED" | "DRAFT" | "PUBLISHED";
  weights: Weights;
  computedAt: Date | null;
  publishedAt: Date | null;
  publishedBy: string | null;
  draft: ScoreRow[] | null;
  published: ScoreRow[];
  canManage: boolean;
}

/**
 * A quarter's round: supervisors see the draft and what is published; leaders the published
 * ranking; a reporter only its own published row.
 */
export async function getRound(actor: Actor, label: string): Promise<RoundView> {
  const scope = unitScope(actor, "assessment.read");
  const quarter = parseQuarter(label);
  if (!quarter) throw new NotFoundError("quarter");
  const manage = can(actor, "assessment.manage");
  const round = await db.assessmentRound.findUnique({
    where: { zoneId_year_quarter: { zoneId: actor.zoneId, ...quarter } },
    include: { publishedBy: { select: { name: true } } },
  });
  if (!manage && round?.status !== "PUBLISHED") throw new NotFoundError("assessment");
  const rows = round
    ? await db.assessment.findMany({
        where: { roundId: round.id, ...(scope.unitId ? { unitId: scope.unitId } : {}), ...(manage ? {} : { stage: "PUBLISHED" }) },
        include: scoreInclude,
        orderBy: [{ rank: "asc" }, { totalScore: "desc" }, { unitId: "asc" }],
      })
    : [];
  return {
    quarter: { ...quarter, label: formatQuarter(quarter) },
    status: round?.status ?? "NOT_STARTED",
    weights: round ? (round.weights as unknown as Weights) : await loadWeights(db, actor.zoneId),
    computedAt: round?.computedAt ?? null,
    publishedAt: round?.publishedAt ?? null,
    publishedBy: round?.publishedBy?.name ?? null,
    draft: manage ? rows.filter((row) => row.stage === "DRAFT").map(toScoreRow) : null,
    published: rows.filter((row) => row.stage === "PUBLISHED").map(toScoreRow),
    canManage: manage,
  };
}

export interface UnitBreakdown {
  quarter: string;
  stage: Stage;
  unit: { id: string; name: string };
  totalScore: number;
  computedScore: number;
  adjustment: number;
  adjustmentReason: string | null;
  rank: number | null;
  of: number;
  components: { component: Component; weight: number; configuredWeight: number; rawScore: number | null; score: number; evidence: Record<string, unknown> }[];
}

/** One unit's score with the figures behind each component. A reporter sees only its own, published. */
export async function getUnitBreakdown(actor: Actor, label: string, unitId: string, stage: Stage = "PUBLISHED"): Promise<UnitBreakdown> {
  authorize(actor, "assessment.read", { unitId, zoneId: actor.zoneId });
  const quarter = parseQuarter(label);
  if (!quarter) throw new NotFoundError("quarter");
  const effectiveStage = can(actor, "assessment.manage") ? stage : "PUBLISHED";
  const row = await db.assessment.findFirst({
    where: { unitId, stage: effectiveStage, round: { zoneId: actor.zoneId, year: quarter.year, quarter: quarter.quarter } },
    include: { unit: { select: { id: true, name: true } }, components: true, round: { select: { _count: { select: { assessments: { where: { stage: effectiveStage } } } } } } },
  });
  if (!row) throw new NotFoundError("assessment");
  return {
    quarter: formatQuarter(quarter),
    stage: effectiveStage,
    unit: row.unit,
    totalScore: toNumber(row.totalScore) ?? 0,
    computedScore: toNumber(row.computedScore) ?? 0,
    adjustment: toNumber(row.adjustment) ?? 0,
    adjustmentReason: row.adjustmentReason,
    rank: row.rank,
    of: row.round._count.assessments,
    components: COMPONENTS.map((component) => {
      const found = row.components.find((item) => item.component === component);
      const evidence = (found?.evidence ?? {}) as Record<string, unknown>;
      return {
        component,
        weight: toNumber(found?.weight) ?? 0,
        configuredWeight: Number(evidence.configuredWeight ?? 0),
        rawScore: evidence.applicable === false ? null : toNumber(found?.rawScore),
        score: toNumber(found?.score) ?? 0,
        evidence,
      };
    }),
  };
}

export async function getWeights(actor: Actor): Promise<Weights> {
  authorize(actor, "assessment.manage");
  return loadWeights(db, actor.zoneId);
}
