// The task granulation list (任务分解清单) read from a sheet: the template's layout or the
// office's own, once its columns are mapped (sheet-layout.ts). Every row is parsed and
// validated; errors name the field and the sheet's column. Pure: the caller passes the
// zone's units and the codes the import may not touch; the database and exceljs live
// elsewhere (plan-import.ts, plan-workbook.ts). Messages are i18n keys with values. The
// accepted layouts: docs/plan-import.md.
import { formatCurvePoints, parseCurvePoints } from "./curve-points";
import { isCountUnit, parseDirection, type IndicatorDirection } from "./indicators";
import type { IndicatorWrite, MilestoneWrite } from "./item-writes";
import { halfWidth, parseDeadline, parseMilestones, parseNumbering, parseQuantity, parseResponsible, stripCount, type NamedUnit, type Numbering } from "./office-text";
import type { CurveKind, CurvePoint, Recurrence } from "./planned-progress";
import { cellDate, cellText, isBlankRow, type SheetGrid } from "./sheet-grid";
import type { FieldKey } from "./sheet-fields";
import type { ImportOptions, MappedColumn, SheetLayout } from "./sheet-layout";
import { CODE_PATTERN, workItemIssues, type RuleIssue } from "./work-item-rules";

export const PLAN_SHEET_NAME = "任务分解清单";
export const MAX_IMPORT_ROWS = 5000;

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

export const RECURRENCE_LABELS: Record<Recurrence, string> = { NONE: "一次性", MONTHLY: "每月", QUARTERLY: "每季度", STANDING: "长期坚持" };

/** A row of the sheet, by field: what the template export writes. */
export type SheetValues = Partial<Record<FieldKey, string>>;

export interface SheetError {
  /** The product's field the error is about; null for the row as a whole. */
  field: FieldKey | null;
  /** The sheet's column (0-based) holding the value; null when the value came from no cell. */
  column: number | null;
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

export interface ParsedItem {
  code: string;
  title: string;
  measureCode: string;
  leadUnitId: string;
  cooperatorIds: string[];
  /** Null when the sheet gives none: the plan's start for a new item, the item's own for an existing one. */
  startDate: string | null;
  dueDate: string;
  /** Undefined when the sheet does not say (no 周期 column, a plain date): an update keeps the item's. */
  recurrence?: Recurrence;
  // Fields whose column the sheet does not have are undefined: an update leaves them alone.
  leaderName?: string | null;
  ownerName?: string | null;
  deliverable?: string | null;
  description?: string | null;
  plannedCurve?: CurveKind;
  plannedPoints?: CurvePoint[];
  indicators?: IndicatorWrite[];
  milestones?: MilestoneWrite[];
  /** Deactivated units named on the row: allowed only where the item already has them (checked with the database). */
  inactiveUnits: { unitId: string; name: string; field: FieldKey; column: number | null }[];
  row: number;
}

export interface SheetRow {
  /** The row number Excel shows. */
  row: number;
  kind: "task" | "measure" | "item";
  /** What the preview shows of the row. */
  summary: { code: string; title: string; lead: string };
  /** The codes of the items the row wrote to (a group as lead unit makes one item per unit). */
  itemCodes: string[];
  errors: SheetError[];
}

export interface PlanSheetParse {
  fileErrors: SheetError[];
  rows: SheetRow[];
  tasks: ParsedTask[];
  measures: ParsedMeasure[];
  items: ParsedItem[];
  errorCount: number;
  /** The fields the sheet has a column for. */
  fields: ReadonlySet<FieldKey>;
}

export interface UnitRef {
  id: string;
  code: string;
  name: string;
  shortName: string;
  aliases: string[];
  kind: string;
  isMember: boolean;
  active: boolean;
}

export interface PlanSheetContext {
  units: UnitRef[];
  /** Work-item codes the import may not write: meeting decisions and archived items. */
  lockedItemCodes: Map<string, "meetingDecision" | "archived">;
  /** Where standing work (长期坚持) without a date ends: the campaign's end. */
  campaignEnd: string;
}

// ───────────── units ─────────────

/** Names offices use for groups of units, and who is in them. */
const UNIT_GROUPS: { names: string[]; includes: (unit: UnitRef) => boolean }[] = [
  { names: ["各县区政府", "各县（区）政府", "各县区人民政府", "各区县政府", "各县（市、区）政府", "各县市区政府", "各县区"], includes: (unit) => unit.kind === "DISTRICT" },
  { names: ["各园区管委会", "各园区", "各产业园区管委会", "各园区管理委员会", "各园区管委"], includes: (unit) => unit.kind === "PARK" },
  { names: ["领导小组各成员单位", "各成员单位", "领导小组成员单位"], includes: (unit) => unit.isMember && unit.kind !== "OFFICE" },
];

type UnitMatch = { units: UnitRef[]; group: boolean } | { error: string };

export class UnitMatcher {
  private readonly byName = new Map<string, UnitRef[]>();
  private readonly groups = new Map<string, UnitRef[]>();

