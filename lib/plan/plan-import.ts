import "server-only";
// Import and export of the task granulation list. The office uploads its sheet as it is: the
// layout is found (sheet-layout.ts), the columns are mapped (the template's at once, any
// other through the mapping step, remembered per zone), every row is parsed and validated
// (plan-sheet.ts), and the dry run and the import run the same validation. Fixes typed in the
// preview are applied to the sheet before it is read again. The import writes everything in
// one transaction or nothing at all, and a row that matches the database is not written (so
// exporting and importing again is a no-op).
import { auditSnapshot, recordAudit } from "@/lib/audit/record";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma, type TxClient } from "@/lib/db/client";
import { dateFromKey, dateKey, localDateKey } from "@/lib/dates/zone-time";
import { getServerTranslator, type Translator } from "@/lib/i18n/server";
import { formatCurvePoints, curvePointsOf } from "./curve-points";
import { indicatorsKey, itemExtrasSelect, milestonesKey, writeIndicators, writeMilestones } from "./item-writes";
import { plannedPointsValue, workItemPlanSelect } from "./plan-fields";
import { parsePlanSheet, type ParsedItem, type PlanSheetParse, type SheetError } from "./plan-sheet";
import { errorWorkbook, readSheetGrid, UnreadableWorkbookError, type CellEdit } from "./plan-workbook";
import { cellAddress, cellText, gridWidth, type SheetGrid } from "./sheet-grid";
import type { FieldKey } from "./sheet-fields";
import { detectLayout, importOptions, mappedColumns, storedColumns, type ImportOptions, type MappedColumn, type MappingInput, type SheetLayout } from "./sheet-layout";
import { workbookLimitRefusal } from "./workbook-limits";
import { translateKey } from "@/lib/i18n/keys";
import { LONG_TRANSACTION_OPTIONS } from "@/lib/db/transaction-options";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type RowChange = "create" | "update" | "unchanged";

export interface ImportReportError {
  field: FieldKey | null;
  /** The sheet's column (0-based) and cell ("G5"), when the value came from one. */
  column: number | null;
  address: string | null;
  /** The column's label in the office's sheet (or the field's name). */
  header: string | null;
  /** What the cell holds now, for a fix in the preview. */
  cell: string | null;
  message: string;
  /** "header：message", exactly as the error sheet writes it. */
  text: string;
}

export interface ImportReportRow {
  row: number;
  kind: "task" | "measure" | "item";
  code: string;
  title: string;
  lead: string;
  change: RowChange | null;
  errors: ImportReportError[];
}

export interface ChangeCounts {
  create: number;
  update: number;
  unchanged: number;
}

/** The layout found and the mapping used, for the mapping step. */
export interface ImportLayout {
  sheetName: string;
  title: string | null;
  headerRow: number;
  headerRows: 1 | 2;
  template: boolean;
  /** A mapping remembered from an earlier import of a sheet with these headers. */
  remembered: boolean;
  columns: { index: number; label: string; parent: string | null; field: FieldKey | null; guess: FieldKey | null; samples: string[] }[];
  options: ImportOptions;
}

export interface PlanImportReport {
  /** True when the import wrote (or had nothing to write); always false for a dry run. */
  committed: boolean;
  dryRun: boolean;
  /** The sheet's columns are not the template's and no mapping was given or remembered. */
  needsMapping: boolean;
  layout: ImportLayout | null;
  fileErrors: string[];
  rows: ImportReportRow[];
  errorCount: number;
  tasks: ChangeCounts;
  measures: ChangeCounts;
  items: ChangeCounts;
}

export interface ImportProgress {
  phase: "read" | "validate" | "write";
  done: number;
  total: number;
}

type ProgressListener = (progress: ImportProgress) => void;

export interface ImportRequest {
  bytes: Uint8Array;
  /** The office's mapping from the mapping step; absent for the template or a remembered layout. */
  mapping?: MappingInput | null;
  /** Fixes typed in the preview, applied to the sheet before it is read. */
  edits?: CellEdit[];
  /** The header row (0-based) the office chose in the mapping step, when detection got it wrong. */
  headerRow?: number;
}

const NO_CHANGES: ChangeCounts = { create: 0, update: 0, unchanged: 0 };

// ───────────── reading the sheet and its mapping ─────────────

