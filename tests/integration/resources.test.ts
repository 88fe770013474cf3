import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { dateKey, localDateKey } from "@/lib/dates/zone-time";
import { addDesignationStep, deleteDesignationStep, updateDesignationStep } from "@/lib/resources/designation-actions";
import { createFundingItem, updateFundingItem } from "@/lib/resources/funding-actions";
import { createLandBatch, createLandProject, setLandNeeded, updateLandProject } from "@/lib/resources/land-actions";
import { createPlanningAdjustment } from "@/lib/resources/planning-actions";
import { getFundingItem, getFundingTotals, getLandBatch, getLandFunnel, getPlanningAdjustment, listDesignationStatuses } from "@/lib/resources/queries";
import { actAs, actorFor, form, signOutTestUser } from "./support/session";

const OFFICE = "office@demo.gov.cn";
const REPORTER = "kjj@demo.gov.cn";
const LEADER = "leader@demo.gov.cn";

const fund = (values: Record<string, string>) =>
  form({ name: "测试资金", sourceLevel: "PROVINCIAL", kind: "GRANT", status: "APPLIED", amountUnit: "YUAN", amountSought: "1", ...values });

async function counts() {
  return { funds: await db.fundingItem.count(), audits: await db.auditLog.count(), batches: await db.landBatch.count(), projects: await db.landProject.count() };
}

describe("the demo's real figures", () => {
  it("shows the land funnel 2129 needed → 1263 in batches → 934 submitted → 647 approved (89 + 558 across four projects)", async () => {
    const office = await actorFor(OFFICE);
    const funnel = await getLandFunnel(office);
    expect(funnel).toMatchObject({ neededMu: "2129", inBatchesMu: "1263", submittedMu: "934", approvedMu: "647" });
    expect(funnel.batches.map((batch) => [batch.seq, batch.areaMu, batch.status])).toEqual([
      [1, "647", "APPROVED"],
      [2, "287", "SUBMITTED"],
      [3, "329", "PREPARING"],
    ]);
    const first = await getLandBatch(office, funnel.batches[0].id);
    expect(first.projects.map((project) => project.approvedMu)).toEqual(["89", "236", "187", "135"]);
    const byApproval = new Map<string, number>();
    for (const project of first.projects) byApproval.set(project.approvalRef!, (byApproval.get(project.approvalRef!) ?? 0) + Number(project.approvedMu));
    expect([...byApproval.values()].sort((a, b) => a - b)).toEqual([89, 558]);
  });

  it("totals the funds per status in yuan: 3,000,000 arrived for the platform, the 170,000,000 loan applied for", async () => {
    const totals = await getFundingTotals(await actorFor(LEADER));
    expect(totals.byStatus.find((row) => row.status === "ARRIVED")).toMatchObject({ count: 1, sought: "3000000", approved: "3000000", arrived: "3000000" });
    expect(totals.byStatus.find((row) => row.status === "APPLIED")).toMatchObject({ count: 2, sought: "220000000", approved: "0" });
    expect(totals.total).toMatchObject({ count: 6, sought: "536000000", approved: "208000000", arrived: "125000000" });
  });

  it("lists designation statuses with their next step, and the planning adjustment in km²", async () => {
    const office = await actorFor(OFFICE);
    const designations = await listDesignationStatuses(office);
    expect(designations.map((row) => row.status)).toEqual(["APPROVED", "PREPARING", "UNDER_REVIEW", "SUBMITTED"]);
    expect(designations[1]).toMatchObject({ level: "NATIONAL", stepsDone: 3, stepsTotal: 8, nextStep: { status: "IN_PROGRESS" } });
    expect(designations[3].blockedSteps).toBe(1);
    const planning = await getPlanningAdjustment(office, "demo-planning-boundary");
    expect(planning).toMatchObject({ plannedAreaKm2: "3.99", builtAreaKm2: "1.29" });
  });
});