  constructor(units: UnitRef[]) {
    const add = (key: string, unit: UnitRef) => {
      const list = this.byName.get(key) ?? [];
      if (!list.includes(unit)) list.push(unit);
      this.byName.set(key, list);
    };
    // Full names first: a full name wins over another unit's short name or alias.
    for (const unit of units) add(unit.name, unit);
    for (const unit of units) {
      if (!this.byName.has(unit.shortName) || this.byName.get(unit.shortName)!.some((other) => other.shortName === unit.shortName && other !== unit)) add(unit.shortName, unit);
      for (const alias of unit.aliases) if (!this.byName.get(alias)?.some((other) => other.name === alias)) add(alias, unit);
    }
    for (const group of UNIT_GROUPS) {
      const members = units.filter((unit) => unit.active && group.includes(unit));
      for (const name of group.names) this.groups.set(normalizeName(name), members);
    }
  }

  /** By full name, short name or alias (one unit), or a group name (its active units). */
  match(raw: string): UnitMatch {
    const name = normalizeName(raw);
    const found = this.byName.get(name) ?? this.byName.get(raw.trim());
    if (found?.length === 1) return { units: found, group: false };
    if (found && found.length > 1) return { error: "planManage.import.errors.ambiguousUnit" };
    const group = this.groups.get(name);
    if (group) return group.length ? { units: group, group: true } : { error: "planManage.import.errors.emptyGroup" };
    return { error: "planManage.import.errors.unknownUnit" };
  }
}

function normalizeName(text: string): string {
  return halfWidth(text).replace(/\s+/g, "").replace(/\(/g, "（").replace(/\)/g, "）");
}

// ───────────── cells ─────────────

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

function recurrenceOf(text: string): Recurrence | null {
  if (!text || /^(一次性|一次|无|否|不适用|none)$/i.test(text)) return "NONE";
  const parsed = parseDeadline(text, 2000);
  return parsed && parsed.date === null ? parsed.recurrence : (Object.entries(RECURRENCE_LABELS).find(([, label]) => label === text)?.[0] as Recurrence | undefined) ?? null;
}

const TEXT_LIMITS: Partial<Record<FieldKey, number>> = {
  taskTitle: 100,
  measureTitle: 200,
  itemTitle: 200,
  deliverable: 200,
  indicatorName: 100,
  indicatorUnit: 20,
  leaderName: 50,
  ownerName: 50,
  description: 2000,
};

/** A start date: a date cell or text; a month alone ("2026年3月") is its first day. */
function startOf(value: unknown, planYear: number): string | null {
  const date = cellDate(value);
  if (date) return date;
  const text = halfWidth(cellText(value)).replace(/\s+/g, "");
  const month = /^(?:(\d{4})年)?(\d{1,2})月(?:份|初|起)?$/.exec(text);
  if (month) {
    const number = Number(month[2]);
    return number >= 1 && number <= 12 ? `${month[1] ?? planYear}-${String(number).padStart(2, "0")}-01` : null;
  }
  return parseDeadline(text, planYear)?.date ?? null;
}

// ───────────── the sheet's columns, by field ─────────────

class Columns {
  private readonly byField = new Map<FieldKey, MappedColumn[]>();

  constructor(columns: MappedColumn[]) {
    for (const column of columns) this.byField.set(column.field, [...(this.byField.get(column.field) ?? []), column]);
  }

  has(field: FieldKey): boolean {
    return this.byField.has(field);
  }

  all(field: FieldKey): MappedColumn[] {
    return this.byField.get(field) ?? [];
  }

  first(field: FieldKey): MappedColumn | null {
    return this.byField.get(field)?.[0] ?? null;
  }

  fields(): Set<FieldKey> {
    return new Set(this.byField.keys());
  }
}

/** The cells of one row as the parser reads them. */
class RowCells {
  constructor(
    private readonly cells: unknown[],
    private readonly columns: Columns,
  ) {}

  raw(field: FieldKey, slot = 0): unknown {
    const column = this.columns.all(field)[slot];
    return column ? this.cells[column.index] : undefined;
  }

  text(field: FieldKey, slot = 0): string {
    return cellText(this.raw(field, slot));
  }

  column(field: FieldKey, slot = 0): number | null {
    return this.columns.all(field)[slot]?.index ?? null;
  }

  /** True when any of these fields has a value on the row. */
  any(fields: FieldKey[]): boolean {
    return fields.some((field) => this.columns.all(field).some((_, slot) => this.text(field, slot) !== ""));
  }

