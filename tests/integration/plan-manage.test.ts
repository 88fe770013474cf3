import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { dateKey } from "@/lib/dates/zone-time";
import { archiveWorkItem, createMeasure, createTask, createWorkItem, deleteMeasure, deleteTask, deleteWorkItem, restoreWorkItem, updateWorkItem } from "@/lib/plan/actions";
import { actAs, form } from "./support/session";

const OFFICE = "office@demo.gov.cn";
const REPORTER = "kjj@demo.gov.cn";

async function unitId(code: string) {
  return (await db.unit.findFirstOrThrow({ where: { code } })).id;
}

async function measureId(code: string) {
  return (await db.measure.findFirstOrThrow({ where: { code } })).id;
}

async function itemForm(values: Record<string, string | string[]> = {}) {
  return form({
    measureId: await measureId("1.1"),
    code: "1.1.90",
    title: "新增高企服务专项",
    leadUnitId: await unitId("kjj"),
    cooperatorIds: [await unitId("czj"), await unitId("gxq")],
    startDate: "2026-03-01",
    dueDate: "2026-11-30",
    deliverable: "服务台账",
    "indicators[0][name]": "服务企业数",
    "indicators[0][unit]": "家",
    "indicators[0][direction]": "RISING",
    "indicators[0][baseline]": "12.5",
    "indicators[0][target]": "40",
    plannedCurve: "LINEAR",
    ...values,
  });
}

async function planCounts() {
  return { tasks: await db.task.count(), measures: await db.measure.count(), items: await db.workItem.count(), audits: await db.auditLog.count() };
}

