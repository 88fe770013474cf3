// The task granulation list (任务分解清单) as a spreadsheet: its columns, and the parser
// and validator of its rows. Pure: the caller passes the zone's units and the codes the
// import may not touch; the database and exceljs live elsewhere (plan-import.ts,
// plan-workbook.ts). Error messages are i18n keys with values. Format: docs/plan-import.md.
import { parseDateText } from "@/lib/dates/date-text";
import { formatScaled, numberText, parseScaled } from "@/lib/server/exact-decimal";
import { formatCurvePoints, parseCurvePoints } from "./curve-points";
import type { CurveKind, CurvePoint } from "./planned-progress";
import { CODE_PATTERN, workItemIssues, type WorkItemField, type WorkItemPlanFields } from "./work-item-rules";

export const PLAN_SHEET_NAME = "任务分解清单";
export const MAX_IMPORT_ROWS = 5000;

export const PLAN_COLUMNS = [
  { key: "taskCode", header: "任务编号", width: 10 },
  { key: "taskTitle", header: "任务名称", width: 26 },
  { key: "measureCode", header: "措施编号", width: 10 },
  { key: "measureTitle", header: "措施名称", width: 30 },
  { key: "itemCode", header: "事项编号", width: 12 },
  { key: "itemTitle", header: "事项名称", width: 44 },
  { key: "leadUnit", header: "牵头单位", width: 26 },
  { key: "cooperators", header: "配合单位（顿号分隔）", width: 40 },
  { key: "startDate", header: "开始日期", width: 13 },
  { key: "dueDate", header: "完成时限", width: 13 },
  { key: "deliverable", header: "成果形式", width: 30 },
  { key: "indicatorName", header: "指标名称", width: 26 },
  { key: "indicatorUnit", header: "计量单位", width: 10 },
  { key: "indicatorBaseline", header: "基数", width: 11 },
  { key: "indicatorTarget", header: "目标值", width: 11 },
  { key: "plannedCurve", header: "进度曲线", width: 36 },
] as const;

export type ColumnKey = (typeof PLAN_COLUMNS)[number]["key"];
export type RowValues = Record<ColumnKey, string>;

/** Labels of the curves in a cell; English labels and the enum names are read too. */
export const CURVE_LABELS: Record<CurveKind, string> = { LINEAR: "线性", FRONT_LOADED: "前快后慢", BACK_LOADED: "前慢后快", CUSTOM: "自定义" };
const CURVE_ALIASES: [string, CurveKind][] = [
  ...(Object.entries(CURVE_LABELS) as [CurveKind, string][]).map(([kind, label]) => [label, kind] as [string, CurveKind]),
  ["front-loaded", "FRONT_LOADED"],
  ["back-loaded", "BACK_LOADED"],
  ["front_loaded", "FRONT_LOADED"],
  ["back_loaded", "BACK_LOADED"],
  ["linear", "LINEAR"],
  ["custom", "CUSTOM"],
];

export interface SheetError {
  /** The cell's column; null for the row as a whole. */
  column: ColumnKey | null;
  key: string;
  values?: Record<string, string | number>;
}

export interface ParsedTask {
  code: string;
  title: string;
  row: number;
}

export interface ParsedMeasure extends ParsedTask {
  taskCode: string;
}

export interface ParsedItem extends WorkItemPlanFields {
  code: string;
  title: string;
  measureCode: string;
  leadUnitId: string;
  deliverable: string | null;
  /** Deactivated units named on the row: allowed only where the item already has them (checked with the database). */
  inactiveUnits: { unitId: string; name: string; column: "leadUnit" | "cooperators" }[];
  row: number;
}

export interface SheetRow {
  /** The row number Excel shows (the header is row 1). */
  row: number;
  kind: "task" | "measure" | "item";
  values: RowValues;
  errors: SheetError[];
}

export interface PlanSheetParse {
  fileErrors: SheetError[];
  rows: SheetRow[];
  tasks: ParsedTask[];
  measures: ParsedMeasure[];
  items: ParsedItem[];
  errorCount: number;
}

export interface UnitRef {
  id: string;
  name: string;
  shortName: string;
  active: boolean;
}

export interface PlanSheetContext {
  units: UnitRef[];
  /** Work-item codes the import may not write: meeting decisions and archived items. */
  lockedItemCodes: Map<string, "meetingDecision" | "archived">;
}

// ───────────── cell values (as exceljs reads them) ─────────────

