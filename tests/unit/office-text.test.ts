import { describe, expect, it } from "vitest";
import { chineseNumber, parseDeadline, parseMilestones, parseNumbering, parseQuantity, parseResponsible, stripCount } from "@/lib/plan/office-text";
import type { SheetGrid } from "@/lib/plan/sheet-grid";
import { detectLayout, guessField, mappedColumns } from "@/lib/plan/sheet-layout";

describe("deadlines as offices write them", () => {
  it.each([
    ["2026年12月底前", "2026-12-31", "NONE"],
    ["6月底前", "2026-06-30", "NONE"],
    ["十二月底", "2026-12-31", "NONE"],
    ["2026年3季度", "2026-09-30", "NONE"],
    ["第三季度", "2026-09-30", "NONE"],
    ["年底前", "2026-12-31", "NONE"],
    ["2026年", "2026-12-31", "NONE"],
    ["2026年底", "2026-12-31", "NONE"],
    ["2026年内完成", "2026-12-31", "NONE"],
    ["上半年", "2026-06-30", "NONE"],
    ["2027年上半年", "2027-06-30", "NONE"],
    ["2026年3月31日前", "2026-03-31", "NONE"],
    ["2026-03-31", "2026-03-31", "NONE"],
    ["2026年2月中旬", "2026-02-20", "NONE"],
    // The latest date of the cell; a month without a year takes the year written before it.
    ["2026年6月底前完成初稿，12月底前完成验收", "2026-12-31", "NONE"],
    ["2027年3月底前完成选址，6月底前开工", "2027-06-30", "NONE"],
    ["每月", null, "MONTHLY"],
    ["每季度", null, "QUARTERLY"],
    ["长期坚持", null, "STANDING"],
    ["每季度，2026年底前", "2026-12-31", "QUARTERLY"],
  ])("%s → %s (%s)", (text, date, recurrence) => {
    expect(parseDeadline(text, 2026)).toEqual({ date, recurrence });
  });

  it("reads nothing from text without a date, and refuses impossible days", () => {
    expect(parseDeadline("尽快", 2026)).toBeNull();
    expect(parseDeadline("明年", 2026)).toBeNull();
    expect(parseDeadline("2月30日", 2026)).toBeNull();
    expect(parseDeadline("13月底", 2026)).toBeNull();
  });
});

describe("figures with their units", () => {
  it.each([
    ["200家", { name: null, baseline: null, target: "200", unit: "家", direction: null }],
    ["2.1%", { name: null, baseline: null, target: "2.1", unit: "%", direction: null }],
    ["1.2亿元", { name: null, baseline: null, target: "1.2", unit: "亿元", direction: null }],
    ["1,500万元", { name: null, baseline: null, target: "1500", unit: "万元", direction: null }],
    ["≥1500", { name: null, baseline: null, target: "1500", unit: null, direction: "RISING" }],
    ["≤0.58", { name: null, baseline: null, target: "0.58", unit: null, direction: "FALLING" }],
    ["5000万元以上", { name: null, baseline: null, target: "5000", unit: "万元", direction: "RISING" }],
    ["由86家增至150家", { name: null, baseline: "86", target: "150", unit: "家", direction: "RISING" }],
    ["86→150", { name: null, baseline: "86", target: "150", unit: null, direction: null }],
    ["高新技术企业数达到150家", { name: "高新技术企业数", baseline: null, target: "150", unit: "家", direction: "RISING" }],
    ["单位能耗降至0.58吨标准煤/万元", { name: "单位能耗", baseline: null, target: "0.58", unit: "吨标准煤/万元", direction: "FALLING" }],
    ["实际利用外资由0.5亿元增至1.2亿元", { name: "实际利用外资", baseline: "0.5", target: "1.2", unit: "亿元", direction: "RISING" }],
  ])("%s", (text, expected) => {
    expect(parseQuantity(text)).toEqual(expected);
  });

  it("finds no figure in words, and refuses more than four decimals", () => {
    expect(parseQuantity("建成投用")).toBeNull();
    expect(parseQuantity("1-2家")).toBeNull();
    expect(parseQuantity("1.23456")).toBe("decimals");
  });
});

describe("责任单位 cells", () => {
  it.each([
    ["市科技局（牵头）、市财政局", [["市科技局", "lead"], ["市财政局", null]]],
    ["市统计局牵头，市发改委配合", [["市统计局", "lead"], ["市发改委", "cooperator"]]],
    ["由市工信局牵头负责", [["市工信局", "lead"]]],
    ["牵头单位：市科技局；配合单位：市财政局、市统计局", [["市科技局", "lead"], ["市财政局", "cooperator"], ["市统计局", "cooperator"]]],
    ["市科技局、市财政局等", [["市科技局", null], ["市财政局", null]]],
    ["市科技局牵头，各县区政府、各有关单位配合", [["市科技局", "lead"], ["各县区政府", "cooperator"]]],
    ["江州市人力资源和社会保障局", [["江州市人力资源和社会保障局", null]]],
  ])("%s", (text, expected) => {
    expect(parseResponsible(text).map((unit) => [unit.name, unit.role])).toEqual(expected);
  });
});

