import "server-only";
// The plan out as a spreadsheet: in the template (export → import is a no-op) or in a layout
// the office mapped once (its title, its headers, its order; numbering and 责任单位 written
// the way offices write them, so the same sheet imports again). The ledger in the office's
// layout adds the ledger's figures after its columns.
import type ExcelJS from "exceljs";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { dateFromKey, dateKey } from "@/lib/dates/zone-time";
import { canonicalDecimal } from "@/lib/server/exact-decimal";
import { NotFoundError } from "@/lib/server/errors";
import { curvePointsOf } from "./curve-points";
import { DIRECTION_LABELS } from "./indicators";
import { itemExtrasSelect } from "./item-writes";
import { workItemPlanSelect } from "./plan-fields";
import { curveCellText, RECURRENCE_LABELS, type SheetValues } from "./plan-sheet";
import { buildLayoutWorkbook, buildPlanWorkbook, type ExtraColumn, type LayoutSheet } from "./plan-workbook";
import { parseDeadline } from "./office-text";
import type { FieldKey } from "./sheet-fields";
import { storedColumns } from "./sheet-layout";

const exportItemSelect = {
  ...workItemPlanSelect,
  ...itemExtrasSelect,
  leadUnit: { select: { name: true, shortName: true } },
  cooperators: { select: { unit: { select: { name: true, shortName: true } } }, orderBy: [{ unit: { sortOrder: "asc" } }, { unit: { code: "asc" } }] },
} as const satisfies Prisma.WorkItemSelect;

type ExportItem = Prisma.WorkItemGetPayload<{ select: typeof exportItemSelect }>;

interface PlanTree {
  code: string;
  title: string;
  measures: { code: string; title: string; items: ExportItem[] }[];
}

async function planTree(actor: Actor): Promise<PlanTree[]> {
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
  return tasks.map((task) => ({ ...task, measures: task.measures.map((measure) => ({ code: measure.code, title: measure.title, items: measure.workItems })) }));
}

function decimal(value: unknown): string {
  return canonicalDecimal(value as string, 4) ?? "";
}

function milestonesText(item: ExportItem): string {
  return item.milestones.map((milestone) => `${dateKey(milestone.dueDate)}：${milestone.text}`).join("；");
}

// ───────────── the template ─────────────

/**
 * The plan as template rows: every live plan item (a further row per further indicator, with
 * the item's code and the indicator's columns only), and a row for a task or measure without items.
 */
