import { describe, expect, it } from "vitest";
import { adjustAssessment, computeAssessment, publishAssessment, saveWeights } from "@/lib/assessment/actions";
import { formatQuarter, previousQuarter } from "@/lib/assessment/quarter";
import { getRound, getUnitBreakdown, listRounds } from "@/lib/assessment/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { localDateKey, quarterOfDateKey } from "@/lib/dates/zone-time";
import { actAs, form } from "./support/session";

const SUPERVISOR = "office@demo.gov.cn";
const weights = (values: [number, number, number, number, number]) =>
  form({ TIMELINESS: values[0], PROGRESS: values[1], INDICATORS: values[2], WARNINGS: values[3], INSPECTIONS: values[4] });

/** The running quarter: the demo has published the previous one already. */
async function currentQuarter(): Promise<string> {
  const zone = await db.zone.findFirstOrThrow({ select: { timeZone: true } });
  return formatQuarter(quarterOfDateKey(localDateKey(new Date(), zone.timeZone)));
}

describe("quarterly assessment", () => {
  it("has the previous quarter published in the demo, for leaders to see", async () => {
    await actAs("leader@demo.gov.cn");
    const zone = await db.zone.findFirstOrThrow({ select: { timeZone: true } });
    const previous = formatQuarter(previousQuarter(quarterOfDateKey(localDateKey(new Date(), zone.timeZone))));
    const round = await getRound((await getCurrentUser())!, previous);
    expect(round.status).toBe("PUBLISHED");
    expect(round.published.length).toBeGreaterThan(15);
    expect(round.published[0].rank).toBe(1);
  });

  it("validates the zone's weights", async () => {
    await actAs(SUPERVISOR);
    const wrong = await saveWeights(null, weights([20, 35, 20, 15, 5]));
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { total: ["各项权重合计须为 100"] } });
    const negative = await saveWeights(null, weights([-5, 50, 25, 15, 15]));
    expect(!negative.ok && negative.fieldErrors.TIMELINESS).toBeTruthy();
    expect((await saveWeights(null, weights([25, 30, 20, 15, 10]))).ok).toBe(true);
    expect((await db.assessmentWeight.findFirstOrThrow({ where: { component: "TIMELINESS" } })).weight.toString()).toBe("25");
    await actAs("kjj@demo.gov.cn");
    expect(await saveWeights(null, weights([20, 35, 20, 15, 10]))).toMatchObject({ ok: false, message: "您无权执行此操作。" });
  });

  it("computes a draft for every reporting unit, adjusts with a reason, publishes, and keeps the published scores when recomputed", async () => {
    await actAs(SUPERVISOR);
    const quarter = await currentQuarter();
    expect((await computeAssessment(null, form({ quarter }))).ok).toBe(true);
    const supervisor = (await getCurrentUser())!;
    let round = await getRound(supervisor, quarter);
    expect(round.status).toBe("DRAFT");
    expect(round.draft!.length).toBeGreaterThan(15);
    expect(round.published).toHaveLength(0);
    const office = await db.unit.findFirstOrThrow({ where: { kind: "OFFICE" } });
    expect(round.draft!.some((row) => row.unit.id === office.id)).toBe(false);
    for (const row of round.draft!) {
      const sum = Object.values(row.components).reduce((total, component) => total + component.score, 0);
      expect(Math.abs(sum - row.computedScore)).toBeLessThan(0.011);
      expect(row.computedScore).toBeGreaterThan(0);
      expect(row.computedScore).toBeLessThanOrEqual(100);
    }
    // The leader sees nothing before publication.
    await actAs("leader@demo.gov.cn");
    await expect(getRound((await getCurrentUser())!, quarter)).rejects.toThrow();

    await actAs(SUPERVISOR);
    const target = round.draft![round.draft!.length - 1];
    const noReason = await adjustAssessment(null, form({ id: target.id, adjustment: "5", reason: "" }));
    expect(!noReason.ok && noReason.fieldErrors.reason).toBeTruthy();
    const tooMuch = await adjustAssessment(null, form({ id: target.id, adjustment: "50", reason: "x" }));
    expect(!tooMuch.ok && tooMuch.fieldErrors.adjustment).toBeTruthy();
    expect((await adjustAssessment(null, form({ id: target.id, adjustment: "5", reason: "承办全市现场会，加分" }))).ok).toBe(true);
    round = await getRound(supervisor, quarter);
    const adjusted = round.draft!.find((row) => row.id === target.id)!;
    expect(adjusted).toMatchObject({ adjustment: 5, adjustmentReason: "承办全市现场会，加分" });
    expect(adjusted.totalScore).toBeCloseTo(Math.min(100, target.computedScore + 5), 2);
    expect(await db.auditLog.count({ where: { action: "assessment.adjust", entityId: target.id } })).toBe(1);

    // The running quarter has not ended: publishing it needs the confirmation.
    expect(await publishAssessment(null, form({ quarter }))).toMatchObject({ ok: false, fieldErrors: { confirmEarly: expect.any(Array) } });
    expect((await publishAssessment(null, form({ quarter, confirmEarly: "on" }))).ok).toBe(true);
    round = await getRound(supervisor, quarter);
    expect(round.status).toBe("PUBLISHED");
    expect(round.published.map((row) => row.unit.id).sort()).toEqual(round.draft!.map((row) => row.unit.id).sort());
    const ranks = round.published.map((row) => row.rank!);
    expect(ranks[0]).toBe(1);
    for (let index = 1; index < round.published.length; index += 1) {
      expect(round.published[index].totalScore).toBeLessThanOrEqual(round.published[index - 1].totalScore);
    }
    const frozen = round.published.map((row) => [row.unit.id, row.totalScore, row.rank]);
    expect(await db.notification.count({ where: { kind: "ASSESSMENT_PUBLISHED", user: { role: "LEADER" } } })).toBe(1);

    // Different weights, recomputed: the draft moves, the published ranking does not.
    expect((await saveWeights(null, weights([60, 10, 10, 10, 10]))).ok).toBe(true);
    expect((await computeAssessment(null, form({ quarter }))).ok).toBe(true);
    const after = await getRound(supervisor, quarter);
    expect(after.published.map((row) => [row.unit.id, row.totalScore, row.rank])).toEqual(frozen);
    expect(after.draft!.map((row) => row.computedScore)).not.toEqual(round.draft!.map((row) => row.computedScore));
    // The adjustment survives recomputation.
    expect(after.draft!.find((row) => row.id === target.id)!.adjustment).toBe(5);

    // A leader reads the published ranking; a unit reads only its own.
    await actAs("leader@demo.gov.cn");
    const leader = await getRound((await getCurrentUser())!, quarter);
    expect(leader.draft).toBeNull();
    expect(leader.published.map((row) => [row.unit.id, row.totalScore, row.rank])).toEqual(frozen);
    const reporter = await actAs("kjj@demo.gov.cn");
    const own = await getRound((await getCurrentUser())!, quarter);
    expect(own.published.map((row) => row.unit.id)).toEqual([reporter.unitId]);
    const breakdown = await getUnitBreakdown((await getCurrentUser())!, quarter, reporter.unitId);
    expect(breakdown.components.map((component) => component.component)).toEqual(["TIMELINESS", "PROGRESS", "INDICATORS", "WARNINGS", "INSPECTIONS"]);
    expect(breakdown.components.find((component) => component.component === "TIMELINESS")!.evidence).toMatchObject({ expected: expect.any(Number) });
    const other = round.published.find((row) => row.unit.id !== reporter.unitId)!;
    await expect(getUnitBreakdown((await getCurrentUser())!, quarter, other.unit.id)).rejects.toThrow("not found");
    expect((await listRounds((await getCurrentUser())!)).find((row) => row.quarter === quarter)?.own).toMatchObject({ rank: expect.any(Number) });
    expect(await computeAssessment(null, form({ quarter }))).toMatchObject({ ok: false, message: "您无权执行此操作。" });
  });
});
