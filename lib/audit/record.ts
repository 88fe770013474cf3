// The audit log: every write records who, what, when, before and after.
import type { TxClient } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/permissions";
import { coalesceAudit } from "./coalesce";

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  /** The client's address, for sign-in and sign-out (lib/auth/client-ip.ts). */
  ip?: string | null;
}

const SECRET_FIELDS = new Set(["passwordHash", "password"]);

/** JSON-safe copy: Decimals and Dates become strings, BigInts strings, secrets are dropped. */
export function auditSnapshot(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map(auditSnapshot);
  if (typeof value === "object") {
    if (typeof (value as { toFixed?: unknown }).toFixed === "function" && "d" in (value as object)) {
      return String(value); // Prisma Decimal
    }
    // fromEntries defines the keys (a "__proto__" of user data stays data, never a prototype).
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key, field]) => !SECRET_FIELDS.has(key) && field !== undefined)
        .map(([key, field]) => [key, auditSnapshot(field)]),
    );
  }
  return value;
}

/** Writes one audit row inside the caller's transaction, so the log and the change commit together. */
export async function recordAudit(tx: TxClient, actor: Pick<Actor, "id" | "zoneId"> | { id: null; zoneId: string | null } | null, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      zoneId: actor?.zoneId ?? null,
      actorId: actor?.id ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: entry.before === undefined ? undefined : (auditSnapshot(entry.before) as object),
      after: entry.after === undefined ? undefined : (auditSnapshot(entry.after) as object),
      ip: entry.ip ?? null,
    },
  });
}

export interface CoalescedAuditEntry extends AuditEntry {
  entityId: string;
  /** Writes with the same key fold into one row (a report's autosaves: "<session id>"). */
  coalesceKey: string;
  /** Only into a row written less than this long ago. */
  windowMs: number;
}

/**
 * Like recordAudit, but folds the write into the entity's latest audit row when that row has
 * the same action, actor and coalesce key and is recent: one row for a run of small writes
 * (first before, last after, the union of what changed: lib/audit/coalesce.ts). The caller
 * holds the entity's row lock (its UPDATE), so two writes of one entity do not race here.
 */
export async function recordCoalescedAudit(tx: TxClient, actor: Pick<Actor, "id" | "zoneId">, entry: CoalescedAuditEntry, now = new Date()): Promise<void> {
  const latest = await tx.auditLog.findFirst({
    where: { entityType: entry.entityType, entityId: entry.entityId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, action: true, actorId: true, coalesceKey: true, createdAt: true, before: true, after: true },
  });
  const foldable = latest && latest.action === entry.action && latest.actorId === actor.id && latest.coalesceKey === entry.coalesceKey && now.getTime() - latest.createdAt.getTime() < entry.windowMs;
  if (!foldable) {
    const before = entry.before === undefined ? undefined : (auditSnapshot(entry.before) as object);
    const after = entry.after === undefined ? undefined : (auditSnapshot(entry.after) as object);
    await tx.auditLog.create({ data: { zoneId: actor.zoneId, actorId: actor.id, action: entry.action, entityType: entry.entityType, entityId: entry.entityId, before, after, coalesceKey: entry.coalesceKey } });
    return;
  }
  const merged = coalesceAudit({ before: latest.before, after: latest.after }, { before: auditSnapshot(entry.before), after: auditSnapshot(entry.after) });
  // The row stays where the session started; its content is the session's.
  await tx.auditLog.update({ where: { id: latest.id }, data: { before: (merged.before as Prisma.InputJsonValue | null) ?? Prisma.DbNull, after: (merged.after as Prisma.InputJsonValue | null) ?? Prisma.DbNull } });
}
