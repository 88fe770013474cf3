// The layout of an office's sheet: where its header is (title, note and blank rows above it are
// skipped; a second header row under merged cells is read: 责任单位 over 牵头/配合, 阶段目标 over
// 6月底/12月底), what each column holds (a guess from its label, which the office corrects in
// the mapping step), and the signature under which the mapping is remembered. Pure.
import { z } from "zod";
import { cellText, gridWidth, mergeAt, type SheetGrid } from "./sheet-grid";
import { FIELD_KEYS, type FieldKey } from "./sheet-fields";


/** Fields that may be mapped to several columns: each further column is one more indicator or stage target. */
export const REPEATABLE_FIELDS: ReadonlySet<FieldKey> = new Set(["milestone", "indicatorName", "indicatorUnit", "indicatorDirection", "indicatorBaseline", "indicatorTarget"]);

/** The template's columns, in order (the export writes them; the import reads them without a mapping step). */
export const TEMPLATE_COLUMNS: readonly { key: FieldKey; header: string; width: number }[] = [
  { key: "taskCode", header: "任务编号", width: 10 },
  { key: "taskTitle", header: "任务名称", width: 26 },
  { key: "measureCode", header: "措施编号", width: 10 },
  { key: "measureTitle", header: "措施名称", width: 30 },
  { key: "itemCode", header: "事项编号", width: 12 },
  { key: "itemTitle", header: "事项名称", width: 44 },
  { key: "leadUnit", header: "牵头单位", width: 26 },
  { key: "cooperators", header: "配合单位（顿号分隔）", width: 40 },
  { key: "leaderName", header: "牵头市领导", width: 12 },
  { key: "ownerName", header: "责任人", width: 12 },
  { key: "startDate", header: "开始日期", width: 13 },
  { key: "dueDate", header: "完成时限", width: 13 },
  { key: "recurrence", header: "周期", width: 10 },
  { key: "milestone", header: "阶段目标", width: 40 },
  { key: "deliverable", header: "成果形式", width: 30 },
  { key: "indicatorName", header: "指标名称", width: 26 },
  { key: "indicatorUnit", header: "计量单位", width: 10 },
  { key: "indicatorDirection", header: "指标方向", width: 10 },
  { key: "indicatorBaseline", header: "基数", width: 11 },
  { key: "indicatorTarget", header: "目标值", width: 11 },
  { key: "plannedCurve", header: "进度曲线", width: 36 },
  { key: "description", header: "备注", width: 30 },
];

/** Labels that name a field exactly (after normalizeLabel). */
const EXACT: [FieldKey, string[]][] = [
  ["seq", ["序号", "编号", "序"]],
  ["taskCode", ["任务编号"]],
  ["taskTitle", ["任务名称", "重点任务", "主要任务", "任务", "一级任务", "重点工作", "工作任务类别", "任务类别"]],
  ["measureCode", ["措施编号"]],
  ["measureTitle", ["措施名称", "具体措施", "措施", "工作措施", "主要措施", "二级任务", "重点举措", "举措", "具体举措"]],
  ["itemCode", ["事项编号"]],
  ["itemTitle", ["事项名称", "工作事项", "事项", "具体事项", "分解事项", "工作内容", "具体工作", "任务内容", "工作任务", "具体任务", "主要内容", "具体工作内容", "工作要点", "任务事项"]],
  ["responsible", ["责任单位", "责任部门", "承办单位", "落实单位", "责任主体", "实施单位"]],
  ["leadUnit", ["牵头单位", "牵头部门", "主责单位", "主办单位", "牵头"]],
  ["cooperators", ["配合单位", "配合部门", "协办单位", "参与单位", "协助单位", "配合"]],
  ["leaderName", ["牵头市领导", "责任市领导", "分管市领导", "市领导", "牵头领导", "责任领导", "分管领导", "包抓领导", "包联领导"]],
  ["ownerName", ["责任人", "具体责任人", "负责人", "责任人员"]],
  ["startDate", ["开始日期", "开始时间", "起始时间", "启动时间"]],
  ["dueDate", ["完成时限", "完成时间", "时间节点", "时限", "时限要求", "完成期限", "截止时间", "截止日期", "完成日期", "时间要求", "完成时限要求"]],
  ["recurrence", ["周期", "频次", "频率", "报送频次", "推进周期"]],
  ["milestone", ["阶段目标", "阶段性目标", "节点目标", "进度安排", "阶段安排", "节点安排", "分阶段目标"]],
  ["deliverable", ["成果形式", "预期成果", "完成标志", "成果", "工作成果", "成果要求", "预期效果"]],
  ["indicatorName", ["指标名称", "指标", "考核指标", "量化指标", "主要指标"]],
  ["indicatorUnit", ["计量单位", "单位", "指标单位"]],
  ["indicatorDirection", ["指标方向", "方向", "指标属性"]],
  ["indicatorBaseline", ["基数", "基期值", "现状值", "基准值", "现状", "现有基础", "基础值", "基期"]],
  ["indicatorTarget", ["目标值", "目标", "年度目标", "预期目标", "目标任务", "指标值", "目标数"]],
  ["plannedCurve", ["进度曲线"]],
  ["description", ["备注", "说明", "备注说明"]],
];