type Client = TxClient | typeof db;

interface ReadSheet {
  grid: SheetGrid;
  layout: SheetLayout;
  columns: MappedColumn[];
  options: ImportOptions;
  importLayout: ImportLayout;
}

function refusal(t: Translator, key: string, values?: Record<string, string | number>, layout: ImportLayout | null = null, needsMapping = false): PlanImportReport {
  return { committed: false, dryRun: true, needsMapping, layout, fileErrors: [translateKey(t, key, values)], rows: [], errorCount: 1, tasks: NO_CHANGES, measures: NO_CHANGES, items: NO_CHANGES };
}

async function defaultOptions(actor: Actor): Promise<ImportOptions> {
  const zone = await db.zone.findUniqueOrThrow({ where: { id: actor.zoneId }, select: { campaignStart: true, timeZone: true } });
  return { planYear: Number(localDateKey(new Date(), zone.timeZone).slice(0, 4)), planStart: dateKey(zone.campaignStart) };
}

async function rememberedLayout(client: Client, actor: Actor, signature: string) {
  const stored = await client.planSheetLayout.findUnique({ where: { zoneId_signature: { zoneId: actor.zoneId, signature } } });
  if (!stored) return null;
  const columns = storedColumns.safeParse(stored.columns);
  const options = importOptions.safeParse(stored.options);
  return columns.success ? { id: stored.id, columns: columns.data, options: options.success ? options.data : null } : null;
}

/** Edits land on a copy of the grid, on cells of the sheet only (a fix corrects a cell in error). */
function applyEdits(grid: SheetGrid, edits: CellEdit[]): SheetGrid {
  if (edits.length === 0) return grid;
  const width = gridWidth(grid);
  const rows = grid.rows.map((row) => [...row]);
  for (const edit of edits) {
    const index = edit.row - 1;
    if (index < 0 || index >= rows.length || edit.column >= width) continue;
    rows[index][edit.column] = edit.value;
  }
  return { ...grid, rows };
}

/**
 * The one entry of every mode (layout, dry run, import, error sheet): size, then the
 * workbook, the fixes, the layout and the mapping. A pre-parse check of the upload belongs here.
 */
async function readSheet(actor: Actor, request: ImportRequest, t: Translator): Promise<ReadSheet | { report: PlanImportReport }> {
  const { bytes } = request;
  if (bytes.byteLength === 0) return { report: refusal(t, "planManage.import.errors.noFile") };
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { report: refusal(t, "planManage.import.errors.fileTooLarge", { max: MAX_IMPORT_BYTES / 1024 / 1024 }) };
  const overLimit = await workbookLimitRefusal(bytes);
  if (overLimit) return { report: refusal(t, overLimit.key, overLimit.values) };
  let grid: SheetGrid;
  try {
    grid = applyEdits(await readSheetGrid(bytes), request.edits ?? []);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) return { report: refusal(t, "planManage.import.errors.notXlsx") };
    throw error;
  }
  const layout = detectLayout(grid, request.mapping?.headerRow ?? request.headerRow);
  const remembered = layout.template ? null : await rememberedLayout(db, actor, layout.signature);
  // Column index → field: the office's mapping, else the remembered one (by label order), else the guesses.
  const fields = new Map<number, FieldKey | null>();
  if (request.mapping) for (const [index, field] of request.mapping.fields) fields.set(index, field);
  else if (remembered) {
    const labelled = layout.columns.filter((column) => column.label);
    labelled.forEach((column, position) => fields.set(column.index, remembered.columns[position]?.field ?? null));
  }
  const options = request.mapping?.options ?? remembered?.options ?? (await defaultOptions(actor));
  const importLayout: ImportLayout = {
    sheetName: layout.sheetName,
    title: layout.title,
    headerRow: layout.headerRow,
    headerRows: layout.headerRows,
    template: layout.template,
    remembered: remembered !== null,
    columns: layout.columns.map((column) => ({ ...column, field: fields.has(column.index) ? fields.get(column.index)! : column.guess })),
    options,
  };
  if (!layout.template && !request.mapping && !remembered) {
    return { report: refusal(t, "planManage.import.errors.needsMapping", {}, importLayout, true) };
  }
  const { columns, problems } = mappedColumns(layout, fields);
  if (problems.length) {
    const report = refusal(t, problems[0].key, problems[0].values, importLayout, !layout.template);
    report.fileErrors = problems.map((problem) => translateKey(t, problem.key, problem.values));
    report.errorCount = problems.length;
    return { report };
  }
  return { grid, layout, columns, options, importLayout };
}

