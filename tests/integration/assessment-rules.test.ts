// The assessment's rules on a zone small enough to score by hand: a never-inspected unit,
// a late notice answer (with its NOTICE_UNANSWERED warning) and two yellows with their
// "repeated yellow" escalation; ranks within unit category; appeals accepted and rejected;
// publishing a quarter that has not ended.
import { beforeAll, describe, expect, it } from "vitest";
import { computeAssessment, decideAppeal, fileAppeal, publishAssessment } from "@/lib/assessment/actions";
import { getRound, getUnitBreakdown } from "@/lib/assessment/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { formatQuarter } from "@/lib/assessment/quarter";
import { localDateKey, quarterOfDateKey } from "@/lib/dates/zone-time";
import { getPublishedRanking } from "@/lib/dashboard/ranking";
import { ruleSentence } from "@/lib/assessment/ranking-text";
import { translatorFor } from "@/lib/i18n/server";
import { translateKey } from "@/lib/i18n/keys";
import { actAs, form } from "./support/session";

const P = "asr";
const id = (name: string) => `${P}-${name}`;
const day = (key: string) => new Date(`${key}T00:00:00Z`);
const at = (iso: string) => new Date(iso);
const QUARTER = "2026-Q1";
const EMAIL = { office: `${P}-office@test.gov.cn`, b: `${P}-b@test.gov.cn`, d: `${P}-d@test.gov.cn` };

/**
 * Weights: TIMELINESS 0, PROGRESS 0, INDICATORS 0, WARNINGS 60, INSPECTIONS 40, so only
 * warnings and inspections move the totals. In 2026-Q1:
 * - A (municipal department): inspected EXCELLENT (100); no warnings.
 * - B (municipal department): inspected FAIR (70); notice 督办〔2026〕1号 due 02-10, answered
 *   02-12 (late), and the engine's ORANGE NOTICE_UNANSWERED warning about it.
 * - C (park): never inspected; no warnings.
 * - D (park): inspected GOOD (85); two YELLOW BEHIND_PLAN warnings and the ORANGE
 *   REPEATED_YELLOW escalation of them.
 */