describe("amounts and areas round-trip exactly", () => {
  beforeEach(() => signOutTestUser());

  it("keeps 170000000.01 yuan to the fen, whether typed in 元 or in 万元, and totals it exactly", async () => {
    const office = await actorFor(OFFICE);
    const before = await getFundingTotals(office);
    const inYuan = await createFundingItem(null, fund({ amountSought: "170000000.01" }));
    const inWan = await createFundingItem(null, fund({ amountUnit: "WAN", amountSought: "17000.000001" }));
    const three = await createFundingItem(null, fund({ amountUnit: "WAN", amountSought: "300", status: "ARRIVED", amountApproved: "300", amountArrived: "300" }));
    expect([inYuan.ok, inWan.ok, three.ok]).toEqual([true, true, true]);
    if (!inYuan.ok || !inWan.ok || !three.ok) return;
    expect((await getFundingItem(office, inYuan.data.id)).amountSought).toBe("170000000.01");
    expect((await getFundingItem(office, inWan.data.id)).amountSought).toBe("170000000.01");
    expect(await getFundingItem(office, three.data.id)).toMatchObject({ amountSought: "3000000", amountApproved: "3000000", amountArrived: "3000000" });
    const stored = await db.fundingItem.findUniqueOrThrow({ where: { id: inYuan.data.id } });
    expect(stored.amountSought.toFixed(2)).toBe("170000000.01");

    const after = await getFundingTotals(office);
    const applied = (totals: typeof after) => totals.byStatus.find((row) => row.status === "APPLIED")!.sought;
    expect(applied(before)).toBe("220000000");
    expect(applied(after)).toBe("560000000.02");
    expect(after.total.arrived).toBe("128000000");

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "fundingItem.create", entityId: inYuan.data.id } });
    expect(audit.after).toMatchObject({ amountSought: "170000000.01", amountApproved: "0", amountArrived: "0" });
  });

  it("keeps areas exact: 3.99 km² planned, 647.5 亩 in a batch and its projects", async () => {
    const office = await actorFor(OFFICE);
    const planning = await createPlanningAdjustment(null, form({ title: "核心区面积调整", kind: "AREA", plannedAreaKm2: "3.99", builtAreaKm2: "1.29", status: "PREPARING" }));
    expect(planning.ok).toBe(true);
    if (!planning.ok) return;
    expect(await getPlanningAdjustment(office, planning.data.id)).toMatchObject({ plannedAreaKm2: "3.99", builtAreaKm2: "1.29" });

    const batch = await createLandBatch(null, form({ seq: "4", name: "第四批次建设用地", areaMu: "647.5", status: "SUBMITTED", submittedAt: "2026-03-02" }));
    expect(batch.ok).toBe(true);
    if (!batch.ok) return;
    const project = await createLandProject(null, form({ batchId: batch.data.id, name: "新项目", areaMu: "600.25", approvedMu: "0.1", amountUnit: "WAN", investment: "12345.67" }));
    expect(project.ok).toBe(true);
    const detail = await getLandBatch(office, batch.data.id);
    expect(detail).toMatchObject({ areaMu: "647.5", approvedMu: "0.1" });
    expect(detail.projects[0]).toMatchObject({ areaMu: "600.25", approvedMu: "0.1", investment: "123456700" });
    expect(await getLandFunnel(office)).toMatchObject({ inBatchesMu: "1910.5", submittedMu: "1581.5", approvedMu: "647.1" });

    expect(await setLandNeeded(null, form({ landNeededMu: "2129.05" }))).toMatchObject({ ok: true });
    expect((await getLandFunnel(office)).neededMu).toBe("2129.05");
  });

  it("refuses more decimals than the unit carries, and negative or malformed amounts, writing nothing", async () => {
    await actAs(OFFICE);
    const before = await counts();
    const results = [
      await createFundingItem(null, fund({ amountSought: "0.001" })),
      await createFundingItem(null, fund({ amountUnit: "WAN", amountSought: "0.0000001" })),
      await createFundingItem(null, fund({ amountSought: "-5" })),
      await createFundingItem(null, fund({ amountSought: "一百万" })),
      await createLandBatch(null, form({ seq: "9", name: "x", areaMu: "1.234", status: "PREPARING" })),
    ];
    expect(results.map((result) => (result.ok ? null : Object.values(result.fieldErrors)[0]?.[0]))).toEqual([
      "金额精确到分：万元最多 6 位小数，元最多 2 位小数",
      "金额精确到分：万元最多 6 位小数，元最多 2 位小数",
      "金额不能为负数",
      "请输入数字",
      "最多 2 位小数：数值按输入原样保存，不做四舍五入",
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe("resource rules, authorization and audit", () => {
  it("keeps status and amounts consistent", async () => {
    await actAs(OFFICE);
    const before = await counts();
    const partly = await createFundingItem(null, fund({ status: "PARTLY_ARRIVED", amountApproved: "100", amountArrived: "100" }));
    expect(partly).toMatchObject({ ok: false, fieldErrors: { amountArrived: ["“部分到位”时到位金额应大于 0 且小于批复金额"] } });
    const tooMuch = await createFundingItem(null, fund({ status: "APPROVED", amountApproved: "100", amountArrived: "101" }));
    expect(tooMuch.ok).toBe(false);
    const dates = await createFundingItem(null, fund({ appliedAt: "2026-05-01", approvedAt: "2026-04-01" }));
    expect(dates).toMatchObject({ ok: false, fieldErrors: { approvedAt: ["日期不能早于前一环节的日期"] } });
    expect(await counts()).toEqual(before);
  });

  it("keeps a batch's projects within its area and its approved area their sum", async () => {
    const office = await actorFor(OFFICE);
    const batchId = "demo-land-2";
    const before = await counts();
    const tooBig = await createLandProject(null, form({ batchId, name: "超出的项目", areaMu: "1" }));
    expect(tooBig).toMatchObject({ ok: false, fieldErrors: { areaMu: ["批次内项目用地合计 288 亩，超过批次报批面积"] } });
    expect(await counts()).toEqual(before);

    const project = (await getLandBatch(office, batchId)).projects[0];
    expect(await updateLandProject(null, form({ id: project.id, name: project.name, areaMu: project.areaMu, approvedMu: "120.5" }))).toMatchObject({ ok: true });
    expect((await getLandBatch(office, batchId)).approvedMu).toBe("120.5");
  });

  it("refuses a reporter and a leader every write, and writes nothing", async () => {
    for (const email of [REPORTER, LEADER]) {
      await actAs(email);
      const before = await counts();
      expect(await createFundingItem(null, fund({}))).toMatchObject({ ok: false, message: "您无权执行此操作。" });
      expect(await setLandNeeded(null, form({ landNeededMu: "1" }))).toMatchObject({ ok: false, message: "您无权执行此操作。" });
      expect(await createLandBatch(null, form({ seq: "8", name: "x", areaMu: "1", status: "PREPARING" }))).toMatchObject({ ok: false, message: "您无权执行此操作。" });
      expect(await counts()).toEqual(before);
    }
  });

  it("answers another zone's or a missing record as not found", async () => {
    await actAs(OFFICE);
    expect(await updateFundingItem(null, fund({ id: "no-such-item" }))).toMatchObject({ ok: false, message: "记录不存在或您无权访问。" });
    expect(await createLandProject(null, form({ batchId: "no-such-batch", name: "x", areaMu: "1" }))).toMatchObject({ ok: false, message: "记录不存在或您无权访问。" });
  });

  it("keeps a designation's steps: a done step without a date is done today; every change is audited", async () => {
    const office = await actorFor(OFFICE);
    const designationId = "demo-designation-brand";
    const added = await addDesignationStep(null, form({ parentId: designationId, name: "省工信厅发文命名", status: "DONE" }));
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    const step = await db.designationStep.findUniqueOrThrow({ where: { id: added.data.id } });
    expect(step.seq).toBe(5);
    expect(dateKey(step.completedAt!)).toBe(localDateKey(new Date(), office.timeZone));

    expect(await updateDesignationStep(null, form({ id: step.id, name: "省工信厅发文命名", status: "PENDING", completedAt: "2026-01-01", dueDate: "2026-12-31" }))).toMatchObject({ ok: true });
    const updated = await db.designationStep.findUniqueOrThrow({ where: { id: step.id } });
    expect(updated.completedAt).toBeNull();
    expect(dateKey(updated.dueDate!)).toBe("2026-12-31");

    expect(await deleteDesignationStep(null, form({ id: step.id }))).toMatchObject({ ok: true });
    const actions = (await db.auditLog.findMany({ where: { entityId: step.id }, orderBy: { createdAt: "asc" } })).map((row) => row.action);
    expect(actions).toEqual(["designationStep.create", "designationStep.update", "designationStep.delete"]);
  });
});