  /** Distinct non-empty texts of the whole row. */
  distinctTexts(): string[] {
    return [...new Set(this.cells.map(cellText).filter(Boolean))];
  }
}

const ITEM_FIELDS: FieldKey[] = [
  "responsible", "leadUnit", "cooperators", "leaderName", "ownerName", "startDate", "dueDate", "recurrence", "milestone", "deliverable",
  "indicatorName", "indicatorUnit", "indicatorDirection", "indicatorBaseline", "indicatorTarget", "plannedCurve", "description",
];
const INDICATOR_FIELDS: FieldKey[] = ["indicatorName", "indicatorUnit", "indicatorDirection", "indicatorBaseline", "indicatorTarget"];

// ───────────── parsing ─────────────

interface Hierarchy {
  task: ParsedTask | null;
  measure: ParsedMeasure | null;
}

interface ItemDraft {
  item: ParsedItem;
  /** Copies of the item when a group leads it (one per unit): continuation rows add to each. */
  copies: ParsedItem[];
  /** The sheet column of each indicator's fields and of each stage target, for errors. */
  indicatorSources: Partial<Record<FieldKey, number | null>>[];
  milestoneSources: (number | null)[];
  /** The sheet column a field of the item came from. */
  columnOf: (field: FieldKey) => number | null;
}

const NOTE_ROW = /^(注|备注|说明|填表说明|填报说明)[:：\d.、]/;

/**
 * Parses and validates every data row of the sheet under the mapped columns. A work item may
 * span several rows, one per indicator: the rows after the first repeat its code (or, without
 * a code column, its title, as merged cells do) and add an indicator or a stage target.
 */
export function parsePlanSheet(grid: SheetGrid, layout: Pick<SheetLayout, "headerRow" | "headerRows">, mapped: MappedColumn[], options: ImportOptions, context: PlanSheetContext): PlanSheetParse {
  const columns = new Columns(mapped);
  const fields = columns.fields();
  const result: PlanSheetParse = { fileErrors: [], rows: [], tasks: [], measures: [], items: [], errorCount: 0, fields };
  const dataRows: { cells: unknown[]; row: number }[] = [];
  for (let index = layout.headerRow + layout.headerRows; index < grid.rows.length; index += 1) {
    if (!isBlankRow(grid.rows[index])) dataRows.push({ cells: grid.rows[index], row: index + 1 });
  }
  if (dataRows.length === 0) result.fileErrors.push({ field: null, column: null, key: "planManage.import.errors.noRows" });
  if (dataRows.length > MAX_IMPORT_ROWS) {
    result.fileErrors.push({ field: null, column: null, key: "planManage.import.errors.tooManyRows", values: { max: MAX_IMPORT_ROWS } });
    result.errorCount = 1;
    return result;
  }

  const units = new UnitMatcher(context.units);
  const explicitCodes = columns.has("itemCode");
  // Levels the columns do not give are given by group rows ("一、……", "（一）……"), in that order.
  const groupLevels: ("task" | "measure")[] = [...(columns.has("taskTitle") || columns.has("taskCode") ? [] : (["task"] as const)), ...(columns.has("measureTitle") || columns.has("measureCode") ? [] : (["measure"] as const))];
  const groupStyles: Numbering["style"][] = [];
  const hierarchy: Hierarchy = { task: null, measure: null };

  const tasks = new Map<string, ParsedTask>();
  const measures = new Map<string, ParsedMeasure>();
  const items = new Map<string, ParsedItem>();
  const taskOrdinals = new Map<string, string>();
  const measureOrdinals = new Map<string, string>();
  const itemsPerMeasure = new Map<string, number>();
  let previous: { draft: ItemDraft; seq: string; title: string; code: string } | null = null;

  const declareTask = (code: string, title: string, row: number, errors: SheetError[], column: number | null) => {
    const seen = tasks.get(code);
    if (!seen) {
      if (!title) errors.push({ field: "taskTitle", column, key: "validation.required" });
      else tasks.set(code, { code, title, row });
    } else if (title && title !== seen.title) errors.push({ field: "taskTitle", column, key: "planManage.import.errors.titleConflict", values: { code, row: seen.row } });
  };
  const declareMeasure = (code: string, title: string, taskCode: string, row: number, errors: SheetError[], column: number | null, taskColumn: number | null) => {
    const seen = measures.get(code);
    if (!seen) {
      if (!title) errors.push({ field: "measureTitle", column, key: "validation.required" });
      else if (taskCode) measures.set(code, { code, title, taskCode, row });
    } else {
      if (title && title !== seen.title) errors.push({ field: "measureTitle", column, key: "planManage.import.errors.titleConflict", values: { code, row: seen.row } });
      if (taskCode && seen.taskCode !== taskCode) errors.push({ field: "taskCode", column: taskColumn, key: "planManage.import.errors.measureTaskConflict", values: { code, task: seen.taskCode, row: seen.row } });
    }
  };

  for (const { cells, row } of dataRows) {
    const cell = new RowCells(cells, columns);
    const errors: SheetError[] = [];
    const error = (field: FieldKey | null, column: number | null, key: string, values?: SheetError["values"]) => errors.push({ field, column, key, ...(values ? { values } : {}) });
    const push = (kind: SheetRow["kind"], summary: SheetRow["summary"], itemCodes: string[] = []) => {
      result.rows.push({ row, kind, summary, itemCodes, errors });
      result.errorCount += errors.length;
    };

    // A note under the list ("注：……") is not a row to import.
    const texts = cell.distinctTexts();
    if (texts.length === 1 && NOTE_ROW.test(texts[0])) continue;

    // A group row: one text across the row (a merged cell), numbered or counted.
    const itemTitleText = cell.text("itemTitle");
    if (groupLevels.length > 0 && texts.length === 1 && (!itemTitleText || itemTitleText === texts[0])) {
      const numbering = parseNumbering(texts[0]);
      if (numbering || stripCount(texts[0]) !== texts[0]) {
        const style = numbering?.style ?? "chinese";
        if (!groupStyles.includes(style)) groupStyles.push(style);
        const level = groupLevels[groupStyles.indexOf(style)];
        const title = stripCount(numbering?.rest ?? texts[0]);
        if (level === "task") {
          const code = numbering?.code ?? (numbering ? String(numbering.number) : ordinal(taskOrdinals, title));
          hierarchy.task = { code, title, row };
          hierarchy.measure = null;
          declareTask(code, title, row, errors, null);
          push("task", { code, title, lead: "" });
          previous = null;
          continue;
        }
        if (level === "measure") {
          const taskCode = hierarchy.task?.code ?? "";
          if (!taskCode) error("taskTitle", null, "planManage.import.errors.noTask");
          const code = numbering?.code ?? `${taskCode}.${numbering ? numbering.number : ordinal(measureOrdinals, `${taskCode}/${title}`, (n) => String(n))}`;
          hierarchy.measure = { code, title, taskCode, row };
          declareMeasure(code, title, taskCode, row, errors, null, null);
          push("measure", { code, title, lead: "" });
          previous = null;
          continue;
        }
      }
    }

    // A further row of the item above: its code (or, without codes, its title) again.
    const continuationTitle = explicitCodes || columns.has("seq") ? itemTitleText : (parseNumbering(itemTitleText)?.rest ?? itemTitleText);
    const continuationSeq = halfWidth(cell.text("seq"));
    const continuationCode = cell.text("itemCode");
    const continues =
      previous !== null &&
      (explicitCodes
        ? continuationCode !== "" && continuationCode === previous.code && (continuationTitle === "" || continuationTitle === previous.title)
        : (continuationSeq === "" || continuationSeq === previous.seq) && continuationTitle !== "" && continuationTitle === previous.title);
    if (continues && previous) {
      const draft = previous.draft;
      addIndicatorsAndMilestones(cell, columns, draft, errors, options);
      for (const field of ["responsible", "leadUnit", "cooperators", "dueDate", "startDate"] as FieldKey[]) {
        // Merged cells repeat their value on every row: only a different value is a conflict.
        const first = draft.item.row;
        const value = cell.text(field);
        if (value && value !== cellTextAt(grid, first, columns.first(field)?.index)) error(field, cell.column(field), "planManage.import.errors.differsFromRowAbove", { row: first });
      }
      push("item", { code: [draft.item, ...draft.copies].map((copy) => copy.code).join("、"), title: draft.item.title, lead: "" }, [draft.item, ...draft.copies].map((copy) => copy.code));
      continue;
    }

    for (const [field, max] of Object.entries(TEXT_LIMITS) as [FieldKey, number][]) {
      for (const [slot] of columns.all(field).entries()) {
        const value = field.endsWith("Title") && !explicitCodes ? stripNumbering(cell.text(field, slot)) : cell.text(field, slot);
        if (value.length > max) error(field, cell.column(field, slot), "validation.maxLength", { max });
      }
    }

    // ── the task and measure of the row
    let task: ParsedTask | null = hierarchy.task;
    if (columns.has("taskTitle") || columns.has("taskCode")) {
      const titleText = cell.text("taskTitle");
      // With a code column the title is the office's text as written; without one its numbering is the code.
      const numbering = columns.has("taskCode") ? null : parseNumbering(titleText);
      const title = columns.has("taskCode") ? titleText : stripCount(numbering?.rest ?? titleText);
      const codeText = cell.text("taskCode");
      let code = codeText || numbering?.code || (numbering ? String(numbering.number) : title ? ordinal(taskOrdinals, title) : "");
      if (!code) error(columns.has("taskCode") ? "taskCode" : "taskTitle", cell.column(columns.has("taskCode") ? "taskCode" : "taskTitle"), "validation.required");
      else if (!CODE_PATTERN.test(code)) {
        error("taskCode", cell.column("taskCode"), "planManage.rules.codeFormat");
        code = "";
      }
      task = code ? { code, title, row } : null;
      if (task) declareTask(task.code, title, row, errors, cell.column("taskTitle"));
    }
    let measure: ParsedMeasure | null = hierarchy.measure && task && hierarchy.measure.taskCode === task.code ? hierarchy.measure : null;
    if (columns.has("measureTitle") || columns.has("measureCode")) {
      const titleText = cell.text("measureTitle");
      const numbering = columns.has("measureCode") ? null : parseNumbering(titleText);
      const title = columns.has("measureCode") ? titleText : stripCount(numbering?.rest ?? titleText);
      const codeText = cell.text("measureCode");
      const taskCode = task?.code ?? "";
      let code = codeText || numbering?.code || (taskCode && (titleText || codeText) ? `${taskCode}.${numbering ? numbering.number : ordinal(measureOrdinals, `${taskCode}/${title}`, (n) => String(n))}` : "");
      if (code && !CODE_PATTERN.test(code)) {
        error("measureCode", cell.column("measureCode"), "planManage.rules.codeFormat");
        code = "";
      }
      measure = code ? { code, title, taskCode, row } : null;
      if (measure) declareMeasure(measure.code, title, taskCode, row, errors, cell.column("measureTitle"), cell.column("taskCode") ?? cell.column("taskTitle"));
    }

    const hasItem = Boolean(cell.text("itemCode") || itemTitleText);
    if (!hasItem) {
      // Declares a task (and measure) without items; item fields stay empty.
      for (const field of ITEM_FIELDS) for (const [slot] of columns.all(field).entries()) if (cell.text(field, slot)) error(field, cell.column(field, slot), "planManage.import.errors.itemFieldWithoutItem");
      if (!task) error("taskTitle", cell.column("taskTitle"), "planManage.import.errors.noTask");
      push(measure ? "measure" : "task", { code: measure?.code ?? task?.code ?? "", title: measure?.title ?? task?.title ?? "", lead: "" });
      previous = null;
      continue;
    }

    // ── the item
    // Without a code or 序号 column the title's numbering (1. / （1）) is the item's number.
    const titleNumbering = explicitCodes || columns.has("seq") ? null : parseNumbering(itemTitleText);
    const title = titleNumbering?.rest ?? itemTitleText;
    const seqText = halfWidth(cell.text("seq"));
    const codeText = cell.text("itemCode");
    if (!task) error(columns.has("taskTitle") ? "taskTitle" : null, cell.column("taskTitle"), "planManage.import.errors.noTask");
    if (task && !measure) {
      // Only one level above the items: they go under a measure named as their task.
      if (columns.has("measureTitle") || columns.has("measureCode")) error("measureTitle", cell.column("measureTitle") ?? cell.column("measureCode"), "validation.required");
      else {
        measure = { code: `${task.code}.0`, title: task.title, taskCode: task.code, row };
        declareMeasure(measure.code, task.title, task.code, row, errors, null, null);
      }
    }

    const measureCode = measure?.code ?? "";
    let code = codeText;
    if (!explicitCodes) {
      const seqCode = parseNumbering(seqText)?.code ?? (CODE_PATTERN.test(seqText) && seqText.includes(".") ? seqText : null);
      const seqNumber = /^\d{1,3}$/.test(seqText) ? Number(seqText) : null;
      const position = (itemsPerMeasure.get(measureCode) ?? 0) + 1;
      code = seqCode ?? titleNumbering?.code ?? (measureCode ? `${measureCode}.${seqNumber ?? titleNumbering?.number ?? position}` : "");
    }
    if (measureCode) itemsPerMeasure.set(measureCode, (itemsPerMeasure.get(measureCode) ?? 0) + 1);
    const codeColumn = explicitCodes ? cell.column("itemCode") : (cell.column("seq") ?? cell.column("itemTitle"));
    if (!code) {
      if (explicitCodes) error("itemCode", codeColumn, "validation.required");
    } else if (!CODE_PATTERN.test(code)) error(explicitCodes ? "itemCode" : "seq", codeColumn, "planManage.rules.codeFormat");
    if (!title) error("itemTitle", cell.column("itemTitle"), "validation.required");

    // Units: 责任单位 (with 牵头/配合 in it), or 牵头单位 and 配合单位 columns.
    const named: (NamedUnit & { field: FieldKey; column: number | null })[] = [];
    for (const field of ["responsible", "leadUnit", "cooperators"] as FieldKey[]) {
      for (const [slot, column] of columns.all(field).entries()) {
        for (const unit of parseResponsible(cell.text(field, slot))) {
          named.push({ ...unit, role: field === "leadUnit" ? "lead" : field === "cooperators" ? "cooperator" : unit.role, field, column: column.index });
        }
      }
    }
    const inactiveUnits: ParsedItem["inactiveUnits"] = [];
    const resolved: { units: UnitRef[]; group: boolean; role: NamedUnit["role"]; name: string; field: FieldKey; column: number | null }[] = [];
    for (const unit of named) {
      const match = units.match(unit.name);
      if ("error" in match) {
        error(unit.field, unit.column, match.error, { name: unit.name });
        continue;
      }
      for (const found of match.units) if (!found.active) inactiveUnits.push({ unitId: found.id, name: unit.name, field: unit.field, column: unit.column });
      resolved.push({ ...match, role: unit.role, name: unit.name, field: unit.field, column: unit.column });
    }
    const unitsFailed = named.length !== resolved.length;
    const leads = resolved.filter((unit) => unit.role === "lead");
    // Offices list the lead unit first when they do not mark it.
    const lead = leads[0] ?? resolved.find((unit) => unit.role === null) ?? null;
    const leadField = columns.has("leadUnit") ? "leadUnit" : "responsible";
    if (leads.length > 1 && new Set(leads.flatMap((unit) => unit.units.map((found) => found.id))).size > 1) {
      error(leads[1].field, leads[1].column, "planManage.import.errors.severalLeads", { names: leads.map((unit) => unit.name).join("、") });
    } else if (!lead && !unitsFailed) error(leadField, cell.column(leadField), "planManage.rules.leadUnitRequired");
    const cooperatorIds = [...new Set(resolved.filter((unit) => unit !== lead).flatMap((unit) => unit.units.map((found) => found.id)))];

    // Dates and recurrence.
    let dueDate: string | null = null;
    let recurrence: Recurrence | undefined;
    const dueText = cell.text("dueDate");
    if (!dueText && !cell.text("recurrence")) error("dueDate", cell.column("dueDate"), "validation.required");
    else if (dueText) {
      const date = cellDate(cell.raw("dueDate"));
      const deadline = date ? { date, recurrence: "NONE" as Recurrence } : parseDeadline(dueText, options.planYear);
      if (!deadline) error("dueDate", cell.column("dueDate"), "planManage.import.errors.badDeadline", { value: dueText });
      else {
        dueDate = deadline.date;
        if (deadline.recurrence !== "NONE") recurrence = deadline.recurrence;
      }
    }
    if (columns.has("recurrence")) {
      const stated = recurrenceOf(cell.text("recurrence"));
      if (stated === null) error("recurrence", cell.column("recurrence"), "planManage.import.errors.badRecurrence", { value: cell.text("recurrence") });
      else if (stated !== "NONE" || recurrence === undefined) recurrence = stated;
    }
    // Recurring work without an end runs to the end of the plan's year; standing work to the campaign's end.
    if (!dueDate && recurrence && recurrence !== "NONE") dueDate = recurrence === "STANDING" ? context.campaignEnd : `${options.planYear}-12-31`;
    let startDate: string | null = null;
    const startGiven = cell.text("startDate") !== "";
    if (startGiven) {
      startDate = startOf(cell.raw("startDate"), options.planYear);
      if (!startDate) error("startDate", cell.column("startDate"), "planManage.import.errors.badDate", { value: cell.text("startDate") });
    }
    // The rules about dates judge only dates that could be read.
    const datesSound = dueDate !== null && (!startGiven || startDate !== null);

    // The curve (the template's column).
    let plannedCurve: CurveKind | undefined;
    let plannedPoints: CurvePoint[] | undefined;
    if (columns.has("plannedCurve")) {
      const curveText = cell.text("plannedCurve");
      const curve = curveOf(curveText);
      plannedPoints = [];
      if (!curve) error("plannedCurve", cell.column("plannedCurve"), "planManage.import.errors.badCurve", { value: curveText });
      else {
        plannedCurve = curve.kind;
        if (curve.rest) {
          const points = parseCurvePoints(curve.rest);
          if (points.ok) plannedPoints = points.points;
          else error("plannedCurve", cell.column("plannedCurve"), "planManage.rules.pointFormat");
        }
      }
    }

    const optionalText = (field: FieldKey) => (columns.has(field) ? cell.text(field) || null : undefined);
    const item: ParsedItem = {
      code,
      title,
      measureCode,
      leadUnitId: lead?.units[0]?.id ?? "",
      cooperatorIds,
      startDate,
      dueDate: dueDate ?? "",
      recurrence,
      leaderName: optionalText("leaderName"),
      ownerName: optionalText("ownerName"),
      deliverable: optionalText("deliverable"),
      description: optionalText("description"),
      plannedCurve,
      plannedPoints,
      indicators: INDICATOR_FIELDS.some((field) => columns.has(field)) ? [] : undefined,
      milestones: columns.has("milestone") ? [] : undefined,
      inactiveUnits,
      row,
    };
    const columnOf = (field: FieldKey) => {
      const fallback: Partial<Record<FieldKey, FieldKey[]>> = { leadUnit: ["leadUnit", "responsible"], cooperators: ["cooperators", "responsible"] };
      for (const candidate of fallback[field] ?? [field]) if (columns.has(candidate)) return columns.first(candidate)!.index;
      return null;
    };
    // A group as the lead unit (各县区政府): one item per unit of the group, each its own lead.
    const groupLead = lead?.group ? lead.units : null;
    const written = groupLead
      ? groupLead.map((unit) => ({ ...item, code: `${code}-${unit.code}`, leadUnitId: unit.id, cooperatorIds: item.cooperatorIds.filter((id) => id !== unit.id) }))
      : [item];
    const draft: ItemDraft = { item: written[0], copies: written.slice(1), indicatorSources: [], milestoneSources: [], columnOf };
    addIndicatorsAndMilestones(cell, columns, draft, errors, options);

    const judgeStart = startDate ?? options.planStart;
    const codeField: FieldKey = explicitCodes ? "itemCode" : "seq";
    const owned: string[] = [];
    for (const candidate of written) {
      for (const issue of workItemIssues({
        leadUnitId: candidate.leadUnitId || null,
        cooperatorIds: candidate.cooperatorIds,
        startDate: judgeStart,
        dueDate: candidate.dueDate || "9999-12-31",
        recurrence: recurrence ?? "NONE",
        indicators: candidate.indicators ?? [],
        milestones: candidate.milestones ?? [],
        plannedCurve: plannedCurve ?? "LINEAR",
        plannedPoints: plannedPoints ?? [],
      })) {
        // A cell already in error is not judged again by the rules that depend on it.
        if (issue.field === "leadUnitId" && (unitsFailed || !lead)) continue;
        if (issue.field === "cooperatorIds" && unitsFailed) continue;
        if ((issue.field === "dueDate" || issue.field === "plannedPoints" || issue.field === "plannedCurve" || issue.field === "milestones") && !datesSound) continue;
        const located = locateIssue(issue, draft);
        if (!errors.some((existing) => existing.key === located.key && existing.column === located.column)) errors.push(located);
      }
      if (!candidate.code) continue;
      if (groupLead && !CODE_PATTERN.test(candidate.code)) error(codeField, codeColumn, "planManage.rules.codeFormat");
      const seen = items.get(candidate.code);
      const locked = context.lockedItemCodes.get(candidate.code);
      if (seen) error(codeField, codeColumn, "planManage.import.errors.duplicateCode", { code: candidate.code, row: seen.row });
      else if (locked === "meetingDecision") error(codeField, codeColumn, "planManage.import.errors.codeOfMeetingDecision", { code: candidate.code });
      else if (locked === "archived") error(codeField, codeColumn, "planManage.import.errors.codeArchived", { code: candidate.code });
      if (!seen) {
        items.set(candidate.code, candidate);
        owned.push(candidate.code);
      }
    }
    push("item", { code: written.map((candidate) => candidate.code).join("、"), title, lead: lead?.name ?? "" }, owned);
    previous = { draft, seq: seqText, title, code: codeText };
  }

  // Items whose rows (or continuation rows) hold errors are not written.
  const failed = new Set(result.rows.filter((row) => row.errors.length > 0).flatMap((row) => row.itemCodes));
  // A failed item's code stays taken: its group copies fail with it.
  result.errorCount += result.fileErrors.length;
  result.tasks = [...tasks.values()];
  result.measures = [...measures.values()];
  result.items = [...items.values()].filter((item) => !failed.has(item.code) && item.measureCode && measures.has(item.measureCode));
  return result;
}

function cellTextAt(grid: SheetGrid, row: number, column: number | undefined): string {
  return column === undefined ? "" : cellText(grid.rows[row - 1]?.[column]);
}

function stripNumbering(text: string): string {
  return parseNumbering(text)?.rest ?? text;
}

/** Codes by order of first appearance: "1", "2", … (or as `format` writes the number). */
function ordinal(map: Map<string, string>, key: string, format: (n: number) => string = String): string {
  const found = map.get(key);
  if (found) return found;
  const prefix = key.includes("/") ? key.slice(0, key.indexOf("/") + 1) : "";
  const count = [...map.keys()].filter((other) => (prefix ? other.startsWith(prefix) : !other.includes("/"))).length;
  const code = format(count + 1);
  map.set(key, code);
  return code;
}

/** Where the rules' issue lands on the sheet: the column the indicator or stage target came from. */
function locateIssue(issue: RuleIssue, draft: ItemDraft): SheetError {
  if (issue.field === "indicators") {
    const source = draft.indicatorSources[issue.index];
    const field: FieldKey =
      issue.part === "name" ? "indicatorName" : issue.part === "unit" ? "indicatorUnit" : issue.part === "baseline" ? "indicatorBaseline" : issue.part === "direction" ? "indicatorDirection" : "indicatorTarget";
    return { field, column: source?.[field] ?? source?.indicatorTarget ?? null, key: issue.key };
  }
  if (issue.field === "milestones") return { field: "milestone", column: draft.milestoneSources[issue.index] ?? null, key: issue.key };
  const FIELD_OF: Record<string, FieldKey> = { leadUnitId: "leadUnit", cooperatorIds: "cooperators", startDate: "startDate", dueDate: "dueDate", recurrence: "recurrence", plannedCurve: "plannedCurve", plannedPoints: "plannedCurve" };
  const field = FIELD_OF[issue.field];
  return { field, column: draft.columnOf(field), key: issue.key };
}

function addIndicatorsAndMilestones(cell: RowCells, columns: Columns, draft: ItemDraft, errors: SheetError[], options: ImportOptions): void {
  const { item } = draft;
  const error = (field: FieldKey, column: number | null, key: string, values?: SheetError["values"]) => errors.push({ field, column, key, ...(values ? { values } : {}) });
  const slots = Math.max(0, ...INDICATOR_FIELDS.map((field) => columns.all(field).length));
  for (let slot = 0; slot < slots; slot += 1) {
    if (!INDICATOR_FIELDS.some((field) => cell.text(field, slot))) continue;
    const source: Partial<Record<FieldKey, number | null>> = Object.fromEntries(INDICATOR_FIELDS.map((field) => [field, cell.column(field, slot)]));
    let name = cell.text("indicatorName", slot) || null;
    let unit = cell.text("indicatorUnit", slot) || null;
    let direction: IndicatorDirection | null = null;
    const directionText = cell.text("indicatorDirection", slot);
    const parsedDirection = parseDirection(directionText);
    if (parsedDirection === "invalid") error("indicatorDirection", source.indicatorDirection ?? null, "planManage.import.errors.badDirection", { value: directionText });
    else direction = parsedDirection;
    let baseline: string | null = null;
    let target: string | null = null;
    let sound = true;
    const figure = (field: FieldKey) => {
      const text = cell.text(field, slot);
      if (!text) return null;
      const raw = cell.raw(field, slot);
      const parsed = typeof raw === "number" ? parseQuantity(String(raw)) : parseQuantity(text);
      if (parsed === "decimals") {
        error(field, source[field] ?? null, "validation.decimals");
        sound = false;
        return null;
      }
      return parsed;
    };
    const targetFigure = figure("indicatorTarget");
    const baselineFigure = figure("indicatorBaseline");
    if (cell.text("indicatorTarget", slot) && targetFigure === null && sound) {
      // A target in words ("建成投用"), not a figure: it is what the item delivers.
      if (item.deliverable === undefined || item.deliverable === null) {
        for (const copy of [item, ...draft.copies]) copy.deliverable = cell.text("indicatorTarget", slot);
        if (!name && !baselineFigure && !unit) continue;
      } else {
        error("indicatorTarget", source.indicatorTarget ?? null, "validation.number");
        sound = false;
      }
    }
    if (cell.text("indicatorBaseline", slot) && baselineFigure === null && sound) {
      error("indicatorBaseline", source.indicatorBaseline ?? null, "validation.number");
      sound = false;
    }
    if (targetFigure) {
      target = targetFigure.target;
      name ??= targetFigure.name;
      baseline = targetFigure.baseline;
      direction ??= targetFigure.direction;
    }
    if (baselineFigure) baseline = baselineFigure.target;
    const units = [unit, targetFigure?.unit ?? null, baselineFigure?.unit ?? null].filter((value): value is string => value !== null);
    if (new Set(units).size > 1) {
      error("indicatorTarget", source.indicatorTarget ?? source.indicatorBaseline ?? null, "planManage.import.errors.unitMismatch", { units: [...new Set(units)].join("、") });
      sound = false;
    }
    unit ??= units[0] ?? null;
    if (!sound) continue;
    const negative = (value: string | null) => value !== null && value.startsWith("-");
    if (isCountUnit(unit) && (negative(baseline) || negative(target))) {
      const field: FieldKey = negative(baseline) ? "indicatorBaseline" : "indicatorTarget";
      error(field, source[field] ?? source.indicatorTarget ?? null, "planManage.rules.countNotNegative");
      continue;
    }
    if (!name) {
      error("indicatorName", source.indicatorName ?? source.indicatorTarget ?? null, "planManage.rules.indicatorNameRequired");
      continue;
    }
    if (baseline === null) {
      error("indicatorBaseline", source.indicatorBaseline ?? source.indicatorTarget ?? null, "planManage.import.errors.baselineRequired");
      continue;
    }
    if (target === null) {
      error("indicatorTarget", source.indicatorTarget ?? null, "validation.required");
      continue;
    }
    for (const copy of [item, ...draft.copies]) (copy.indicators ??= []).push({ name, unit, direction: direction ?? "RISING", baseline, target });
    draft.indicatorSources.push(source);
  }

  const milestoneColumns = columns.all("milestone");
  for (const [slot, column] of milestoneColumns.entries()) {
    const text = cell.text("milestone", slot);
    if (!text) continue;
    // A column headed by its date (阶段目标 over 6月底 / 12月底) holds the target's text only.
    const dated = parseDeadline(column.label, options.planYear);
    const found = dated?.date ? [{ date: dated.date, text }] : parseMilestones(text, options.planYear);
    if (!found) {
      error("milestone", column.index, "planManage.import.errors.badMilestone", { value: text });
      continue;
    }
    for (const milestone of found) {
      if (milestone.text.length > 200) {
        error("milestone", column.index, "validation.maxLength", { max: 200 });
        continue;
      }
      for (const copy of [item, ...draft.copies]) (copy.milestones ??= []).push(milestone);
      draft.milestoneSources.push(column.index);
    }
  }
}
