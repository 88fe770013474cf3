import "server-only";
import { authorize, can, unitScope, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { dateKey, localDateKey, quarterOfDateKey, type Quarter } from "@/lib/dates/zone-time";
import { toNumber } from "@/lib/format";
import { NotFoundError } from "@/lib/server/errors";
import { APPEAL_DAYS } from "./schema";
import { loadWeights } from "./data";
import { formatQuarter, parseQuarter, quartersBetween } from "./quarter";
import { appealOpen, quarterEnded } from "./round-rules";
import { COMPONENTS, DEFAULT_MISSING_DATA_RULE, type Component, type MissingDataRule, type Substitute, type Weights } from "./scoring";
import { parsePublishedRanking, parseRoundWeights, readStoredPart } from "./schema";
import { pointLines, type PointLine } from "./points";

export type Stage = "DRAFT" | "PUBLISHED";

/** One part of a unit's score as shown: its own applied weight; `substitute` when the unit had no data for it. */
export interface ScorePart {
  configuredWeight: number;
  weight: number;
  /** Measured from the unit's data; null: no data. */
  rawScore: number | null;
  substitute: Substitute | null;
  score: number;
}

export interface ScoreRow {
  id: string;
  unit: { id: string; name: string; shortName: string; kind: string };
  computedScore: number;
  adjustment: number;
  adjustmentReason: string | null;
  adjustedBy: string | null;
  totalScore: number;
  rank: number | null;
  categoryRank: number | null;
  components: Record<Component, ScorePart>;
}

const scoreInclude = {
  unit: { select: { id: true, name: true, shortName: true, kind: true } },
  adjustedBy: { select: { name: true } },
  components: true,
} satisfies Prisma.AssessmentInclude;

/** A stored part as shown: parts stored before the rules existed (no `substitute`) were left out. */
export function toScorePart(found: { weight: unknown; rawScore: unknown; score: unknown; evidence: unknown } | undefined, roundWeight: number): ScorePart {
  const stored = readStoredPart(found?.evidence);
  const applicable = found !== undefined && stored.applicable !== false;
  return {
    configuredWeight: stored.configuredWeight ?? roundWeight,
    weight: toNumber(found?.weight as number) ?? 0,
    rawScore: applicable ? toNumber(found!.rawScore as number) : null,
    substitute: applicable ? null : (stored.substitute ?? { rule: "EXCLUDE_AND_REWEIGHT", value: null }),
    score: toNumber(found?.score as number) ?? 0,
  };
}

function toScoreRow(row: Prisma.AssessmentGetPayload<{ include: typeof scoreInclude }>, weights: Weights): ScoreRow {
  const components = Object.fromEntries(
    COMPONENTS.map((component) => [component, toScorePart(row.components.find((item) => item.component === component), weights[component] ?? 0)]),
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
    categoryRank: row.categoryRank,
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

export interface AppealView {
  id: string;
  unit: { id: string; name: string };
  component: Component;
  reason: string;
  status: "PENDING" | "ACCEPTED" | "REJECTED";
  rawBefore: number | null;
  correctedRaw: number | null;
  decisionReason: string | null;
  filedBy: string;
  decidedBy: string | null;
  filedAt: Date;
  decidedAt: Date | null;
}

export interface PublicationView {
  revision: number;
  publishedAt: Date;
  publishedBy: string | null;
  cause: string;
  ranking: { unitId: string; unitName: string; total: number; rank: number }[];
}

const appealInclude = {
  unit: { select: { id: true, name: true } },
  filedBy: { select: { name: true } },
  decidedBy: { select: { name: true } },
} satisfies Prisma.AssessmentAppealInclude;

function toAppealView(row: Prisma.AssessmentAppealGetPayload<{ include: typeof appealInclude }>): AppealView {
  return {
    id: row.id,
    unit: row.unit,
    component: row.component,
    reason: row.reason,
    status: row.status,
    rawBefore: toNumber(row.rawBefore),
    correctedRaw: toNumber(row.correctedRaw),
    decisionReason: row.decisionReason,
    filedBy: row.filedBy.name,
    decidedBy: row.decidedBy?.name ?? null,
    filedAt: row.filedAt,
    decidedAt: row.decidedAt,
  };
}

export interface RoundRules {
  missingDataRule: MissingDataRule;
  appealWorkingDays: number;
  /** The quarter had not ended when the ranking was published. */
  publishedBeforeEnd: boolean;
  /** The quarter has ended now. */
  quarterEnded: boolean;
  appealDeadline: string | null;
  appealOpen: boolean;
  revision: number;
}


export interface RoundView {
  quarter: Quarter & { label: string };
  status: "NOT_STARTED" | "DRAFT" | "PUBLISHED";
  weights: Weights;
  rules: RoundRules;
  appeals: AppealView[];
  publications: PublicationView[];
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
    include: {
      publishedBy: { select: { name: true } },
      appeals: { where: scope.unitId ? { unitId: scope.unitId } : {}, include: appealInclude, orderBy: { filedAt: "desc" } },
      publications: { include: { publishedBy: { select: { name: true } } }, orderBy: { revision: "desc" } },
    },
  });
  if (!manage && round?.status !== "PUBLISHED") throw new NotFoundError("assessment");
  const zone = await db.zone.findUniqueOrThrow({ where: { id: actor.zoneId }, select: { timeZone: true } });
  const weights = round ? parseRoundWeights(round.weights) : await loadWeights(db, actor.zoneId);
  const rows = round
    ? await db.assessment.findMany({
        where: { roundId: round.id, ...(scope.unitId ? { unitId: scope.unitId } : {}), ...(manage ? {} : { stage: "PUBLISHED" }) },
        include: scoreInclude,
        orderBy: [{ rank: "asc" }, { totalScore: "desc" }, { unitId: "asc" }],
      })
    : [];
  const deadline = round?.appealDeadline ? dateKey(round.appealDeadline) : null;
  const now = new Date();
  const unitNames = new Map(rows.map((row) => [row.unitId, row.unit.name]));
  return {
    quarter: { ...quarter, label: formatQuarter(quarter) },
    status: round?.status ?? "NOT_STARTED",
    weights,
    rules: {
      missingDataRule: (round?.missingDataRule ?? DEFAULT_MISSING_DATA_RULE) as MissingDataRule,
      appealWorkingDays: round?.appealWorkingDays ?? APPEAL_DAYS.default,
      publishedBeforeEnd: round?.publishedBeforeEnd ?? false,
      quarterEnded: quarterEnded(quarter, zone.timeZone, now),
      appealDeadline: deadline,
      appealOpen: round?.status === "PUBLISHED" && appealOpen(deadline, zone.timeZone, now),
      revision: round?.revision ?? 0,
    },
    appeals: (round?.appeals ?? []).map(toAppealView),
    publications: (manage && round ? round.publications : []).map((publication) => ({
      revision: publication.revision,
      publishedAt: publication.publishedAt,
      publishedBy: publication.publishedBy?.name ?? null,
      cause: publication.cause,
      ranking: parsePublishedRanking(publication.ranking).map((entry) => ({ ...entry, unitName: unitNames.get(entry.unitId) ?? entry.unitId })),
    })),
    computedAt: round?.computedAt ?? null,
    publishedAt: round?.publishedAt ?? null,
    publishedBy: round?.publishedBy?.name ?? null,
    draft: manage ? rows.filter((row) => row.stage === "DRAFT").map((row) => toScoreRow(row, weights)) : null,
    published: rows.filter((row) => row.stage === "PUBLISHED").map((row) => toScoreRow(row, weights)),
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
  /** 分类考核: the unit's category, its rank within it and how many units it has. */
  category: string;
  categoryRank: number | null;
  categoryOf: number;
  rules: RoundRules;
  components: ({ component: Component; evidence: Record<string, unknown> } & ScorePart)[];
  points: PointLine[];
  appeals: AppealView[];
  /** The unit may appeal a line now (its own published score, within the window). */
  canAppeal: boolean;
}

/** One unit's score with the figures behind each component. A reporter sees only its own, published. */
export async function getUnitBreakdown(actor: Actor, label: string, unitId: string, stage: Stage = "PUBLISHED"): Promise<UnitBreakdown> {
  authorize(actor, "assessment.read", { unitId, zoneId: actor.zoneId });
  const quarter = parseQuarter(label);
  if (!quarter) throw new NotFoundError("quarter");
  const effectiveStage = can(actor, "assessment.manage") ? stage : "PUBLISHED";
  const row = await db.assessment.findFirst({
    where: { unitId, stage: effectiveStage, round: { zoneId: actor.zoneId, year: quarter.year, quarter: quarter.quarter } },
    include: {
      unit: { select: { id: true, name: true, kind: true } },
      components: true,
      round: {
        select: {
          weights: true, status: true, missingDataRule: true, appealWorkingDays: true, publishedBeforeEnd: true, appealDeadline: true, revision: true,
          appeals: { where: { unitId }, include: appealInclude, orderBy: { filedAt: "desc" } },
          _count: { select: { assessments: { where: { stage: effectiveStage } } } },
        },
      },
    },
  });
  if (!row) throw new NotFoundError("assessment");
  const categoryOf = await db.assessment.count({ where: { roundId: row.roundId, stage: effectiveStage, unit: { kind: row.unit.kind } } });
  const zone = await db.zone.findUniqueOrThrow({ where: { id: actor.zoneId }, select: { timeZone: true } });
  const now = new Date();
  const deadline = row.round.appealDeadline ? dateKey(row.round.appealDeadline) : null;
  const rules: RoundRules = {
    missingDataRule: row.round.missingDataRule as MissingDataRule,
    appealWorkingDays: row.round.appealWorkingDays,
    publishedBeforeEnd: row.round.publishedBeforeEnd,
    quarterEnded: quarterEnded(quarter, zone.timeZone, now),
    appealDeadline: deadline,
    appealOpen: row.round.status === "PUBLISHED" && appealOpen(deadline, zone.timeZone, now),
    revision: row.round.revision,
  };
  const weights = parseRoundWeights(row.round.weights);
  const components = COMPONENTS.map((component) => {
    const found = row.components.find((item) => item.component === component);
    return { component, evidence: readStoredPart(found?.evidence), ...toScorePart(found, weights[component] ?? 0) };
  });
  const appeals = row.round.appeals.map(toAppealView);
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
    category: row.unit.kind,
    categoryRank: row.categoryRank,
    categoryOf,
    rules,
    components,
    points: pointLines(components, { points: toNumber(row.adjustment) ?? 0, reason: row.adjustmentReason }, appeals),
    appeals,
    canAppeal: effectiveStage === "PUBLISHED" && rules.appealOpen && can(actor, "assessmentAppeal.file", { unitId, zoneId: actor.zoneId }),
  };
}

export async function getWeights(actor: Actor): Promise<Weights> {
  authorize(actor, "assessment.manage");
  return loadWeights(db, actor.zoneId);
}
