// The task granulation list as an .xlsx file (exceljs): the template and the export write it,
// the import reads any sheet into a grid, the error copy writes the office's own sheet back
// with an error column, and the layout export writes the plan in the office's remembered
// layout. No database here; see plan-sheet.ts and sheet-layout.ts for the columns and rules.
import ExcelJS from "exceljs";
import { parseDateText } from "@/lib/dates/date-text";
import { dateFromKey } from "@/lib/dates/zone-time";
import { DIRECTION_LABELS } from "./indicators";
import { CURVE_LABELS, PLAN_SHEET_NAME, RECURRENCE_LABELS, type SheetValues } from "./plan-sheet";
import { cellText, type SheetGrid } from "./sheet-grid";
import type { FieldKey } from "./sheet-fields";
import { TEMPLATE_COLUMNS, type StoredColumn } from "./sheet-layout";

const UNITS_SHEET_NAME = "单位名录";
const INSTRUCTIONS_SHEET_NAME = "填写说明";
const DATE_FORMAT = "yyyy-mm-dd";
const DATE_FIELDS = new Set<FieldKey>(["startDate", "dueDate"]);
const NUMBER_FIELDS = new Set<FieldKey>(["indicatorBaseline", "indicatorTarget"]);
/** The sheets of our own template that are not the list. */
const HELPER_SHEETS = new Set([UNITS_SHEET_NAME, INSTRUCTIONS_SHEET_NAME]);

export interface WorkbookUnit {
  name: string;
  shortName: string;
}

