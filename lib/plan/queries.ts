import "server-only";
import { authorize, unitScope, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { Prisma as PrismaSql } from "@/lib/db/generated/client";
import { dateKey, localDateKey } from "@/lib/dates/zone-time";
import { toNumber } from "@/lib/format";
import { NotFoundError } from "@/lib/server/errors";
import { searchText } from "@/lib/server/fields";
import { pageArgs, toPage, type Page } from "@/lib/server/pagination";
import { canonicalDecimal } from "@/lib/server/exact-decimal";
import { curvePointsOf, formatCurvePoints } from "./curve-points";
import type { IndicatorDirection } from "./indicators";
import { plannedProgress, timelineOf, type CurveKind, type Recurrence } from "./planned-progress";
import { BEHIND_POINTS, plannedProgressSql } from "./planned-progress-sql";
import { FIGURE_REPORTS } from "@/lib/reports/workflow";

export interface UnitRef {
  id: string;
  name: string;
  shortName: string;
}

export interface IndicatorView {
  id: string;
  name: string;
  unit: string | null;
  direction: IndicatorDirection;
  baseline: number;
  target: number;
  /** Latest reported value; null before any report gave one. */
  current: number | null;
}

export interface WorkItemRow {
  id: string;
  code: string;
  title: string;
  measureCode: string | null;
  leadUnit: UnitRef;
  cooperators: UnitRef[];
  leaderName: string | null;
  ownerName: string | null;
  startDate: string;
  dueDate: string;
  recurrence: Recurrence;
  deliverable: string | null;
  indicators: IndicatorView[];
  status: "ACTIVE" | "COMPLETED" | "ARCHIVED";
  source: "PLAN" | "MEETING_DECISION";
  progress: number;
  planned: number;
  lastReportedAt: Date | null;
}

export const workItemInclude = {
  leadUnit: { select: { id: true, name: true, shortName: true } },
  cooperators: { include: { unit: { select: { id: true, name: true, shortName: true } } }, orderBy: { unit: { sortOrder: "asc" } } },
  measure: { select: { code: true } },
  indicators: { orderBy: { seq: "asc" } },
} satisfies Prisma.WorkItemInclude;

type WorkItemWithRefs = Prisma.WorkItemGetPayload<{ include: typeof workItemInclude }>;

export function toWorkItemRow(item: WorkItemWithRefs, today: string): WorkItemRow {
  const startDate = dateKey(item.startDate);
  const dueDate = dateKey(item.dueDate);
  return {
    id: item.id,
    code: item.code,
    title: item.title,
    measureCode: item.measure?.code ?? null,
    leadUnit: item.leadUnit,
    cooperators: item.cooperators.map((cooperator) => cooperator.unit),
    leaderName: item.leaderName,
    ownerName: item.ownerName,
    startDate,
    dueDate,
    recurrence: item.recurrence,
    deliverable: item.deliverable,
    indicators: item.indicators.map((indicator) => ({
      id: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      direction: indicator.direction,
      baseline: toNumber(indicator.baseline) ?? 0,
      target: toNumber(indicator.target) ?? 0,
      current: toNumber(indicator.currentValue),
    })),
    status: item.status,
    source: item.source,
    progress: toNumber(item.progress) ?? 0,
    planned: plannedProgress(timelineOf(item), today),
    lastReportedAt: item.lastReportedAt,
  };
}

async function zoneToday(zoneId: string): Promise<string> {
  const zone = await db.zone.findUniqueOrThrow({ where: { id: zoneId }, select: { timeZone: true } });
  return localDateKey(new Date(), zone.timeZone);
}

export interface PlanFilters {
  parkId?: string;
  unitId?: string;
}

function workItemFilter(actor: Actor, filters: PlanFilters): Prisma.WorkItemWhereInput {
  const where: Prisma.WorkItemWhereInput = { zoneId: actor.zoneId, status: { not: "ARCHIVED" } };
  const and: Prisma.WorkItemWhereInput[] = [];
  if (filters.unitId) and.push({ OR: [{ leadUnitId: filters.unitId }, { cooperators: { some: { unitId: filters.unitId } } }] });
  if (filters.parkId) and.push({ leadUnit: { parkId: filters.parkId } });
  return and.length ? { ...where, AND: and } : where;
}

export interface MeasureSummary {
  id: string;
  code: string;
  title: string;
  itemCount: number;
  completedCount: number;
  progress: number;
  planned: number;
}

export interface TaskSummary {
  id: string;
  code: string;
  title: string;
  description: string | null;
  measures: MeasureSummary[];
  itemCount: number;
  progress: number;
  planned: number;
}

function average(values: number[]): number {
  return values.length ? Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10 : 0;
}

/** Tasks → measures with item counts and average actual vs planned progress. */
export async function getPlanOverview(actor: Actor, filters: PlanFilters = {}): Promise<TaskSummary[]> {
  authorize(actor, "plan.read");
  const today = await zoneToday(actor.zoneId);
  const [tasks, items] = await Promise.all([
    db.task.findMany({
      where: { zoneId: actor.zoneId },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      include: { measures: { orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { id: true, code: true, title: true } } },
    }),
    db.workItem.findMany({
      where: { ...workItemFilter(actor, filters), source: "PLAN" },
      select: { measureId: true, progress: true, status: true, startDate: true, dueDate: true, plannedCurve: true, plannedPoints: true, recurrence: true },
    }),
  ]);
  const byMeasure = new Map<string, { progress: number; planned: number; completed: boolean }[]>();
  for (const item of items) {
    if (!item.measureId) continue;
    const list = byMeasure.get(item.measureId) ?? [];
    list.push({
      progress: toNumber(item.progress) ?? 0,
      planned: plannedProgress(timelineOf(item), today),
      completed: item.status === "COMPLETED",
    });
    byMeasure.set(item.measureId, list);
  }
  return tasks.map((task) => {
    const measures = task.measures.map((measure) => {
      const list = byMeasure.get(measure.id) ?? [];
      return {
        ...measure,
        itemCount: list.length,
        completedCount: list.filter((item) => item.completed).length,
        progress: average(list.map((item) => item.progress)),
        planned: average(list.map((item) => item.planned)),
      };
    });
    const all = task.measures.flatMap((measure) => byMeasure.get(measure.id) ?? []);
    return {
      id: task.id,
      code: task.code,
      title: task.title,
      description: task.description,
      measures,
      itemCount: all.length,
      progress: average(all.map((item) => item.progress)),
      planned: average(all.map((item) => item.planned)),
    };
  });
}

export interface WorkItemListFilters extends PlanFilters {
  taskCode?: string;
  measureCode?: string;
  status?: "ACTIVE" | "COMPLETED";
  /** Only active items more than BEHIND_POINTS below their planned progress today. */
  behind?: boolean;
  q?: string;
  page?: number | string;
}

/** Ids of the zone's active items behind their planned progress on `today` (computed in the database). */
async function behindItemIds(zoneId: string, today: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>(PrismaSql.sql`
    SELECT wi.id FROM "WorkItem" wi
    WHERE wi."zoneId" = ${zoneId} AND wi.status = 'ACTIVE' AND ${plannedProgressSql("wi", PrismaSql.sql`${today}::date`)} - wi.progress > ${BEHIND_POINTS}`);
  return rows.map((row) => row.id);
}

export async function listWorkItems(actor: Actor, filters: WorkItemListFilters): Promise<Page<WorkItemRow>> {
  authorize(actor, "plan.read");
  const { page, pageSize, skip, take } = pageArgs(filters.page);
  const where: Prisma.WorkItemWhereInput = workItemFilter(actor, filters);
  const and = (where.AND as Prisma.WorkItemWhereInput[] | undefined) ?? [];
  if (filters.measureCode) and.push({ measure: { code: filters.measureCode } });
  else if (filters.taskCode) and.push({ measure: { task: { code: filters.taskCode } } });
  if (filters.status) and.push({ status: filters.status });
  const q = searchText(filters.q);
  if (q) and.push({ OR: [{ title: { contains: q, mode: "insensitive" } }, { code: { startsWith: q } }] });
  const today = await zoneToday(actor.zoneId);
  if (filters.behind) and.push({ id: { in: await behindItemIds(actor.zoneId, today) } });
  const finalWhere = { ...where, AND: and };
  const [total, items] = await Promise.all([
    db.workItem.count({ where: finalWhere }),
    db.workItem.findMany({ where: finalWhere, include: workItemInclude, orderBy: [{ source: "asc" }, { sortOrder: "asc" }, { code: "asc" }], skip, take }),
  ]);
  return toPage(items.map((item) => toWorkItemRow(item, today)), total, page, pageSize);
}

export interface MeasureDetail {
  id: string;
  code: string;
  title: string;
  description: string | null;
  task: { code: string; title: string };
  items: WorkItemRow[];
}

export async function getMeasure(actor: Actor, code: string): Promise<MeasureDetail> {
  authorize(actor, "plan.read");
  const measure = await db.measure.findUnique({
    where: { zoneId_code: { zoneId: actor.zoneId, code } },
    include: {
      task: { select: { code: true, title: true } },
      workItems: { where: { status: { not: "ARCHIVED" } }, include: workItemInclude, orderBy: [{ sortOrder: "asc" }, { code: "asc" }] },
    },
  });
  if (!measure) throw new NotFoundError("measure");
  const today = await zoneToday(actor.zoneId);
  return {
    id: measure.id,
    code: measure.code,
    title: measure.title,
    description: measure.description,
    task: measure.task,
    items: measure.workItems.map((item) => toWorkItemRow(item, today)),
  };
}

export interface WorkItemDetail extends WorkItemRow {
  description: string | null;
  measure: { code: string; title: string; task: { code: string; title: string } } | null;
  curve: CurveKind;
  milestones: { date: string; text: string }[];
  /** All report entries on the item, of any unit: an item with reports is archived, not deleted. */
  reportCount: number;
  history: {
    reportId: string;
    unitId: string;
    isoYear: number;
    isoWeek: number;
    status: string;
    submittedAt: Date | null;
    progress: number;
    /** By indicator id. */
    indicatorValues: Record<string, number>;
    doneThisWeek: string;
    problems: string;
    needsCoordination: boolean;
  }[];
}

export async function getWorkItem(actor: Actor, id: string): Promise<WorkItemDetail> {
  authorize(actor, "plan.read");
  // Report history follows the report permission: a reporter sees its own unit's entries only.
  const reportScope = unitScope(actor, "report.read");
  const item = await db.workItem.findFirst({
    where: { id, zoneId: actor.zoneId },
    include: {
      ...workItemInclude,
      measure: { select: { code: true, title: true, task: { select: { code: true, title: true } } } },
      milestones: { orderBy: { seq: "asc" }, select: { dueDate: true, text: true } },
      _count: { select: { reportEntries: true } },
      reportEntries: {
        where: { report: { ...FIGURE_REPORTS, ...(reportScope.unitId ? { unitId: reportScope.unitId } : {}) } },
        include: { report: { select: { id: true, unitId: true, isoYear: true, isoWeek: true, status: true, submittedAt: true } }, indicatorValues: { select: { indicatorId: true, value: true } } },
        orderBy: [{ report: { isoYear: "desc" } }, { report: { isoWeek: "desc" } }],
        take: 52,
      },
    },
  });
  if (!item) throw new NotFoundError("work item");
  const today = await zoneToday(actor.zoneId);
  return {
    ...toWorkItemRow(item, today),
    description: item.description,
    measure: item.measure,
    curve: item.plannedCurve,
    milestones: item.milestones.map((milestone) => ({ date: dateKey(milestone.dueDate), text: milestone.text })),
    reportCount: item._count.reportEntries,
    history: item.reportEntries.map((entry) => ({
      reportId: entry.report.id,
      unitId: entry.report.unitId,
      isoYear: entry.report.isoYear,
      isoWeek: entry.report.isoWeek,
      status: entry.report.status,
      submittedAt: entry.report.submittedAt,
      progress: toNumber(entry.progress) ?? 0,
      indicatorValues: Object.fromEntries(entry.indicatorValues.map((value) => [value.indicatorId, toNumber(value.value) ?? 0])),
      doneThisWeek: entry.doneThisWeek,
      problems: entry.problems,
      needsCoordination: entry.needsCoordination,
    })),
  };
}

export async function listParks(actor: Actor): Promise<{ id: string; name: string; shortName: string; kind: string }[]> {
  authorize(actor, "unit.read");
  return db.park.findMany({ where: { zoneId: actor.zoneId }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true, shortName: true, kind: true } });
}