/** The layout found in the file and the mapping that would be used, for the mapping step. Writes nothing. */
export async function inspectPlanSheet(actor: Actor, request: ImportRequest): Promise<{ layout: ImportLayout | null; fileErrors: string[] }> {
  authorize(actor, "plan.manage");
  const t = await getServerTranslator();
  const read = await readSheet(actor, request, t);
  if ("report" in read) return { layout: read.report.layout, fileErrors: read.report.layout ? [] : read.report.fileErrors };
  return { layout: read.importLayout, fileErrors: [] };
}

/** The office confirmed its mapping: remembered for the next sheet with the same headers. */
async function rememberMapping(actor: Actor, read: ReadSheet): Promise<void> {
  if (read.layout.template) return;
  const labelled = read.importLayout.columns.filter((column) => column.label);
  const columns = labelled.map((column) => ({ label: column.label, parent: column.parent, field: read.columns.find((mapped) => mapped.index === column.index)?.field ?? null }));
  const data = { sheetName: read.layout.sheetName, title: read.layout.title, columns, options: read.options, usedAt: new Date(), updatedById: actor.id };
  await db.$transaction(async (tx) => {
    const before = await tx.planSheetLayout.findUnique({ where: { zoneId_signature: { zoneId: actor.zoneId, signature: read.layout.signature } } });
    const saved = await tx.planSheetLayout.upsert({
      where: { zoneId_signature: { zoneId: actor.zoneId, signature: read.layout.signature } },
      create: { zoneId: actor.zoneId, signature: read.layout.signature, ...data },
      update: data,
      select: { id: true },
    });
    const changed = !before || JSON.stringify(before.columns) !== JSON.stringify(columns) || JSON.stringify(before.options) !== JSON.stringify(read.options);
    if (changed) {
      await recordAudit(tx, actor, {
        action: "planImport.mapping",
        entityType: "PlanSheetLayout",
        entityId: saved.id,
        before: before ? { columns: before.columns, options: before.options } : null,
        after: { signature: read.layout.signature, columns, options: read.options },
      });
    }
  });
}

// ───────────── validation against the database ─────────────

const existingItemSelect = {
  ...workItemPlanSelect,
  ...itemExtrasSelect,
  id: true,
  measureId: true,
  leadUnitId: true,
  cooperators: { select: { unitId: true } },
} as const satisfies Prisma.WorkItemSelect;

type ExistingItem = Prisma.WorkItemGetPayload<{ select: typeof existingItemSelect }>;

interface ExistingPlan {
  tasks: Map<string, { id: string; title: string }>;
  measures: Map<string, { id: string; title: string; taskId: string }>;
  items: Map<string, ExistingItem>;
}

async function loadContext(client: Client, actor: Actor) {
  const [units, locked, zone] = await Promise.all([
    client.unit.findMany({ where: { zoneId: actor.zoneId }, select: { id: true, code: true, name: true, shortName: true, aliases: true, kind: true, isMember: true, active: true }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }] }),
    client.workItem.findMany({ where: { zoneId: actor.zoneId, OR: [{ source: { not: "PLAN" } }, { status: "ARCHIVED" }] }, select: { code: true, source: true } }),
    client.zone.findUniqueOrThrow({ where: { id: actor.zoneId }, select: { campaignEnd: true } }),
  ]);
  return {
    units,
    lockedItemCodes: new Map(locked.map((item) => [item.code, item.source === "PLAN" ? ("archived" as const) : ("meetingDecision" as const)])),
    campaignEnd: dateKey(zone.campaignEnd),
  };
}