async function createFixture() {
  const zoneId = id("zone");
  await db.zone.create({ data: { id: zoneId, code: P, name: "考核测试区", shortName: "考核区", timeZone: "Asia/Shanghai", campaignStart: day("2026-01-01"), campaignEnd: day("2027-12-31"), landNeededMu: 100 } });
  await db.unit.createMany({
    data: [
      { id: id("office"), zoneId, code: "office", name: "考核测试创建办", shortName: "创建办", kind: "OFFICE", sortOrder: 0 },
      { id: id("a"), zoneId, code: "a", name: "甲局", shortName: "甲局", kind: "DEPARTMENT", sortOrder: 1 },
      { id: id("b"), zoneId, code: "b", name: "乙局", shortName: "乙局", kind: "DEPARTMENT", sortOrder: 2 },
      { id: id("c"), zoneId, code: "c", name: "丙园管委会", shortName: "丙园", kind: "PARK", sortOrder: 3 },
      { id: id("d"), zoneId, code: "d", name: "丁园管委会", shortName: "丁园", kind: "PARK", sortOrder: 4 },
    ],
  });
  await db.user.createMany({
    data: [
      { id: id("office-user"), zoneId, unitId: id("office"), email: EMAIL.office, name: "考核督查员", role: "SUPERVISOR", passwordHash: "x" },
      { id: id("b-user"), zoneId, unitId: id("b"), email: EMAIL.b, name: "乙局填报员", role: "REPORTER", passwordHash: "x" },
      { id: id("d-user"), zoneId, unitId: id("d"), email: EMAIL.d, name: "丁园填报员", role: "REPORTER", passwordHash: "x" },
    ],
  });
  await db.assessmentWeight.createMany({
    data: [
      { zoneId, component: "TIMELINESS", weight: 0 },
      { zoneId, component: "PROGRESS", weight: 0 },
      { zoneId, component: "INDICATORS", weight: 0 },
      { zoneId, component: "WARNINGS", weight: 60 },
      { zoneId, component: "INSPECTIONS", weight: 40 },
    ],
  });
  // Each unit leads one item running through the year, so each is assessed.
  await db.task.create({ data: { id: id("t"), zoneId, code: "1", title: "任务" } });
  await db.measure.create({ data: { id: id("m"), zoneId, taskId: id("t"), code: "1.1", title: "措施" } });
  for (const unit of ["a", "b", "c", "d"]) {
    await db.workItem.create({ data: { id: id(`item-${unit}`), zoneId, measureId: id("m"), code: `1.1.${unit}`, title: `事项${unit}`, leadUnitId: id(unit), startDate: day("2026-01-01"), dueDate: day("2026-12-31") } });
  }
  await db.inspection.createMany({
    data: [
      { id: id("insp-a"), zoneId, unitId: id("a"), date: day("2026-02-15"), inspectors: "督查组", findings: "推进有力", rating: "EXCELLENT" },
      { id: id("insp-b"), zoneId, unitId: id("b"), date: day("2026-02-16"), inspectors: "督查组", findings: "进度一般", rating: "FAIR" },
      { id: id("insp-d"), zoneId, unitId: id("d"), date: day("2026-02-17"), inspectors: "督查组", findings: "推进较好", rating: "GOOD" },
    ],
  });
  await db.supervisionNotice.create({
    data: { id: id("notice-b"), zoneId, year: 2026, seq: 1, number: "督办〔2026〕1号", unitId: id("b"), title: "督办", matter: "事项", requiredAction: "整改", responseDue: day("2026-02-10"), respondedAt: at("2026-02-12T03:00:00Z"), status: "REVIEWED", issuedAt: at("2026-02-03T02:00:00Z") },
  });
  const warning = (name: string, unit: string, kind: "NOTICE_UNANSWERED" | "BEHIND_PLAN" | "REPEATED_YELLOW", level: "YELLOW" | "ORANGE", firstSeen: string, extra: { noticeId?: string; workItemId?: string } = {}) => ({
    id: id(name),
    zoneId,
    kind,
    level,
    dedupeKey: `${kind}:${name}`,
    unitId: id(unit),
    title: `${kind} ${name}`,
    evidence: {},
    firstSeenAt: at(firstSeen),
    lastEvaluatedAt: at(firstSeen),
    status: "RESOLVED" as const,
    resolvedAt: at("2026-03-20T02:00:00Z"),
    ...extra,
  });
  await db.warning.createMany({
    data: [
      warning("w-notice", "b", "NOTICE_UNANSWERED", "ORANGE", "2026-02-11T02:00:00Z", { noticeId: id("notice-b") }),
      warning("w-y1", "d", "BEHIND_PLAN", "YELLOW", "2026-01-20T02:00:00Z", { workItemId: id("item-d") }),
      warning("w-y2", "d", "BEHIND_PLAN", "YELLOW", "2026-02-20T02:00:00Z", { workItemId: id("item-d") }),
      warning("w-repeat", "d", "REPEATED_YELLOW", "ORANGE", "2026-02-21T02:00:00Z"),
    ],
  });
}

/** The locale's translator for keys built at run time (as the ranking's text helpers take it). */
const plain = (locale: "zh-CN" | "en") => (key: string, values?: Record<string, string | number>) => translateKey(translatorFor(locale), key, values);

const office = async () => {
  await actAs(EMAIL.office);
  return (await getCurrentUser())!;
};

/** [unit code, total, rank, category rank] of a ranking, in rank order. */
const ranks = (rows: { unit: { id: string }; totalScore: number; rank: number | null; categoryRank: number | null }[]) =>
  rows.map((row) => [row.unit.id.slice(P.length + 1), row.totalScore, row.rank, row.categoryRank]);

