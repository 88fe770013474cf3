import "server-only";
import { authorize, ROLES, type Actor, type Role } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { localDateKey } from "@/lib/dates/zone-time";
import { NotFoundError } from "@/lib/server/errors";
import { searchText } from "@/lib/server/fields";
import { pageArgs, toPage, type Page } from "@/lib/server/pagination";
import { toWorkItemRow, workItemInclude, type WorkItemRow } from "@/lib/plan/queries";
import { UNIT_KINDS } from "./schema";
import type { UnitKind } from "@/lib/db/generated/enums";

export interface UnitDirectoryRow {
  id: string;
  code: string;
  name: string;
  shortName: string;
  kind: UnitKind;
  isMember: boolean;
  active: boolean;
  park: { id: string; shortName: string } | null;
  ledCount: number;
  cooperatingCount: number;
  contactName: string | null;
  contactPhone: string | null;
}

type UnitWithPark = Prisma.UnitGetPayload<{ include: { park: { select: { id: true; shortName: true } } } }>;

function unitSummary(unit: UnitWithPark): Omit<UnitDirectoryRow, "ledCount" | "cooperatingCount"> {
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    shortName: unit.shortName,
    kind: unit.kind,
    isMember: unit.isMember,
    active: unit.active,
    park: unit.park,
    contactName: unit.contactName,
    contactPhone: unit.contactPhone,
  };
}

export interface UnitFilters {
  parkId?: string;
  kind?: string;
  q?: string;
  includeInactive?: boolean;
}

function unitWhere(actor: Actor, filters: UnitFilters): Prisma.UnitWhereInput {
  const q = searchText(filters.q);
  return {
    zoneId: actor.zoneId,
    ...(filters.includeInactive ? {} : { active: true }),
    ...(filters.parkId ? { parkId: filters.parkId } : {}),
    ...((UNIT_KINDS as readonly string[]).includes(filters.kind ?? "") ? { kind: filters.kind as Prisma.UnitWhereInput["kind"] } : {}),
    ...(q ? { OR: [{ name: { contains: q, mode: "insensitive" as const } }, { code: { contains: q, mode: "insensitive" as const } }] } : {}),
  };
}

/** The member-unit directory with how many work items each leads and cooperates on. */
export async function listUnitDirectory(actor: Actor, filters: UnitFilters = {}): Promise<UnitDirectoryRow[]> {
  authorize(actor, "unit.read");
  const units = await db.unit.findMany({
    where: unitWhere(actor, filters),
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    include: {
      park: { select: { id: true, shortName: true } },
      _count: { select: { ledWorkItems: { where: { status: { not: "ARCHIVED" } } }, cooperatingItems: { where: { workItem: { status: { not: "ARCHIVED" } } } } } },
    },
  });
  return units.map((unit) => ({
    ...unitSummary(unit),
    ledCount: unit._count.ledWorkItems,
    cooperatingCount: unit._count.cooperatingItems,
  }));
}

export interface UnitDetail extends Omit<UnitDirectoryRow, "ledCount" | "cooperatingCount"> {
  led: WorkItemRow[];
  cooperating: WorkItemRow[];
}

export async function getUnitDetail(actor: Actor, id: string): Promise<UnitDetail> {
  authorize(actor, "unit.read");
  const include = workItemInclude;
  const unit = await db.unit.findFirst({
    where: { id, zoneId: actor.zoneId },
    include: {
      park: { select: { id: true, shortName: true } },
      zone: { select: { timeZone: true } },
      ledWorkItems: { where: { status: { not: "ARCHIVED" } }, include, orderBy: { code: "asc" } },
      cooperatingItems: { where: { workItem: { status: { not: "ARCHIVED" } } }, include: { workItem: { include } } },
    },
  });
  if (!unit) throw new NotFoundError("unit");
  const today = localDateKey(new Date(), unit.zone.timeZone);
  return {
    ...unitSummary(unit),
    led: unit.ledWorkItems.map((item) => toWorkItemRow(item, today)),
    cooperating: unit.cooperatingItems.map((link) => toWorkItemRow(link.workItem, today)).sort((a, b) => a.code.localeCompare(b.code)),
  };
}

/** Units for a select box. */
export async function listUnitOptions(actor: Actor, options: { includeInactive?: boolean } = {}): Promise<{ id: string; name: string; active: boolean }[]> {
  authorize(actor, "unit.read");
  return db.unit.findMany({
    where: { zoneId: actor.zoneId, ...(options.includeInactive ? {} : { active: true }) },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { id: true, name: true, active: true },
  });
}

