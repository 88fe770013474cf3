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
    indicatorName: "服务企业数",
    indicatorUnit: "家",
    indicatorBaseline: "12.5",
    indicatorTarget: "40",
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
    const item = await db.workItem.findUniqueOrThrow({ where: { id: result.data.id }, include: { cooperators: true } });
    expect(item).toMatchObject({ code: "1.1.90", source: "PLAN", status: "ACTIVE", indicatorUnit: "家", plannedCurve: "CUSTOM" });
    expect(item.indicatorBaseline?.toString()).toBe("12.5");
    expect(item.indicatorTarget?.toString()).toBe("40");
    expect([dateKey(item.startDate), dateKey(item.dueDate)]).toEqual(["2026-03-01", "2026-11-30"]);
    expect(item.plannedPoints).toEqual([{ date: "2026-06-30", percent: 30 }, { date: "2026-09-30", percent: 70 }]);
    expect(item.cooperators.map((cooperator) => cooperator.unitId).sort()).toEqual([await unitId("czj"), await unitId("gxq")].sort());
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "workItem.create", entityId: item.id } });
    expect(audit.actorId).toBe(office.id);
    expect(audit.after).toMatchObject({ code: "1.1.90", indicatorTarget: "40" });
  });

  it("validates: due before start, target below baseline, no lead unit, lead among cooperators, a taken code — and writes nothing", async () => {
    await actAs(OFFICE);
    const before = await planCounts();
    const lead = await unitId("kjj");
    const cases: [Record<string, string | string[]>, Record<string, string[]>][] = [
      [{ dueDate: "2026-02-01" }, { dueDate: ["完成时限不能早于开始日期"] }],
      [{ indicatorBaseline: "50", indicatorTarget: "40" }, { indicatorTarget: ["目标值不能小于基数"] }],
      [{ leadUnitId: "" }, { leadUnitId: ["必填"] }],
      [{ cooperatorIds: [lead] }, { cooperatorIds: ["牵头单位不能同时作为配合单位"] }],
      [{ indicatorName: "", indicatorUnit: "家" }, { indicatorName: ["填写了计量单位、基数或目标值时，须填写指标名称"] }],
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
    const item = await db.workItem.findFirstOrThrow({ where: { code: "1.1.1" }, include: { cooperators: true } });
    const result = await updateWorkItem(
      null,
      await itemForm({ id: item.id, code: item.code, measureId: item.measureId!, title: "改写后的事项名称", cooperatorIds: [await unitId("gxq")], indicatorBaseline: "45", indicatorTarget: "130" }),
    );
    expect(result).toMatchObject({ ok: true });
    const after = await db.workItem.findUniqueOrThrow({ where: { id: item.id }, include: { cooperators: true } });
    expect(after.title).toBe("改写后的事项名称");
    expect(after.cooperators.map((cooperator) => cooperator.unitId)).toEqual([await unitId("gxq")]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "workItem.update", entityId: item.id } });
    expect(audit.before).toMatchObject({ title: item.title });
    expect(audit.after).toMatchObject({ title: "改写后的事项名称", indicatorTarget: "130" });

    expect(await updateWorkItem(null, await itemForm({ id: item.id, code: item.code, leadUnitId: "unit-of-elsewhere" }))).toMatchObject({ ok: false, fieldErrors: { leadUnitId: ["请选择牵头单位"] } });
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