const INSTRUCTIONS: [string, string][] = [
  ["任务编号 / 任务名称", "必填。同一任务在多行出现时编号和名称须一致；名称可只在第一行填写。"],
  ["措施编号 / 措施名称", "事项行必填。同一措施须属于同一任务，名称一致。只填任务和措施、不填事项的行只建立措施。"],
  ["事项编号", "必填，全区唯一（字母、数字、点、短横线，最长 32 位），例如 1.1.3。已有编号的事项按编号更新，新编号新建。同一事项有多项指标时，下一行重复事项编号，只填指标各列。"],
  ["事项名称", "必填，最长 200 字。"],
  ["牵头单位", "必填，填写单位全称、简称或别名（见“单位名录”）；填“各县区政府”“各园区管委会”时按单位逐个建立事项。"],
  ["配合单位（顿号分隔）", "可空，多个单位用顿号“、”分隔，可填“各县区政府”等单位组，不能包含牵头单位。"],
  ["牵头市领导 / 责任人", "可空，填写姓名。"],
  ["开始日期 / 完成时限", "完成时限必填：日期（2026-03-31），或“2026年12月底前”“6月底前”“3季度”“年底前”等；开始日期可空（取导入时设定的计划开始日期）。"],
  ["周期", "可空（一次性）：每月、每季度、长期坚持。按期推进的事项每期序时进度从 0 起算。"],
  ["阶段目标", "可空：“2026-06-30：完成选址；2026-12-31：建成投用”，日期在开始与完成时限之间。"],
  ["成果形式", "可空，最长 200 字。"],
  ["指标名称 / 计量单位 / 指标方向 / 基数 / 目标值", "可空。填写指标时基数和目标值必填，可写“200家”“2.1%”“由86家增至150家”；方向为上升（默认）或下降（如单位能耗），上升类目标值不得小于基数、下降类不得大于基数；家、个、件、项等计数类不能为负；最多 4 位小数。"],
  ["进度曲线", "可空（默认线性）：线性、前快后慢、前慢后快，或“自定义：2026-06-30=40%；2026-09-30=70%”（日期在开始与完成之间，百分比逐点不减）。"],
  ["备注", "可空，写入事项说明。"],
  ["导入规则", "先“预检”：逐行列出错误，不写入任何数据；可在预览中直接改正后重新预检，或下载带错误说明的原表修改。全部无误后才能导入，要么全部成功、要么全部不生效。文件中未出现的事项保持不变，不会被删除。"],
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

/** A value of a field as a cell: a real day is a date cell, an exact number a number cell. */
function cellValue(field: FieldKey, text: string | undefined): ExcelJS.CellValue {
  if (!text) return null;
  if (DATE_FIELDS.has(field)) return parseDateText(text) === text ? dateFromKey(text) : text;
  if (NUMBER_FIELDS.has(field)) return numberCell(text);
  return text;
}

/**
 * The workbook: the list sheet (frozen header, widths, drop-downs for units, curves,
 * recurrence and direction), the instructions and the unit directory. Without rows it is the template.
 */
export async function buildPlanWorkbook(rows: SheetValues[], units: WorkbookUnit[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "创建国家高新区工作平台";
  workbook.created = new Date();

  const sheet = workbook.addWorksheet(PLAN_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = TEMPLATE_COLUMNS.map((column) => ({ key: column.key, width: column.width, style: DATE_FIELDS.has(column.key) ? { numFmt: DATE_FORMAT } : {} }));
  styleHeader(sheet.addRow(TEMPLATE_COLUMNS.map((column) => column.header)));
  for (const values of rows) sheet.addRow(TEMPLATE_COLUMNS.map(({ key }) => cellValue(key, values[key])));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: TEMPLATE_COLUMNS.length } };

  const unitSheet = workbook.addWorksheet(UNITS_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  unitSheet.columns = [{ width: 44 }, { width: 26 }];
  styleHeader(unitSheet.addRow(["单位全称", "简称"]));
  for (const unit of units) unitSheet.addRow([unit.name, unit.shortName]);

  // Drop-downs as help, not as a cage: the import validates whatever is typed.
  const lastRow = Math.max(rows.length + 1, 500);
  const column = (key: FieldKey) => TEMPLATE_COLUMNS.findIndex((entry) => entry.key === key) + 1;
  const list = (values: string[]) => [`"${values.join(",")}"`];
  for (let row = 2; row <= lastRow; row += 1) {
    if (units.length) {
      sheet.getCell(row, column("leadUnit")).dataValidation = { type: "list", allowBlank: true, showErrorMessage: false, formulae: [`'${UNITS_SHEET_NAME}'!$A$2:$A$${units.length + 1}`] };
    }
    sheet.getCell(row, column("plannedCurve")).dataValidation = { type: "list", allowBlank: true, showErrorMessage: false, formulae: list(Object.values(CURVE_LABELS)) };
    sheet.getCell(row, column("recurrence")).dataValidation = { type: "list", allowBlank: true, showErrorMessage: false, formulae: list(Object.values(RECURRENCE_LABELS)) };
    sheet.getCell(row, column("indicatorDirection")).dataValidation = { type: "list", allowBlank: true, showErrorMessage: false, formulae: list(Object.values(DIRECTION_LABELS)) };
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

async function loadWorkbook(bytes: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer (an ArrayBuffer); Node's Buffer is what it reads.
    await workbook.xlsx.load(Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)) as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableWorkbookError();
  }
  return workbook;
}

/** The list sheet: ours by name, else the first sheet with content that is not a helper sheet. */
function listSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet =
    workbook.getWorksheet(PLAN_SHEET_NAME) ??
    workbook.worksheets.find((candidate) => !HELPER_SHEETS.has(candidate.name) && candidate.actualRowCount > 0) ??
    workbook.worksheets[0];
  if (!sheet) throw new UnreadableWorkbookError();
  return sheet;
}

/** The cell values of the list sheet row by row (0-based), with its merged ranges. */
export async function readSheetGrid(bytes: ArrayBuffer | Uint8Array): Promise<SheetGrid> {
  const sheet = listSheet(await loadWorkbook(bytes));
  const rows: unknown[][] = [];
  for (let index = 1; index <= sheet.rowCount; index += 1) {
    const values = sheet.getRow(index).values;
    rows.push(Array.isArray(values) ? Array.from(values.slice(1), (value) => value ?? null) : []);
  }
  // Formatting (drop-downs, styles) makes rows exist below the data; they are not rows to import.
  while (rows.length > 1 && rows[rows.length - 1].every((value) => cellText(value) === "")) rows.pop();
  const merges = ((sheet.model as { merges?: string[] }).merges ?? []).map((range) => {
    const [from, to = from] = range.split(":");
    const [top, left] = decode(from);
    const [bottom, right] = decode(to);
    return { top, left, bottom, right };
  });
  return { sheetName: sheet.name, rows, merges };
}

/** "B12" → [11, 1] (0-based row, column). */
function decode(address: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(address.replace(/\$/g, ""));
  if (!match) return [0, 0];
  const column = [...match[1]].reduce((value, char) => value * 26 + char.charCodeAt(0) - 64, 0) - 1;
  return [Number(match[2]) - 1, column];
}

// ───────────── the office's sheet with its errors ─────────────

export interface CellEdit {
  /** The row Excel shows (1-based). */
  row: number;
  /** 0-based column. */
  column: number;
  value: string;
}

const ERROR_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFEE2E2" } };

/**
 * The office's own workbook back, with the fixes typed in the preview applied, every cell in
 * error shaded and an error column ("错误说明") after the last column: one line per error, the
 * same text the preview shows.
 */
export async function errorWorkbook(
  bytes: Uint8Array,
  input: { headerRow: number; headerRows: number; edits: CellEdit[]; rows: { row: number; errors: { column: number | null; text: string }[] }[] },
): Promise<Buffer> {
  const workbook = await loadWorkbook(bytes);
  const sheet = listSheet(workbook);
  for (const edit of input.edits) sheet.getCell(edit.row, edit.column + 1).value = edit.value;
  const errorColumn = Math.max(sheet.columnCount, 1) + 1;
  const header = sheet.getCell(input.headerRow + 1, errorColumn);
  header.value = "错误说明";
  header.font = { bold: true, color: { argb: "FFB91C1C" } };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  if (input.headerRows === 2) sheet.mergeCells(input.headerRow + 1, errorColumn, input.headerRow + 2, errorColumn);
  sheet.getColumn(errorColumn).width = 60;
  for (const row of input.rows) {
    if (row.errors.length === 0) continue;
    const cell = sheet.getCell(row.row, errorColumn);
    cell.value = row.errors.map((error) => error.text).join("\n");
    cell.font = { color: { argb: "FFB91C1C" } };
    cell.alignment = { wrapText: true, vertical: "top" };
    for (const error of row.errors) if (error.column !== null) sheet.getCell(row.row, error.column + 1).fill = ERROR_FILL;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ───────────── the plan in the office's layout ─────────────

export interface LayoutSheet {
  sheetName: string;
  title: string | null;
  columns: StoredColumn[];
}

/** Extra columns after the office's own (the ledger's figures), with their number formats. */
export interface ExtraColumn {
  header: string;
  width: number;
  format?: string;
}

const MERGED_FIELDS = new Set<FieldKey>(["taskTitle", "taskCode", "measureTitle", "measureCode"]);

/**
 * The rows in the office's remembered layout: its title row, its (one- or two-level) header,
 * its columns in its order, the task and measure cells merged down their rows as offices do,
 * and optional extra columns (the ledger's progress) at the end.
 */
export async function buildLayoutWorkbook(layout: LayoutSheet, rows: { values: Map<number, ExcelJS.CellValue>; extra?: ExcelJS.CellValue[] }[], extra: ExtraColumn[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "创建国家高新区工作平台";
  workbook.created = new Date();
  const width = layout.columns.length + extra.length;
  const twoLevel = layout.columns.some((column) => column.parent);
  const sheet = workbook.addWorksheet(layout.sheetName.slice(0, 31) || PLAN_SHEET_NAME);
  let rowNumber = 1;
  if (layout.title) {
    sheet.mergeCells(1, 1, 1, Math.max(width, 2));
    const title = sheet.getCell(1, 1);
    title.value = layout.title;
    title.font = { bold: true, size: 16 };
    title.alignment = { horizontal: "center", vertical: "middle" };
    sheet.getRow(1).height = 30;
    rowNumber = 2;
  }
  const headerTop = rowNumber;
  const headerRows = twoLevel ? 2 : 1;
  const headers = [...layout.columns.map((column) => ({ label: column.label, parent: column.parent })), ...extra.map((column) => ({ label: column.header, parent: null }))];
  headers.forEach((column, index) => {
    const cell = sheet.getCell(headerTop, index + 1);
    if (twoLevel && column.parent) {
      cell.value = column.parent;
      sheet.getCell(headerTop + 1, index + 1).value = column.label;
    } else {
      cell.value = column.label;
      if (twoLevel) sheet.mergeCells(headerTop, index + 1, headerTop + 1, index + 1);
    }
  });
  if (twoLevel) {
    // Neighbouring columns under the same parent share one merged parent cell.
    let start = 0;
    for (let index = 1; index <= headers.length; index += 1) {
      const parent = headers[start].parent;
      if (index < headers.length && parent && headers[index].parent === parent) continue;
      if (parent && index - start > 1) sheet.mergeCells(headerTop, start + 1, headerTop, index);
      start = index;
    }
  }
  for (let offset = 0; offset < headerRows; offset += 1) {
    const row = sheet.getRow(headerTop + offset);
    row.font = { bold: true };
    row.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
  sheet.views = [{ state: "frozen", ySplit: headerTop + headerRows - 1 }];
  layout.columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = TEMPLATE_COLUMNS.find((entry) => entry.key === column.field)?.width ?? 14;
  });
  extra.forEach((column, index) => {
    sheet.getColumn(layout.columns.length + index + 1).width = column.width;
    if (column.format) sheet.getColumn(layout.columns.length + index + 1).numFmt = column.format;
  });

  const first = headerTop + headerRows;
  rows.forEach((row, index) => {
    const excelRow = sheet.getRow(first + index);
    layout.columns.forEach((_, column) => {
      const value = row.values.get(column);
      if (value !== undefined && value !== null && value !== "") excelRow.getCell(column + 1).value = value;
    });
    (row.extra ?? []).forEach((value, column) => {
      if (value !== null && value !== undefined) excelRow.getCell(layout.columns.length + column + 1).value = value;
    });
    excelRow.alignment = { vertical: "top", wrapText: true };
  });
  // Task and measure cells merged down the rows they share, as offices lay them out.
  layout.columns.forEach((column, index) => {
    if (!column.field || !MERGED_FIELDS.has(column.field)) return;
    let start = 0;
    for (let position = 1; position <= rows.length; position += 1) {
      const value = rows[start]?.values.get(index);
      if (position < rows.length && value && rows[position].values.get(index) === value) continue;
      if (value && position - start > 1) sheet.mergeCells(first + start, index + 1, first + position - 1, index + 1);
      start = position;
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
