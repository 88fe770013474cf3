// Sheets laid out the way offices write their 任务分解清单 and 责任清单: title and note rows above
// the header, merged task cells, a two-level header, 责任单位 with 牵头 in brackets or in a
// sentence, Chinese deadlines, figures with their units, unit aliases and groups. Every
// expected item, unit and date below is written by hand from the sheet.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { dateKey } from "@/lib/dates/zone-time";
import { exportPlanLayoutWorkbook } from "@/lib/plan/plan-export";
import { commitPlanImport, dryRunPlanImport, inspectPlanSheet, planErrorWorkbook, type PlanImportReport } from "@/lib/plan/plan-import";
import type { FieldKey } from "@/lib/plan/sheet-fields";
import type { MappingInput } from "@/lib/plan/sheet-layout";
import { actorFor } from "./support/session";

const OFFICE = "office@demo.gov.cn";
const OPTIONS = { planYear: 2026, planStart: "2026-03-01" };

type Cell = string | number | Date | null;

/** A workbook of one sheet: rows as given (1-based in Excel), merged ranges like "A1:H1". */
async function sheet(name: string, rows: Cell[][], merges: string[] = []): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(name);
  rows.forEach((cells, index) => {
    cells.forEach((value, column) => {
      if (value !== null) worksheet.getCell(index + 1, column + 1).value = value;
    });
  });
  for (const range of merges) worksheet.mergeCells(range);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The guessed mapping, with the office's corrections. */
async function mappingFor(bytes: Uint8Array, corrections: Record<number, FieldKey | null> = {}, headerRow?: number): Promise<MappingInput> {
  const office = await actorFor(OFFICE);
  const { layout } = await inspectPlanSheet(office, { bytes, headerRow });
  if (!layout) throw new Error("no layout");
  return {
    headerRow: layout.headerRow,
    fields: layout.columns.map((column) => [column.index, column.index in corrections ? corrections[column.index] : column.field]),
    options: OPTIONS,
  };
}

function errorsByRow(report: PlanImportReport) {
  return Object.fromEntries(report.rows.filter((row) => row.errors.length).map((row) => [row.row, row.errors.map((error) => `${error.address} ${error.text}`)]));
}

async function itemsOf(taskCode: string) {
  const items = await db.workItem.findMany({
    where: { measure: { task: { code: taskCode } } },
    orderBy: { code: "asc" },
    include: {
      measure: { select: { code: true, title: true } },
      leadUnit: { select: { code: true } },
      cooperators: { select: { unit: { select: { code: true } } } },
      indicators: { orderBy: { seq: "asc" } },
      milestones: { orderBy: { seq: "asc" } },
    },
  });
  return items.map((item) => ({
    code: item.code,
    title: item.title,
    measure: `${item.measure?.code} ${item.measure?.title}`,
    lead: item.leadUnit.code,
    cooperators: item.cooperators.map((cooperator) => cooperator.unit.code).sort(),
    start: dateKey(item.startDate),
    due: dateKey(item.dueDate),
    recurrence: item.recurrence,
    leader: item.leaderName,
    owner: item.ownerName,
    indicators: item.indicators.map((indicator) => `${indicator.name} ${indicator.baseline}→${indicator.target} ${indicator.unit ?? ""} ${indicator.direction}`.trim()),
    milestones: item.milestones.map((milestone) => `${dateKey(milestone.dueDate)} ${milestone.text}`),
  }));
}

