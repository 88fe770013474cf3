import "server-only";
import { authorize, can, unitScope, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { dateFromKey, dateKey, localDateKey, monthRange } from "@/lib/dates/zone-time";
import { toNumber } from "@/lib/format";
import { NotFoundError } from "@/lib/server/errors";
import { parseMonthKey } from "@/lib/server/fields";
import { pageArgs, toPage, type Page } from "@/lib/server/pagination";
import { isOpenOverdueDecision } from "./decision-status";
import { RATINGS, type MonthlySnapshot, type Rating } from "./monthly";
import { compileMonth } from "./monthly-data";
import { MEETING_KINDS, readMonthlySnapshot } from "./schema";

export interface UnitOption {
  id: string;
  name: string;
  shortName: string;
  parkId: string | null;
}

/** Units the office inspects and assigns decisions to: active members other than the office. */
export async function memberUnitOptions(actor: Actor): Promise<UnitOption[]> {
  authorize(actor, "unit.read");
  return db.unit.findMany({
    where: { zoneId: actor.zoneId, active: true, kind: { not: "OFFICE" } },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { id: true, name: true, shortName: true, parkId: true },
  });
}

async function timeZoneOf(zoneId: string): Promise<string> {
  return (await db.zone.findUniqueOrThrow({ where: { id: zoneId }, select: { timeZone: true } })).timeZone;
}

// ───── inspections ─────

export interface InspectionFilters {
  unitId?: string;
  parkId?: string;
  rating?: string;
  month?: string;
  rectification?: string;
  page?: string | number;
}

export interface InspectionRow {
  id: string;
  unit: { id: string; name: string };
  date: string;
  inspectors: string;
  findings: string;
  rating: Rating;
  rectificationRequired: boolean;
  rectificationDue: string | null;
  rectifiedOn: string | null;
  /** Rectification required, due date passed, not rectified. */
  overdue: boolean;
  attachments: number;
}

function toInspectionRow(
  inspection: Prisma.InspectionGetPayload<{ include: { unit: { select: { id: true; name: true } }; _count: { select: { attachments: true } } } }>,
  today: string,
  timeZone: string,
): InspectionRow {
  const due = inspection.rectificationDue ? dateKey(inspection.rectificationDue) : null;
  return {
    id: inspection.id,
    unit: inspection.unit,
    date: dateKey(inspection.date),
    inspectors: inspection.inspectors,
    findings: inspection.findings,
    rating: inspection.rating,
    rectificationRequired: inspection.rectificationRequired,
    rectificationDue: due,
    rectifiedOn: inspection.rectifiedAt ? localDateKey(inspection.rectifiedAt, timeZone) : null,
    overdue: inspection.rectificationRequired && !inspection.rectifiedAt && due !== null && due < today,
    attachments: inspection._count.attachments,
  };
}

export async function listInspections(actor: Actor, filters: InspectionFilters): Promise<Page<InspectionRow>> {
  const scope = unitScope(actor, "inspection.read");
  const timeZone = await timeZoneOf(actor.zoneId);
  const today = localDateKey(new Date(), timeZone);
  const where: Prisma.InspectionWhereInput = { zoneId: scope.zoneId };
  if (scope.unitId) where.unitId = scope.unitId;
  else if (filters.unitId) where.unitId = filters.unitId;
  if (filters.parkId) where.unit = { parkId: filters.parkId };
  if ((RATINGS as readonly string[]).includes(filters.rating ?? "")) where.rating = filters.rating as Rating;
  // A month that is not one ("2026-13") is no filter, never an error page.
  const month = parseMonthKey(filters.month);
  if (month) {
    const { first, last } = monthRange(month.year, month.month);
    where.date = { gte: dateFromKey(first), lte: dateFromKey(last) };
  }
  if (filters.rectification === "open") Object.assign(where, { rectificationRequired: true, rectifiedAt: null });
  if (filters.rectification === "overdue") Object.assign(where, { rectificationRequired: true, rectifiedAt: null, rectificationDue: { lt: dateFromKey(today) } });
  const { page, pageSize, skip, take } = pageArgs(filters.page);
  const include = { unit: { select: { id: true, name: true } }, _count: { select: { attachments: true } } } as const;
  const [total, rows] = await Promise.all([
    db.inspection.count({ where }),
    db.inspection.findMany({ where, include, orderBy: [{ date: "desc" }, { createdAt: "desc" }], skip, take }),
  ]);
  return toPage(rows.map((row) => toInspectionRow(row, today, timeZone)), total, page, pageSize);
}

export interface InspectionDetail extends InspectionRow {
  files: { id: string; fileName: string; sizeBytes: number }[];
  createdBy: string | null;
  canEdit: boolean;
}

export async function getInspection(actor: Actor, id: string): Promise<InspectionDetail> {
  authorize(actor, "inspection.read");
  const inspection = await db.inspection.findFirst({
    where: { id, zoneId: actor.zoneId },
    include: {
      unit: { select: { id: true, name: true } },
      _count: { select: { attachments: true } },
      attachments: { select: { id: true, fileName: true, sizeBytes: true }, orderBy: { createdAt: "asc" } },
      createdBy: { select: { name: true } },
    },
  });
  if (!inspection) throw new NotFoundError("inspection");
  authorize(actor, "inspection.read", inspection);
  const timeZone = await timeZoneOf(actor.zoneId);
  return {
    ...toInspectionRow(inspection, localDateKey(new Date(), timeZone), timeZone),
    files: inspection.attachments,
    createdBy: inspection.createdBy?.name ?? null,
    canEdit: can(actor, "inspection.manage"),
  };
}

// ───── meetings ─────

export interface MeetingRow {
  id: string;
  kind: (typeof MEETING_KINDS)[number];
  title: string;
  date: string;
  location: string | null;
  attendees: number;
  decisions: number;
  decisionsDone: number;
}

export async function listMeetings(actor: Actor, filters: { kind?: string; page?: string | number }): Promise<Page<MeetingRow>> {
  authorize(actor, "meeting.read");
  const where: Prisma.MeetingWhereInput = { zoneId: actor.zoneId };
  if ((MEETING_KINDS as readonly string[]).includes(filters.kind ?? "")) where.kind = filters.kind as MeetingRow["kind"];
  const { page, pageSize, skip, take } = pageArgs(filters.page);
  const [total, rows] = await Promise.all([
    db.meeting.count({ where }),
    db.meeting.findMany({
      where,
      orderBy: [{ date: "desc" }],
      skip,
      take,
      include: { _count: { select: { attendees: true } }, decisions: { select: { status: true } } },
    }),
  ]);
  return toPage(
    rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      title: row.title,
      date: dateKey(row.date),
      location: row.location,
      attendees: row._count.attendees,
      decisions: row.decisions.filter((decision) => decision.status !== "CANCELLED").length,
      decisionsDone: row.decisions.filter((decision) => decision.status === "DONE").length,
    })),
    total,
    page,
    pageSize,
  );
}

