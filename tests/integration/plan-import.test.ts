import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { dateKey } from "@/lib/dates/zone-time";
import { exportPlanRows, exportPlanWorkbook } from "@/lib/plan/plan-export";
import { commitPlanImport, dryRunPlanImport } from "@/lib/plan/plan-import";
import type { SheetValues } from "@/lib/plan/plan-sheet";
import { buildPlanWorkbook } from "@/lib/plan/plan-workbook";
import { ForbiddenError } from "@/lib/server/errors";
import { actorFor } from "./support/session";

const OFFICE = "office@demo.gov.cn";

/** Everything an import could touch, updatedAt included: equal snapshots mean nothing was written. */
async function planSnapshot() {
  const [tasks, measures, items, cooperators, indicators, milestones, audits] = await Promise.all([
    db.task.findMany({ orderBy: { id: "asc" } }),
    db.measure.findMany({ orderBy: { id: "asc" } }),
    db.workItem.findMany({ orderBy: { id: "asc" } }),
    db.workItemCooperator.findMany({ orderBy: [{ workItemId: "asc" }, { unitId: "asc" }] }),
    db.workItemIndicator.findMany({ orderBy: { id: "asc" } }),
    db.workItemMilestone.findMany({ orderBy: { id: "asc" } }),
    db.auditLog.count(),
  ]);
  return JSON.stringify({ tasks, measures, items, cooperators, indicators, milestones, audits });
}

function newItem(values: SheetValues): SheetValues {
  return {
    taskCode: "5",
    taskTitle: "强化数字赋能",
    measureCode: "5.1",
    measureTitle: "建设智慧园区平台",
    leadUnit: "江州市工业和信息化局",
    startDate: "2026-03-01",
    dueDate: "2026-12-31",
    ...values,
  };
}

async function workbook(rows: SheetValues[]) {
  const units = await db.unit.findMany({ select: { name: true, shortName: true } });
  return new Uint8Array(await buildPlanWorkbook(rows, units));
}