const EXACT_INDEX = new Map<string, FieldKey>(EXACT.flatMap(([field, labels]) => labels.map((label) => [label, field] as [string, FieldKey])));

/** Words inside a label, tried in order when no label matches exactly. */
const CONTAINS: [RegExp, FieldKey][] = [
  [/市领导|分管领导|包抓领导/, "leaderName"],
  [/责任人|负责人/, "ownerName"],
  [/牵头/, "leadUnit"],
  [/配合|协办|参与单位|协助/, "cooperators"],
  [/责任单位|责任部门|承办|落实单位/, "responsible"],
  [/阶段/, "milestone"],
  [/时限|完成时间|截止|完成期限/, "dueDate"],
  [/开始/, "startDate"],
  [/基数|现状|基期|基础值/, "indicatorBaseline"],
  [/目标值|预期目标|年度目标/, "indicatorTarget"],
  [/计量/, "indicatorUnit"],
  [/指标/, "indicatorName"],
  [/成果|完成标志/, "deliverable"],
  [/备注/, "description"],
  [/措施|举措/, "measureTitle"],
  [/事项|工作内容|具体工作/, "itemTitle"],
  [/任务/, "taskTitle"],
  [/序号/, "seq"],
  [/周期|频次/, "recurrence"],
];

/** Spaces, line breaks, bracketed hints, required-marks and trailing colons do not count. */
export function normalizeLabel(text: string): string {
  return text
    .replace(/\s+/g, "")
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/[*＊:：]/g, "");
}