describe("assessment rules, scored by hand", () => {
  beforeAll(createFixture);

  it("scores a part without data with the round's lowest (by default), deducts each event once and ranks within the unit's category", async () => {
    // Inspections raw: A 100, B 70, D 85; C never inspected → the lowest of 100, 70, 85 = 70.
    // Warnings raw: A 100; B 100 − 10 (the late notice; its NOTICE_UNANSWERED warning deducts
    // nothing) = 90; C 100; D 100 − 5 − 5 (the two yellows; the escalation deducts nothing) = 90.
    // Totals (60 % warnings, 40 % inspections):
    //   A 60 + 40 = 100; B 54 + 28 = 82; C 60 + 28 = 88; D 54 + 34 = 88.
    // Overall A 1, C 2, D 2 (tied), B 4; departments A 1, B 2; parks C 1, D 1.
    // C, never inspected, ties D (inspected GOOD but warned twice) and outranks no unit that
    // scored better on everything it was measured on. (Under the median C reached 94, ahead of
    // D; before any rule C reached 100 and tied A.)
    await office();
    expect(await computeAssessment(null, form({ quarter: QUARTER }))).toMatchObject({ ok: true });
    const round = await getRound(await office(), QUARTER);
    expect(round.rules.missingDataRule).toBe("ROUND_LOWEST");
    expect(ranks(round.draft!)).toEqual([
      ["a", 100, 1, 1],
      ["c", 88, 2, 1],
      ["d", 88, 2, 1],
      ["b", 82, 4, 2],
    ]);
    const c = round.draft!.find((row) => row.unit.id === id("c"))!;
    // "—" with a note on the screen: no measured score, the round's lowest as the substitute.
    expect(c.components.INSPECTIONS).toMatchObject({ rawScore: null, substitute: { rule: "ROUND_LOWEST", value: 70 }, weight: 40, score: 28 });
    // Each unit's own weights: the never-inspected unit's parts keep the configured weights.
    expect(c.components.WARNINGS).toMatchObject({ configuredWeight: 60, weight: 60, rawScore: 100, score: 60 });

    const b = await getUnitBreakdown(await office(), QUARTER, id("b"), "DRAFT");
    expect(b.points.map((line) => [line.kind, line.points, line.totalPoints, line.notDeducted, line.href])).toEqual([
      ["WARNING", 0, 0, "noticeCounted", `/warnings/${id("w-notice")}`],
      ["NOTICE", -10, -6, null, `/notices/${id("notice-b")}`],
    ]);
    const d = await getUnitBreakdown(await office(), QUARTER, id("d"), "DRAFT");
    expect(d.points.map((line) => [line.kind, line.points, line.notDeducted])).toEqual([
      ["WARNING", -5, null],
      ["WARNING", -5, null],
      ["WARNING", 0, "escalation"],
    ]);
    expect(d.categoryRank).toBe(1);
    expect(d.categoryOf).toBe(2);
  });

  it("follows the rule chosen for the round", async () => {
    // ROUND_MEDIAN (chosen explicitly): C's inspections count the median 85 → 60 + 34 = 94,
    // ahead of D 88, which was inspected: why it is not the default.
    // EXCLUDE_AND_REWEIGHT: C's inspections are left out and warnings carry 100 % → C 100, tied with A.
    // ZERO: C's inspections count 0 → 60.
    await office();
    expect(await computeAssessment(null, form({ quarter: QUARTER, missingDataRule: "ROUND_MEDIAN" }))).toMatchObject({ ok: true });
    const median = await getRound(await office(), QUARTER);
    expect(median.rules.missingDataRule).toBe("ROUND_MEDIAN");
    expect(ranks(median.draft!)).toEqual([
      ["a", 100, 1, 1],
      ["c", 94, 2, 1],
      ["d", 88, 3, 2],
      ["b", 82, 4, 2],
    ]);
    expect(median.draft!.find((row) => row.unit.id === id("c"))!.components.INSPECTIONS).toMatchObject({ substitute: { rule: "ROUND_MEDIAN", value: 85 }, score: 34 });
    expect(await computeAssessment(null, form({ quarter: QUARTER, missingDataRule: "EXCLUDE_AND_REWEIGHT" }))).toMatchObject({ ok: true });
    let round = await getRound(await office(), QUARTER);
    expect(ranks(round.draft!).slice(0, 2)).toEqual([
      ["a", 100, 1, 1],
      ["c", 100, 1, 1],
    ]);
    expect(round.draft!.find((row) => row.unit.id === id("c"))!.components.WARNINGS.weight).toBe(100);
    expect(await computeAssessment(null, form({ quarter: QUARTER, missingDataRule: "ZERO" }))).toMatchObject({ ok: true });
    round = await getRound(await office(), QUARTER);
    expect(round.draft!.find((row) => row.unit.id === id("c"))!.totalScore).toBe(60);
    expect(await computeAssessment(null, form({ quarter: QUARTER, missingDataRule: "SOMETHING" }))).toMatchObject({ ok: false, fieldErrors: { missingDataRule: expect.any(Array) } });
    // Back to the default (no rule sent → ROUND_LOWEST) for the rest of the file.
    expect(await computeAssessment(null, form({ quarter: QUARTER, appealWorkingDays: "5" }))).toMatchObject({ ok: true });
    expect((await getRound(await office(), QUARTER)).rules.missingDataRule).toBe("ROUND_LOWEST");
  });

  it("publishes an ended quarter without confirmation and prints the rule on the ranking", async () => {
    await office();
    expect(await publishAssessment(null, form({ quarter: QUARTER }))).toMatchObject({ ok: true });
    const round = await getRound(await office(), QUARTER);
    expect(round.rules).toMatchObject({ publishedBeforeEnd: false, revision: 1, appealOpen: true });
    expect(ranks(round.published)).toEqual([
      ["a", 100, 1, 1],
      ["c", 88, 2, 1],
      ["d", 88, 2, 1],
      ["b", 82, 4, 2],
    ]);
    const ranking = await getPublishedRanking(await office(), { year: 2026, quarter: 1 });
    expect(ranking.round).toMatchObject({ missingDataRule: "ROUND_LOWEST", publishedBeforeEnd: false, weights: { WARNINGS: 60, INSPECTIONS: 40 } });
    expect(ranking.rows.find((row) => row.unitId === id("c"))!.components.find((part) => part.component === "INSPECTIONS")).toMatchObject({ rawScore: null, substitute: { value: 70 } });
    // The rule as printed on the ranking (screen, .xlsx subtitle, document).
    expect(ruleSentence(plain("zh-CN"), ranking.round!.missingDataRule, ranking.round!.publishedBeforeEnd)).toBe("无数据项计分规则：按本轮有数据单位的最低分计分");
    expect(ruleSentence(plain("en"), ranking.round!.missingDataRule, false)).toBe("Parts without data: scored with the round's lowest score among units with data");
  });

  it("accepts an appeal: the line is corrected, every score and rank recomputed and republished, the earlier publication kept", async () => {
    // B appeals its inspection; the office accepts 85. Inspections raw: A 100, B 85, D 85 →
    // the lowest rises from 70 to 85, so C (never inspected) moves too: 60 + 34 = 94.
    // B: 54 + 34 = 88, tied with D → A 1, C 2, B 3, D 3; departments A 1, B 2; parks C 1, D 2.
    await actAs(EMAIL.b);
    expect(await fileAppeal(null, form({ quarter: QUARTER, component: "INSPECTIONS", reason: "" }))).toMatchObject({ ok: false, fieldErrors: { reason: expect.any(Array) } });
    const filed = await fileAppeal(null, form({ quarter: QUARTER, component: "INSPECTIONS", reason: "督查所指问题已于2月20日整改完毕，附整改报告" }));
    expect(filed).toMatchObject({ ok: true });
    expect(await fileAppeal(null, form({ quarter: QUARTER, component: "INSPECTIONS", reason: "再次申诉" }))).toMatchObject({ ok: false, fieldErrors: { component: expect.any(Array) } });
    const appealId = (filed as { data: { id: string } }).data.id;
    expect(await db.assessmentAppeal.findUniqueOrThrow({ where: { id: appealId } })).toMatchObject({ status: "PENDING", unitId: id("b") });
    expect(Number((await db.assessmentAppeal.findUniqueOrThrow({ where: { id: appealId } })).rawBefore)).toBe(70);
    // A unit cannot decide.
    expect(await decideAppeal(null, form({ id: appealId, decision: "ACCEPT", correctedRaw: "100", decisionReason: "x" }))).toMatchObject({ ok: false, message: "您无权执行此操作。" });

    await office();
    expect(await decideAppeal(null, form({ id: appealId, decision: "ACCEPT", decisionReason: "核实" }))).toMatchObject({ ok: false, fieldErrors: { correctedRaw: expect.any(Array) } });
    expect(await decideAppeal(null, form({ id: appealId, decision: "ACCEPT", correctedRaw: "85", decisionReason: "经核实整改按期完成，评价调整为良好" }))).toMatchObject({ ok: true });
    const round = await getRound(await office(), QUARTER);
    expect(ranks(round.published)).toEqual([
      ["a", 100, 1, 1],
      ["c", 94, 2, 1],
      ["b", 88, 3, 2],
      ["d", 88, 3, 2],
    ]);
    expect(round.rules.revision).toBe(2);
    expect(round.publications.map((publication) => [publication.revision, publication.cause])).toEqual([[2, "APPEAL"], [1, "PUBLISH"]]);
    expect(round.publications[1].ranking.find((entry) => entry.unitId === id("b"))).toMatchObject({ total: 82, rank: 4 });
    expect(await db.auditLog.count({ where: { action: "assessment.appealDecide", entityId: appealId } })).toBe(1);
    // The unit's page shows the correction as a line with the event behind it.
    await actAs(EMAIL.b);
    const own = await getUnitBreakdown((await getCurrentUser())!, QUARTER, id("b"));
    expect(own.totalScore).toBe(88);
    expect(own.points.find((line) => line.kind === "APPEAL")).toMatchObject({ points: 15, totalPoints: 6 });
    // A decided appeal is not decided again.
    await office();
    expect(await decideAppeal(null, form({ id: appealId, decision: "REJECT", decisionReason: "x" }))).toMatchObject({ ok: false, fieldErrors: { decision: expect.any(Array) } });
    // Recomputing the draft keeps the accepted correction.
    expect(await computeAssessment(null, form({ quarter: QUARTER }))).toMatchObject({ ok: true });
    expect((await getRound(await office(), QUARTER)).draft!.find((row) => row.unit.id === id("b"))!.totalScore).toBe(88);
  });

  it("rejects an appeal with a reason, leaving the scores; refuses appeals after the window", async () => {
    await actAs(EMAIL.d);
    const filed = await fileAppeal(null, form({ quarter: QUARTER, component: "WARNINGS", reason: "黄色预警系数据延迟所致" }));
    expect(filed).toMatchObject({ ok: true });
    await office();
    const before = ranks((await getRound(await office(), QUARTER)).published);
    expect(await decideAppeal(null, form({ id: (filed as { data: { id: string } }).data.id, decision: "REJECT", decisionReason: "两次预警均有周报数据为据，维持原分" }))).toMatchObject({ ok: true });
    const round = await getRound(await office(), QUARTER);
    expect(ranks(round.published)).toEqual(before);
    expect(round.rules.revision).toBe(2);
    expect(round.appeals.find((appeal) => appeal.unit.id === id("d"))).toMatchObject({ status: "REJECTED", decisionReason: "两次预警均有周报数据为据，维持原分" });

    await db.assessmentRound.updateMany({ where: { zoneId: id("zone"), year: 2026, quarter: 1 }, data: { appealDeadline: day("2026-04-10") } });
    await actAs(EMAIL.d);
    expect(await fileAppeal(null, form({ quarter: QUARTER, component: "INSPECTIONS", reason: "迟到的申诉" }))).toMatchObject({ ok: false, fieldErrors: { reason: expect.any(Array) } });
  });

  it("publishes a quarter that has not ended only when the office confirms, and says so", async () => {
    const zone = await db.zone.findUniqueOrThrow({ where: { id: id("zone") }, select: { timeZone: true } });
    const running = formatQuarter(quarterOfDateKey(localDateKey(new Date(), zone.timeZone)));
    await office();
    expect(await computeAssessment(null, form({ quarter: running }))).toMatchObject({ ok: true });
    expect(await publishAssessment(null, form({ quarter: running }))).toMatchObject({ ok: false, fieldErrors: { confirmEarly: expect.any(Array) } });
    expect((await getRound(await office(), running)).status).toBe("DRAFT");
    expect(await publishAssessment(null, form({ quarter: running, confirmEarly: "on" }))).toMatchObject({ ok: true });
    const round = await getRound(await office(), running);
    expect(round.rules).toMatchObject({ publishedBeforeEnd: true, quarterEnded: false });
    const saved = await db.assessmentRound.findFirstOrThrow({ where: { zoneId: id("zone"), year: round.quarter.year, quarter: round.quarter.quarter }, select: { id: true } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "assessment.publish", entityId: saved.id } });
    expect(audit.after).toMatchObject({ publishedBeforeEnd: true });
  });
});
