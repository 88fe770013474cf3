import "server-only";
// Reads of coordination requests. A reporter sees its own unit's requests; the office and
// leaders see all of the zone's (permission coordination.read).
import { unitScope, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { dateKey } from "@/lib/dates/zone-time";
import { NotFoundError } from "@/lib/server/errors";
import { searchText } from "@/lib/server/fields";
import { pageArgs, toPage, type Page } from "@/lib/server/pagination";
import { ADDRESSEE_KINDS } from "./schema";
import { COORDINATION_STATUSES, type CoordinationStatus } from "./workflow";
import type { CoordinationAddressee } from "@/lib/db/generated/enums";

export interface CoordinationRow {
  id: string;
  title: string;
  addresseeKind: CoordinationAddressee;
  addressee: string;
  status: CoordinationStatus;
  unit: { id: string; name: string; shortName: string } | null;
  raisedBy: { id: string; name: string } | null;
  workItem: { id: string; code: string; title: string } | null;
  dueDate: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
  instructionCount: number;
}

const rowInclude = {
  unit: { select: { id: true, name: true, shortName: true } },
  raisedBy: { select: { id: true, name: true } },
  workItem: { select: { id: true, code: true, title: true } },
  _count: { select: { instructions: true } },
} satisfies Prisma.CoordinationRequestInclude;

function toRow(request: Prisma.CoordinationRequestGetPayload<{ include: typeof rowInclude }>): CoordinationRow {
  return {
    id: request.id,
    title: request.title,
    addresseeKind: request.addresseeKind,
    addressee: request.addressee,
    status: request.status,
    unit: request.unit,
    raisedBy: request.raisedBy,
    workItem: request.workItem,
    dueDate: request.dueDate ? dateKey(request.dueDate) : null,
    createdAt: request.createdAt,
    resolvedAt: request.resolvedAt,
    instructionCount: request._count.instructions,
  };
}

function scopeWhere(actor: Actor): Prisma.CoordinationRequestWhereInput {
  const scope = unitScope(actor, "coordination.read");
  return { zoneId: scope.zoneId, ...(scope.unitId ? { unitId: scope.unitId } : {}) };
}

export interface CoordinationFilters {
  status?: string;
  addresseeKind?: string;
  unitId?: string;
  q?: string;
  page?: number | string;
}

export async function listCoordinationRequests(actor: Actor, filters: CoordinationFilters = {}): Promise<Page<CoordinationRow>> {
  const { page, pageSize, skip, take } = pageArgs(filters.page);
  const q = searchText(filters.q);
  const where: Prisma.CoordinationRequestWhereInput = {
    ...scopeWhere(actor),
    ...(COORDINATION_STATUSES.includes(filters.status as CoordinationStatus) ? { status: filters.status as CoordinationStatus } : {}),
    ...((ADDRESSEE_KINDS as readonly string[]).includes(filters.addresseeKind ?? "") ? { addresseeKind: filters.addresseeKind as Prisma.CoordinationRequestWhereInput["addresseeKind"] } : {}),
    ...(q ? { OR: [{ title: { contains: q, mode: "insensitive" as const } }, { addressee: { contains: q, mode: "insensitive" as const } }] } : {}),
  };
  // A unit filter narrows within the scope; it never widens a reporter's.
  if (filters.unitId) where.AND = [{ unitId: filters.unitId }];
  const [total, requests] = await Promise.all([
    db.coordinationRequest.count({ where }),
    db.coordinationRequest.findMany({ where, include: rowInclude, orderBy: [{ createdAt: "desc" }], skip, take }),
  ]);
  return toPage(requests.map(toRow), total, page, pageSize);
}

/**
 * Panel for the leader's dashboard: the requests waiting for a leader's instruction
 * (status WAITING_LEADER), longest waiting first, with how many there are in all.
 */
export async function listCoordinationWaitingForLeader(actor: Actor, { limit = 10 }: { limit?: number } = {}): Promise<{ total: number; items: CoordinationRow[] }> {
  const where: Prisma.CoordinationRequestWhereInput = { ...scopeWhere(actor), status: "WAITING_LEADER" };
  const [total, requests] = await Promise.all([
    db.coordinationRequest.count({ where }),
    db.coordinationRequest.findMany({ where, include: rowInclude, orderBy: [{ updatedAt: "asc" }, { createdAt: "asc" }], take: limit }),
  ]);
  return { total, items: requests.map(toRow) };
}

/** Panel: how many requests are in each status (every status listed). */
export async function countCoordinationByStatus(actor: Actor): Promise<Record<CoordinationStatus, number>> {
  const groups = await db.coordinationRequest.groupBy({ by: ["status"], where: scopeWhere(actor), _count: { _all: true } });
  return Object.fromEntries(COORDINATION_STATUSES.map((status) => [status, groups.find((group) => group.status === status)?._count._all ?? 0])) as Record<CoordinationStatus, number>;
}

export interface CoordinationDetail extends CoordinationRow {
  content: string;
  outcome: string | null;
  unitId: string | null;
  workItemId: string | null;
  instructions: { id: string; content: string; author: { id: string; name: string; title: string | null } | null; createdAt: Date }[];
}

export async function getCoordinationRequest(actor: Actor, id: string): Promise<CoordinationDetail> {
  const request = await db.coordinationRequest.findFirst({
    where: { ...scopeWhere(actor), id },
    include: { ...rowInclude, instructions: { orderBy: { createdAt: "asc" }, include: { author: { select: { id: true, name: true, title: true } } } } },
  });
  if (!request) throw new NotFoundError("coordination request");
  return {
    ...toRow(request),
    content: request.content,
    outcome: request.outcome,
    unitId: request.unitId,
    workItemId: request.workItemId,
    instructions: request.instructions.map((instruction) => ({ id: instruction.id, content: instruction.content, author: instruction.author, createdAt: instruction.createdAt })),
  };
}

/** Work items a request may refer to: for a reporter, those its unit leads or cooperates on. */
export async function listCoordinationWorkItemOptions(actor: Actor): Promise<{ id: string; code: string; title: string }[]> {
  const scope = unitScope(actor, "coordination.create");
  return db.workItem.findMany({
    where: {
      zoneId: scope.zoneId,
      status: { not: "ARCHIVED" },
      ...(scope.unitId ? { OR: [{ leadUnitId: scope.unitId }, { cooperators: { some: { unitId: scope.unitId } } }] } : {}),
    },
    orderBy: [{ code: "asc" }],
    select: { id: true, code: true, title: true },
  });
}