describe("Chinese numbering", () => {
  it.each([
    ["一、集聚创新资源", "chinese", 1, null, "集聚创新资源"],
    ["十二、其他", "chinese", 12, null, "其他"],
    ["（一）高企培育", "chineseParen", 1, null, "高企培育"],
    ["(三)人才", "chineseParen", 3, null, "人才"],
    ["1.建立培育库", "arabic", 1, null, "建立培育库"],
    ["12、开展宣讲", "arabic", 12, null, "开展宣讲"],
    ["（1）组织申报", "arabicParen", 1, null, "组织申报"],
    ["①宣讲", "circled", 1, null, "宣讲"],
    ["1.1.3 组织申报", "dotted", 3, "1.1.3", "组织申报"],
    ["7.1.1", "dotted", 1, "7.1.1", ""],
  ])("%s", (text, style, number, code, rest) => {
    expect(parseNumbering(text)).toEqual({ style, number, code, rest });
  });

  it("leaves titles that only start with a figure alone", () => {
    expect(parseNumbering("2026年计划")).toBeNull();
    expect(parseNumbering("1.5万吨项目")).toBeNull();
    expect(parseNumbering("5G基站建设")).toBeNull();
  });

  it("reads Chinese numbers and strips counts", () => {
    expect([chineseNumber("三"), chineseNumber("十"), chineseNumber("十二"), chineseNumber("二十三"), chineseNumber("百")]).toEqual([3, 10, 12, 23, null]);
    expect(stripCount("集聚创新资源（4项）")).toBe("集聚创新资源");
    expect(stripCount("集聚创新资源(共12项)")).toBe("集聚创新资源");
  });
});

describe("stage targets", () => {
  it("reads each target after its date", () => {
    expect(parseMilestones("6月底前：完成选址；12月底前：建成投用", 2026)).toEqual([
      { date: "2026-06-30", text: "完成选址" },
      { date: "2026-12-31", text: "建成投用" },
    ]);
    expect(parseMilestones("2026-06-30：完成选址", 2026)).toEqual([{ date: "2026-06-30", text: "完成选址" }]);
    expect(parseMilestones("完成选址", 2026)).toBeNull();
  });
});

describe("the layout of a sheet", () => {
  const grid = (rows: unknown[][], merges: SheetGrid["merges"] = []): SheetGrid => ({ sheetName: "清单", rows, merges });

  it("guesses fields from the labels offices use", () => {
    expect(["序号", "重点任务", "具体措施", "工作事项", "责任单位", "牵头单位", "配合单位", "完成时限", "牵头市领导", "责任人", "阶段目标", "备注"].map((label) => guessField(label))).toEqual([
      "seq", "taskTitle", "measureTitle", "itemTitle", "responsible", "leadUnit", "cooperators", "dueDate", "leaderName", "ownerName", "milestone", "description",
    ]);
    expect([guessField("牵头", "责任单位"), guessField("配合", "责任单位"), guessField("6月底", "阶段目标"), guessField("基数", "量化指标"), guessField("完成", "时间安排")]).toEqual([
      "leadUnit", "cooperators", "milestone", "indicatorBaseline", "dueDate",
    ]);
    expect(guessField("完成时限（必填）*")).toBe("dueDate");
    expect(guessField("江州市创建国家高新区重点任务分解清单")).toBeNull();
  });

  it("skips the title and note rows above the header, and reads a second header row under merged cells", () => {
    const layout = detectLayout(
      grid(
        [
          ["江州市创建国家高新区工作责任清单", "江州市创建国家高新区工作责任清单", "江州市创建国家高新区工作责任清单", "江州市创建国家高新区工作责任清单", "江州市创建国家高新区工作责任清单"],
          ["（2026年3月）"],
          ["序号", "工作任务", "责任单位", "责任单位", "完成时限"],
          ["序号", "工作任务", "牵头", "配合", "完成时限"],
          [1, "推行园区事园区办", "高新区管委", "各县区政府", "年底前"],
        ],
        [
          { top: 0, left: 0, bottom: 0, right: 4 },
          { top: 2, left: 0, bottom: 3, right: 0 },
          { top: 2, left: 1, bottom: 3, right: 1 },
          { top: 2, left: 2, bottom: 2, right: 3 },
          { top: 2, left: 4, bottom: 3, right: 4 },
        ],
      ),
    );
    expect(layout).toMatchObject({ title: "江州市创建国家高新区工作责任清单", headerRow: 2, headerRows: 2, template: false, signature: "序号|工作任务|责任单位/牵头|责任单位/配合|完成时限" });
    expect(layout.columns.map((column) => [column.label, column.parent, column.guess, column.samples])).toEqual([
      ["序号", null, "seq", ["1"]],
      ["工作任务", null, "itemTitle", ["推行园区事园区办"]],
      ["牵头", "责任单位", "leadUnit", ["高新区管委"]],
      ["配合", "责任单位", "cooperators", ["各县区政府"]],
      ["完成时限", null, "dueDate", ["年底前"]],
    ]);
  });

  it("asks the mapping for an item column and a unit column, and for one column per field", () => {
    const layout = detectLayout(grid([["序号", "事项", "完成时限", "备注"], [1, "x", "年底前", ""]]));
    expect(mappedColumns(layout, new Map()).problems).toEqual([{ key: "planManage.import.mapping.needsUnit" }]);
    const twice = mappedColumns(layout, new Map([[3, "itemTitle"]]));
    expect(twice.problems).toEqual([{ key: "planManage.import.mapping.twice", values: { first: "事项", second: "备注" } }, { key: "planManage.import.mapping.needsUnit" }]);
  });
});
