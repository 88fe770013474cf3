// The audit log: every write records who, what, when, before and after.
import type { TxClient } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";

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
