import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parsePlanSheet, type PlanSheetContext, type SheetValues } from "@/lib/plan/plan-sheet";
import { buildPlanWorkbook, readSheetGrid, UnreadableWorkbookError } from "@/lib/plan/plan-workbook";
import { cellText, type SheetGrid } from "@/lib/plan/sheet-grid";
import type { FieldKey } from "@/lib/plan/sheet-fields";
import { detectLayout, mappedColumns, TEMPLATE_COLUMNS } from "@/lib/plan/sheet-layout";

const HEADERS = TEMPLATE_COLUMNS.map((column) => column.header);
const OPTIONS = { planYear: 2026, planStart: "2026-01-01" };

const unit = (id: string, name: string, shortName: string, extra: Partial<PlanSheetContext["units"][number]> = {}) => ({ id, code: id.slice(2), name, shortName, aliases: [], kind: "DEPARTMENT", isMember: true, active: true, ...extra });

const context: PlanSheetContext = {
  units: [
    unit("u-kjj", "江州市科学技术局", "市科技局", { aliases: ["科技局"] }),
    unit("u-czj", "江州市财政局", "市财政局"),
    unit("u-gxq", "江州高新区管理委员会", "高新区", { kind: "PARK" }),
    unit("u-a", "甲区人民政府", "区政府", { kind: "DISTRICT" }),
    unit("u-b", "乙区人民政府", "区政府", { kind: "DISTRICT" }),
    unit("u-old", "已撤并单位", "撤并", { active: false }),
  ],
  lockedItemCodes: new Map([
    ["M-1", "meetingDecision"],
    ["9.9.9", "archived"],
  ]),
  campaignEnd: "2027-12-31",
};

function row(values: SheetValues & Record<string, unknown>): unknown[] {
  const base: SheetValues = {
    taskCode: "1",
    taskTitle: "集聚创新资源",
    measureCode: "1.1",
    measureTitle: "高新技术企业培育",
    itemCode: "1.1.1",
    itemTitle: "建立高企培育库",
    leadUnit: "江州市科学技术局",
    startDate: "2026-01-05",
    dueDate: "2026-12-31",
  };
  const merged: Record<string, unknown> = { ...base, ...values };
  return TEMPLATE_COLUMNS.map((column) => merged[column.key] ?? null);
}

function grid(rows: unknown[][], headers: unknown[] = HEADERS): SheetGrid {
  return { sheetName: "任务分解清单", rows: [headers, ...rows], merges: [] };
}

function parseGrid(sheet: SheetGrid, fields = new Map<number, FieldKey | null>()) {
  const layout = detectLayout(sheet);
  const { columns, problems } = mappedColumns(layout, fields);
  return { ...parsePlanSheet(sheet, layout, columns, OPTIONS, context), problems, layout };
}

function parse(...rows: unknown[][]) {
  return parseGrid(grid(rows));
}

function errorsOf(result: ReturnType<typeof parse>, rowNumber: number) {
  return result.rows.find((entry) => entry.row === rowNumber)?.errors.map((error) => [error.field, error.key]) ?? [];
}

