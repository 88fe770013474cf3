// What the resource action files share: revalidation paths, zone checks on references,
// dates of @db.Date columns, approval steps.
import type { Actor } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { TxClient } from "@/lib/db/client";
import { dateFromKey, localDateKey } from "@/lib/dates/zone-time";
import { DomainError, NotFoundError } from "@/lib/server/errors";
import type { ActionResult } from "@/lib/server/result";

export type Result = ActionResult<{ id: string }>;

export const DESIGNATIONS = "/resources/designations";
export const FUNDS = "/resources/funds";
export const LAND = "/resources/land";
export const PLANNING = "/resources/planning";
export const OVERVIEW = "/resources";
export const VISITS = "/resources/visits";

/** "YYYY-MM-DD" (or null) as the Date a @db.Date column takes. */
export function day(key: string | null): Date | null {
  return key ? dateFromKey(key) : null;
}

/** Parks, units and designations named by a form must be of the actor's zone. */
export async function assertRefsInZone(tx: TxClient, actor: Actor, refs: { parkId?: string | null; leadUnitId?: string | null; designationId?: string | null }): Promise<void> {
  const checks: [string, Promise<unknown>][] = [];
  if (refs.parkId) checks.push(["parkId", tx.park.findFirst({ where: { id: refs.parkId, zoneId: actor.zoneId }, select: { id: true } })]);
  if (refs.leadUnitId) checks.push(["leadUnitId", tx.unit.findFirst({ where: { id: refs.leadUnitId, zoneId: actor.zoneId }, select: { id: true } })]);
  if (refs.designationId) checks.push(["designationId", tx.designation.findFirst({ where: { id: refs.designationId, zoneId: actor.zoneId }, select: { id: true } })]);
  for (const [field, check] of checks) if (!(await check)) throw new DomainError("validation.choice", {}, field);
}

export function notFoundUnless<T>(record: T | null, what: string): T {
  if (!record) throw new NotFoundError(what);
  return record;
}

export type StepInput = { name: string; status: "PENDING" | "IN_PROGRESS" | "DONE" | "BLOCKED"; dueDate: string | null; completedAt: string | null; note: string | null };

/** Only a DONE step has a completion date; without one it was done today (zone calendar). */
export function stepData(input: StepInput, actor: SessionUser) {
  const completedAt = input.status === "DONE" ? (input.completedAt ?? localDateKey(new Date(), actor.timeZone)) : null;
  return { name: input.name, status: input.status, note: input.note, dueDate: day(input.dueDate), completedAt: day(completedAt) };
}