// ───────────── plan management (the office's edit forms) ─────────────

export interface TaskFormValues {
  id: string;
  code: string;
  title: string;
  description: string | null;
  sortOrder: number;
  measureCount: number;
}

export async function getTaskForEdit(actor: Actor, code: string): Promise<TaskFormValues> {
  authorize(actor, "plan.manage");
  const task = await db.task.findUnique({ where: { zoneId_code: { zoneId: actor.zoneId, code } }, include: { _count: { select: { measures: true } } } });
  if (!task) throw new NotFoundError("task");
  return { id: task.id, code: task.code, title: task.title, description: task.description, sortOrder: task.sortOrder, measureCount: task._count.measures };
}

export interface MeasureFormValues {
  id: string;
  taskId: string;
  code: string;
  title: string;
  description: string | null;
  sortOrder: number;
  itemCount: number;
}

export async function getMeasureForEdit(actor: Actor, code: string): Promise<MeasureFormValues> {
  authorize(actor, "plan.manage");
  const measure = await db.measure.findUnique({ where: { zoneId_code: { zoneId: actor.zoneId, code } }, include: { _count: { select: { workItems: true } } } });
  if (!measure) throw new NotFoundError("measure");
  return { id: measure.id, taskId: measure.taskId, code: measure.code, title: measure.title, description: measure.description, sortOrder: measure.sortOrder, itemCount: measure._count.workItems };
}