describe("the plan sheet parser (the template)", () => {
  it("reads a clean item row into a task, a measure and an item", () => {
    const result = parse(
      row({
        cooperators: "市财政局、江州高新区管理委员会",
        leaderName: "陈国栋",
        ownerName: "张晓燕",
        deliverable: "培育库名单",
        indicatorName: "高新技术企业数",
        indicatorUnit: "家",
        indicatorBaseline: "86",
        indicatorTarget: "150.5",
        plannedCurve: "前慢后快",
        milestone: "2026-06-30：完成第一批入库",
      }),
    );
    expect(result.layout.template).toBe(true);
    expect(result.errorCount).toBe(0);
    expect(result.tasks).toEqual([{ code: "1", title: "集聚创新资源", row: 2 }]);
    expect(result.measures).toEqual([{ code: "1.1", title: "高新技术企业培育", taskCode: "1", row: 2 }]);
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({
      code: "1.1.1",
      measureCode: "1.1",
      leadUnitId: "u-kjj",
      cooperatorIds: ["u-czj", "u-gxq"],
      leaderName: "陈国栋",
      ownerName: "张晓燕",
      startDate: "2026-01-05",
      dueDate: "2026-12-31",
      recurrence: "NONE",
      indicators: [{ name: "高新技术企业数", unit: "家", direction: "RISING", baseline: "86", target: "150.5" }],
      milestones: [{ date: "2026-06-30", text: "完成第一批入库" }],
      plannedCurve: "BACK_LOADED",
      plannedPoints: [],
    });
  });

  it("reports each bad row with the field at fault, and keeps good rows apart", () => {
    const result = parse(
      row({ itemCode: "1.1.1" }),
      row({ itemCode: "1.1.2", leadUnit: "不存在的局" }),
      row({ itemCode: "1.1.3", startDate: "2026-13-40" }),
      row({ itemCode: "1.1.1", itemTitle: "重复编号" }),
      row({ itemCode: "1.1.5", leadUnit: "" }),
      row({ itemCode: "1.1.6", indicatorName: "指标", indicatorBaseline: "100", indicatorTarget: "80" }),
      row({ itemCode: "1.1.7", startDate: "2026-06-01", dueDate: "2026-05-31" }),
      row({ itemCode: "1.1.8", cooperators: "区政府" }),
    );
    expect(errorsOf(result, 2)).toEqual([]);
    expect(errorsOf(result, 3)).toEqual([["leadUnit", "planManage.import.errors.unknownUnit"]]);
    expect(errorsOf(result, 4)).toEqual([["startDate", "planManage.import.errors.badDate"]]);
    expect(errorsOf(result, 5)).toEqual([["itemCode", "planManage.import.errors.duplicateCode"]]);
    expect(result.rows[3].errors[0].values).toEqual({ code: "1.1.1", row: 2 });
    expect(errorsOf(result, 6)).toEqual([["leadUnit", "planManage.rules.leadUnitRequired"]]);
    expect(errorsOf(result, 7)).toEqual([["indicatorTarget", "planManage.rules.targetBelowBaseline"]]);
    expect(errorsOf(result, 8)).toEqual([["dueDate", "planManage.rules.dueBeforeStart"]]);
    expect(errorsOf(result, 9)).toEqual([["cooperators", "planManage.import.errors.ambiguousUnit"]]);
    expect(result.errorCount).toBe(7);
    expect(result.items.map((item) => item.code)).toEqual(["1.1.1"]);
    // The error names the sheet's column (0-based): 牵头单位 is the 7th.
    expect(result.rows[1].errors[0].column).toBe(6);
  });

  it("accepts a falling indicator and refuses its target above the baseline, and negative counts", () => {
    const result = parse(
      row({ itemCode: "a", indicatorName: "单位工业增加值能耗", indicatorUnit: "吨标准煤/万元", indicatorDirection: "下降", indicatorBaseline: "0.62", indicatorTarget: "0.58" }),
      row({ itemCode: "b", indicatorName: "单位能耗", indicatorDirection: "下降", indicatorBaseline: "0.5", indicatorTarget: "0.6" }),
      row({ itemCode: "c", indicatorName: "企业数", indicatorUnit: "家", indicatorBaseline: "-1", indicatorTarget: "5" }),
      row({ itemCode: "d", indicatorName: "企业数", indicatorDirection: "横向", indicatorBaseline: "1", indicatorTarget: "5" }),
    );
    expect(result.items[0].indicators).toEqual([{ name: "单位工业增加值能耗", unit: "吨标准煤/万元", direction: "FALLING", baseline: "0.62", target: "0.58" }]);
    expect(errorsOf(result, 3)).toEqual([["indicatorTarget", "planManage.rules.targetAboveBaseline"]]);
    expect(errorsOf(result, 4)).toEqual([["indicatorBaseline", "planManage.rules.countNotNegative"]]);
    expect(errorsOf(result, 5)).toEqual([["indicatorDirection", "planManage.import.errors.badDirection"]]);
  });

  it("reads further indicators from the rows under an item that repeat its code", () => {
    const result = parse(
      row({ indicatorName: "高新技术企业数", indicatorUnit: "家", indicatorBaseline: "86", indicatorTarget: "150" }),
      [null, null, null, null, "1.1.1", null, null, null, null, null, null, null, null, null, null, "研发投入强度", "%", null, "2.1", "3"],
      row({ itemCode: "1.1.2", itemTitle: "第二项" }),
    );
    expect(result.errorCount).toBe(0);
    expect(result.items.map((item) => [item.code, item.indicators?.map((indicator) => `${indicator.name}:${indicator.baseline}→${indicator.target}${indicator.unit}`)])).toEqual([
      ["1.1.1", ["高新技术企业数:86→150家", "研发投入强度:2.1→3%"]],
      ["1.1.2", []],
    ]);
  });

  it("matches units by full name, short name or alias, and refuses the lead unit among the cooperators", () => {
    expect(parse(row({ leadUnit: "科技局" })).items[0].leadUnitId).toBe("u-kjj");
    const result = parse(row({ leadUnit: "市科技局", cooperators: "江州市科学技术局" }));
    expect(errorsOf(result, 2)).toEqual([["cooperators", "planManage.rules.leadIsCooperator"]]);
  });

  it("reads dates from date cells, Excel serial numbers and Chinese text", () => {
    const result = parse(
      row({ itemCode: "a", startDate: new Date(Date.UTC(2026, 2, 31)) as never, dueDate: "2026年12月1日" }),
      row({ itemCode: "b", startDate: 46112 as never, dueDate: "2026/12/1" }),
      row({ itemCode: "c", startDate: "", dueDate: "2026年12月底前" }),
    );
    expect(result.errorCount).toBe(0);
    expect(result.items.map((item) => [item.startDate, item.dueDate])).toEqual([
      ["2026-03-31", "2026-12-01"],
      ["2026-03-31", "2026-12-01"],
      [null, "2026-12-31"],
    ]);
  });

  it("keeps decimals exact and refuses more than four places", () => {
    const result = parse(
      row({ itemCode: "a", indicatorName: "强度", indicatorBaseline: 2.1 as never, indicatorTarget: "3.0001" }),
      row({ itemCode: "b", indicatorName: "强度", indicatorBaseline: "1", indicatorTarget: "1.00001" }),
      row({ itemCode: "c", indicatorName: "强度", indicatorBaseline: "一百", indicatorTarget: "2" }),
      row({ itemCode: "d", indicatorUnit: "家", indicatorTarget: "2" }),
    );
    expect(result.items[0].indicators).toMatchObject([{ baseline: "2.1", target: "3.0001" }]);
    expect(errorsOf(result, 3)).toEqual([["indicatorTarget", "validation.decimals"]]);
    expect(errorsOf(result, 4)).toEqual([["indicatorBaseline", "validation.number"]]);
    expect(errorsOf(result, 5)).toEqual([["indicatorName", "planManage.rules.indicatorNameRequired"]]);
  });

  it("reads a custom curve with its points and checks them against the dates", () => {
    const result = parse(
      row({ itemCode: "a", plannedCurve: "自定义：2026-06-30=40%；2026-09-30=70%" }),
      row({ itemCode: "b", plannedCurve: "自定义" }),
      row({ itemCode: "c", plannedCurve: "自定义：2027-06-30=40%" }),
      row({ itemCode: "d", plannedCurve: "线性：2026-06-30=40%" }),
      row({ itemCode: "e", plannedCurve: "抛物线" }),
      row({ itemCode: "f", plannedCurve: "自定义：2026-06-30=70%；2026-09-30=40%" }),
      row({ itemCode: "g", plannedCurve: "自定义：2026-06-30=40%", recurrence: "每月" }),
    );
    expect(result.items[0].plannedPoints).toEqual([
      { date: "2026-06-30", percent: 40 },
      { date: "2026-09-30", percent: 70 },
    ]);
    expect(errorsOf(result, 3)).toEqual([["plannedCurve", "planManage.rules.customNeedsPoints"]]);
    expect(errorsOf(result, 4)).toEqual([["plannedCurve", "planManage.rules.pointOutsideDates"]]);
    expect(errorsOf(result, 5)).toEqual([["plannedCurve", "planManage.rules.pointsOnlyCustom"]]);
    expect(errorsOf(result, 6)).toEqual([["plannedCurve", "planManage.import.errors.badCurve"]]);
    expect(errorsOf(result, 7)).toEqual([["plannedCurve", "planManage.rules.pointsOrder"]]);
    expect(errorsOf(result, 8)).toEqual([["plannedCurve", "planManage.rules.customNotRecurring"]]);
  });

  it("holds task and measure titles consistent across rows, and a measure to one task", () => {
    const result = parse(
      row({ itemCode: "a" }),
      row({ itemCode: "b", taskTitle: "" }),
      row({ itemCode: "c", taskTitle: "另一个名称" }),
      row({ itemCode: "d", taskCode: "2", taskTitle: "第二项任务" }),
    );
    expect(errorsOf(result, 3)).toEqual([]);
    expect(errorsOf(result, 4)).toEqual([["taskTitle", "planManage.import.errors.titleConflict"]]);
    expect(errorsOf(result, 5)).toEqual([["taskCode", "planManage.import.errors.measureTaskConflict"]]);
  });

  it("refuses codes of meeting decisions and archived items", () => {
    const result = parse(row({ itemCode: "M-1" }), row({ itemCode: "9.9.9" }), row({ itemCode: "有 空格" }));
    expect(errorsOf(result, 2)).toEqual([["itemCode", "planManage.import.errors.codeOfMeetingDecision"]]);
    expect(errorsOf(result, 3)).toEqual([["itemCode", "planManage.import.errors.codeArchived"]]);
    expect(errorsOf(result, 4)).toEqual([["itemCode", "planManage.rules.codeFormat"]]);
  });

  it("reads task-only and measure-only rows, and skips blank rows", () => {
    const result = parse(
      row({ taskCode: "5", taskTitle: "新任务", measureCode: "", measureTitle: "", itemCode: "", itemTitle: "", leadUnit: "", startDate: "", dueDate: "" }),
      [],
      row({ measureCode: "1.9", measureTitle: "新措施", itemCode: "", itemTitle: "", leadUnit: "", startDate: "", dueDate: "" }),
    );
    expect(result.errorCount).toBe(0);
    expect(result.rows.map((entry) => [entry.row, entry.kind])).toEqual([
      [2, "task"],
      [4, "measure"],
    ]);
    expect(result.measures.map((measure) => measure.code)).toEqual(["1.9"]);
    expect(result.items).toEqual([]);
  });

  it("notes a deactivated unit for the database check instead of refusing it outright", () => {
    const result = parse(row({ leadUnit: "已撤并单位" }));
    expect(result.errorCount).toBe(0);
    expect(result.items[0].inactiveUnits).toEqual([{ unitId: "u-old", name: "已撤并单位", field: "leadUnit", column: 6 }]);
  });

  it("asks for the item and unit columns, and accepts headers with extra spaces or without the hint", () => {
    const spaced = parseGrid(grid([row({})], HEADERS.map((header) => ` ${header.replace("（顿号分隔）", "")} `)));
    expect(spaced.problems).toEqual([]);
    expect(spaced.errorCount).toBe(0);
    const withoutLead = parseGrid(grid([row({})].map((cells) => cells.filter((_, index) => index !== 6)), HEADERS.filter((header) => header !== "牵头单位")));
    expect(withoutLead.problems).toEqual([{ key: "planManage.import.mapping.needsUnit" }]);
    expect(parseGrid(grid([])).fileErrors[0].key).toBe("planManage.import.errors.noRows");
  });

  it("reads cell objects: rich text, formula results and hyperlinks", () => {
    expect(cellText({ richText: [{ text: "江州" }, { text: "市" }] })).toBe("江州市");
    expect(cellText({ formula: "A1", result: 42 })).toBe("42");
    expect(cellText({ text: "链接", hyperlink: "http://x" })).toBe("链接");
    expect(cellText(1e21)).toBe("1000000000000000000000");
  });
});