describe("plan import and export", () => {
  it("export → import changes nothing", async () => {
    const office = await actorFor(OFFICE);
    const before = await planSnapshot();
    const bytes = new Uint8Array(await exportPlanWorkbook(office));
    const progress: string[] = [];
    const report = await commitPlanImport(office, bytes, (step) => progress.push(`${step.phase}:${step.done}/${step.total}`));
    expect(report.errorCount).toBe(0);
    expect(report.committed).toBe(true);
    const planItems = await db.workItem.count({ where: { source: "PLAN", status: { not: "ARCHIVED" } } });
    expect(report.items).toEqual({ create: 0, update: 0, unchanged: planItems });
    expect(report.tasks).toEqual({ create: 0, update: 0, unchanged: 4 });
    expect(report.measures).toEqual({ create: 0, update: 0, unchanged: 22 });
    expect(progress).toContain(`validate:${report.rows.length}/${report.rows.length}`);
    expect(await planSnapshot()).toBe(before);
  });

  it("an import with errors writes nothing and reports each bad row", async () => {
    const office = await actorFor(OFFICE);
    const rows = [
      newItem({ itemCode: "5.1.1", itemTitle: "搭建园区数据底座" }),
      newItem({ itemCode: "5.1.2", itemTitle: "接入企业能耗数据", leadUnit: "不存在的局" }),
      newItem({ itemCode: "5.1.3", itemTitle: "上线园区一网统管", startDate: "2026-02-30" }),
      newItem({ itemCode: "5.1.1", itemTitle: "重复的编号" }),
      newItem({ itemCode: "5.1.5", itemTitle: "缺少牵头单位", leadUnit: "" }),
      newItem({ itemCode: "5.1.6", itemTitle: "指标倒挂", indicatorName: "上云企业数", indicatorUnit: "家", indicatorBaseline: "80", indicatorTarget: "60" }),
    ];
    const before = await planSnapshot();
    for (const run of [dryRunPlanImport, commitPlanImport]) {
      const report = await run(office, await workbook(rows));
      expect(report.committed).toBe(false);
      expect(report.errorCount).toBe(5);
      const errors = Object.fromEntries(report.rows.map((row) => [row.row, row.errors.map((error) => `${error.field}: ${error.message}`)]));
      expect(errors).toEqual({
        2: [],
        3: ["leadUnit: 找不到单位“不存在的局”（请填写全称、简称或别名）"],
        4: ["startDate: 日期“2026-02-30”无法识别，请使用 2026-03-31 格式"],
        5: ["itemCode: 事项编号 5.1.1 与第 2 行重复"],
        6: ["leadUnit: 请选择牵头单位"],
        7: ["indicatorTarget: 目标值不能小于基数（下降类指标请将方向选为“下降”）"],
      });
    }
    expect(await planSnapshot()).toBe(before);
  });

  it("a clean import creates exactly what the file says, and a dry run of it writes nothing", async () => {
    const office = await actorFor(OFFICE);
    const rows = [
      newItem({
        itemCode: "5.1.1",
        itemTitle: "搭建园区数据底座",
        cooperators: "市财政局、江州高新技术产业开发区管理委员会",
        deliverable: "数据底座上线运行",
        indicatorName: "接入数据资源",
        indicatorUnit: "项",
        indicatorBaseline: "0",
        indicatorTarget: "120.5",
        plannedCurve: "自定义：2026-06-30=20%；2026-09-30=60%",
      }),
      newItem({ itemCode: "5.1.2", itemTitle: "编制智慧园区建设方案", leadUnit: "市发展改革委", plannedCurve: "前快后慢", dueDate: "2026-06-30" }),
      { taskCode: "5", taskTitle: "强化数字赋能", measureCode: "5.2", measureTitle: "培育数字经济企业" },
    ];
    const bytes = await workbook(rows);
    const before = await planSnapshot();
    const dry = await dryRunPlanImport(office, bytes);
    expect(dry).toMatchObject({ committed: false, errorCount: 0, tasks: { create: 1 }, measures: { create: 2 }, items: { create: 2 } });
    expect(await planSnapshot()).toBe(before);

    const report = await commitPlanImport(office, bytes);
    expect(report).toMatchObject({ committed: true, errorCount: 0, tasks: { create: 1, update: 0 }, measures: { create: 2, update: 0 }, items: { create: 2, update: 0 } });
    expect(await db.task.count()).toBe(5);
    expect(await db.measure.findMany({ where: { task: { code: "5" } }, select: { code: true, title: true }, orderBy: { code: "asc" } })).toEqual([
      { code: "5.1", title: "建设智慧园区平台" },
      { code: "5.2", title: "培育数字经济企业" },
    ]);
    const items = await db.workItem.findMany({
      where: { measure: { task: { code: "5" } } },
      orderBy: { code: "asc" },
      include: { leadUnit: { select: { code: true } }, cooperators: { include: { unit: { select: { code: true } } } }, measure: { select: { code: true } }, indicators: true },
    });
    expect(items).toHaveLength(2);
    const [first, second] = items;
    expect(first).toMatchObject({ code: "5.1.1", title: "搭建园区数据底座", source: "PLAN", status: "ACTIVE", deliverable: "数据底座上线运行", plannedCurve: "CUSTOM" });
    expect(first.indicators.map((indicator) => [indicator.seq, indicator.name, indicator.unit, indicator.direction])).toEqual([[1, "接入数据资源", "项", "RISING"]]);
    expect(first.leadUnit.code).toBe("gxj");
    expect(first.measure?.code).toBe("5.1");
    expect(first.cooperators.map((cooperator) => cooperator.unit.code).sort()).toEqual(["czj", "gxq"]);
    expect([first.indicators[0].baseline.toString(), first.indicators[0].target.toString()]).toEqual(["0", "120.5"]);
    expect([dateKey(first.startDate), dateKey(first.dueDate)]).toEqual(["2026-03-01", "2026-12-31"]);
    expect(first.plannedPoints).toEqual([{ date: "2026-06-30", percent: 20 }, { date: "2026-09-30", percent: 60 }]);
    expect(second).toMatchObject({ code: "5.1.2", plannedCurve: "FRONT_LOADED", plannedPoints: null, deliverable: null });
    expect(second.indicators).toEqual([]);
    expect(second.leadUnit.code).toBe("fgw");
    expect(second.cooperators).toEqual([]);
    expect(await db.auditLog.count({ where: { action: "workItem.import" } })).toBe(2);
    expect(await db.auditLog.count({ where: { action: "plan.import" } })).toBe(1);

    // The same file again: nothing left to do.
    const again = await commitPlanImport(office, bytes);
    expect(again.items).toEqual({ create: 0, update: 0, unchanged: 2 });
  });

  it("updates an existing item by its code and leaves items the file does not mention alone", async () => {
    const office = await actorFor(OFFICE);
    const rows = await exportPlanRows(office);
    const index = rows.findIndex((row) => row.itemCode === "1.1.2");
    const untouched = await db.workItem.findFirstOrThrow({ where: { code: "1.1.3" } });
    const indicatorsBefore = await db.workItemIndicator.findMany({ where: { workItem: { code: "1.1.2" } }, orderBy: { seq: "asc" } });
    // 1.1.2 has two indicators in the demo: its first row and a further row with its code.
    expect(indicatorsBefore.map((indicator) => indicator.name)).toEqual(["高新技术企业数", "当年申报企业数"]);
    const changed = rows.map((row, position) => (position === index ? { ...row, itemTitle: "组织年度高企申报认定（调整）", indicatorTarget: "160", cooperators: "" } : row)).filter((row) => row.itemCode !== "1.1.3");
    const report = await commitPlanImport(office, await workbook(changed));
    expect(report).toMatchObject({ committed: true, items: { create: 0, update: 1 } });
    const item = await db.workItem.findFirstOrThrow({ where: { code: "1.1.2" }, include: { cooperators: true, indicators: { orderBy: { seq: "asc" } } } });
    expect(item.title).toBe("组织年度高企申报认定（调整）");
    // The indicators keep their ids (reported values hang on them); only the target changed.
    expect(item.indicators.map((indicator) => [indicator.id, indicator.name, indicator.target.toString()])).toEqual([
      [indicatorsBefore[0].id, "高新技术企业数", "160"],
      [indicatorsBefore[1].id, "当年申报企业数", "90"],
    ]);
    expect(item.cooperators).toEqual([]);
    expect(await db.workItem.findFirstOrThrow({ where: { code: "1.1.3" } })).toEqual(untouched);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "workItem.import", entityId: item.id } });
    expect(audit.before).toMatchObject({ code: "1.1.2" });
    expect(audit.after).toMatchObject({ title: "组织年度高企申报认定（调整）", indicators: [{ name: "高新技术企业数", target: "160" }, { name: "当年申报企业数" }] });
  });

  it("refuses a reporter, and reads a file that is not a workbook as an error", async () => {
    const reporter = await actorFor("kjj@demo.gov.cn");
    await expect(dryRunPlanImport(reporter, new Uint8Array([1, 2, 3]))).rejects.toThrow(ForbiddenError);
    await expect(commitPlanImport(reporter, new Uint8Array([1, 2, 3]))).rejects.toThrow(ForbiddenError);
    const office = await actorFor(OFFICE);
    const report = await dryRunPlanImport(office, new TextEncoder().encode("任务编号,任务名称"));
    expect(report.fileErrors).toEqual(["无法读取该文件，请上传 Excel（.xlsx）文件"]);
  });
});
