import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { PLAN_COLUMNS, cellText, matchHeaders, parsePlanSheet, type PlanSheetContext, type RowValues } from "@/lib/plan/plan-sheet";
import { buildPlanWorkbook, readPlanWorkbook, UnreadableWorkbookError } from "@/lib/plan/plan-workbook";

const HEADERS = PLAN_COLUMNS.map((column) => column.header);

const context: PlanSheetContext = {
  units: [
    { id: "u-kjj", name: "江州市科学技术局", shortName: "市科技局", active: true },
    { id: "u-czj", name: "江州市财政局", shortName: "市财政局", active: true },
    { id: "u-gxq", name: "江州高新区管理委员会", shortName: "高新区", active: true },
    { id: "u-a", name: "甲区人民政府", shortName: "区政府", active: true },
    { id: "u-b", name: "乙区人民政府", shortName: "区政府", active: true },
    { id: "u-old", name: "已撤并单位", shortName: "撤并", active: false },
  ],
  lockedItemCodes: new Map([
    ["M-1", "meetingDecision"],
    ["9.9.9", "archived"],
  ]),
};

function row(values: Partial<RowValues>): unknown[] {
  const base: Partial<RowValues> = {
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
  const merged = { ...base, ...values };
  return PLAN_COLUMNS.map((column) => merged[column.key] ?? null);
}

function parse(...rows: unknown[][]) {
  return parsePlanSheet([HEADERS, ...rows], context);
}

function errorsOf(result: ReturnType<typeof parse>, rowNumber: number) {
  return result.rows.find((entry) => entry.row === rowNumber)?.errors.map((error) => [error.column, error.key]) ?? [];
}

describe("the plan sheet parser", () => {
  it("reads a clean item row into a task, a measure and an item", () => {
    const result = parse(
      row({
        cooperators: "市财政局、江州高新区管理委员会",
        deliverable: "培育库名单",
        indicatorName: "高新技术企业数",
        indicatorUnit: "家",
        indicatorBaseline: "86",
        indicatorTarget: "150.5",
        plannedCurve: "前慢后快",
      }),
    );
    expect(result.errorCount).toBe(0);
    expect(result.tasks).toEqual([{ code: "1", title: "集聚创新资源", row: 2 }]);
    expect(result.measures).toEqual([{ code: "1.1", title: "高新技术企业培育", taskCode: "1", row: 2 }]);
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({
      code: "1.1.1",
      measureCode: "1.1",
      leadUnitId: "u-kjj",
      cooperatorIds: ["u-czj", "u-gxq"],
      startDate: "2026-01-05",
      dueDate: "2026-12-31",
      indicatorBaseline: "86",
      indicatorTarget: "150.5",
      plannedCurve: "BACK_LOADED",
      plannedPoints: [],
    });
  });

  it("reports each bad row with the column at fault, and keeps good rows apart", () => {
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
  });

  it("matches units by full or short name and refuses the lead unit among the cooperators", () => {
    const result = parse(row({ leadUnit: "市科技局", cooperators: "江州市科学技术局" }));
    expect(errorsOf(result, 2)).toEqual([["cooperators", "planManage.rules.leadIsCooperator"]]);
  });

  it("reads dates from date cells, Excel serial numbers and Chinese text", () => {
    const result = parse(
      row({ itemCode: "a", startDate: new Date(Date.UTC(2026, 2, 31)) as never, dueDate: "2026年12月1日" }),
      row({ itemCode: "b", startDate: 46112 as never, dueDate: "2026/12/1" }),
    );
    expect(result.errorCount).toBe(0);
    expect(result.items.map((item) => [item.startDate, item.dueDate])).toEqual([
      ["2026-03-31", "2026-12-01"],
      ["2026-03-31", "2026-12-01"],
    ]);
  });

  it("keeps decimals exact and refuses more than four places", () => {
    const result = parse(
      row({ itemCode: "a", indicatorName: "强度", indicatorBaseline: 2.1 as never, indicatorTarget: "3.0001" }),
      row({ itemCode: "b", indicatorName: "强度", indicatorBaseline: "1", indicatorTarget: "1.00001" }),
      row({ itemCode: "c", indicatorName: "强度", indicatorBaseline: "一百", indicatorTarget: "2" }),
      row({ itemCode: "d", indicatorUnit: "家", indicatorTarget: "2" }),
    );
    expect(result.items[0]).toMatchObject({ indicatorBaseline: "2.1", indicatorTarget: "3.0001" });
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
    const result = parse(row({ taskCode: "5", taskTitle: "新任务", measureCode: "", measureTitle: "", itemCode: "", itemTitle: "", leadUnit: "", startDate: "", dueDate: "" }), [], row({ measureCode: "1.9", measureTitle: "新措施", itemCode: "", itemTitle: "", leadUnit: "", startDate: "", dueDate: "" }));
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
    expect(result.items[0].inactiveUnits).toEqual([{ unitId: "u-old", name: "已撤并单位", column: "leadUnit" }]);
  });

  it("names missing columns, and accepts headers with extra spaces or without the hint", () => {
    expect(matchHeaders(HEADERS.map((header) => header.replace("（顿号分隔）", "")).map((header) => ` ${header} `))).toMatchObject({ ok: true });
    const result = parsePlanSheet([HEADERS.filter((header) => header !== "牵头单位" && header !== "目标值"), row({})], context);
    expect(result.fileErrors).toEqual([{ column: null, key: "planManage.import.errors.missingColumns", values: { columns: "牵头单位、目标值" } }]);
    expect(parsePlanSheet([HEADERS], context).fileErrors[0].key).toBe("planManage.import.errors.noRows");
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

  it("reads back what it wrote, cell for cell", async () => {
    const values: RowValues = {
      taskCode: "1", taskTitle: "任务", measureCode: "1.1", measureTitle: "措施", itemCode: "1.1.1", itemTitle: "事项", leadUnit: "江州市科学技术局",
      cooperators: "江州市财政局", startDate: "2026-01-05", dueDate: "2026-12-31", deliverable: "成果", indicatorName: "指标", indicatorUnit: "%",
      indicatorBaseline: "2.1", indicatorTarget: "123456789012.3456", plannedCurve: "自定义：2026-06-30=40%",
    };
    const rows = await readPlanWorkbook(await buildPlanWorkbook([values], []));
    const result = parsePlanSheet(rows, context);
    expect(result.errorCount).toBe(0);
    expect(result.rows[0].values).toEqual(values);
  });

  it("refuses a file that is not a workbook", async () => {
    await expect(readPlanWorkbook(new TextEncoder().encode("not a spreadsheet"))).rejects.toThrow(UnreadableWorkbookError);
  });
});

describe("a row with several faults", () => {
  it("reports every readable fault, not only the first", () => {
    const result = parsePlanSheet([HEADERS, row({ startDate: "2026-02-30", indicatorName: "指标", indicatorBaseline: "10", indicatorTarget: "5", plannedCurve: "自定义", leadUnit: "无此单位" })], context);
    expect(result.rows[0].errors.map((error) => [error.column, error.key])).toEqual([
      ["leadUnit", "planManage.import.errors.unknownUnit"],
      ["startDate", "planManage.import.errors.badDate"],
      ["indicatorTarget", "planManage.rules.targetBelowBaseline"],
    ]);
  });
});