/** The text of a cell: rich text joined, formulas by their result, dates as YYYY-MM-DD. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "number") return numberText(value);
  if (typeof value === "string") return value.trim();
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object") {
    const cell = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (Array.isArray(cell.richText)) return cell.richText.map((run) => run.text).join("").trim();
    if ("result" in cell) return cellText(cell.result);
    if (typeof cell.text === "string") return cell.text.trim();
    if (cell.error) return String(cell.error);
  }
  return String(value).trim();
}

/** Excel's day 0 is 1899-12-30 (with the 1900 leap-year bug folded in). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function cellDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === "number" && Number.isInteger(value) && value > 0 && value < 2958466) {
    return new Date(EXCEL_EPOCH + value * 86_400_000).toISOString().slice(0, 10);
  }
  if (typeof value === "object" && value !== null && "result" in value) return cellDate((value as { result: unknown }).result);
  return parseDateText(cellText(value));
}

// ───────────── headers ─────────────

function normalizeHeader(text: string): string {
  return text.replace(/\s+/g, "").replace(/[（(].*?[）)]/g, "");
}

/** Column index (0-based) of every column, or the missing headers. */
export function matchHeaders(headerRow: unknown[]): { ok: true; indexes: Record<ColumnKey, number> } | { ok: false; missing: string[] } {
  const found = new Map<string, number>();
  headerRow.forEach((value, index) => {
    const text = normalizeHeader(cellText(value));
    if (text && !found.has(text)) found.set(text, index);
  });
  const indexes = {} as Record<ColumnKey, number>;
  const missing: string[] = [];
  for (const column of PLAN_COLUMNS) {
    const index = found.get(normalizeHeader(column.header));
    if (index === undefined) missing.push(column.header);
    else indexes[column.key] = index;
  }
  return missing.length ? { ok: false, missing } : { ok: true, indexes };
}

// ───────────── rows ─────────────

function curveOf(text: string): { kind: CurveKind; rest: string } | null {
  if (!text) return { kind: "LINEAR", rest: "" };
  const lower = text.toLowerCase();
  for (const [alias, kind] of [...CURVE_ALIASES].sort((a, b) => b[0].length - a[0].length)) {
    if (lower.startsWith(alias.toLowerCase())) return { kind, rest: text.slice(alias.length).replace(/^[\s:：]+/, "") };
  }
  return null;
}

export function curveCellText(kind: CurveKind, points: CurvePoint[] | null | undefined): string {
  return kind === "CUSTOM" ? `${CURVE_LABELS.CUSTOM}：${formatCurvePoints(points)}` : CURVE_LABELS[kind];
}

const RULE_COLUMNS: Record<WorkItemField, ColumnKey> = {
  leadUnitId: "leadUnit",
  cooperatorIds: "cooperators",
  startDate: "startDate",
  dueDate: "dueDate",
  indicatorName: "indicatorName",
  indicatorUnit: "indicatorUnit",
  indicatorBaseline: "indicatorBaseline",
  indicatorTarget: "indicatorTarget",
  plannedCurve: "plannedCurve",
  plannedPoints: "plannedCurve",
};

const TEXT_LIMITS: Partial<Record<ColumnKey, number>> = {
  taskTitle: 100,
  measureTitle: 200,
  itemTitle: 200,
  deliverable: 200,
  indicatorName: 100,
  indicatorUnit: 20,
};

class UnitMatcher {
  private readonly byName = new Map<string, UnitRef>();
  private readonly byShortName = new Map<string, UnitRef[]>();

  constructor(units: UnitRef[]) {
    for (const unit of units) {
      this.byName.set(unit.name, unit);
      this.byShortName.set(unit.shortName, [...(this.byShortName.get(unit.shortName) ?? []), unit]);
    }
  }

  /** By full name first, then by short name when that names exactly one unit. */
  match(name: string): { unit: UnitRef } | { error: string } {
    const exact = this.byName.get(name);
    const candidates = exact ? [exact] : (this.byShortName.get(name) ?? []);
    if (candidates.length === 0) return { error: "planManage.import.errors.unknownUnit" };
    if (candidates.length > 1) return { error: "planManage.import.errors.ambiguousUnit" };
    return { unit: candidates[0] };
  }
}

function exactCell(value: unknown, scale: number): { ok: true; value: string | null } | { ok: false; key: string } {
  const text = typeof value === "number" ? numberText(value) : cellText(value);
  if (!text) return { ok: true, value: null };
  const parsed = parseScaled(text, scale);
  if (!parsed.ok) return { ok: false, key: parsed.error === "decimals" ? "validation.decimals" : "validation.number" };
  return { ok: true, value: formatScaled(parsed.scaled, scale) };
}

function splitUnits(text: string): string[] {
  return [...new Set(text.split(/[、,，;；\n]+/).map((part) => part.trim()).filter(Boolean))];
}

interface RowParse {
  errors: SheetError[];
  kind: SheetRow["kind"];
  task: ParsedTask;
  measure: ParsedMeasure | null;
  item: ParsedItem | null;
}

