// The task granulation list as an .xlsx file (exceljs): the template and the export write
// it, the import reads it. No database here; see plan-sheet.ts for the columns and rules.
import ExcelJS from "exceljs";
import { parseDateText } from "@/lib/dates/date-text";
import { dateFromKey } from "@/lib/dates/zone-time";
import { cellText, CURVE_LABELS, PLAN_COLUMNS, PLAN_SHEET_NAME, type RowValues } from "./plan-sheet";

const UNITS_SHEET_NAME = "单位名录";
const INSTRUCTIONS_SHEET_NAME = "填写说明";
const DATE_FORMAT = "yyyy-mm-dd";
const DATE_COLUMNS = new Set(["startDate", "dueDate"]);
const NUMBER_COLUMNS = new Set(["indicatorBaseline", "indicatorTarget"]);

export interface WorkbookUnit {
  name: string;
  shortName: string;
}

const INSTRUCTIONS: [string, string][] = [
  ["任务编号 / 任务名称", "必填。同一任务在多行出现时编号和名称须一致；名称可只在第一行填写。"],
  ["措施编号 / 措施名称", "事项行必填。同一措施须属于同一任务，名称一致。只填任务和措施、不填事项的行只建立措施。"],
  ["事项编号", "必填，全区唯一（字母、数字、点、短横线，最长 32 位），例如 1.1.3。已有编号的事项按编号更新，新编号新建。"],
  ["事项名称", "必填，最长 200 字。"],
  ["牵头单位", "必填，填写单位全称或简称（见“单位名录”）。"],
  ["配合单位（顿号分隔）", "可空，多个单位用顿号“、”分隔，不能包含牵头单位。"],
  ["开始日期 / 完成时限", "必填，日期格式，例如 2026-03-31；完成时限不得早于开始日期。"],
  ["成果形式", "可空，最长 200 字。"],
  ["指标名称 / 计量单位 / 基数 / 目标值", "可空。填写指标名称时基数和目标值必填，目标值不得小于基数（下降类指标请以“下降率”表述）；最多 4 位小数。"],
  ["进度曲线", "可空（默认线性）：线性、前快后慢、前慢后快，或“自定义：2026-06-30=40%；2026-09-30=70%”（日期在开始与完成之间，百分比逐点不减）。"],
  ["导入规则", "先“预检”：逐行列出错误，不写入任何数据；全部无误后才能导入，导入要么全部成功、要么全部不生效。文件中未出现的事项保持不变，不会被删除。"],
];

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true, color: { argb: "FFFFFFFF" } };
  row.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1D4ED8" } };
  row.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  row.height = 24;
}

/** A decimal as a number cell when the number shows the same digits, otherwise as text. */
function numberCell(text: string): number | string {
  const number = Number(text);
  return text !== "" && String(number) === text ? number : text;
}

/**
 * The workbook: the list sheet (frozen header, widths, drop-downs for units and curves),
 * the instructions and the unit directory. Without rows it is the template.
 */
export async function buildPlanWorkbook(rows: RowValues[], units: WorkbookUnit[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "创建国家高新区工作平台";
  workbook.created = new Date();

  const sheet = workbook.addWorksheet(PLAN_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = PLAN_COLUMNS.map((column) => ({ key: column.key, width: column.width, style: DATE_COLUMNS.has(column.key) ? { numFmt: DATE_FORMAT } : {} }));
  styleHeader(sheet.addRow(PLAN_COLUMNS.map((column) => column.header)));
  for (const values of rows) {
    sheet.addRow(
      PLAN_COLUMNS.map(({ key }) => {
        const text = values[key];
        if (!text) return null;
        // A real day is written as a date cell; anything else as the text it is.
        if (DATE_COLUMNS.has(key)) return parseDateText(text) === text ? dateFromKey(text) : text;
        if (NUMBER_COLUMNS.has(key)) return numberCell(text);
        return text;
      }),
    );
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: PLAN_COLUMNS.length } };

  const unitSheet = workbook.addWorksheet(UNITS_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  unitSheet.columns = [{ width: 44 }, { width: 26 }];
  styleHeader(unitSheet.addRow(["单位全称", "简称"]));
  for (const unit of units) unitSheet.addRow([unit.name, unit.shortName]);

  // Drop-downs as help, not as a cage: the import validates whatever is typed.
  const lastRow = Math.max(rows.length + 1, 500);
  const column = (key: string) => PLAN_COLUMNS.findIndex((entry) => entry.key === key) + 1;
  for (let row = 2; row <= lastRow; row += 1) {
    if (units.length) {
      sheet.getCell(row, column("leadUnit")).dataValidation = {
        type: "list",
        allowBlank: true,
        showErrorMessage: false,
        formulae: [`'${UNITS_SHEET_NAME}'!$A$2:$A$${units.length + 1}`],
      };
    }
    sheet.getCell(row, column("plannedCurve")).dataValidation = {
      type: "list",
      allowBlank: true,
      showErrorMessage: false,
      formulae: [`"${Object.values(CURVE_LABELS).join(",")}"`],
    };
  }

  const help = workbook.addWorksheet(INSTRUCTIONS_SHEET_NAME);
  help.columns = [{ width: 30 }, { width: 100 }];
  styleHeader(help.addRow(["列", "填写要求"]));
  for (const [name, rule] of INSTRUCTIONS) {
    const row = help.addRow([name, rule]);
    row.alignment = { wrapText: true, vertical: "top" };
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export class UnreadableWorkbookError extends Error {
  constructor() {
    super("not a readable .xlsx file");
    this.name = "UnreadableWorkbookError";
  }
}

/** The cell values of the list sheet (by name, else the first sheet), row by row from row 1. */
export async function readPlanWorkbook(bytes: ArrayBuffer | Uint8Array): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer (an ArrayBuffer); Node's Buffer is what it reads.
    await workbook.xlsx.load(Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)) as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableWorkbookError();
  }
  const sheet = workbook.getWorksheet(PLAN_SHEET_NAME) ?? workbook.worksheets[0];
  if (!sheet) throw new UnreadableWorkbookError();
  const rows: unknown[][] = [];
  for (let index = 1; index <= sheet.rowCount; index += 1) {
    const values = sheet.getRow(index).values;
    rows.push(Array.isArray(values) ? Array.from(values.slice(1), (value) => value ?? null) : []);
  }
  // Formatting (drop-downs, styles) makes rows exist below the data; they are not rows to import.
  while (rows.length > 1 && rows[rows.length - 1].every((value) => cellText(value) === "")) rows.pop();
  return rows;
}
