import "server-only";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { dateFromKey, endOfLocalDay, zonedInstant } from "@/lib/dates/zone-time";
import { pageArgs, toPage, type Page } from "@/lib/server/pagination";
import { auditChanges, type AuditChange } from "./diff";

export interface AuditRow {
  id: string;
  action: string;
  entityType: string;
  entityId: string | null;
  actor: { id: string; name: string; email: string } | null;
  before: unknown;
  after: unknown;
  /** What changed, read from before and after (lib/audit/diff.ts). */
  changes: AuditChange[];
  ip: string | null;
  createdAt: Date;
}

export interface AuditFilters {
  action?: string;
  entityType?: string;
  actorId?: string;
  entityId?: string;
  /** "YYYY-MM-DD" on the zone's calendar */
  from?: string;
  to?: string;
  page?: number | string;
}

function validKey(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    dateFromKey(value);
    return value;
  } catch {
    return undefined;
  }
}

/**
 * The zone's rows, and failed sign-ins for e-mails that belong to no account (they have no
 * zone; an administrator still needs to see someone guessing).
 */
function zoneRows(actor: Actor): Prisma.AuditLogWhereInput {
  return { OR: [{ zoneId: actor.zoneId }, { zoneId: null, action: { startsWith: "auth." } }] };
}

export async function listAuditLogs(actor: Actor, filters: AuditFilters, timeZone: string): Promise<Page<AuditRow>> {
  authorize(actor, "audit.read");
  const { page, pageSize, skip, take } = pageArgs(filters.page, 30);
  const from = validKey(filters.from);
  const to = validKey(filters.to);
  const where: Prisma.AuditLogWhereInput = {
    ...zoneRows(actor),
    ...(filters.action ? { action: { startsWith: filters.action } } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(from || to
      ? { createdAt: { ...(from ? { gte: zonedInstant(from, "00:00", timeZone) } : {}), ...(to ? { lt: endOfLocalDay(to, timeZone) } : {}) } }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip,
      take,
      include: { actor: { select: { id: true, name: true, email: true } } },
    }),
  ]);
  return toPage(
    rows.map((row) => ({ id: row.id, action: row.action, entityType: row.entityType, entityId: row.entityId, actor: row.actor, before: row.before, after: row.after, changes: auditChanges(row.before, row.after), ip: row.ip, createdAt: row.createdAt })),
    total,
    page,
    pageSize,
  );
}

/** Distinct entity types and actions present, for the filter boxes. */
export async function auditFilterOptions(actor: Actor): Promise<{ entityTypes: string[]; actions: string[] }> {
  authorize(actor, "audit.read");
  const [entityTypes, actions] = await Promise.all([
    db.auditLog.findMany({ where: zoneRows(actor), distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
    db.auditLog.findMany({ where: zoneRows(actor), distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  return { entityTypes: entityTypes.map((row) => row.entityType), actions: actions.map((row) => row.action) };
}