function parseRow(cells: unknown[], indexes: Record<ColumnKey, number>, row: number, units: UnitMatcher): RowParse {
  const raw = (key: ColumnKey) => cells[indexes[key]];
  const text = (key: ColumnKey) => cellText(raw(key));
  const errors: SheetError[] = [];
  const error = (column: ColumnKey | null, key: string, values?: SheetError["values"]) => errors.push({ column, key, ...(values ? { values } : {}) });
  const required = (key: ColumnKey) => {
    const value = text(key);
    if (!value) error(key, "validation.required");
    return value;
  };
  const code = (key: ColumnKey) => {
    const value = required(key);
    if (value && !CODE_PATTERN.test(value)) error(key, "planManage.rules.codeFormat");
    return value;
  };
  for (const [key, max] of Object.entries(TEXT_LIMITS) as [ColumnKey, number][]) {
    if (text(key).length > max) error(key, "validation.maxLength", { max });
  }

  const kind: SheetRow["kind"] = text("itemCode") || text("itemTitle") ? "item" : text("measureCode") || text("measureTitle") ? "measure" : "task";
  const task: ParsedTask = { code: code("taskCode"), title: text("taskTitle"), row };
  const measure: ParsedMeasure | null = kind === "task" ? null : { code: code("measureCode"), title: text("measureTitle"), taskCode: task.code, row };
  if (kind === "task") {
    for (const key of PLAN_COLUMNS.map((column) => column.key).slice(4)) if (text(key)) error(key, "planManage.import.errors.itemFieldWithoutItem");
    return { errors, kind, task, measure, item: null };
  }
  if (kind === "measure") {
    for (const key of PLAN_COLUMNS.map((column) => column.key).slice(6)) if (text(key)) error(key, "planManage.import.errors.itemFieldWithoutItem");
    return { errors, kind, task, measure, item: null };
  }

  const itemCode = code("itemCode");
  const title = required("itemTitle");

  const inactiveUnits: ParsedItem["inactiveUnits"] = [];
  const unitOf = (name: string, column: "leadUnit" | "cooperators"): string | null => {
    const matched = units.match(name);
    if ("error" in matched) {
      error(column, matched.error, { name });
      return null;
    }
    if (!matched.unit.active) inactiveUnits.push({ unitId: matched.unit.id, name, column });
    return matched.unit.id;
  };
  const leadName = text("leadUnit");
  if (!leadName) error("leadUnit", "planManage.rules.leadUnitRequired");
  const leadUnitId = leadName ? unitOf(leadName, "leadUnit") : null;
  const cooperatorIds: string[] = [];
  for (const name of splitUnits(text("cooperators"))) {
    const unitId = unitOf(name, "cooperators");
    if (unitId && !cooperatorIds.includes(unitId)) cooperatorIds.push(unitId);
  }

  const date = (key: ColumnKey) => {
    if (!text(key)) {
      error(key, "validation.required");
      return null;
    }
    const value = cellDate(raw(key));
    if (!value) error(key, "planManage.import.errors.badDate", { value: text(key) });
    return value;
  };
  const startDate = date("startDate");
  const dueDate = date("dueDate");

  const baseline = exactCell(raw("indicatorBaseline"), 4);
  if (!baseline.ok) error("indicatorBaseline", baseline.key);
  const target = exactCell(raw("indicatorTarget"), 4);
  if (!target.ok) error("indicatorTarget", target.key);

  const curveText = text("plannedCurve");
  const curve = curveOf(curveText);
  let plannedPoints: CurvePoint[] = [];
  if (!curve) error("plannedCurve", "planManage.import.errors.badCurve", { value: curveText });
  else if (curve.rest) {
    const points = parseCurvePoints(curve.rest);
    if (points.ok) plannedPoints = points.points;
    else error("plannedCurve", "planManage.rules.pointFormat");
  }

  const indicatorName = text("indicatorName") || null;
  const indicatorUnit = text("indicatorUnit") || null;
  const item: ParsedItem = {
    code: itemCode,
    title,
    measureCode: measure!.code,
    leadUnitId: leadUnitId ?? "",
    cooperatorIds,
    startDate: startDate ?? "",
    dueDate: dueDate ?? "",
    deliverable: text("deliverable") || null,
    indicatorName,
    indicatorUnit,
    indicatorBaseline: baseline.ok ? baseline.value : null,
    indicatorTarget: target.ok ? target.value : null,
    plannedCurve: curve?.kind ?? "LINEAR",
    plannedPoints,
    inactiveUnits,
    row,
  };
  // The shared rules judge what could be read; a cell already in error is not judged twice.
  const unsound = new Set<WorkItemField>([
    ...(leadUnitId ? [] : (["leadUnitId", "cooperatorIds"] as const)),
    ...(startDate && dueDate ? [] : (["dueDate", "plannedPoints"] as const)),
    ...(curve ? [] : (["plannedPoints"] as const)),
    ...(baseline.ok && target.ok ? [] : (["indicatorName", "indicatorBaseline", "indicatorTarget"] as const)),
  ]);
  const judged = { ...item, leadUnitId, startDate: startDate ?? "0001-01-01", dueDate: dueDate ?? "9999-12-31" };
  for (const issue of workItemIssues(judged)) if (!unsound.has(issue.field)) error(RULE_COLUMNS[issue.field], issue.key);
  return { errors, kind, task, measure, item };
}

