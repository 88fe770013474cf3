import "server-only";
// Import and export of the task granulation list. The dry run and the import run the same
// validation; the import writes everything in one transaction or nothing at all, and a row
// that matches the database is not written (so exporting and importing again is a no-op).
import { auditSnapshot, recordAudit } from "@/lib/audit/record";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma, type TxClient } from "@/lib/db/client";
import { Prisma as PrismaRuntime } from "@/lib/db/generated/client";
import { dateFromKey, dateKey } from "@/lib/dates/zone-time";
import { getServerTranslator, type Translator } from "@/lib/i18n/server";
import { canonicalDecimal } from "@/lib/server/exact-decimal";
import { formatCurvePoints, curvePointsOf } from "./curve-points";
import { curveCellText, parsePlanSheet, type ColumnKey, type ParsedItem, type PlanSheetParse, type RowValues, type SheetError } from "./plan-sheet";
import type { CurveKind, CurvePoint } from "./planned-progress";
import { buildPlanWorkbook, readPlanWorkbook, UnreadableWorkbookError } from "./plan-workbook";
import { workbookLimitRefusal } from "./workbook-limits";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type RowChange = "create" | "update" | "unchanged";

export interface ImportReportRow {
  row: number;
  kind: "task" | "measure" | "item";
  values: RowValues;
  change: RowChange | null;
  errors: { column: ColumnKey | null; message: string }[];
}

export interface ChangeCounts {
  create: number;
  update: number;
  unchanged: number;
}