// ───── administration ─────

export interface UserRow {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  title: string | null;
  role: Role;
  active: boolean;
  unit: { id: string; name: string };
  lastLoginAt: Date | null;
}

export interface UserFilters {
  q?: string;
  role?: string;
  unitId?: string;
  status?: "active" | "inactive";
  page?: number | string;
}

export async function listUsers(actor: Actor, filters: UserFilters): Promise<Page<UserRow>> {
  authorize(actor, "user.manage");
  const { page, pageSize, skip, take } = pageArgs(filters.page);
  const q = searchText(filters.q);
  const where: Prisma.UserWhereInput = {
    zoneId: actor.zoneId,
    ...((ROLES as readonly string[]).includes(filters.role ?? "") ? { role: filters.role as Role } : {}),
    ...(filters.unitId ? { unitId: filters.unitId } : {}),
    ...(filters.status ? { active: filters.status === "active" } : {}),
    ...(q ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q.toLowerCase() } }] } : {}),
  };
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ active: "desc" }, { unit: { sortOrder: "asc" } }, { email: "asc" }],
      skip,
      take,
      select: { id: true, email: true, name: true, phone: true, title: true, role: true, active: true, lastLoginAt: true, unit: { select: { id: true, name: true } } },
    }),
  ]);
  return toPage(users, total, page, pageSize);
}

export async function getUser(actor: Actor, id: string): Promise<UserRow> {
  authorize(actor, "user.manage");
  const user = await db.user.findFirst({
    where: { id, zoneId: actor.zoneId },
    select: { id: true, email: true, name: true, phone: true, title: true, role: true, active: true, lastLoginAt: true, unit: { select: { id: true, name: true } } },
  });
  if (!user) throw new NotFoundError("user");
  return user;
}

export interface AdminUnitRow extends UnitDirectoryRow {
  userCount: number;
  parkId: string | null;
  sortOrder: number;
}

export async function getUnitForAdmin(actor: Actor, id: string) {
  authorize(actor, "unit.manage");
  const unit = await db.unit.findFirst({ where: { id, zoneId: actor.zoneId } });
  if (!unit) throw new NotFoundError("unit");
  return { ...unit, people: await unitPeopleOptions(actor, unit.id) };
}

export interface PersonOption {
  id: string;
  name: string;
  /** Unit short name and role, to tell people apart. */
  detail: string;
  active: boolean;
}

/**
 * Who may be the unit's liaison (its active users) and responsible leader (its users and the
 * leading-group members), active ones only.
 */
export async function unitPeopleOptions(actor: Actor, unitId: string | null): Promise<{ liaisons: PersonOption[]; leaders: PersonOption[] }> {
  authorize(actor, "unit.manage");
  const users = await db.user.findMany({
    where: { zoneId: actor.zoneId, active: true, OR: [{ role: "LEADER" }, ...(unitId ? [{ unitId }] : [])] },
    select: { id: true, name: true, role: true, unitId: true, active: true, unit: { select: { shortName: true } } },
    orderBy: [{ role: "asc" }, { name: "asc" }],
  });
  const option = (user: (typeof users)[number]) => ({ id: user.id, name: user.name, detail: user.unit.shortName, active: user.active });
  return {
    liaisons: users.filter((user) => user.unitId === unitId).map(option),
    leaders: users.filter((user) => user.unitId === unitId || user.role === "LEADER").map(option),
  };
}

export async function listUnitsForAdmin(actor: Actor, filters: UnitFilters & { page?: number | string }): Promise<Page<AdminUnitRow>> {
  authorize(actor, "unit.manage");
  const { page, pageSize, skip, take } = pageArgs(filters.page, 30);
  const where = unitWhere(actor, { ...filters, includeInactive: true });
  const [total, units] = await Promise.all([
    db.unit.count({ where }),
    db.unit.findMany({
      where,
      orderBy: [{ active: "desc" }, { sortOrder: "asc" }, { code: "asc" }],
      skip,
      take,
      include: {
        park: { select: { id: true, shortName: true } },
        _count: { select: { users: { where: { active: true } }, ledWorkItems: true, cooperatingItems: true } },
      },
    }),
  ]);
  return toPage(
    units.map((unit) => ({
      ...unitSummary(unit),
      parkId: unit.parkId,
      sortOrder: unit.sortOrder,
      ledCount: unit._count.ledWorkItems,
      cooperatingCount: unit._count.cooperatingItems,
      userCount: unit._count.users,
    })),
    total,
    page,
    pageSize,
  );
}