function isBlank(cells: unknown[]): boolean {
  return cells.every((value) => cellText(value) === "");
}

/**
 * Parses and validates every row of the sheet (`rows[0]` is the header row). Rows are
 * numbered as Excel numbers them. A task or measure code may repeat across rows, always
 * with the same title (a blank title repeats the first); a work-item code may appear once.
 */
export function parsePlanSheet(rows: unknown[][], context: PlanSheetContext): PlanSheetParse {
  const result: PlanSheetParse = { fileErrors: [], rows: [], tasks: [], measures: [], items: [], errorCount: 0 };
  const headers = matchHeaders(rows[0] ?? []);
  if (!headers.ok) {
    result.fileErrors.push({ column: null, key: "planManage.import.errors.missingColumns", values: { columns: headers.missing.join("、") } });
    result.errorCount = 1;
    return result;
  }
  const dataRows = rows.slice(1).map((cells, index) => ({ cells, row: index + 2 })).filter(({ cells }) => !isBlank(cells));
  if (dataRows.length === 0) result.fileErrors.push({ column: null, key: "planManage.import.errors.noRows" });
  if (dataRows.length > MAX_IMPORT_ROWS) {
    result.fileErrors.push({ column: null, key: "planManage.import.errors.tooManyRows", values: { max: MAX_IMPORT_ROWS } });
    result.errorCount = 1;
    return result;
  }

  const units = new UnitMatcher(context.units);
  const tasks = new Map<string, ParsedTask>();
  const measures = new Map<string, ParsedMeasure>();
  const items = new Map<string, ParsedItem>();
  for (const { cells, row } of dataRows) {
    const parsed = parseRow(cells, headers.indexes, row, units);
    const { errors } = parsed;
    const conflict = (column: ColumnKey, key: string, values: SheetError["values"]) => errors.push({ column, key, values });

    if (parsed.task.code) {
      const seen = tasks.get(parsed.task.code);
      if (!seen) {
        if (!parsed.task.title) conflict("taskTitle", "validation.required", {});
        else tasks.set(parsed.task.code, parsed.task);
      } else if (parsed.task.title && parsed.task.title !== seen.title) {
        conflict("taskTitle", "planManage.import.errors.titleConflict", { code: seen.code, row: seen.row });
      }
    }
    if (parsed.measure?.code) {
      const seen = measures.get(parsed.measure.code);
      if (!seen) {
        if (!parsed.measure.title) conflict("measureTitle", "validation.required", {});
        else if (parsed.task.code) measures.set(parsed.measure.code, parsed.measure);
      } else {
        if (parsed.measure.title && parsed.measure.title !== seen.title) conflict("measureTitle", "planManage.import.errors.titleConflict", { code: seen.code, row: seen.row });
        if (parsed.task.code && seen.taskCode !== parsed.task.code) conflict("taskCode", "planManage.import.errors.measureTaskConflict", { code: seen.code, task: seen.taskCode, row: seen.row });
      }
    }
    if (parsed.item?.code) {
      const seen = items.get(parsed.item.code);
      const locked = context.lockedItemCodes.get(parsed.item.code);
      if (seen) conflict("itemCode", "planManage.import.errors.duplicateCode", { code: seen.code, row: seen.row });
      else if (locked === "meetingDecision") conflict("itemCode", "planManage.import.errors.codeOfMeetingDecision", { code: parsed.item.code });
      else if (locked === "archived") conflict("itemCode", "planManage.import.errors.codeArchived", { code: parsed.item.code });
      else if (errors.length === 0) items.set(parsed.item.code, parsed.item);
    }

    const values = Object.fromEntries(PLAN_COLUMNS.map((column) => [column.key, cellText(cells[headers.indexes[column.key]])])) as RowValues;
    result.rows.push({ row, kind: parsed.kind, values, errors });
    result.errorCount += errors.length;
  }
  result.errorCount += result.fileErrors.length;
  result.tasks = [...tasks.values()];
  result.measures = [...measures.values()];
  result.items = [...items.values()];
  return result;
}