export interface PlanImportReport {
  /** True when the import wrote (or had nothing to write); always false for a dry run. */
  committed: boolean;
  dryRun: boolean;
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

/** The columns of a work item that the spreadsheet carries (its units aside). */
export const workItemSheetSelect = {
  code: true,
  title: true,
  startDate: true,
  dueDate: true,
  deliverable: true,
  indicatorName: true,
  indicatorUnit: true,
  indicatorBaseline: true,
  indicatorTarget: true,
  plannedCurve: true,
  plannedPoints: true,
} as const satisfies Prisma.WorkItemSelect;

// ───────────── export ─────────────

const exportItemSelect = {
  ...workItemSheetSelect,
  leadUnit: { select: { name: true } },
  cooperators: { select: { unit: { select: { name: true } } }, orderBy: [{ unit: { sortOrder: "asc" } }, { unit: { code: "asc" } }] },
} as const satisfies Prisma.WorkItemSelect;

/** The plan as sheet rows: every live plan item, and a row for a task or measure without items. */
export async function exportPlanRows(actor: Actor): Promise<RowValues[]> {
  authorize(actor, "plan.read");
  const tasks = await db.task.findMany({
    where: { zoneId: actor.zoneId },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: {
      code: true,
      title: true,
      measures: {
        orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
        select: {
          code: true,
          title: true,
          workItems: { where: { source: "PLAN", status: { not: "ARCHIVED" } }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: exportItemSelect },
        },
      },
    },
  });
  const empty: RowValues = {
    taskCode: "", taskTitle: "", measureCode: "", measureTitle: "", itemCode: "", itemTitle: "", leadUnit: "", cooperators: "", startDate: "", dueDate: "",
    deliverable: "", indicatorName: "", indicatorUnit: "", indicatorBaseline: "", indicatorTarget: "", plannedCurve: "",
  };
  const rows: RowValues[] = [];
  for (const task of tasks) {
    const taskValues = { ...empty, taskCode: task.code, taskTitle: task.title };
    if (task.measures.length === 0) rows.push(taskValues);
    for (const measure of task.measures) {
      const measureValues = { ...taskValues, measureCode: measure.code, measureTitle: measure.title };
      if (measure.workItems.length === 0) rows.push(measureValues);
      for (const item of measure.workItems) {
        rows.push({
          ...measureValues,
          itemCode: item.code,
          itemTitle: item.title,
          leadUnit: item.leadUnit.name,
          cooperators: item.cooperators.map((cooperator) => cooperator.unit.name).join("、"),
          startDate: dateKey(item.startDate),
          dueDate: dateKey(item.dueDate),
          deliverable: item.deliverable ?? "",
          indicatorName: item.indicatorName ?? "",
          indicatorUnit: item.indicatorUnit ?? "",
          indicatorBaseline: canonicalDecimal(item.indicatorBaseline, 4) ?? "",
          indicatorTarget: canonicalDecimal(item.indicatorTarget, 4) ?? "",
          plannedCurve: curveCellText(item.plannedCurve, curvePointsOf(item.plannedPoints)),
        });
      }
    }
  }
  return rows;
}

async function workbookUnits(actor: Actor) {
  return db.unit.findMany({ where: { zoneId: actor.zoneId, active: true }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { name: true, shortName: true } });
}

export async function exportPlanWorkbook(actor: Actor): Promise<Buffer> {
  const rows = await exportPlanRows(actor);
  return buildPlanWorkbook(rows, await workbookUnits(actor));
}

export async function planTemplateWorkbook(actor: Actor): Promise<Buffer> {
  authorize(actor, "plan.read");
  return buildPlanWorkbook([], await workbookUnits(actor));
}

// ───────────── validation against the database ─────────────

const existingItemSelect = {
  ...workItemSheetSelect,
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

type Client = TxClient | typeof db;

async function loadContext(client: Client, actor: Actor) {
  const [units, locked] = await Promise.all([
    client.unit.findMany({ where: { zoneId: actor.zoneId }, select: { id: true, name: true, shortName: true, active: true } }),
    client.workItem.findMany({ where: { zoneId: actor.zoneId, OR: [{ source: { not: "PLAN" } }, { status: "ARCHIVED" }] }, select: { code: true, source: true } }),
  ]);
  return { units, lockedItemCodes: new Map(locked.map((item) => [item.code, item.source === "PLAN" ? ("archived" as const) : ("meetingDecision" as const)])) };
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

function itemChanged(item: ParsedItem, existing: ExistingItem, measureId: string | undefined): boolean {
  return (
    existing.title !== item.title ||
    existing.measureId !== measureId ||
    existing.leadUnitId !== item.leadUnitId ||
    !sameSet(existing.cooperators.map((cooperator) => cooperator.unitId), item.cooperatorIds) ||
    dateKey(existing.startDate) !== item.startDate ||
    dateKey(existing.dueDate) !== item.dueDate ||
    existing.deliverable !== item.deliverable ||
    existing.indicatorName !== item.indicatorName ||
    existing.indicatorUnit !== item.indicatorUnit ||
    canonicalDecimal(existing.indicatorBaseline, 4) !== item.indicatorBaseline ||
    canonicalDecimal(existing.indicatorTarget, 4) !== item.indicatorTarget ||
    existing.plannedCurve !== item.plannedCurve ||
    formatCurvePoints(curvePointsOf(existing.plannedPoints)) !== formatCurvePoints(item.plannedPoints)
  );
}

/** A deactivated unit may stay where it already is, but not be put on an item anew. */
function inactiveUnitErrors(item: ParsedItem, existing: ExistingItem | undefined): SheetError[] {
  return item.inactiveUnits
    .filter(({ unitId, column }) =>
      column === "leadUnit" ? existing?.leadUnitId !== unitId : !existing?.cooperators.some((cooperator) => cooperator.unitId === unitId) && existing?.leadUnitId !== unitId,
    )
    .map(({ name, column }) => ({ column, key: "planManage.import.errors.inactiveUnit", values: { name } }));
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

function message(t: Translator, error: SheetError): string {
  return t(error.key, error.values);
}

function report(plan: ImportPlan | null, parse: PlanSheetParse, t: Translator, flags: { dryRun: boolean; committed: boolean }): PlanImportReport {
  const changeOf = (kind: ImportReportRow["kind"], values: RowValues): RowChange | null => {
    if (!plan) return null;
    if (kind === "item") return plan.itemChanges.get(values.itemCode) ?? null;
    if (kind === "measure") return plan.measureChanges.get(values.measureCode) ?? null;
    return plan.taskChanges.get(values.taskCode) ?? null;
  };
  return {
    ...flags,
    fileErrors: parse.fileErrors.map((error) => message(t, error)),
    rows: parse.rows.map((row) => ({
      row: row.row,
      kind: row.kind,
      values: row.values,
      change: row.errors.length ? null : changeOf(row.kind, row.values),
      errors: row.errors.map((error) => ({ column: error.column, message: message(t, error) })),
    })),
    errorCount: parse.errorCount,
    tasks: plan ? counts(plan.taskChanges) : { create: 0, update: 0, unchanged: 0 },
    measures: plan ? counts(plan.measureChanges) : { create: 0, update: 0, unchanged: 0 },
    items: plan ? counts(plan.itemChanges) : { create: 0, update: 0, unchanged: 0 },
  };
}

async function readRows(bytes: Uint8Array, t: Translator): Promise<{ rows: unknown[][] } | { report: PlanImportReport }> {
  const refuse = (key: string, values?: Record<string, string | number>) => ({
    report: { committed: false, dryRun: true, fileErrors: [t(key, values)], rows: [], errorCount: 1, tasks: counts(new Map()), measures: counts(new Map()), items: counts(new Map()) },
  });
  if (bytes.byteLength === 0) return refuse("planManage.import.errors.noFile");
  if (bytes.byteLength > MAX_IMPORT_BYTES) return refuse("planManage.import.errors.fileTooLarge", { max: MAX_IMPORT_BYTES / 1024 / 1024 });
  const overLimit = await workbookLimitRefusal(bytes);
  if (overLimit) return refuse(overLimit.key, overLimit.values);
  try {
    return { rows: await readPlanWorkbook(bytes) };
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) return refuse("planManage.import.errors.notXlsx");
    throw error;
  }
}

async function validate(client: Client, actor: Actor, rows: unknown[][]): Promise<ImportPlan> {
  const parse = parsePlanSheet(rows, await loadContext(client, actor));
  return planChanges(parse, await loadExisting(client, actor, parse));
}

/** Parses and validates the file against the database; writes nothing. */
export async function dryRunPlanImport(actor: Actor, bytes: Uint8Array, onProgress: ProgressListener = () => {}): Promise<PlanImportReport> {
  authorize(actor, "plan.manage");
  const t = await getServerTranslator();
  const read = await readRows(bytes, t);
  if ("report" in read) return read.report;
  onProgress({ phase: "validate", done: 0, total: read.rows.length - 1 });
  const plan = await validate(db, actor, read.rows);
  onProgress({ phase: "validate", done: read.rows.length - 1, total: read.rows.length - 1 });
  return report(plan, plan.parse, t, { dryRun: true, committed: false });
}

// ───────────── the import ─────────────

/** The JSON column of a curve: the points of a CUSTOM curve, SQL NULL otherwise. */
export function plannedPointsValue(curve: CurveKind, points: CurvePoint[]): Prisma.InputJsonValue | typeof PrismaRuntime.DbNull {
  return curve === "CUSTOM" ? points.map((point) => ({ date: point.date, percent: point.percent })) : PrismaRuntime.DbNull;
}

function itemData(item: ParsedItem, measureId: string) {
  return {
    measureId,
    title: item.title,
    leadUnitId: item.leadUnitId,
    startDate: dateFromKey(item.startDate),
    dueDate: dateFromKey(item.dueDate),
    deliverable: item.deliverable,
    indicatorName: item.indicatorName,
    indicatorUnit: item.indicatorUnit,
    indicatorBaseline: item.indicatorBaseline,
    indicatorTarget: item.indicatorTarget,
    plannedCurve: item.plannedCurve,
    plannedPoints: plannedPointsValue(item.plannedCurve, item.plannedPoints),
  };
}

const PROGRESS_STEP = 50;

async function applyPlan(tx: TxClient, actor: Actor, plan: ImportPlan, onProgress: ProgressListener): Promise<void> {
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
    const data = itemData(item, measureId);
    if (!current) {
      const created = await tx.workItem.create({
        data: { ...data, zoneId: actor.zoneId, code: item.code, source: "PLAN", sortOrder: itemSort++, cooperators: { create: item.cooperatorIds.map((unitId) => ({ unitId })) } },
        select: { id: true },
      });
      audit("workItem.import", "WorkItem", created.id, null, { code: item.code, ...data, plannedPoints: item.plannedPoints, cooperatorIds: item.cooperatorIds });
    } else {
      await tx.workItemCooperator.deleteMany({ where: { workItemId: current.id, unitId: { notIn: item.cooperatorIds } } });
      await tx.workItemCooperator.createMany({ data: item.cooperatorIds.map((unitId) => ({ workItemId: current.id, unitId })), skipDuplicates: true });
      await tx.workItem.update({ where: { id: current.id }, data });
      audit("workItem.import", "WorkItem", current.id, current, { code: item.code, ...data, plannedPoints: item.plannedPoints, cooperatorIds: item.cooperatorIds });
    }
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
export async function commitPlanImport(actor: Actor, bytes: Uint8Array, onProgress: ProgressListener = () => {}): Promise<PlanImportReport> {
  authorize(actor, "plan.manage");
  const t = await getServerTranslator();
  const read = await readRows(bytes, t);
  if ("report" in read) return read.report;
  const total = read.rows.length - 1;
  onProgress({ phase: "validate", done: 0, total });
  return db.$transaction(
    async (tx) => {
      const plan = await validate(tx, actor, read.rows);
      onProgress({ phase: "validate", done: total, total });
      if (plan.parse.errorCount > 0) return report(plan, plan.parse, t, { dryRun: false, committed: false });
      if (hasChanges(plan)) await applyPlan(tx, actor, plan, onProgress);
      return report(plan, plan.parse, t, { dryRun: false, committed: true });
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
