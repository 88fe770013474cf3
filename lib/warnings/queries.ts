import "server-only";
import { authorize, unitScope, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/server/errors";
import { pageArgs, toPage, type Page } from "@/lib/server/pagination";
import { loadRuleSet } from "./load";
import { WARNING_KINDS, WARNING_LEVELS, type RuleSet, type WarningKind, type WarningLevel } from "./rules";
import { parseWarningEvidence, type WarningEvidence } from "./schema";
import type { WarningRunTrigger } from "@/lib/db/generated/enums";
import { RESOLVED_REASONS, type ResolvedReason } from "./types";

export type WarningStatusFilter = "active" | "OPEN" | "ACKNOWLEDGED" | "RESOLVED" | "all";

export interface WarningFilters {
  level?: WarningLevel;
  status?: WarningStatusFilter;
  parkId?: string;
  unitId?: string;
  taskCode?: string;
  kind?: WarningKind;
  page?: number | string;
}

export interface WarningRow {
  id: string;
  kind: WarningKind;
  level: WarningLevel;
  status: "OPEN" | "ACKNOWLEDGED" | "RESOLVED";
  title: string;
  evidence: WarningEvidence;
  unit: { id: string; name: string };
  workItem: { id: string; code: string } | null;
  firstSeenAt: Date;
  lastEvaluatedAt: Date;
  resolvedAt: Date | null;
  resolvedReason: ResolvedReason | null;
}

const rowSelect = {
  id: true,
  kind: true,
  level: true,
  status: true,
  title: true,
  evidence: true,
  firstSeenAt: true,
  lastEvaluatedAt: true,
  resolvedAt: true,
  resolvedReason: true,
  unit: { select: { id: true, name: true } },
  workItem: { select: { id: true, code: true } },
} satisfies Prisma.WarningSelect;

function toRow(warning: Prisma.WarningGetPayload<{ select: typeof rowSelect }>): WarningRow {
  return { ...warning, evidence: parseWarningEvidence(warning.evidence), resolvedReason: RESOLVED_REASONS.find((reason) => reason === warning.resolvedReason) ?? null };
}

export function parseWarningFilters(search: Record<string, string | undefined>): WarningFilters {
  const pick = <T extends string>(values: readonly T[], value: string | undefined) => (values.includes(value as T) ? (value as T) : undefined);
  return {
    level: pick(WARNING_LEVELS, search.level),
    status: pick(["active", "OPEN", "ACKNOWLEDGED", "RESOLVED", "all"] as const, search.status) ?? "active",
    parkId: search.park || undefined,
    unitId: search.unit || undefined,
    taskCode: search.task || undefined,
    kind: pick(WARNING_KINDS, search.kind),
    page: search.page,
  };
}

function warningWhere(actor: Actor, filters: Omit<WarningFilters, "level" | "page">): Prisma.WarningWhereInput {
  const scope = unitScope(actor, "warning.read");
  const and: Prisma.WarningWhereInput[] = [];
  if (scope.unitId) and.push({ unitId: scope.unitId });
  if (filters.unitId) and.push({ unitId: filters.unitId });
  if (filters.parkId) and.push({ unit: { parkId: filters.parkId } });
  if (filters.taskCode) and.push({ workItem: { measure: { task: { code: filters.taskCode } } } });
  if (filters.kind) and.push({ kind: filters.kind });
  const status = filters.status ?? "active";
  if (status === "active") and.push({ status: { not: "RESOLVED" } });
  else if (status !== "all") and.push({ status });
  return { zoneId: actor.zoneId, AND: and };
}

export interface WarningInbox {
  page: Page<WarningRow>;
  /** Counts by level under the same filters (the level tabs). */
  byLevel: Record<WarningLevel, number>;
}

/** The inbox: most severe first, newest first within a level. */
export async function listWarnings(actor: Actor, filters: WarningFilters): Promise<WarningInbox> {
  authorize(actor, "warning.read");
  const { page, pageSize, skip, take } = pageArgs(filters.page);
  const base = warningWhere(actor, filters);
  const where: Prisma.WarningWhereInput = filters.level ? { AND: [base, { level: filters.level }] } : base;
  const [total, items, grouped] = await Promise.all([
    db.warning.count({ where }),
    db.warning.findMany({ where, select: rowSelect, orderBy: [{ level: "desc" }, { firstSeenAt: "desc" }, { id: "asc" }], skip, take }),
    db.warning.groupBy({ by: ["level"], where: base, _count: true }),
  ]);
  const byLevel = Object.fromEntries(WARNING_LEVELS.map((level) => [level, 0])) as Record<WarningLevel, number>;
  for (const row of grouped) byLevel[row.level] = row._count;
  return { page: toPage(items.map(toRow), total, page, pageSize), byLevel };
}

/** A unit's open warnings (the reporter's home panel), most severe first. */
export async function listUnitWarnings(actor: Actor, limit = 8): Promise<{ items: WarningRow[]; total: number }> {
  authorize(actor, "warning.read", { unitId: actor.unitId, zoneId: actor.zoneId });
  const where: Prisma.WarningWhereInput = { zoneId: actor.zoneId, unitId: actor.unitId, status: { not: "RESOLVED" } };
  const [total, items] = await Promise.all([
    db.warning.count({ where }),
    db.warning.findMany({ where, select: rowSelect, orderBy: [{ level: "desc" }, { firstSeenAt: "desc" }, { id: "asc" }], take: limit }),
  ]);
  return { items: items.map(toRow), total };
}

export interface WarningDetail extends WarningRow {
  dedupeKey: string;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  workItemTitle: string | null;
  notice: { id: string; number: string } | null;
  events: { id: string; type: string; fromLevel: WarningLevel | null; toLevel: WarningLevel | null; reason: string | null; actor: string | null; at: Date }[];
  notices: { id: string; number: string; status: string; responseDue: Date }[];
  instructions: { id: string; content: string; author: string | null; createdAt: Date }[];
  /** The warnings a repeated-yellow warning counts, when they still exist. */
  related: { id: string; kind: WarningKind; level: WarningLevel; status: string; evidence: WarningEvidence }[];
}

export async function getWarning(actor: Actor, id: string): Promise<WarningDetail> {
  authorize(actor, "warning.read");
  const warning = await db.warning.findFirst({
    where: { id, zoneId: actor.zoneId },
    select: {
      ...rowSelect,
      dedupeKey: true,
      acknowledgedAt: true,
      acknowledgedBy: { select: { name: true } },
      workItem: { select: { id: true, code: true, title: true } },
      notice: { select: { id: true, number: true } },
      events: { orderBy: [{ at: "asc" }, { id: "asc" }], select: { id: true, type: true, fromLevel: true, toLevel: true, reason: true, at: true, actor: { select: { name: true } } } },
      noticeLinks: { select: { notice: { select: { id: true, number: true, status: true, responseDue: true } } }, orderBy: { notice: { issuedAt: "desc" } } },
      instructions: { orderBy: { createdAt: "asc" }, select: { id: true, content: true, createdAt: true, author: { select: { name: true } } } },
    },
  });
  if (!warning) throw new NotFoundError("warning");
  authorize(actor, "warning.read", warning.unit ? { unitId: warning.unit.id } : undefined);
  const evidence = parseWarningEvidence(warning.evidence);
  const keys = Array.isArray(evidence.figures.warningKeys) ? (evidence.figures.warningKeys as string[]) : [];
  const related = keys.length
    ? await db.warning.findMany({ where: { zoneId: actor.zoneId, dedupeKey: { in: keys } }, select: { id: true, kind: true, level: true, status: true, evidence: true }, orderBy: { dedupeKey: "asc" } })
    : [];
  return {
    ...toRow(warning),
    workItem: warning.workItem ? { id: warning.workItem.id, code: warning.workItem.code } : null,
    workItemTitle: warning.workItem?.title ?? null,
    dedupeKey: warning.dedupeKey,
    acknowledgedAt: warning.acknowledgedAt,
    acknowledgedBy: warning.acknowledgedBy?.name ?? null,
    notice: warning.notice,
    events: warning.events.map((event) => ({ ...event, actor: event.actor?.name ?? null })),
    notices: warning.noticeLinks.map((link) => link.notice),
    instructions: warning.instructions.map((instruction) => ({ ...instruction, author: instruction.author?.name ?? null })),
    related: related.map((warning) => ({ ...warning, evidence: parseWarningEvidence(warning.evidence) })),
  };
}

export interface FilterOptions {
  parks: { id: string; name: string }[];
  units: { id: string; name: string }[];
  tasks: { code: string; title: string }[];
}

export async function warningFilterOptions(actor: Actor): Promise<FilterOptions> {
  const scope = unitScope(actor, "warning.read");
  const [parks, units, tasks] = await Promise.all([
    db.park.findMany({ where: { zoneId: actor.zoneId }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
    db.unit.findMany({ where: { zoneId: actor.zoneId, ...(scope.unitId ? { id: scope.unitId } : {}) }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { id: true, name: true } }),
    db.task.findMany({ where: { zoneId: actor.zoneId }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true, title: true } }),
  ]);
  return { parks, units, tasks };
}

// ───── runs ─────

export interface WarningRunRow {
  id: string;
  trigger: WarningRunTrigger;
  status: "RUNNING" | "SUCCEEDED" | "FAILED";
  asOf: Date;
  progress: number;
  total: number;
  opened: number;
  changed: number;
  resolved: number;
  error: string | null;
  unit: string | null;
  startedBy: string | null;
  startedAt: Date;
  finishedAt: Date | null;
}

const runSelect = {
  id: true, trigger: true, status: true, asOf: true, progress: true, total: true, opened: true, changed: true, resolved: true, error: true, unitId: true, startedAt: true, finishedAt: true,
  startedBy: { select: { name: true } },
} satisfies Prisma.WarningRunSelect;

async function toRunRows(runs: Prisma.WarningRunGetPayload<{ select: typeof runSelect }>[]): Promise<WarningRunRow[]> {
  const unitIds = [...new Set(runs.map((run) => run.unitId).filter((id): id is string => Boolean(id)))];
  const units = new Map((await db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } })).map((unit) => [unit.id, unit.name]));
  return runs.map(({ unitId, startedBy, ...run }) => ({ ...run, unit: unitId ? (units.get(unitId) ?? null) : null, startedBy: startedBy?.name ?? null }));
}