async function loadExisting(client: Client, actor: Actor, parse: PlanSheetParse): Promise<ExistingPlan> {
  const [tasks, measures, items] = await Promise.all([
    client.task.findMany({ where: { zoneId: actor.zoneId, code: { in: parse.tasks.map((task) => task.code) } }, select: { id: true, code: true, title: true } }),
    client.measure.findMany({ where: { zoneId: actor.zoneId, code: { in: parse.measures.map((measure) => measure.code) } }, select: { id: true, code: true, title: true, taskId: true } }),
    client.workItem.findMany({ where: { zoneId: actor.zoneId, code: { in: parse.items.map((item) => item.code) } }, select: existingItemSelect }),
  ]);
  return {
    tasks: new Map(tasks.map((task) => [task.code, task])),
    measures: new Map(measures.map((measure) => [measure.code, measure])),
    items: new Map(items.map((item) => [item.code, item])),
  };
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

/** The columns an item row writes: a field the sheet has no column for is left as it is. */
function itemData(item: ParsedItem, measureId: string, options: ImportOptions, existing: ExistingItem | undefined) {
  const data: Prisma.WorkItemUncheckedUpdateInput & { measureId: string; title: string; leadUnitId: string; startDate: Date; dueDate: Date } = {
    measureId,
    title: item.title,
    leadUnitId: item.leadUnitId,
    startDate: dateFromKey(item.startDate ?? (existing ? dateKey(existing.startDate) : options.planStart)),
    dueDate: dateFromKey(item.dueDate),
  };
  if (item.recurrence !== undefined) data.recurrence = item.recurrence;
  if (item.leaderName !== undefined) data.leaderName = item.leaderName;
  if (item.ownerName !== undefined) data.ownerName = item.ownerName;
  if (item.deliverable !== undefined) data.deliverable = item.deliverable;
  if (item.description !== undefined) data.description = item.description;
  if (item.plannedCurve !== undefined) {
    data.plannedCurve = item.plannedCurve;
    data.plannedPoints = plannedPointsValue(item.plannedCurve, item.plannedPoints ?? []);
  }
  return data;
}

function itemChanged(item: ParsedItem, existing: ExistingItem, measureId: string | undefined): boolean {
  return (
    existing.title !== item.title ||
    existing.measureId !== measureId ||
    existing.leadUnitId !== item.leadUnitId ||
    !sameSet(existing.cooperators.map((cooperator) => cooperator.unitId), item.cooperatorIds) ||
    (item.startDate !== null && dateKey(existing.startDate) !== item.startDate) ||
    dateKey(existing.dueDate) !== item.dueDate ||
    (item.recurrence !== undefined && existing.recurrence !== item.recurrence) ||
    (item.leaderName !== undefined && existing.leaderName !== item.leaderName) ||
    (item.ownerName !== undefined && existing.ownerName !== item.ownerName) ||
    (item.deliverable !== undefined && existing.deliverable !== item.deliverable) ||
    (item.description !== undefined && existing.description !== item.description) ||
    (item.plannedCurve !== undefined &&
      (existing.plannedCurve !== item.plannedCurve || formatCurvePoints(curvePointsOf(existing.plannedPoints)) !== formatCurvePoints(item.plannedPoints ?? []))) ||
    (item.indicators !== undefined && indicatorsKey(existing.indicators) !== indicatorsKey(item.indicators)) ||
    (item.milestones !== undefined && milestonesKey(existing.milestones) !== milestonesKey(item.milestones))
  );
}

/** A deactivated unit may stay where it already is, but not be put on an item anew. */
function inactiveUnitErrors(item: ParsedItem, existing: ExistingItem | undefined): SheetError[] {
  return item.inactiveUnits
    .filter(({ unitId }) => (unitId === item.leadUnitId ? existing?.leadUnitId !== unitId : !existing?.cooperators.some((cooperator) => cooperator.unitId === unitId) && existing?.leadUnitId !== unitId))
    .map(({ name, field, column }) => ({ field, column, key: "planManage.import.errors.inactiveUnit", values: { name } }));
}

interface ImportPlan {
  parse: PlanSheetParse;
  existing: ExistingPlan;
  taskChanges: Map<string, RowChange>;
  measureChanges: Map<string, RowChange>;
  itemChanges: Map<string, RowChange>;
}

function planChanges(parse: PlanSheetParse, existing: ExistingPlan): ImportPlan {
  const taskChanges = new Map<string, RowChange>();
  for (const task of parse.tasks) {
    const current = existing.tasks.get(task.code);
    taskChanges.set(task.code, !current ? "create" : current.title !== task.title ? "update" : "unchanged");
  }
  const measureChanges = new Map<string, RowChange>();
  for (const measure of parse.measures) {
    const current = existing.measures.get(measure.code);
    const taskId = existing.tasks.get(measure.taskCode)?.id;
    measureChanges.set(measure.code, !current ? "create" : current.title !== measure.title || current.taskId !== taskId ? "update" : "unchanged");
  }
  const itemChanges = new Map<string, RowChange>();
  const rowsByNumber = new Map(parse.rows.map((row) => [row.row, row]));
  for (const item of parse.items) {
    const current = existing.items.get(item.code);
    const errors = inactiveUnitErrors(item, current);
    // Without a start in the sheet an existing item keeps its own: the due date must still follow it.
    if (current && item.startDate === null && item.dueDate < dateKey(current.startDate)) errors.push({ field: "dueDate", column: null, key: "planManage.rules.dueBeforeStart" });
    if (errors.length) {
      rowsByNumber.get(item.row)!.errors.push(...errors);
      parse.errorCount += errors.length;
    }
    itemChanges.set(item.code, !current ? "create" : itemChanged(item, current, existing.measures.get(item.measureCode)?.id) ? "update" : "unchanged");
  }
  return { parse, existing, taskChanges, measureChanges, itemChanges };
}

function counts(changes: Map<string, RowChange>): ChangeCounts {
  const result: ChangeCounts = { create: 0, update: 0, unchanged: 0 };
  for (const change of changes.values()) result[change] += 1;
  return result;
}

const FIELD_LABELS: Record<FieldKey, string> = {
  seq: "序号", taskCode: "任务编号", taskTitle: "任务", measureCode: "措施编号", measureTitle: "措施", itemCode: "事项编号", itemTitle: "事项名称",
  responsible: "责任单位", leadUnit: "牵头单位", cooperators: "配合单位", leaderName: "牵头市领导", ownerName: "责任人", startDate: "开始日期",
  dueDate: "完成时限", recurrence: "周期", milestone: "阶段目标", deliverable: "成果形式", indicatorName: "指标名称", indicatorUnit: "计量单位",
  indicatorDirection: "指标方向", indicatorBaseline: "基数", indicatorTarget: "目标值", plannedCurve: "进度曲线", description: "备注",
};

function report(plan: ImportPlan | null, parse: PlanSheetParse, read: ReadSheet, t: Translator, flags: { dryRun: boolean; committed: boolean }): PlanImportReport {
  const labels = new Map(read.layout.columns.map((column) => [column.index, column.parent ? `${column.parent}/${column.label}` : column.label]));
  const changeOf = (row: PlanSheetParse["rows"][number]): RowChange | null => {
    if (!plan || row.errors.length) return null;
    if (row.kind === "item") {
      const changes = row.itemCodes.map((code) => plan.itemChanges.get(code)).filter((change): change is RowChange => change !== undefined);
      return changes.includes("create") ? "create" : changes.includes("update") ? "update" : (changes[0] ?? null);
    }
    return (row.kind === "measure" ? plan.measureChanges : plan.taskChanges).get(row.summary.code) ?? null;
  };
  const errorOf = (row: number, error: SheetError): ImportReportError => {
    const message = translateKey(t, error.key, error.values);
    const header = (error.column !== null ? labels.get(error.column) : undefined) || (error.field ? FIELD_LABELS[error.field] : null);
    return {
      field: error.field,
      column: error.column,
      address: error.column !== null ? cellAddress(row - 1, error.column) : null,
      header,
      cell: error.column !== null ? cellText(read.grid.rows[row - 1]?.[error.column]) : null,
      message,
      text: header ? `${header}：${message}` : message,
    };
  };
  return {
    ...flags,
    needsMapping: false,
    layout: read.importLayout,
    fileErrors: parse.fileErrors.map((error) => translateKey(t, error.key, error.values)),
    rows: parse.rows.map((row) => ({ row: row.row, kind: row.kind, ...row.summary, change: changeOf(row), errors: row.errors.map((error) => errorOf(row.row, error)) })),
    errorCount: parse.errorCount,
    tasks: plan ? counts(plan.taskChanges) : NO_CHANGES,
    measures: plan ? counts(plan.measureChanges) : NO_CHANGES,
    items: plan ? counts(plan.itemChanges) : NO_CHANGES,
  };
}

async function validate(client: Client, actor: Actor, read: ReadSheet): Promise<ImportPlan> {
  const parse = parsePlanSheet(read.grid, read.layout, read.columns, read.options, await loadContext(client, actor));
  return planChanges(parse, await loadExisting(client, actor, parse));
}

/** Parses and validates the file against the database; writes nothing to the plan (a confirmed mapping is remembered). */
export async function dryRunPlanImport(actor: Actor, request: ImportRequest | Uint8Array, onProgress: ProgressListener = () => {}): Promise<PlanImportReport> {
  authorize(actor, "plan.manage");
  const t = await getServerTranslator();
  const read = await readSheet(actor, asRequest(request), t);
  if ("report" in read) return read.report;
  if (asRequest(request).mapping) await rememberMapping(actor, read);
  const total = dataRowCount(read);
  onProgress({ phase: "validate", done: 0, total });
  const plan = await validate(db, actor, read);
  onProgress({ phase: "validate", done: total, total });
  return report(plan, plan.parse, read, t, { dryRun: true, committed: false });
}

/** Rows under the header (blank ones included: progress counts what is read). */
function dataRowCount(read: ReadSheet): number {
  return Math.max(0, read.grid.rows.length - read.layout.headerRow - read.layout.headerRows);
}

function asRequest(request: ImportRequest | Uint8Array): ImportRequest {
  return request instanceof Uint8Array ? { bytes: request } : request;
}

/** The office's sheet back with an error column, the fixes typed so far applied; null when the file cannot be read. */
export async function planErrorWorkbook(actor: Actor, request: ImportRequest): Promise<Buffer | null> {
  authorize(actor, "plan.manage");
  const t = await getServerTranslator();
  const read = await readSheet(actor, request, t);
  if ("report" in read) return null;
  const plan = await validate(db, actor, read);
  const result = report(plan, plan.parse, read, t, { dryRun: true, committed: false });
  return errorWorkbook(request.bytes, {
    headerRow: read.layout.headerRow,
    headerRows: read.layout.headerRows,
    edits: request.edits ?? [],
    rows: result.rows.map((row) => ({ row: row.row, errors: row.errors.map((error) => ({ column: error.column, text: error.text })) })),
  });
}

// ───────────── the import ─────────────

const PROGRESS_STEP = 50;

async function applyPlan(tx: TxClient, actor: Actor, plan: ImportPlan, options: ImportOptions, onProgress: ProgressListener): Promise<void> {
  const { parse, existing } = plan;
  const audits: Prisma.AuditLogCreateManyInput[] = [];
  const audit = (action: string, entityType: string, entityId: string, before: unknown, after: unknown) =>
    audits.push({ zoneId: actor.zoneId, actorId: actor.id, action, entityType, entityId, before: before === null ? undefined : (auditSnapshot(before) as object), after: auditSnapshot(after) as object });
  // New rows go after the existing ones, in the order of the file.
  const zone = { where: { zoneId: actor.zoneId }, _max: { sortOrder: true } } as const;
  const [taskMax, measureMax, itemMax] = [await tx.task.aggregate(zone), await tx.measure.aggregate(zone), await tx.workItem.aggregate(zone)];

  const taskIds = new Map([...existing.tasks].map(([code, task]) => [code, task.id]));
  let taskSort = (taskMax._max.sortOrder ?? 0) + 1;
  for (const task of parse.tasks) {
    const change = plan.taskChanges.get(task.code);
    const current = existing.tasks.get(task.code);
    if (change === "create") {
      const created = await tx.task.create({ data: { zoneId: actor.zoneId, code: task.code, title: task.title, sortOrder: taskSort++ }, select: { id: true, code: true, title: true } });
      taskIds.set(task.code, created.id);
      audit("task.import", "Task", created.id, null, created);
    } else if (change === "update" && current) {
      await tx.task.update({ where: { id: current.id }, data: { title: task.title } });
      audit("task.import", "Task", current.id, current, { ...current, title: task.title });
    }
  }

  const measureIds = new Map([...existing.measures].map(([code, measure]) => [code, measure.id]));
  let measureSort = (measureMax._max.sortOrder ?? 0) + 1;
  for (const measure of parse.measures) {
    const change = plan.measureChanges.get(measure.code);
    const current = existing.measures.get(measure.code);
    const taskId = taskIds.get(measure.taskCode)!;
    if (change === "create") {
      const created = await tx.measure.create({ data: { zoneId: actor.zoneId, taskId, code: measure.code, title: measure.title, sortOrder: measureSort++ }, select: { id: true, code: true, title: true, taskId: true } });
      measureIds.set(measure.code, created.id);
      audit("measure.import", "Measure", created.id, null, created);
    } else if (change === "update" && current) {
      await tx.measure.update({ where: { id: current.id }, data: { title: measure.title, taskId } });
      audit("measure.import", "Measure", current.id, current, { ...current, title: measure.title, taskId });
    }
  }

  const writes = parse.items.filter((item) => plan.itemChanges.get(item.code) !== "unchanged");
  let itemSort = (itemMax._max.sortOrder ?? 0) + 1;
  let done = 0;
  onProgress({ phase: "write", done, total: writes.length });
  for (const item of writes) {
    const measureId = measureIds.get(item.measureCode)!;
    const current = existing.items.get(item.code);
    const data = itemData(item, measureId, options, current);
    const after = { code: item.code, ...data, cooperatorIds: item.cooperatorIds, indicators: item.indicators, milestones: item.milestones };
    let id: string;
    if (!current) {
      const created = await tx.workItem.create({
        data: { ...data, zoneId: actor.zoneId, code: item.code, source: "PLAN", sortOrder: itemSort++, cooperators: { create: item.cooperatorIds.map((unitId) => ({ unitId })) } } as Prisma.WorkItemUncheckedCreateInput,
        select: { id: true },
      });
      id = created.id;
    } else {
      id = current.id;
      await tx.workItemCooperator.deleteMany({ where: { workItemId: id, unitId: { notIn: item.cooperatorIds } } });
      await tx.workItemCooperator.createMany({ data: item.cooperatorIds.map((unitId) => ({ workItemId: id, unitId })), skipDuplicates: true });
      await tx.workItem.update({ where: { id }, data });
    }
    // Indicators and stage targets only when they changed: most updates touch a date or a title.
    if (item.indicators !== undefined && (!current || indicatorsKey(current.indicators) !== indicatorsKey(item.indicators))) await writeIndicators(tx, id, item.indicators, { byId: false });
    if (item.milestones !== undefined && (!current || milestonesKey(current.milestones) !== milestonesKey(item.milestones))) await writeMilestones(tx, id, item.milestones);
    audit("workItem.import", "WorkItem", id, current ?? null, after);
    done += 1;
    if (done % PROGRESS_STEP === 0 || done === writes.length) onProgress({ phase: "write", done, total: writes.length });
  }
  if (audits.length) await tx.auditLog.createMany({ data: audits });
  await recordAudit(tx, actor, {
    action: "plan.import",
    entityType: "Plan",
    after: { tasks: counts(plan.taskChanges), measures: counts(plan.measureChanges), items: counts(plan.itemChanges), rows: parse.rows.length },
  });
}

function hasChanges(plan: ImportPlan): boolean {
  return [plan.taskChanges, plan.measureChanges, plan.itemChanges].some((changes) => [...changes.values()].some((change) => change !== "unchanged"));
}

/**
 * Validates again inside one transaction and writes the whole file, or nothing when any
 * row has an error. Creates and updates tasks, measures and work items by code; never
 * deletes what the file does not mention.
 */
export async function commitPlanImport(actor: Actor, request: ImportRequest | Uint8Array, onProgress: ProgressListener = () => {}, translator?: Translator): Promise<PlanImportReport> {
  authorize(actor, "plan.manage");
  const t = translator ?? (await getServerTranslator());
  const read = await readSheet(actor, asRequest(request), t);
  if ("report" in read) return { ...read.report, dryRun: false };
  if (asRequest(request).mapping) await rememberMapping(actor, read);
  const total = dataRowCount(read);
  onProgress({ phase: "validate", done: 0, total });
  return db.$transaction(
    async (tx) => {
      const plan = await validate(tx, actor, read);
      onProgress({ phase: "validate", done: total, total });
      if (plan.parse.errorCount > 0) return report(plan, plan.parse, read, t, { dryRun: false, committed: false });
      if (hasChanges(plan)) await applyPlan(tx, actor, plan, read.options, onProgress);
      return report(plan, plan.parse, read, t, { dryRun: false, committed: true });
    },
    LONG_TRANSACTION_OPTIONS.planImport,
  );
}