/** The product's field a column with this label (under this parent label) most likely holds. */
export function guessField(label: string, parent: string | null = null): FieldKey | null {
  const text = normalizeLabel(label);
  const upper = parent ? normalizeLabel(parent) : null;
  if (!text) return null;
  if (upper) {
    if (/阶段|节点目标|进度安排/.test(upper) && !/开始|完成时限/.test(text)) return "milestone";
    if (/责任单位|责任部门|承办|落实单位|单位/.test(upper)) {
      if (/牵头|主责|主办/.test(text)) return "leadUnit";
      if (/配合|协办|参与|协助/.test(text)) return "cooperators";
      if (/责任人|负责人/.test(text)) return "ownerName";
      if (/领导/.test(text)) return "leaderName";
    }
    if (/指标/.test(upper)) {
      if (/名称|指标/.test(text)) return "indicatorName";
      if (/单位/.test(text)) return "indicatorUnit";
      if (/方向|属性/.test(text)) return "indicatorDirection";
      if (/基数|现状|基期|基础|基准/.test(text)) return "indicatorBaseline";
      if (/目标/.test(text)) return "indicatorTarget";
    }
    if (/时间|时限|期限/.test(upper)) {
      if (/开始|起始|启动/.test(text)) return "startDate";
      if (/完成|截止|结束/.test(text)) return "dueDate";
    }
  }
  const exact = EXACT_INDEX.get(text);
  if (exact) return exact;
  if (text.length > 12) return null;
  return CONTAINS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

export interface LayoutColumn {
  /** 0-based column of the sheet. */
  index: number;
  label: string;
  /** The label of the merged header cell above, in a two-level header. */
  parent: string | null;
  guess: FieldKey | null;
  /** The first values under the header, for the mapping step. */
  samples: string[];
}

export interface SheetLayout {
  sheetName: string;
  /** The text above the header (the sheet's title), if any. */
  title: string | null;
  /** 0-based row of the (upper) header row. */
  headerRow: number;
  /** 1, or 2 for a two-level header. */
  headerRows: 1 | 2;
  columns: LayoutColumn[];
  /** The normalised labels: how the mapping is found again. */
  signature: string;
  /** Every label is one of the template's: no mapping step needed. */
  template: boolean;
}

const HEADER_SEARCH_ROWS = 30;
const SAMPLE_COUNT = 3;

function rowTexts(grid: SheetGrid, row: number, width: number): string[] {
  return Array.from({ length: width }, (_, column) => cellText(grid.rows[row]?.[column]));
}

/** How header-like a row is: the distinct short labels in it that name a field. */
function headerScore(texts: string[]): number {
  const distinct = new Set(texts.filter((text) => text && text.length <= 16));
  let score = 0;
  for (const text of distinct) if (guessField(text)) score += 1;
  return score;
}

const TEMPLATE_LABELS = new Set(TEMPLATE_COLUMNS.map((column) => normalizeLabel(column.header)));

export function layoutSignature(columns: { label: string; parent: string | null }[]): string {
  return columns.map((column) => (column.parent ? `${normalizeLabel(column.parent)}/` : "") + normalizeLabel(column.label)).join("|");
}

/** Finds the header (or takes `headerRow`, 0-based, when the office names it) and reads the columns. */
export function detectLayout(grid: SheetGrid, headerRow?: number): SheetLayout {
  const width = gridWidth(grid);
  let header = headerRow ?? 0;
  if (headerRow === undefined) {
    let best = 0;
    for (let row = 0; row < Math.min(grid.rows.length, HEADER_SEARCH_ROWS); row += 1) {
      const score = headerScore(rowTexts(grid, row, width));
      if (score > best) {
        best = score;
        header = row;
      }
    }
  }
  // The best row may be the lower half of a two-level header (its labels filled from cells merged
  // down from the row above, or under a merged parent): the header starts one row up.
  if (headerRow === undefined && header > 0) {
    const upper = header - 1;
    const mergedDown = grid.merges.some((range) => range.top === upper && range.bottom >= header);
    const parentAbove = grid.merges.some((range) => range.top === upper && range.bottom === upper && range.right > range.left) && headerScore(rowTexts(grid, upper, width)) >= 2;
    if (mergedDown || parentAbove) header = upper;
  }
  const top = rowTexts(grid, header, width);
  const below = rowTexts(grid, header + 1, width);

  // A second header row: under a merged (or empty) header cell there is a different label,
  // and nothing in the row reads as data (numbers, dates).
  const spans = (column: number) => {
    const range = mergeAt(grid, header, column);
    return range !== null && range.top === header && range.bottom === header && range.right > range.left;
  };
  const verticallyMerged = (column: number) => {
    const range = mergeAt(grid, header, column);
    return range !== null && range.top <= header && range.bottom > header;
  };
  const underParent = below.map((text, column) => Boolean(text) && !verticallyMerged(column) && (spans(column) || !top[column]) && text !== top[column]);
  const dataLike = below.some((text) => /^\d+([.．]\d+)*$/.test(text) || /^\d{4}-\d{2}-\d{2}$/.test(text));
  const twoLevel = !dataLike && underParent.some(Boolean) && below.every((text, column) => !text || underParent[column] || text === top[column] || text.length <= 12);

  const parentOf = (column: number): string | null => {
    if (top[column]) return top[column];
    for (let left = column - 1; left >= 0; left -= 1) if (top[left]) return top[left];
    return null;
  };
  const headerRows: 1 | 2 = twoLevel ? 2 : 1;
  const firstData = header + headerRows;
  // A group row ("一、……" across the row) is no example of a column.
  const groupRow = grid.rows.map((_, row) => {
    const texts = rowTexts(grid, row, width).filter(Boolean);
    return texts.length > 1 && new Set(texts).size === 1;
  });
  const columns: LayoutColumn[] = [];
  for (let column = 0; column < width; column += 1) {
    const isChild = twoLevel && underParent[column];
    const label = isChild ? below[column] : top[column];
    const parent = isChild ? parentOf(column) : null;
    const samples: string[] = [];
    for (let row = firstData; row < grid.rows.length && samples.length < SAMPLE_COUNT; row += 1) {
      if (groupRow[row]) continue;
      const text = cellText(grid.rows[row]?.[column]);
      if (text && !samples.includes(text)) samples.push(text);
    }
    if (!label && samples.length === 0) continue;
    columns.push({ index: column, label, parent, guess: guessField(label, parent), samples });
  }
  const titleRow = grid.rows.slice(0, header).map((row) => row.map(cellText).find(Boolean)).find(Boolean);
  const labelled = columns.filter((column) => column.label);
  return {
    sheetName: grid.sheetName,
    title: titleRow ?? null,
    headerRow: header,
    headerRows,
    columns,
    signature: layoutSignature(labelled),
    template: headerRows === 1 && labelled.length > 0 && labelled.every((column) => TEMPLATE_LABELS.has(normalizeLabel(column.label))),
  };
}

// ───────────── the mapping the office confirms ─────────────

/** One column of a remembered layout (PlanSheetLayout.columns). */
export const storedColumn = z.object({
  label: z.string().max(200),
  parent: z.string().max(200).nullable(),
  field: z.enum(FIELD_KEYS).nullable(),
});
export const storedColumns = z.array(storedColumn).max(200);
export type StoredColumn = z.output<typeof storedColumn>;

export const importOptions = z.object({
  /** The year of deadlines written without one ("6月底前"). */
  planYear: z.coerce.number().int().min(2000).max(2100),
  /** The start of items whose sheet gives none. */
  planStart: z.iso.date(),
});
export type ImportOptions = z.output<typeof importOptions>;

/** What the mapping step sends: the header row and a field (or none) per column index. */
export const mappingInput = z.object({
  headerRow: z.number().int().min(0).max(HEADER_SEARCH_ROWS),
  /** [column index, field] pairs, kept in a Map: the indexes are the office's, never object keys. */
  fields: z.array(z.tuple([z.number().int().min(0).max(500), z.enum(FIELD_KEYS).nullable()])).max(500),
  options: importOptions,
});
export type MappingInput = z.output<typeof mappingInput>;

export interface MappedColumn {
  index: number;
  label: string;
  parent: string | null;
  field: FieldKey;
}

export type MappingProblem = { key: string; values?: Record<string, string | number> };

/** The columns with a field; problems when a field that cannot repeat is mapped twice, or the essentials are missing. */
export function mappedColumns(layout: SheetLayout, fields: Map<number, FieldKey | null>): { columns: MappedColumn[]; problems: MappingProblem[] } {
  const columns: MappedColumn[] = [];
  for (const column of layout.columns) {
    const field = fields.has(column.index) ? fields.get(column.index)! : column.guess;
    if (field) columns.push({ index: column.index, label: column.label, parent: column.parent, field });
  }
  const problems: MappingProblem[] = [];
  const seen = new Map<FieldKey, string>();
  for (const column of columns) {
    const first = seen.get(column.field);
    if (first !== undefined && !REPEATABLE_FIELDS.has(column.field)) problems.push({ key: "planManage.import.mapping.twice", values: { first, second: column.label } });
    if (first === undefined) seen.set(column.field, column.label);
  }
  if (!seen.has("itemTitle")) problems.push({ key: "planManage.import.mapping.needsItem" });
  if (!seen.has("responsible") && !seen.has("leadUnit")) problems.push({ key: "planManage.import.mapping.needsUnit" });
  return { columns, problems };
}