export async function listWarningRuns(actor: Actor, pageNumber?: number | string): Promise<Page<WarningRunRow>> {
  authorize(actor, "warning.manage");
  const { page, pageSize, skip, take } = pageArgs(pageNumber);
  const where = { zoneId: actor.zoneId };
  const [total, runs] = await Promise.all([
    db.warningRun.count({ where }),
    db.warningRun.findMany({ where, select: runSelect, orderBy: [{ startedAt: "desc" }, { id: "desc" }], skip, take }),
  ]);
  return toPage(await toRunRows(runs), total, page, pageSize);
}

export async function getWarningRun(actor: Actor, id: string): Promise<WarningRunRow> {
  authorize(actor, "warning.manage");
  const run = await db.warningRun.findFirst({ where: { id, zoneId: actor.zoneId }, select: runSelect });
  if (!run) throw new NotFoundError("warning run");
  return (await toRunRows([run]))[0];
}

// ───── rules ─────

export interface RuleSettings {
  rules: RuleSet;
  updated: Partial<Record<WarningKind, { at: Date; by: string | null }>>;
}

export async function getRuleSettings(actor: Actor): Promise<RuleSettings> {
  authorize(actor, "warningRule.manage");
  const [rules, rows] = await Promise.all([
    loadRuleSet(db, actor.zoneId),
    db.warningRule.findMany({ where: { zoneId: actor.zoneId }, select: { kind: true, updatedAt: true, updatedBy: { select: { name: true } } } }),
  ]);
  return { rules, updated: Object.fromEntries(rows.map((row) => [row.kind, { at: row.updatedAt, by: row.updatedBy?.name ?? null }])) };
}