export interface MeetingDetail extends Omit<MeetingRow, "attendees" | "decisions" | "decisionsDone"> {
  minutes: string;
  attendees: { id: string; name: string }[];
  decisions: {
    id: string;
    seq: number;
    content: string;
    assignee: { id: string; name: string };
    dueDate: string;
    status: "OPEN" | "DONE" | "CANCELLED";
    overdue: boolean;
    workItem: { id: string; code: string; progress: number; lastReportedAt: Date | null } | null;
  }[];
  canEdit: boolean;
}

export async function getMeeting(actor: Actor, id: string): Promise<MeetingDetail> {
  authorize(actor, "meeting.read");
  const meeting = await db.meeting.findFirst({
    where: { id, zoneId: actor.zoneId },
    include: {
      attendees: { include: { unit: { select: { id: true, name: true, sortOrder: true } } } },
      decisions: { orderBy: { seq: "asc" }, include: { assigneeUnit: { select: { id: true, name: true } }, workItem: { select: { id: true, code: true, progress: true, lastReportedAt: true, completedAt: true } } } },
    },
  });
  if (!meeting) throw new NotFoundError("meeting");
  const now = new Date();
  const today = localDateKey(now, await timeZoneOf(actor.zoneId));
  return {
    id: meeting.id,
    kind: meeting.kind,
    title: meeting.title,
    date: dateKey(meeting.date),
    location: meeting.location,
    minutes: meeting.minutes,
    attendees: meeting.attendees.sort((a, b) => a.unit.sortOrder - b.unit.sortOrder).map((row) => ({ id: row.unit.id, name: row.unit.name })),
    decisions: meeting.decisions.map((decision) => ({
      id: decision.id,
      seq: decision.seq,
      content: decision.content,
      assignee: decision.assigneeUnit,
      dueDate: dateKey(decision.dueDate),
      status: decision.status,
      overdue: isOpenOverdueDecision({ status: decision.status, dueDate: dateKey(decision.dueDate), completedAt: decision.workItem?.completedAt ?? null }, now, today),
      workItem: decision.workItem ? { id: decision.workItem.id, code: decision.workItem.code, lastReportedAt: decision.workItem.lastReportedAt, progress: toNumber(decision.workItem.progress) ?? 0 } : null,
    })),
    canEdit: can(actor, "meeting.manage"),
  };
}

