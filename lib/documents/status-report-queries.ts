// Reads of the status reports (情况汇报): the list and one report for its edit form.
import "server-only";
import { authorize, can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { dateKey } from "@/lib/dates/zone-time";
import { NotFoundError } from "@/lib/server/errors";
import { statusReportContentSchema, type StatusReportContent } from "./status-report";

export interface StatusReportRow {
  id: string;
  title: string;
  asOf: string;
  createdAt: Date;
  createdBy: string | null;
}

export async function listStatusReports(actor: Actor): Promise<StatusReportRow[]> {
  authorize(actor, "statusReport.read");
  const rows = await db.statusReport.findMany({ where: { zoneId: actor.zoneId }, orderBy: { createdAt: "desc" }, take: 50, include: { createdBy: { select: { name: true } } } });
  return rows.map((row) => ({ id: row.id, title: row.title, asOf: dateKey(row.asOf), createdAt: row.createdAt, createdBy: row.createdBy?.name ?? null }));
}

export interface StatusReportDetail extends StatusReportRow {
  content: StatusReportContent;
  canManage: boolean;
}

export async function getStatusReport(actor: Actor, id: string): Promise<StatusReportDetail> {
  authorize(actor, "statusReport.read");
  const row = await db.statusReport.findFirst({ where: { id, zoneId: actor.zoneId }, include: { createdBy: { select: { name: true } } } });
  if (!row) throw new NotFoundError("status report");
  return { id: row.id, title: row.title, asOf: dateKey(row.asOf), createdAt: row.createdAt, createdBy: row.createdBy?.name ?? null, content: statusReportContentSchema.parse(row.sections), canManage: can(actor, "statusReport.manage") };
}