describe("importing the office's own sheets", () => {
  it("sheet 1: a title and a note above the header, merged task and measure cells, 牵头 in brackets and in a sentence, Chinese deadlines", async () => {
    const office = await actorFor(OFFICE);
    const bytes = await sheet(
      "任务清单",
      [
        ["江州市创建国家高新区重点任务分解清单"],
        ["（市创建办2026年3月印发，请各单位对照落实）"],
        ["序号", "重点任务", "具体措施", "工作内容", "责任单位", "牵头市领导", "完成时限", "备注"],
        [1, "五、强化数字赋能", "（一）建设智慧园区平台", "搭建园区数据底座", "市工信局（牵头）、市财政局、江州高新技术产业开发区管理委员会", "陈国栋", "2026年12月底前", "与省平台对接"],
        [2, "五、强化数字赋能", "（一）建设智慧园区平台", "编制智慧园区建设方案", "市发改委牵头，市统计局配合", "陈国栋", "6月底前", null],
        [3, "五、强化数字赋能", "（二）培育数字经济企业", "开展园区数字经济运行监测", "统计局", null, "每月", null],
        ["注：完成时限未写年份的，均指2026年。"],
      ],
      ["A1:H1", "A2:H2", "B4:B6", "C4:C5", "F4:F5", "A7:H7"],
    );
    // Not the template: the mapping step comes first.
    const unmapped = await dryRunPlanImport(office, { bytes });
    expect(unmapped.needsMapping).toBe(true);
    expect(unmapped.layout?.headerRow).toBe(2);
    expect(unmapped.layout?.columns.map((column) => column.field)).toEqual(["seq", "taskTitle", "measureTitle", "itemTitle", "responsible", "leaderName", "dueDate", "description"]);

    const mapping = await mappingFor(bytes);
    const report = await commitPlanImport(office, { bytes, mapping });
    expect(errorsByRow(report)).toEqual({});
    expect(report).toMatchObject({ committed: true, tasks: { create: 1 }, measures: { create: 2 }, items: { create: 3 } });
    expect(await db.task.findFirst({ where: { code: "5" }, select: { title: true } })).toEqual({ title: "强化数字赋能" });
    expect(await itemsOf("5")).toEqual([
      {
        code: "5.1.1", title: "搭建园区数据底座", measure: "5.1 建设智慧园区平台", lead: "gxj", cooperators: ["czj", "gxq"],
        start: "2026-03-01", due: "2026-12-31", recurrence: "NONE", leader: "陈国栋", owner: null, indicators: [], milestones: [],
      },
      {
        code: "5.1.2", title: "编制智慧园区建设方案", measure: "5.1 建设智慧园区平台", lead: "fgw", cooperators: ["tjj"],
        start: "2026-03-01", due: "2026-06-30", recurrence: "NONE", leader: "陈国栋", owner: null, indicators: [], milestones: [],
      },
      {
        // 每月 without an end: the end of the plan's year.
        code: "5.2.3", title: "开展园区数字经济运行监测", measure: "5.2 培育数字经济企业", lead: "tjj", cooperators: [],
        start: "2026-03-01", due: "2026-12-31", recurrence: "MONTHLY", leader: null, owner: null, indicators: [], milestones: [],
      },
    ]);
    expect((await db.workItem.findFirstOrThrow({ where: { code: "5.1.1" } })).description).toBe("与省平台对接");
  });

  it("sheet 2: a two-level header (责任单位 over 牵头/配合, 阶段目标 over 6月底/12月底, 量化指标), group rows, an alias and a group", async () => {
    const office = await actorFor(OFFICE);
    const bytes = await sheet(
      "责任清单",
      [
        ["2026年优化营商环境工作责任清单"],
        [],
        ["序号", "工作任务", "责任单位", null, "完成时限", "阶段目标", null, "量化指标", null, null],
        [null, null, "牵头", "配合", null, "6月底", "12月底", "指标名称", "基数", "目标值"],
        ["六、优化营商环境（2项）"],
        ["（一）深化审批制度改革"],
        [1, "推行“园区事园区办”审批服务", "高新区管委", "各县区政府", "年底前", "梳理园区可办事项清单", "全面推开", "园区可办审批事项", "20项", "80项"],
        [2, "压缩企业开办时间", "市场监管局", "市税务局", "2026年3季度", null, null, "企业开办时间", "3天", "≤1天"],
      ],
      ["A1:J1", "A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:G3", "H3:J3", "A5:J5", "A6:J6"],
    );
    const mapping = await mappingFor(bytes);
    const { layout } = await inspectPlanSheet(office, { bytes });
    expect(layout?.headerRows).toBe(2);
    expect(layout?.columns.map((column) => [column.parent, column.label, column.field])).toEqual([
      [null, "序号", "seq"],
      [null, "工作任务", "itemTitle"],
      ["责任单位", "牵头", "leadUnit"],
      ["责任单位", "配合", "cooperators"],
      [null, "完成时限", "dueDate"],
      ["阶段目标", "6月底", "milestone"],
      ["阶段目标", "12月底", "milestone"],
      ["量化指标", "指标名称", "indicatorName"],
      ["量化指标", "基数", "indicatorBaseline"],
      ["量化指标", "目标值", "indicatorTarget"],
    ]);
    const report = await commitPlanImport(office, { bytes, mapping });
    expect(errorsByRow(report)).toEqual({});
    expect(report).toMatchObject({ committed: true, tasks: { create: 1 }, measures: { create: 1 }, items: { create: 2 } });
    expect(await itemsOf("6")).toEqual([
      {
        // 高新区管委 is an alias of 高新区管委会; 各县区政府 are the four district governments.
        code: "6.1.1", title: "推行“园区事园区办”审批服务", measure: "6.1 深化审批制度改革", lead: "gxq", cooperators: ["dhq", "jcq", "ljx", "qsx"],
        start: "2026-03-01", due: "2026-12-31", recurrence: "NONE", leader: null, owner: null,
        indicators: ["园区可办审批事项 20→80 项 RISING"],
        milestones: ["2026-06-30 梳理园区可办事项清单", "2026-12-31 全面推开"],
      },
      {
        // "≤1天" below a baseline of 3 days: an indicator that should fall.
        code: "6.1.2", title: "压缩企业开办时间", measure: "6.1 深化审批制度改革", lead: "scjgj", cooperators: ["swuj"],
        start: "2026-03-01", due: "2026-09-30", recurrence: "NONE", leader: null, owner: null,
        indicators: ["企业开办时间 3→1 天 FALLING"], milestones: [],
      },
    ]);
  });

  it("sheet 3: blank and note rows above the header, codes in the 编号 column, an item over two rows (two indicators), a group as lead unit, recurring items", async () => {
    const office = await actorFor(OFFICE);
    const bytes = await sheet(
      "Sheet1",
      [
        [],
        ["附件1"],
        ["重点项目推进表"],
        ["编号", "任务名称", "措施名称", "具体事项", "牵头单位", "配合单位", "时间节点", "目标", "责任人"],
        ["7.1.1", "七、推动开放合作", "7.1 扩大招商引资", "开展精准招商", "市商务局", "市工信局、市发改委", "每季度", "新签约亿元以上项目由0个增至12个", "王建华"],
        ["7.1.1", "七、推动开放合作", "7.1 扩大招商引资", "开展精准招商", "市商务局", "市工信局、市发改委", "每季度", "实际利用外资由0.5亿元增至1.2亿元", "王建华"],
        ["7.1.2", "七、推动开放合作", "7.1 扩大招商引资", "做好外资企业服务", "各园区管委会", "市商务局", "长期坚持", null, null],
      ],
      ["A5:A6", "B5:B7", "C5:C7", "D5:D6", "E5:E6", "F5:F6", "G5:G6", "I5:I6"],
    );
    const mapping = await mappingFor(bytes);
    expect(mapping.headerRow).toBe(3);
    const report = await commitPlanImport(office, { bytes, mapping });
    expect(errorsByRow(report)).toEqual({});
    const campaignEnd = dateKey((await db.zone.findFirstOrThrow({ where: { code: "demo" } })).campaignEnd);
    expect(await itemsOf("7")).toEqual([
      {
        code: "7.1.1", title: "开展精准招商", measure: "7.1 扩大招商引资", lead: "swj", cooperators: ["fgw", "gxj"],
        start: "2026-03-01", due: "2026-12-31", recurrence: "QUARTERLY", leader: null, owner: "王建华",
        indicators: ["新签约亿元以上项目 0→12 个 RISING", "实际利用外资 0.5→1.2 亿元 RISING"], milestones: [],
      },
      // 各园区管委会 leads: one item per park management committee, each its own lead; standing work runs to the campaign's end.
      ...["gxq", "xcl", "xhjj"].map((code) => ({
        code: `7.1.2-${code}`, title: "做好外资企业服务", measure: "7.1 扩大招商引资", lead: code, cooperators: ["swj"],
        start: "2026-03-01", due: campaignEnd, recurrence: "STANDING", leader: null, owner: null, indicators: [], milestones: [],
      })),
    ]);
    // The same sheet again changes nothing.
    expect((await commitPlanImport(office, { bytes, mapping })).items).toEqual({ create: 0, update: 0, unchanged: 4 });
  });

  it("sheet 4: the office corrects a guess in the mapping step, and the mapping is remembered for the next sheet with these headers", async () => {
    const office = await actorFor(OFFICE);
    const rows: Cell[][] = [
      ["江州市要素保障工作台账"],
      ["序号", "重点任务", "主要内容", "责任单位", "完成时限", "阶段目标"],
      ["八、加强要素保障（3项）"],
      [1, "（一）强化用地保障", "推进第四批次用地报批", "市自然资源局（牵头）、青山县政府", "2026年10月底前", "6月底前：完成组卷；9月底前：报省政府"],
      [2, "（一）强化用地保障", "完成征地补偿安置", "临江县政府、市财政局", "十一月底", null],
      [3, "（二）强化资金保障", "争取上级专项资金", "市财政局牵头，各县区政府配合", "2026年第四季度", null],
    ];
    const bytes = await sheet("台账", rows, ["A1:F1", "A3:F3", "B4:B5"]);
    // The guess reads 重点任务 as the task; in this sheet the tasks are the group rows and 重点任务 holds the measures.
    const guessed = await mappingFor(bytes);
    expect(guessed.fields.map(([, field]) => field)).toEqual(["seq", "taskTitle", "itemTitle", "responsible", "dueDate", "milestone"]);
    const corrected = await mappingFor(bytes, { 1: "measureTitle" });
    const dry = await dryRunPlanImport(office, { bytes, mapping: corrected });
    expect(errorsByRow(dry)).toEqual({});
    expect(dry).toMatchObject({ tasks: { create: 1 }, measures: { create: 2 }, items: { create: 3 } });
    const remembered = await db.planSheetLayout.findMany({ where: { sheetName: "台账" } });
    expect(remembered).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: "planImport.mapping", entityId: remembered[0].id } })).toBe(1);

    // Next time, a sheet with the same headers (other rows) is read with the corrected mapping, no step needed.
    const next = await sheet("台账", [...rows.slice(0, 3), [4, "（三）强化人才保障", "引进高层次人才", "市人社局", "年底前", null]], ["A1:F1", "A3:F3"]);
    const again = await inspectPlanSheet(office, { bytes: next });
    expect(again.layout?.remembered).toBe(true);
    expect(again.layout?.columns.map((column) => column.field)).toEqual(["seq", "measureTitle", "itemTitle", "responsible", "dueDate", "milestone"]);
    const report = await commitPlanImport(office, { bytes: next });
    expect(errorsByRow(report)).toEqual({});
    expect(await itemsOf("8")).toEqual([
      {
        code: "8.3.4", title: "引进高层次人才", measure: "8.3 强化人才保障", lead: "rsj", cooperators: [],
        start: "2026-03-01", due: "2026-12-31", recurrence: "NONE", leader: null, owner: null, indicators: [], milestones: [],
      },
    ]);

    // The first sheet, imported now under the remembered mapping.
    const first = await commitPlanImport(office, { bytes });
    expect(errorsByRow(first)).toEqual({});
    expect((await itemsOf("8")).map((item) => [item.code, item.lead, item.cooperators, item.due, item.milestones])).toEqual([
      ["8.1.1", "zrzyj", ["qsx"], "2026-10-31", ["2026-06-30 完成组卷", "2026-09-30 报省政府"]],
      ["8.1.2", "ljx", ["czj"], "2026-11-30", []],
      ["8.2.3", "czj", ["dhq", "jcq", "ljx", "qsx"], "2026-12-31", []],
      ["8.3.4", "rsj", [], "2026-12-31", []],
    ]);
  });

  it("lists errors by row and column, writes the same errors into a copy of the sheet, and takes fixes typed in the preview", async () => {
    const office = await actorFor(OFFICE);
    const bytes = await sheet(
      "问题清单",
      [
        ["江州市创建工作问题整改清单"],
        ["序号", "重点任务", "具体措施", "工作事项", "责任单位", "完成时限", "目标值"],
        [1, "九、抓好问题整改", "（一）整改督查问题", "整改园区环境问题", "市智慧城市局（牵头）", "2026年11月底前", null],
        [2, "九、抓好问题整改", "（一）整改督查问题", "建立整改台账", "市科技局（牵头）、市财政局（牵头）", "明年", null],
        [3, "九、抓好问题整改", "（一）整改督查问题", "开展回头看", "市生态环境局", "12月底前", "销号问题-5个"],
      ],
      ["A1:G1", "B3:B5", "C3:C5"],
    );
    const mapping = await mappingFor(bytes);
    const before = await db.workItem.count();
    const report = await dryRunPlanImport(office, { bytes, mapping });
    expect(errorsByRow(report)).toEqual({
      3: ["E3 责任单位：找不到单位“市智慧城市局”（请填写全称、简称或别名）"],
      4: [
        "E4 责任单位：一个事项只能有一个牵头单位：市科技局、市财政局，其余请列为配合单位",
        "F4 完成时限：完成时限“明年”无法识别，可写 2026-12-31、2026年12月底前、6月底前、3季度、年底前、每季度或长期坚持",
      ],
      5: ["G5 目标值：计数类指标（家、个、件、项等）不能为负数"],
    });
    expect(report.rows.find((row) => row.row === 4)!.errors.map((error) => error.cell)).toEqual(["市科技局（牵头）、市财政局（牵头）", "明年"]);

    // The error copy: the office's sheet with an error column holding exactly the texts on the screen.
    const copy = await planErrorWorkbook(office, { bytes, mapping });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(copy! as unknown as ArrayBuffer);
    const errorSheet = workbook.getWorksheet("问题清单")!;
    expect(errorSheet.getCell("A1").value).toBe("江州市创建工作问题整改清单");
    expect(errorSheet.getCell("H2").value).toBe("错误说明");
    const onScreen = Object.fromEntries(report.rows.filter((row) => row.errors.length).map((row) => [row.row, row.errors.map((error) => error.text).join("\n")]));
    expect({ 3: errorSheet.getCell("H3").value, 4: errorSheet.getCell("H4").value, 5: errorSheet.getCell("H5").value }).toEqual(onScreen);
    expect(errorSheet.getCell("E3").fill).toMatchObject({ fgColor: { argb: "FFFEE2E2" } });

    // Fixes typed in the preview, checked again without uploading again: nothing written until the import.
    const edits = [
      { row: 3, column: 4, value: "市科技局（牵头）" },
      { row: 4, column: 4, value: "市科技局（牵头）、市财政局" },
      { row: 4, column: 5, value: "2026年12月31日前" },
      { row: 5, column: 6, value: "销号问题由0个增至5个" },
    ];
    const fixed = await dryRunPlanImport(office, { bytes, mapping, edits });
    expect(errorsByRow(fixed)).toEqual({});
    expect(await db.workItem.count()).toBe(before);
    const committed = await commitPlanImport(office, { bytes, mapping, edits });
    expect(committed).toMatchObject({ committed: true, items: { create: 3 } });
    expect((await itemsOf("9")).map((item) => [item.code, item.lead, item.cooperators, item.due, item.indicators])).toEqual([
      ["9.1.1", "kjj", [], "2026-11-30", []],
      ["9.1.2", "kjj", ["czj"], "2026-12-31", []],
      ["9.1.3", "sthjj", [], "2026-12-31", ["销号问题 0→5 个 RISING"]],
    ]);
  });

  it("exports the plan in the office's remembered layouts, and such a sheet imports again without changes", async () => {
    const office = await actorFor(OFFICE);
    const load = async (sheetName: string) => {
      const layout = await db.planSheetLayout.findFirstOrThrow({ where: { sheetName } });
      const { bytes } = await exportPlanLayoutWorkbook(office, layout.id);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
      return { bytes, sheet: workbook.worksheets[0] };
    };
    // The two-level layout: its title, its parent cells over their children.
    const { sheet: twoLevel } = await load("责任清单");
    expect(twoLevel.getCell("A1").value).toBe("2026年优化营商环境工作责任清单");
    expect([twoLevel.getCell("C2").value, twoLevel.getCell("C3").value, twoLevel.getCell("D3").value, twoLevel.getCell("F3").value]).toEqual(["责任单位", "牵头", "配合", "6月底"]);
    const rowOf = (code: string) => twoLevel.getRows(4, twoLevel.rowCount)!.find((row) => row.getCell(1).value === code)!;
    expect([2, 3, 8, 9, 10].map((column) => rowOf("6.1.2").getCell(column).value)).toEqual(["压缩企业开办时间", "市市场监管局", "企业开办时间", "3天", "≤1天"]);

    // The layout with group rows, 重点任务 as measures and 责任单位 in one cell: the whole plan, back in unchanged.
    const { bytes, sheet: grouped } = await load("台账");
    expect(grouped.getCell("A3").value).toBe("一、集聚创新资源");
    const again = await commitPlanImport(office, { bytes: new Uint8Array(bytes) });
    expect(errorsByRow(again)).toEqual({});
    const planItems = await db.workItem.count({ where: { source: "PLAN", status: { not: "ARCHIVED" } } });
    expect(again.items).toEqual({ create: 0, update: 0, unchanged: planItems });
  });
});
