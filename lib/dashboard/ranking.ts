// Published quarterly rankings (Assessment rows of stage PUBLISHED). A reporter sees its own
// unit's row only (assessment.read is own-unit for reporters).
import "server-only";
import { authorize, unitScope, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { toNumber } from "@/lib/format";
import { toScorePart, type ScorePart } from "@/lib/assessment/queries";
import { parseRoundWeights } from "@/lib/assessment/schema";
import { COMPONENTS, type Component, type MissingDataRule, type Weights } from "@/lib/assessment/scoring";

/** A unit's part: its own applied weight; rawScore null and a substitute when it had no data. */
export interface RankingComponent extends ScorePart {
  component: Component;
}

export interface RankingRow {
  rank: number | null;
  unitId: string;
  unit: string;
  unitName: string;
  /** 分类考核: the unit's category and its rank within it. */
  unitKind: string;
  categoryRank: number | null;
  computedScore: number;
  adjustment: number;
  adjustmentReason: string | null;
  totalScore: number;
  components: RankingComponent[];
}

export interface PublishedRanking {
  /** Every published round, newest first. */
  rounds: { year: number; quarter: number }[];
  round: { year: number; quarter: number; publishedAt: Date | null; weights: Weights; missingDataRule: MissingDataRule; publishedBeforeEnd: boolean } | null;
  /** How many units the round ranks (a reporter sees one row of them). */
  rankedUnits: number;
  rows: RankingRow[];
}

/** The published ranking of a quarter, or of the latest published quarter when none is named. */
export async function getPublishedRanking(actor: Actor, quarter?: { year: number; quarter: number }): Promise<PublishedRanking> {
  authorize(actor, "assessment.read");
  const scope = unitScope(actor, "assessment.read");
  const rounds = await db.assessmentRound.findMany({
    where: { zoneId: actor.zoneId, status: "PUBLISHED" },
    orderBy: [{ year: "desc" }, { quarter: "desc" }],
    select: { id: true, year: true, quarter: true, publishedAt: true, weights: true, missingDataRule: true, publishedBeforeEnd: true, _count: { select: { assessments: { where: { stage: "PUBLISHED" } } } } },
  });
  const round = quarter ? rounds.find((candidate) => candidate.year === quarter.year && candidate.quarter === quarter.quarter) : rounds[0];
  const list = rounds.map(({ year, quarter: q }) => ({ year, quarter: q }));
  if (!round) return { rounds: list, round: null, rankedUnits: 0, rows: [] };
  const weights = parseRoundWeights(round.weights);
  const assessments = await db.assessment.findMany({
    where: { roundId: round.id, stage: "PUBLISHED", ...(scope.unitId ? { unitId: scope.unitId } : {}) },
    orderBy: [{ rank: { sort: "asc", nulls: "last" } }, { totalScore: "desc" }],
    include: {
      unit: { select: { id: true, name: true, shortName: true, kind: true } },
      components: true,
    },
  });
  return {
    rounds: list,
    round: { year: round.year, quarter: round.quarter, publishedAt: round.publishedAt, weights, missingDataRule: round.missingDataRule, publishedBeforeEnd: round.publishedBeforeEnd },
    rankedUnits: round._count.assessments,
    rows: assessments.map((assessment) => ({
      rank: assessment.rank,
      unitId: assessment.unit.id,
      unit: assessment.unit.shortName,
      unitName: assessment.unit.name,
      unitKind: assessment.unit.kind,
      categoryRank: assessment.categoryRank,
      computedScore: toNumber(assessment.computedScore) ?? 0,
      adjustment: toNumber(assessment.adjustment) ?? 0,
      adjustmentReason: assessment.adjustmentReason,
      totalScore: toNumber(assessment.totalScore) ?? 0,
      components: COMPONENTS.map((component) => ({ component, ...toScorePart(assessment.components.find((item) => item.component === component), weights[component] ?? 0) })),
    })),
  };
}