// ───────────── warning lists behind the dashboard drill-downs (a work item's, a unit's) ─────────────

export interface WarningListRow {
  id: string;
  kind: WarningKind;
  level: WarningLevel;
  status: "OPEN" | "ACKNOWLEDGED" | "RESOLVED";
  title: string;
  /** The engine's evidence, from which the title is rebuilt in the reader's language. */
  evidence: unknown;
  unitId: string;
  unit: string;
  workItemId: string | null;
  workItemCode: string | null;
  firstSeenAt: Date;
  resolvedAt: Date | null;
  resolvedReason: ResolvedReason | null;
}

const WARNING_LIST_LIMIT = 30;

export function warningListSql(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT w.id, w.kind::text AS kind, w.level::text AS level, w.status::text AS status, w.title, w.evidence, u.id AS "unitId", u."shortName" AS unit,
      wi.id AS "workItemId", wi.code AS "workItemCode", w."firstSeenAt", w."resolvedAt", w."resolvedReason"
    FROM "Warning" w
    JOIN "Unit" u ON u.id = w."unitId"
    LEFT JOIN "WorkItem" wi ON wi.id = w."workItemId"
    WHERE ${where}
    ORDER BY (w.status = 'RESOLVED'), CASE w.level WHEN 'RED' THEN 0 WHEN 'ORANGE' THEN 1 WHEN 'YELLOW' THEN 2 ELSE 3 END, w."firstSeenAt" DESC
    LIMIT ${WARNING_LIST_LIMIT}`;
}

/** The warnings about one work item, open ones first; a reporter sees only its own unit's. */
export async function listWorkItemWarnings(actor: Actor, workItemId: string): Promise<WarningListRow[]> {
  const scope = unitScope(actor, "warning.read");
  return db.$queryRaw<WarningListRow[]>(
    warningListSql(Prisma.sql`w."zoneId" = ${scope.zoneId} AND w."workItemId" = ${workItemId} ${scope.unitId ? Prisma.sql`AND w."unitId" = ${scope.unitId}` : Prisma.empty}`),
  );
}