describe("the plan workbook", () => {
  it("writes a template with a frozen header, widths, instructions and the unit directory", async () => {
    const bytes = await buildPlanWorkbook([], [{ name: "江州市科学技术局", shortName: "市科技局" }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("任务分解清单")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(6).width).toBe(44);
    expect(workbook.getWorksheet("填写说明")!.rowCount).toBeGreaterThan(5);
    expect(workbook.getWorksheet("单位名录")!.getCell("A2").value).toBe("江州市科学技术局");
  });

  it("reads back what it wrote", async () => {
    const values: SheetValues = {
      taskCode: "1", taskTitle: "任务", measureCode: "1.1", measureTitle: "措施", itemCode: "1.1.1", itemTitle: "事项", leadUnit: "江州市科学技术局",
      cooperators: "江州市财政局", leaderName: "陈国栋", ownerName: "张晓燕", startDate: "2026-01-05", dueDate: "2026-12-31", recurrence: "每季度",
      milestone: "2026-06-30：中期评估", deliverable: "成果", indicatorName: "指标", indicatorUnit: "%", indicatorDirection: "下降",
      indicatorBaseline: "123456789012.3456", indicatorTarget: "2.1", plannedCurve: "前快后慢", description: "备注文字",
    };
    const sheet = await readSheetGrid(await buildPlanWorkbook([values], []));
    const result = parseGrid(sheet);
    expect(result.errorCount).toBe(0);
    expect(result.items[0]).toMatchObject({
      code: "1.1.1",
      leaderName: "陈国栋",
      ownerName: "张晓燕",
      recurrence: "QUARTERLY",
      milestones: [{ date: "2026-06-30", text: "中期评估" }],
      indicators: [{ name: "指标", unit: "%", direction: "FALLING", baseline: "123456789012.3456", target: "2.1" }],
      plannedCurve: "FRONT_LOADED",
      description: "备注文字",
    });
  });

  it("refuses a file that is not a workbook", async () => {
    await expect(readSheetGrid(new TextEncoder().encode("not a spreadsheet"))).rejects.toThrow(UnreadableWorkbookError);
  });
});

describe("a row with several faults", () => {
  it("reports every readable fault, not only the first", () => {
    const result = parse(row({ startDate: "2026-02-30", indicatorName: "指标", indicatorBaseline: "10", indicatorTarget: "5", plannedCurve: "自定义", leadUnit: "无此单位" }));
    expect(result.rows[0].errors.map((error) => [error.field, error.key])).toEqual([
      ["leadUnit", "planManage.import.errors.unknownUnit"],
      ["startDate", "planManage.import.errors.badDate"],
      ["indicatorTarget", "planManage.rules.targetBelowBaseline"],
    ]);
  });
});