describe("plan management", () => {
  it("refuses a reporter every plan edit and writes nothing", async () => {
    await actAs(REPORTER);
    const before = await planCounts();
    const item = await db.workItem.findFirstOrThrow({ where: { source: "PLAN", reportEntries: { none: {} } } });
    for (const result of [
      await createTask(null, form({ code: "9", title: "越权任务" })),
      await createMeasure(null, form({ taskId: "demo-task-1", code: "1.9", title: "越权措施" })),
      await createWorkItem(null, await itemForm()),
      await archiveWorkItem(null, form({ id: item.id })),
      await deleteWorkItem(null, form({ id: item.id })),
    ]) {
      expect(result).toMatchObject({ ok: false, message: "您无权执行此操作。" });
    }
    expect(await planCounts()).toEqual(before);
  });

  it("creates a work item with its units, indicator and custom curve, and audits it", async () => {
    const office = await actAs(OFFICE);
    const result = await createWorkItem(null, await itemForm({ plannedCurve: "CUSTOM", plannedPoints: "2026-06-30=30%\n2026-09-30=70%" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const item = await db.workItem.findUniqueOrThrow({ where: { id: result.data.id }, include: { cooperators: true, indicators: true } });
    expect(item).toMatchObject({ code: "1.1.90", source: "PLAN", status: "ACTIVE", plannedCurve: "CUSTOM", recurrence: "NONE" });
    expect(item.indicators.map((indicator) => [indicator.seq, indicator.name, indicator.unit, indicator.direction, indicator.baseline.toString(), indicator.target.toString()])).toEqual([[1, "服务企业数", "家", "RISING", "12.5", "40"]]);
    expect([dateKey(item.startDate), dateKey(item.dueDate)]).toEqual(["2026-03-01", "2026-11-30"]);
    expect(item.plannedPoints).toEqual([{ date: "2026-06-30", percent: 30 }, { date: "2026-09-30", percent: 70 }]);
    expect(item.cooperators.map((cooperator) => cooperator.unitId).sort()).toEqual([await unitId("czj"), await unitId("gxq")].sort());
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "workItem.create", entityId: item.id } });
    expect(audit.actorId).toBe(office.id);
    expect(audit.after).toMatchObject({ code: "1.1.90", indicators: [{ name: "服务企业数", target: "40" }] });
  });

  it("validates: due before start, target below baseline, no lead unit, lead among cooperators, a taken code — and writes nothing", async () => {
    await actAs(OFFICE);
    const before = await planCounts();
    const lead = await unitId("kjj");
    const cases: [Record<string, string | string[]>, Record<string, string[]>][] = [
      [{ dueDate: "2026-02-01" }, { dueDate: ["完成时限不能早于开始日期"] }],
      [{ "indicators[0][baseline]": "50", "indicators[0][target]": "40" }, { "indicators.0.target": ["目标值不能小于基数（下降类指标请将方向选为“下降”）"] }],
      [{ "indicators[0][direction]": "FALLING" }, { "indicators.0.target": ["下降类指标的目标值不能大于基数"] }],
      [{ "indicators[0][baseline]": "-1" }, { "indicators.0.baseline": ["计数类指标（家、个、件、项等）不能为负数"] }],
      // A blank row first: the message lands beside the row the office filled (the second).
      [{ "indicators[0][name]": "", "indicators[0][unit]": "", "indicators[0][baseline]": "", "indicators[0][target]": "", "indicators[1][name]": "服务企业数", "indicators[1][baseline]": "5" }, { "indicators.1.target": ["必填"] }],
      [{ "indicators[1][name]": "服务企业数", "indicators[1][baseline]": "1", "indicators[1][target]": "2" }, { "indicators.1.name": ["同一事项的指标名称不能重复"] }],
      [{ "milestones[0][date]": "2026-12-15", "milestones[0][text]": "中期评估" }, { "milestones.0.date": ["阶段目标日期须在开始日期与完成时限之间"] }],
      [{ recurrence: "MONTHLY", plannedCurve: "CUSTOM", plannedPoints: "2026-06-30=30%" }, { plannedCurve: ["按月、按季度或长期坚持的事项不能使用自定义曲线"] }],
      [{ leadUnitId: "" }, { leadUnitId: ["必填"] }],
      [{ cooperatorIds: [lead] }, { cooperatorIds: ["牵头单位不能同时作为配合单位"] }],
      [{ "indicators[0][name]": "", "indicators[0][unit]": "家" }, { "indicators.0.name": ["填写了计量单位、基数或目标值时，须填写指标名称"] }],
      [{ plannedCurve: "CUSTOM", plannedPoints: "" }, { plannedPoints: ["自定义曲线须至少填写一个节点"] }],
      [{ code: "1.1.1" }, { code: ["该编码已被使用"] }],
      [{ code: "有 空 格" }, { code: ["编号只能包含字母、数字、点、下划线或短横线，最长 32 位"] }],
    ];
    for (const [values, fieldErrors] of cases) {
      const result = await createWorkItem(null, await itemForm(values));
      expect(result.ok, JSON.stringify(values)).toBe(false);
      if (!result.ok) expect(result.fieldErrors).toMatchObject(fieldErrors);
    }
    expect(await planCounts()).toEqual(before);
  });

  it("updates an item with before and after in the audit, and refuses an unknown lead unit", async () => {
    await actAs(OFFICE);
    const item = await db.workItem.findFirstOrThrow({ where: { code: "1.1.1" }, include: { cooperators: true, indicators: true } });
    const result = await updateWorkItem(
      null,
      await itemForm({
        id: item.id, code: item.code, measureId: item.measureId!, title: "改写后的事项名称", cooperatorIds: [await unitId("gxq")],
        "indicators[0][id]": item.indicators[0].id, "indicators[0][name]": item.indicators[0].name, "indicators[0][baseline]": "45", "indicators[0][target]": "130",
      }),
    );
    expect(result).toMatchObject({ ok: true });
    const after = await db.workItem.findUniqueOrThrow({ where: { id: item.id }, include: { cooperators: true } });
    expect(after.title).toBe("改写后的事项名称");
    expect(after.cooperators.map((cooperator) => cooperator.unitId)).toEqual([await unitId("gxq")]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "workItem.update", entityId: item.id } });
    expect(audit.before).toMatchObject({ title: item.title });
    expect(audit.after).toMatchObject({ title: "改写后的事项名称", indicators: [{ id: item.indicators[0].id, target: "130" }] });

    expect(await updateWorkItem(null, await itemForm({ id: item.id, code: item.code, leadUnitId: "unit-of-elsewhere" }))).toMatchObject({ ok: false, fieldErrors: { leadUnitId: ["请选择牵头单位"] } });
  });

  it("keeps several indicators, stage targets, recurrence and the responsible people; an indicator with reported values cannot be removed", async () => {
    await actAs(OFFICE);
    // 1.1.2 has two indicators with values reported every week.
    const item = await db.workItem.findFirstOrThrow({ where: { code: "1.1.2" }, include: { indicators: { orderBy: { seq: "asc" } } } });
    const [first, second] = item.indicators;
    const base = {
      id: item.id, code: item.code, measureId: item.measureId!, title: item.title, startDate: "2026-03-01", dueDate: "2026-12-31",
      leaderName: "陈国栋", ownerName: "张晓燕", recurrence: "QUARTERLY",
      "milestones[0][date]": "2026-09-30", "milestones[0][text]": "完成申报材料初审", "milestones[1][date]": "2026-06-30", "milestones[1][text]": "完成企业摸底",
    };
    const kept = await updateWorkItem(
      null,
      await itemForm({
        ...base,
        "indicators[0][id]": second.id, "indicators[0][name]": second.name, "indicators[0][unit]": "家", "indicators[0][baseline]": "0", "indicators[0][target]": "95",
        "indicators[1][id]": first.id, "indicators[1][name]": first.name, "indicators[1][unit]": "家", "indicators[1][baseline]": "86", "indicators[1][target]": "150",
        "indicators[2][name]": "单位研发投入能耗", "indicators[2][unit]": "吨标准煤/万元", "indicators[2][direction]": "FALLING", "indicators[2][baseline]": "0.6", "indicators[2][target]": "0.55",
      }),
    );
    expect(kept).toMatchObject({ ok: true });
    const after = await db.workItem.findUniqueOrThrow({ where: { id: item.id }, include: { indicators: { orderBy: { seq: "asc" } }, milestones: { orderBy: { seq: "asc" } } } });
    expect(after).toMatchObject({ leaderName: "陈国栋", ownerName: "张晓燕", recurrence: "QUARTERLY" });
    // Reordered, the indicators keep their ids (and their reported values).
    expect(after.indicators.map((indicator) => [indicator.id === second.id ? "second" : indicator.id === first.id ? "first" : "new", indicator.seq, indicator.direction, indicator.target.toString()])).toEqual([
      ["second", 1, "RISING", "95"],
      ["first", 2, "RISING", "150"],
      ["new", 3, "FALLING", "0.55"],
    ]);
    expect(after.milestones.map((milestone) => [milestone.seq, dateKey(milestone.dueDate), milestone.text])).toEqual([
      [1, "2026-06-30", "完成企业摸底"],
      [2, "2026-09-30", "完成申报材料初审"],
    ]);
    expect(await db.indicatorValue.count({ where: { indicatorId: first.id } })).toBeGreaterThan(0);

    // Removing an indicator with reported values is refused, and nothing changes.
    const refused = await updateWorkItem(null, await itemForm({ ...base, "indicators[0][id]": second.id, "indicators[0][name]": second.name, "indicators[0][baseline]": "0", "indicators[0][target]": "95" }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { indicators: [`指标“${first.name}”已有填报数值，不能删除`] } });
    expect(await db.workItemIndicator.count({ where: { workItemId: item.id } })).toBe(3);
    // An indicator id of another item is not this item's to edit.
    const other = await db.workItemIndicator.findFirstOrThrow({ where: { workItemId: { not: item.id } } });
    expect(await updateWorkItem(null, await itemForm({ ...base, "indicators[0][id]": other.id, "indicators[0][name]": "借用", "indicators[0][baseline]": "0", "indicators[0][target]": "1" }))).toMatchObject({ ok: false });
  });

  it("archives an item with reports instead of deleting it, restores it, and deletes one without reports", async () => {
    await actAs(OFFICE);
    const reported = await db.workItem.findFirstOrThrow({ where: { source: "PLAN", status: "ACTIVE", reportEntries: { some: {} } } });
    const refused = await deleteWorkItem(null, form({ id: reported.id }));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/^该事项已有 \d+ 条报送记录，不能删除，请归档。$/);
    expect(await db.workItem.count({ where: { id: reported.id } })).toBe(1);

    expect(await archiveWorkItem(null, form({ id: reported.id }))).toMatchObject({ ok: true });
    const archived = await db.workItem.findUniqueOrThrow({ where: { id: reported.id } });
    expect(archived.status).toBe("ARCHIVED");
    expect(archived.archivedAt).not.toBeNull();
    expect(await updateWorkItem(null, await itemForm({ id: reported.id, code: reported.code }))).toMatchObject({ ok: false, message: "该事项已归档，请先恢复。" });
    expect(await restoreWorkItem(null, form({ id: reported.id }))).toMatchObject({ ok: true });
    expect(await db.workItem.findUniqueOrThrow({ where: { id: reported.id } })).toMatchObject({ status: "ACTIVE", archivedAt: null });

    const created = await createWorkItem(null, await itemForm({ code: "1.1.91" }));
    if (!created.ok) throw new Error(created.message);
    expect(await deleteWorkItem(null, form({ id: created.data.id }))).toMatchObject({ ok: true });
    expect(await db.workItem.count({ where: { id: created.data.id } })).toBe(0);
    expect(await db.workItemCooperator.count({ where: { workItemId: created.data.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "workItem.delete", entityId: created.data.id } });
    expect(audit.before).toMatchObject({ code: "1.1.91" });
    expect(await db.auditLog.count({ where: { entityId: reported.id, action: { in: ["workItem.archive", "workItem.restore"] } } })).toBe(2);
  });

  it("keeps tasks and measures that still hold something, and deletes empty ones", async () => {
    await actAs(OFFICE);
    expect(await deleteTask(null, form({ id: "demo-task-1" }))).toMatchObject({ ok: false, message: "该任务下还有 6 条措施，不能删除。" });
    expect(await deleteMeasure(null, form({ id: await measureId("1.1") }))).toMatchObject({ ok: false });
    const task = await createTask(null, form({ code: "5", title: "临时任务" }));
    if (!task.ok) throw new Error(task.message);
    const measure = await createMeasure(null, form({ taskId: task.data.id, code: "5.1", title: "临时措施" }));
    if (!measure.ok) throw new Error(measure.message);
    expect(await createMeasure(null, form({ taskId: task.data.id, code: "5.1", title: "重复" }))).toMatchObject({ ok: false, fieldErrors: { code: ["该编码已被使用"] } });
    expect(await deleteTask(null, form({ id: task.data.id }))).toMatchObject({ ok: false });
    expect(await deleteMeasure(null, form({ id: measure.data.id }))).toMatchObject({ ok: true });
    expect(await deleteTask(null, form({ id: task.data.id }))).toMatchObject({ ok: true });
  });
});
