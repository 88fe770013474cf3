import { z } from "zod";
import { parseStoredJson } from "@/lib/server/stored-json";

// AuditLog.before / AuditLog.after (stored JSON): what the write changed, as recorded by
// recordAudit (lib/audit/record.ts). Free-form per action; a reader names the fields it reads.
export const auditSnapshotSchema = z.record(z.string(), z.unknown()).nullable();

/** A step's reason (a returned report's, a refused appeal's), when the write recorded one. */
const reasonSchema = z.looseObject({ reason: z.string().nullable().optional() }).nullable();

export function auditReason(after: unknown): string | null {
  return parseStoredJson(reasonSchema, after, "AuditLog.after")?.reason ?? null;
}