export async function exportPlanRows(actor: Actor): Promise<SheetValues[]> {
  const rows: SheetValues[] = [];
  for (const task of await planTree(actor)) {
    const taskValues: SheetValues = { taskCode: task.code, taskTitle: task.title };
    if (task.measures.length === 0) rows.push(taskValues);
    for (const measure of task.measures) {
      const measureValues: SheetValues = { ...taskValues, measureCode: measure.code, measureTitle: measure.title };
      if (measure.items.length === 0) rows.push(measureValues);
      for (const item of measure.items) {
        const [first, ...more] = item.indicators;
        const indicator = (row: (typeof item.indicators)[number] | undefined): SheetValues =>
          row
            ? { indicatorName: row.name, indicatorUnit: row.unit ?? "", indicatorDirection: DIRECTION_LABELS[row.direction], indicatorBaseline: decimal(row.baseline), indicatorTarget: decimal(row.target) }
            : {};
        rows.push({
          ...measureValues,
          itemCode: item.code,
          itemTitle: item.title,
          leadUnit: item.leadUnit.name,
          cooperators: item.cooperators.map((cooperator) => cooperator.unit.name).join("、"),
          leaderName: item.leaderName ?? "",
          ownerName: item.ownerName ?? "",
          startDate: dateKey(item.startDate),
          dueDate: dateKey(item.dueDate),
          recurrence: item.recurrence === "NONE" ? "" : RECURRENCE_LABELS[item.recurrence],
          milestone: milestonesText(item),
          deliverable: item.deliverable ?? "",
          ...indicator(first),
          plannedCurve: curveCellText(item.plannedCurve, curvePointsOf(item.plannedPoints)),
          description: item.description ?? "",
        });
        for (const row of more) rows.push({ ...measureValues, itemCode: item.code, ...indicator(row) });
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

// ───────────── the office's layouts ─────────────

export interface RememberedLayout {
  id: string;
  sheetName: string;
  title: string | null;
  usedAt: Date;
}

/** The layouts the office mapped, most recently used first. */
export async function listPlanLayouts(actor: Actor): Promise<RememberedLayout[]> {
  authorize(actor, "plan.read");
  return db.planSheetLayout.findMany({ where: { zoneId: actor.zoneId }, orderBy: { usedAt: "desc" }, select: { id: true, sheetName: true, title: true, usedAt: true }, take: 20 });
}

async function layoutOf(actor: Actor, id: string): Promise<LayoutSheet> {
  authorize(actor, "plan.read");
  const stored = await db.planSheetLayout.findFirst({ where: { id, zoneId: actor.zoneId } });
  const columns = stored ? storedColumns.safeParse(stored.columns) : null;
  if (!stored || !columns?.success) throw new NotFoundError("sheet layout");
  return { sheetName: stored.sheetName, title: stored.title, columns: columns.data };
}

const INDICATOR_FIELDS: FieldKey[] = ["indicatorName", "indicatorUnit", "indicatorDirection", "indicatorBaseline", "indicatorTarget"];

const CHINESE = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** 12 → "十二" (1–99). */
function chinese(number: number): string {
  if (number <= 10) return CHINESE[number];
  const tens = Math.floor(number / 10);
  const ones = number % 10;
  return `${tens === 1 ? "" : CHINESE[tens]}十${CHINESE[ones]}`;
}

/** The number at the end of a code ("3" of "1.2.3"); null when the code is not hierarchical numbers. */
function lastNumber(code: string): number | null {
  const match = /(?:^|\.)(\d{1,2})$/.exec(code);
  const number = match ? Number(match[1]) : null;
  return number && number <= 99 ? number : null;
}

type Row = { values: Map<number, ExcelJS.CellValue>; extra?: ExcelJS.CellValue[]; group?: string };

/**
 * The plan in the layout's columns. Without a code column, titles carry the numbering the
 * import reads back as codes (一、 / （一） / 1.); without a task or measure column, group rows
 * ("一、集聚创新资源") carry them. 责任单位 is written "市科技局（牵头）、市财政局".
 */
function layoutRows(tree: PlanTree[], layout: LayoutSheet, extra: (item: ExportItem) => ExcelJS.CellValue[] = () => []): Row[] {
  const has = (field: FieldKey) => layout.columns.some((column) => column.field === field);
  const slots = Math.max(1, ...INDICATOR_FIELDS.map((field) => layout.columns.filter((column) => column.field === field).length));
  const rows: Row[] = [];
  const put = (row: Row, field: FieldKey, value: ExcelJS.CellValue, slot = 0) => {
    const indexes = layout.columns.map((column, index) => (column.field === field ? index : -1)).filter((index) => index >= 0);
    if (indexes[slot] !== undefined && value !== null && value !== "") row.values.set(indexes[slot], value);
  };
  const numbered = (prefix: (n: number) => string, code: string, title: string, explicit: boolean) => {
    const number = lastNumber(code);
    return explicit || number === null ? title : `${prefix(number)}${title}`;
  };
  for (const task of tree) {
    const taskTitle = numbered((n) => `${chinese(n)}、`, task.code, task.title, has("taskCode"));
    if (!has("taskTitle") && !has("taskCode")) rows.push({ values: new Map(), group: taskTitle });
    for (const measure of task.measures) {
      const implicit = measure.code === `${task.code}.0`;
      const measureTitle = numbered((n) => `（${chinese(n)}）`, measure.code, measure.title, has("measureCode"));
      if (!has("measureTitle") && !has("measureCode") && !implicit) rows.push({ values: new Map(), group: measureTitle });
      for (const item of measure.items) {
        // Several indicator columns take one indicator each; one set of them takes a row per indicator.
        const sets = slots > 1 ? [item.indicators] : item.indicators.map((indicator) => [indicator]);
        if (sets.length === 0) sets.push([]);
        sets.forEach((indicators, position) => {
          const row: Row = { values: new Map(), extra: position === 0 ? extra(item) : undefined };
          put(row, "taskCode", task.code);
          put(row, "taskTitle", taskTitle);
          put(row, "measureCode", measure.code);
          put(row, "measureTitle", implicit ? taskTitle : measureTitle);
          put(row, "itemCode", item.code);
          put(row, "seq", item.code);
          put(row, "itemTitle", has("itemCode") || has("seq") ? item.title : numbered((n) => `${n}.`, item.code, item.title, false));
          if (position === 0) {
            const lead = item.leadUnit.shortName;
            const cooperators = item.cooperators.map((cooperator) => cooperator.unit.shortName);
            put(row, "responsible", has("leadUnit") ? cooperators.join("、") : [`${lead}（牵头）`, ...cooperators].join("、"));
            put(row, "leadUnit", lead);
            put(row, "cooperators", cooperators.join("、"));
            put(row, "leaderName", item.leaderName);
            put(row, "ownerName", item.ownerName);
            put(row, "startDate", dateFromKey(dateKey(item.startDate)));
            put(row, "dueDate", item.recurrence === "NONE" || has("recurrence") ? dateFromKey(dateKey(item.dueDate)) : `${RECURRENCE_LABELS[item.recurrence]}（${dateKey(item.dueDate)}止）`);
            put(row, "recurrence", item.recurrence === "NONE" ? null : RECURRENCE_LABELS[item.recurrence]);
            put(row, "deliverable", item.deliverable);
            put(row, "description", item.description);
            put(row, "plannedCurve", curveCellText(item.plannedCurve, curvePointsOf(item.plannedPoints)));
            // Stage-target columns headed by a date take the target of that date; an undated column takes the others.
            const used = new Set<number>();
            layout.columns
              .filter((column) => column.field === "milestone")
              .forEach((column, slot) => {
                const dated = parseDeadline(column.label, item.dueDate.getUTCFullYear())?.date ?? null;
                const chosen = item.milestones.map((milestone, index) => ({ milestone, index })).filter(({ milestone, index }) => !used.has(index) && (!dated || dateKey(milestone.dueDate) === dated));
                for (const { index } of chosen) used.add(index);
                const text = chosen.map(({ milestone }) => (dated ? milestone.text : `${dateKey(milestone.dueDate)}：${milestone.text}`)).join("；");
                put(row, "milestone", text, slot);
              });
          }
          indicators.forEach((indicator, slot) => {
            const unit = indicator.unit ?? "";
            put(row, "indicatorName", indicator.name, slot);
            put(row, "indicatorUnit", unit, slot);
            put(row, "indicatorDirection", DIRECTION_LABELS[indicator.direction], slot);
            // Without a unit column the unit goes with the figure ("150家"), as offices write it.
            put(row, "indicatorBaseline", has("indicatorUnit") ? Number(decimal(indicator.baseline)) : `${decimal(indicator.baseline)}${unit}`, slot);
            // Without a direction column a falling target says so, as offices write it ("≤0.58").
            const falling = indicator.direction === "FALLING" && !has("indicatorDirection");
            const target = `${falling ? "≤" : ""}${decimal(indicator.target)}${has("indicatorUnit") ? "" : unit}`;
            put(row, "indicatorTarget", has("indicatorUnit") && !falling ? Number(decimal(indicator.target)) : target, slot);
          });
          rows.push(row);
        });
      }
    }
  }
  return rows;
}

function withGroups(rows: Row[], layout: LayoutSheet): { values: Map<number, ExcelJS.CellValue>; extra?: ExcelJS.CellValue[] }[] {
  return rows.map((row) => {
    if (row.group === undefined) return row;
    // A group row: its text across the row, as a merged cell reads.
    return { values: new Map(layout.columns.map((_, index) => [index, row.group!])) };
  });
}

export async function exportPlanLayoutWorkbook(actor: Actor, layoutId: string): Promise<{ bytes: Buffer; sheetName: string }> {
  const layout = await layoutOf(actor, layoutId);
  const rows = layoutRows(await planTree(actor), layout);
  return { bytes: await buildLayoutWorkbook(layout, withGroups(rows, layout)), sheetName: layout.sheetName };
}

/** The ledger's figures after the office's columns, by work item code. */
export interface LedgerFigures {
  progress: number;
  planned: number;
  status: string;
  lastReportedAt: Date | null;
  openWarnings: number;
}

export async function ledgerLayoutWorkbook(actor: Actor, layoutId: string, figures: Map<string, LedgerFigures>, extra: ExtraColumn[], cells: (figures: LedgerFigures) => ExcelJS.CellValue[]): Promise<Buffer> {
  const layout = await layoutOf(actor, layoutId);
  // A reporter's ledger holds its own unit's items: only items with figures are listed.
  const tree = (await planTree(actor)).map((task) => ({ ...task, measures: task.measures.map((measure) => ({ ...measure, items: measure.items.filter((item) => figures.has(item.code)) })).filter((measure) => measure.items.length) })).filter((task) => task.measures.length);
  const rows = layoutRows(tree, layout, (item) => cells(figures.get(item.code)!));
  return buildLayoutWorkbook(layout, withGroups(rows, layout), extra);
}