// ───── monthly supervision reports ─────

export interface MonthlyReportRow {
  month: string;
  status: "NOT_STARTED" | "DRAFT" | "PUBLISHED";
  publishedAt: Date | null;
}

/** Every month of the campaign so far, newest first, with its report's status. */
export async function listMonthlyReports(actor: Actor): Promise<MonthlyReportRow[]> {
  authorize(actor, "monthlyReport.read");
  const zone = await db.zone.findUniqueOrThrow({ where: { id: actor.zoneId }, select: { campaignStart: true, timeZone: true } });
  const reports = await db.monthlyReport.findMany({ where: { zoneId: actor.zoneId }, select: { year: true, month: true, status: true, publishedAt: true } });
  const firstMonth = dateKey(zone.campaignStart).slice(0, 7);
  const rows: MonthlyReportRow[] = [];
  let cursor = localDateKey(new Date(), zone.timeZone).slice(0, 7);
  while (cursor >= firstMonth) {
    const [year, month] = cursor.split("-").map(Number);
    const report = reports.find((row) => row.year === year && row.month === month);
    rows.push({ month: cursor, status: report?.status ?? "NOT_STARTED", publishedAt: report?.publishedAt ?? null });
    cursor = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
  }
  return rows;
}

export interface MonthlyReportView {
  month: string;
  year: number;
  monthNumber: number;
  status: "DRAFT" | "PUBLISHED";
  commentary: string;
  snapshot: MonthlySnapshot;
  publishedAt: Date | null;
  publishedBy: string | null;
  canManage: boolean;
  zoneName: string;
  timeZone: string;
}

/** A month's report: the frozen snapshot once published, otherwise compiled from the data now. */
export async function getMonthlyReport(actor: Actor, month: string): Promise<MonthlyReportView> {
  authorize(actor, "monthlyReport.read");
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new NotFoundError("month");
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  const zone = await db.zone.findUniqueOrThrow({ where: { id: actor.zoneId }, select: { name: true, timeZone: true, campaignStart: true } });
  const now = new Date();
  if (month > localDateKey(now, zone.timeZone).slice(0, 7) || month < dateKey(zone.campaignStart).slice(0, 7)) throw new NotFoundError("month");
  const report = await db.monthlyReport.findUnique({
    where: { zoneId_year_month: { zoneId: actor.zoneId, year, month: monthNumber } },
    include: { publishedBy: { select: { name: true } } },
  });
  const published = report?.status === "PUBLISHED" && report.snapshot;
  return {
    month,
    year,
    monthNumber,
    status: published ? "PUBLISHED" : "DRAFT",
    commentary: report?.commentary ?? "",
    snapshot: published ? readMonthlySnapshot(report.snapshot) : await compileMonth(db, actor.zoneId, year, monthNumber, now),
    publishedAt: report?.publishedAt ?? null,
    publishedBy: report?.publishedBy?.name ?? null,
    canManage: can(actor, "monthlyReport.manage"),
    zoneName: zone.name,
    timeZone: zone.timeZone,
  };
}