export interface WorkItemFormValues {
  id: string;
  measureId: string;
  code: string;
  title: string;
  description: string | null;
  leadUnitId: string;
  cooperatorIds: string[];
  leaderName: string | null;
  ownerName: string | null;
  startDate: string;
  dueDate: string;
  recurrence: Recurrence;
  deliverable: string | null;
  indicators: { id: string; name: string; unit: string | null; direction: IndicatorDirection; baseline: string; target: string; hasValues: boolean }[];
  milestones: { date: string; text: string }[];
  plannedCurve: CurveKind;
  plannedPoints: string;
  sortOrder: number;
  status: "ACTIVE" | "COMPLETED" | "ARCHIVED";
  /** Items with report entries are archived, never deleted. */
  reportCount: number;
}

export async function getWorkItemForEdit(actor: Actor, id: string): Promise<WorkItemFormValues> {
  authorize(actor, "plan.manage");
  const item = await db.workItem.findFirst({
    where: { id, zoneId: actor.zoneId, source: "PLAN" },
    include: {
      cooperators: { select: { unitId: true } },
      indicators: { orderBy: { seq: "asc" }, include: { _count: { select: { values: true } } } },
      milestones: { orderBy: { seq: "asc" } },
      _count: { select: { reportEntries: true } },
    },
  });
  if (!item?.measureId) throw new NotFoundError("work item");
  return {
    id: item.id,
    measureId: item.measureId,
    code: item.code,
    title: item.title,
    description: item.description,
    leadUnitId: item.leadUnitId,
    cooperatorIds: item.cooperators.map((cooperator) => cooperator.unitId),
    leaderName: item.leaderName,
    ownerName: item.ownerName,
    startDate: dateKey(item.startDate),
    dueDate: dateKey(item.dueDate),
    recurrence: item.recurrence,
    deliverable: item.deliverable,
    indicators: item.indicators.map((indicator) => ({
      id: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      direction: indicator.direction,
      baseline: canonicalDecimal(indicator.baseline, 4) ?? "",
      target: canonicalDecimal(indicator.target, 4) ?? "",
      hasValues: indicator._count.values > 0,
    })),
    milestones: item.milestones.map((milestone) => ({ date: dateKey(milestone.dueDate), text: milestone.text })),
    plannedCurve: item.plannedCurve,
    plannedPoints: formatCurvePoints(curvePointsOf(item.plannedPoints), "\n"),
    sortOrder: item.sortOrder,
    status: item.status,
    reportCount: item._count.reportEntries,
  };
}

/** Tasks and their measures, for the selects of the edit forms. */
export async function listPlanStructure(actor: Actor): Promise<{ id: string; code: string; title: string; measures: { id: string; code: string; title: string }[] }[]> {
  authorize(actor, "plan.read");
  return db.task.findMany({
    where: { zoneId: actor.zoneId },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { id: true, code: true, title: true, measures: { orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { id: true, code: true, title: true } } },
  });
}

/** Archived plan items (they leave every other list), for the office to restore. */
export async function listArchivedWorkItems(actor: Actor, page?: number | string): Promise<Page<WorkItemRow>> {
  authorize(actor, "plan.manage");
  const args = pageArgs(page);
  const where: Prisma.WorkItemWhereInput = { zoneId: actor.zoneId, status: "ARCHIVED" };
  const [today, total, items] = await Promise.all([
    zoneToday(actor.zoneId),
    db.workItem.count({ where }),
    db.workItem.findMany({ where, include: workItemInclude, orderBy: [{ archivedAt: "desc" }], skip: args.skip, take: args.take }),
  ]);
  return toPage(items.map((item) => toWorkItemRow(item, today)), total, args.page, args.pageSize);
}
