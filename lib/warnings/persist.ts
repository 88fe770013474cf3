// Persisting an evaluation: an idempotent upsert by (zoneId, dedupeKey) inside the caller's
// transaction, serialised per zone by an advisory lock. New → OPENED, level change →
// LEVEL_CHANGED, gone → RESOLVED with the reason, back → REOPENED. Applying the same
// evaluation twice writes nothing the second time.
import type { TxClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { defer } from "@/lib/i18n/deferred";
import { warningTitle } from "./describe";
import { notifyUnit } from "@/lib/notifications/notify";
import { resolutionReason } from "./engine";
import { readWarningEvidence } from "./schema";
import { levelRank, type WarningLevel } from "./rules";
import type { ComputedWarning, EngineInput } from "./types";

/** Advisory-lock namespace of warning writes (the second key is the zone). */
export const WARNINGS_LOCK = 727_361_002;

/** Serialises warning writes of a zone until the transaction ends. */
export async function lockZoneWarnings(tx: TxClient, zoneId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${WARNINGS_LOCK}::int, hashtext(${zoneId}))`;
}

export interface ApplySummary {
  opened: number;
  reopened: number;
  changed: number;
  resolved: number;
  notified: number;
}

export function emptySummary(): ApplySummary {
  return { opened: 0, reopened: 0, changed: 0, resolved: 0, notified: 0 };
}

export function addSummaries(a: ApplySummary, b: ApplySummary): ApplySummary {
  return { opened: a.opened + b.opened, reopened: a.reopened + b.reopened, changed: a.changed + b.changed, resolved: a.resolved + b.resolved, notified: a.notified + b.notified };
}

/** JSON with sorted keys: jsonb does not keep key order, so compare canonically. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

// Orange and red warnings reach people (orange as WARNING_OPENED, its channels the user's
// choice; red as WARNING_RED, always sent); yellow ones stay on the warnings page.
const NOTIFY_LEVELS: WarningLevel[] = ["ORANGE", "RED"];

export interface ApplyOptions {
  zoneId: string;
  asOf: Date;
  /** The units this evaluation covered; warnings of other units are left alone. Absent: the whole zone. */
  unitIds?: string[];
  computed: ComputedWarning[];
  /** The engine input the evaluation read, for the reasons of resolutions. */
  input: EngineInput;
}

export interface AppliedEvaluation extends ApplySummary {
  /** The same counts per unit (a batch of queued units records one run row each). */
  perUnit: Map<string, ApplySummary>;
}

/** Writes one evaluation. Call inside a transaction that holds lockZoneWarnings. */
export async function applyWarnings(tx: TxClient, { zoneId, asOf, unitIds, computed, input }: ApplyOptions): Promise<AppliedEvaluation> {
  const summary = emptySummary();
  const perUnit = new Map<string, ApplySummary>();
  const count = (unitId: string, field: keyof ApplySummary, by = 1) => {
    summary[field] += by;
    const unit = perUnit.get(unitId) ?? emptySummary();
    unit[field] += by;
    perUnit.set(unitId, unit);
  };
  const keys = computed.map((warning) => warning.dedupeKey);
  const existing = await tx.warning.findMany({
    where: { zoneId, ...(unitIds ? { OR: [{ unitId: { in: unitIds } }, { dedupeKey: { in: keys } }] } : {}) },
    select: { id: true, dedupeKey: true, kind: true, level: true, status: true, unitId: true, workItemId: true, noticeId: true, title: true, evidence: true, lastEvaluatedAt: true },
  });
  const byKey = new Map(existing.map((warning) => [warning.dedupeKey, warning]));
  const events: Prisma.WarningEventCreateManyInput[] = [];
  const toNotify: (ComputedWarning & { id: string })[] = [];
  const escalatedNotices: { noticeId: string; level: WarningLevel }[] = [];
  const untouched: string[] = [];

  for (const warning of computed) {
    const content = { kind: warning.kind, level: warning.level, unitId: warning.unitId, workItemId: warning.workItemId, noticeId: warning.noticeId, title: warning.title, evidence: warning.evidence };
    const found = byKey.get(warning.dedupeKey);
    if (!found) {
      const created = await tx.warning.create({ data: { zoneId, dedupeKey: warning.dedupeKey, ...content, status: "OPEN", firstSeenAt: asOf, lastEvaluatedAt: asOf }, select: { id: true } });
      events.push({ warningId: created.id, type: "OPENED", toLevel: warning.level, at: asOf });
      count(warning.unitId, "opened");
      if (NOTIFY_LEVELS.includes(warning.level)) toNotify.push({ id: created.id, ...warning });
      if (warning.noticeId) escalatedNotices.push({ noticeId: warning.noticeId, level: warning.level });
      continue;
    }
    if (found.status === "RESOLVED") {
      await tx.warning.update({
        where: { id: found.id },
        data: { ...content, status: "OPEN", lastEvaluatedAt: asOf, resolvedAt: null, resolvedReason: null, acknowledgedAt: null, acknowledgedById: null },
      });
      events.push({ warningId: found.id, type: "REOPENED", fromLevel: found.level, toLevel: warning.level, at: asOf });
      count(warning.unitId, "reopened");
      if (NOTIFY_LEVELS.includes(warning.level)) toNotify.push({ id: found.id, ...warning });
      if (warning.noticeId) escalatedNotices.push({ noticeId: warning.noticeId, level: warning.level });
      continue;
    }
    const levelChanged = found.level !== warning.level;
    const contentChanged =
      levelChanged || found.title !== warning.title || found.unitId !== warning.unitId || found.workItemId !== warning.workItemId || found.noticeId !== warning.noticeId || canonical(found.evidence) !== canonical(warning.evidence);
    if (!contentChanged) {
      if (found.lastEvaluatedAt.getTime() !== asOf.getTime()) untouched.push(found.id);
      continue;
    }
    const escalated = levelChanged && levelRank(warning.level) > levelRank(found.level);
    // A more severe level asks for attention again, even if the lower one was acknowledged.
    const reopenAttention = escalated && found.status === "ACKNOWLEDGED" ? { status: "OPEN" as const, acknowledgedAt: null, acknowledgedById: null } : {};
    await tx.warning.update({ where: { id: found.id }, data: { ...content, ...reopenAttention, lastEvaluatedAt: asOf } });
    if (levelChanged) {
      events.push({ warningId: found.id, type: "LEVEL_CHANGED", fromLevel: found.level, toLevel: warning.level, at: asOf });
      count(warning.unitId, "changed");
      if (escalated && NOTIFY_LEVELS.includes(warning.level)) toNotify.push({ id: found.id, ...warning });
    }
  }

  if (untouched.length > 0) await tx.warning.updateMany({ where: { id: { in: untouched } }, data: { lastEvaluatedAt: asOf } });

  const current = new Set(keys);
  for (const warning of existing) {
    if (warning.status === "RESOLVED" || current.has(warning.dedupeKey)) continue;
    if (unitIds && !unitIds.includes(warning.unitId)) continue;
    const reason = resolutionReason({ ...warning, evidence: readWarningEvidence(warning.evidence) }, input);
    await tx.warning.update({ where: { id: warning.id }, data: { status: "RESOLVED", resolvedAt: asOf, resolvedReason: reason, lastEvaluatedAt: asOf } });
    events.push({ warningId: warning.id, type: "RESOLVED", fromLevel: warning.level, reason, at: asOf });
    count(warning.unitId, "resolved");
  }

  if (events.length > 0) await tx.warningEvent.createMany({ data: events });
  for (const { noticeId, level } of escalatedNotices) {
    await tx.noticeEvent.create({ data: { noticeId, type: "ESCALATED", note: level, at: asOf } });
  }
  for (const warning of toNotify) {
    count(warning.unitId, "notified", await notifyUnit(tx, zoneId, warning.unitId, {
      kind: warning.level === "RED" ? "WARNING_RED" : "WARNING_OPENED",
      title: warningTitle(defer, warning.kind, warning.level, warning.evidence),
      body: defer("warnings.notificationBody", { level: defer(`warnings.levels.${warning.level}`) }),
      link: `/warnings/${warning.id}`,
    }));
  }
  return { ...summary, perUnit };
}
