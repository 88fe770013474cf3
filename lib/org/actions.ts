"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit/record";
import { endAllSessions } from "@/lib/auth/end-sessions";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { requireActionUser } from "@/lib/auth/session";
import { db, type TxClient } from "@/lib/db/client";
import { actionError } from "@/lib/server/action";
import { DomainError, NotFoundError } from "@/lib/server/errors";
import { ok, type ActionResult } from "@/lib/server/result";
import { formDataToObject, parseInput } from "@/lib/server/validation";
import { createUnitSchema, createUserSchema, resetPasswordSchema, setActiveSchema, updateUnitSchema, updateUserSchema } from "./schema";
import { evaluateWarningsForUnit } from "@/lib/warnings/run";

type Result = ActionResult<{ id: string }>;

const userSnapshotSelect = { id: true, email: true, name: true, phone: true, title: true, role: true, unitId: true, active: true } as const;

async function assertUnitUsable(tx: TxClient, actor: Actor, unitId: string): Promise<void> {
  const unit = await tx.unit.findFirst({ where: { id: unitId, zoneId: actor.zoneId }, select: { active: true } });
  if (!unit) throw new DomainError("validation.unitRequired", {}, "unitId");
  if (!unit.active) throw new DomainError("validation.unitInactive", {}, "unitId");
}

async function assertEmailFree(tx: TxClient, email: string, exceptUserId?: string): Promise<void> {
  const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (existing && existing.id !== exceptUserId) throw new DomainError("validation.emailTaken", {}, "email");
}

async function findUserInZone(tx: TxClient, actor: Actor, id: string) {
  const user = await tx.user.findFirst({ where: { id, zoneId: actor.zoneId }, select: userSnapshotSelect });
  if (!user) throw new NotFoundError("user");
  return user;
}

export async function createUser(_previous: Result | null, formData: FormData): Promise<Result> {
  try {
    const actor = await requireActionUser();
    const parsed = await parseInput(createUserSchema, formDataToObject(formData));
    if (!parsed.ok) return parsed;
    authorize(actor, "user.manage");
    const { password, ...fields } = parsed.data;
    const passwordHash = await hashPassword(password);
    const user = await db.$transaction(async (tx) => {
      await assertUnitUsable(tx, actor, fields.unitId);
      await assertEmailFree(tx, fields.email);
      const created = await tx.user.create({ data: { ...fields, zoneId: actor.zoneId, passwordHash }, select: userSnapshotSelect });
      await recordAudit(tx, actor, { action: "user.create", entityType: "User", entityId: created.id, after: created });
      return created;
    });
    revalidatePath("/admin/users");
    return ok({ id: user.id });
  } catch (error) {
    return actionError(error);
  }
}

export async function updateUser(_previous: Result | null, formData: FormData): Promise<Result> {
  try {
    const actor = await requireActionUser();
    const parsed = await parseInput(updateUserSchema, formDataToObject(formData));
    if (!parsed.ok) return parsed;
    authorize(actor, "user.manage");
    const { id, ...fields } = parsed.data;
    await db.$transaction(async (tx) => {
      const before = await findUserInZone(tx, actor, id);
      if (id === actor.id && fields.role !== before.role) throw new DomainError("errors.cannotDemoteSelf", {}, "role");
      if (fields.unitId !== before.unitId) await assertUnitUsable(tx, actor, fields.unitId);
      if (fields.email !== before.email) await assertEmailFree(tx, fields.email, id);
      const after = await tx.user.update({ where: { id }, data: fields, select: userSnapshotSelect });
      // New rights start with a new sign-in: the old sessions end.
      const sessionsEnded = after.role !== before.role || after.unitId !== before.unitId;
      if (sessionsEnded) await endAllSessions(tx, id);
      await recordAudit(tx, actor, { action: "user.update", entityType: "User", entityId: id, before, after: { ...after, ...(sessionsEnded ? { sessionsEnded } : {}) } });
    });
    revalidatePath("/admin/users");
    return ok({ id });
  } catch (error) {
    return actionError(error);
  }
}

export async function setUserActive(_previous: Result | null, formData: FormData): Promise<Result> {
  try {
    const actor = await requireActionUser();
    const parsed = await parseInput(setActiveSchema, formDataToObject(formData));
    if (!parsed.ok) return parsed;
    authorize(actor, "user.manage");
    const { id, active } = parsed.data;
    if (id === actor.id && !active) throw new DomainError("errors.cannotDeactivateSelf");
    await db.$transaction(async (tx) => {
      const before = await findUserInZone(tx, actor, id);
      const after = await tx.user.update({ where: { id }, data: { active }, select: userSnapshotSelect });
      if (!active) await endAllSessions(tx, id);
      await recordAudit(tx, actor, { action: active ? "user.activate" : "user.deactivate", entityType: "User", entityId: id, before, after });
    });
    revalidatePath("/admin/users");
    return ok({ id });
  } catch (error) {
    return actionError(error);
  }
}

export async function resetUserPassword(_previous: Result | null, formData: FormData): Promise<Result> {
  try {
    const actor = await requireActionUser();
    const parsed = await parseInput(resetPasswordSchema, formDataToObject(formData));
    if (!parsed.ok) return parsed;
    authorize(actor, "user.manage");
    const { id, password } = parsed.data;
    const target = await findUserInZone(db, actor, id);
    const problem = passwordProblem(password, target.email);
    if (problem) throw new DomainError(problem, {}, "password");
    const passwordHash = await hashPassword(password);
    await db.$transaction(async (tx) => {
      const user = await findUserInZone(tx, actor, id);
      await tx.user.update({ where: { id }, data: { passwordHash } });
      // Whoever knew the old password is signed out everywhere.
      await endAllSessions(tx, id);
      // The password itself never reaches the log.
      await recordAudit(tx, actor, { action: "user.resetPassword", entityType: "User", entityId: id, after: { email: user.email, sessionsEnded: true } });
    });
    return ok({ id });
  } catch (error) {
    return actionError(error);
  }
}

const unitSnapshotSelect = { id: true, code: true, name: true, shortName: true, kind: true, parkId: true, isMember: true, active: true, contactName: true, contactPhone: true, aliases: true, sortOrder: true } as const;

async function assertParkInZone(tx: TxClient, actor: Actor, parkId: string | null): Promise<void> {
  if (!parkId) return;
  const park = await tx.park.findFirst({ where: { id: parkId, zoneId: actor.zoneId }, select: { id: true } });
  if (!park) throw new DomainError("validation.choice", {}, "parkId");
}

async function assertUnitNamesFree(tx: TxClient, actor: Actor, fields: { code: string; name: string }, exceptId?: string): Promise<void> {
  const clash = await tx.unit.findFirst({
    where: { zoneId: actor.zoneId, OR: [{ code: fields.code }, { name: fields.name }], ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { code: true },
  });
  if (!clash) return;
  if (clash.code === fields.code) throw new DomainError("validation.codeTaken", {}, "code");
  throw new DomainError("validation.nameTaken", {}, "name");
}

/** An alias names one unit: not another unit's name, short name or alias, nor this unit's own name. */
async function assertAliasesFree(tx: TxClient, actor: Actor, fields: { name: string; shortName: string; aliases: string[] }, exceptId?: string): Promise<void> {
  if (fields.aliases.length === 0) return;
  const own = fields.aliases.find((alias) => alias === fields.name || alias === fields.shortName);
  if (own) throw new DomainError("admin.aliasIsOwnName", { alias: own }, "aliases");
  const clash = await tx.unit.findFirst({
    where: {
      zoneId: actor.zoneId,
      ...(exceptId ? { id: { not: exceptId } } : {}),
      OR: [{ name: { in: fields.aliases } }, { shortName: { in: fields.aliases } }, { aliases: { hasSome: fields.aliases } }],
    },
    select: { name: true, shortName: true, aliases: true },
  });
  if (!clash) return;
  const alias = fields.aliases.find((value) => value === clash.name || value === clash.shortName || clash.aliases.includes(value))!;
  throw new DomainError("admin.aliasTaken", { alias, unit: clash.name }, "aliases");
}

export async function createUnit(_previous: Result | null, formData: FormData): Promise<Result> {
  try {
    const actor = await requireActionUser();
    const parsed = await parseInput(createUnitSchema, formDataToObject(formData));
    if (!parsed.ok) return parsed;
    authorize(actor, "unit.manage");
    const fields = parsed.data;
    const unit = await db.$transaction(async (tx) => {
      await assertParkInZone(tx, actor, fields.parkId);
      await assertUnitNamesFree(tx, actor, fields);
      await assertAliasesFree(tx, actor, fields);
      const created = await tx.unit.create({ data: { ...fields, zoneId: actor.zoneId }, select: unitSnapshotSelect });
      await recordAudit(tx, actor, { action: "unit.create", entityType: "Unit", entityId: created.id, after: created });
      return created;
    });
    revalidatePath("/admin/units");
    revalidatePath("/units");
    return ok({ id: unit.id });
  } catch (error) {
    return actionError(error);
  }
}

export async function updateUnit(_previous: Result | null, formData: FormData): Promise<Result> {
  try {
    const actor = await requireActionUser();
    const parsed = await parseInput(updateUnitSchema, formDataToObject(formData));
    if (!parsed.ok) return parsed;
    authorize(actor, "unit.manage");
    const { id, ...fields } = parsed.data;
    await db.$transaction(async (tx) => {
      const before = await tx.unit.findFirst({ where: { id, zoneId: actor.zoneId }, select: unitSnapshotSelect });
      if (!before) throw new NotFoundError("unit");
      await assertParkInZone(tx, actor, fields.parkId);
      await assertUnitNamesFree(tx, actor, fields, id);
      await assertAliasesFree(tx, actor, fields, id);
      const after = await tx.unit.update({ where: { id }, data: fields, select: unitSnapshotSelect });
      await recordAudit(tx, actor, { action: "unit.update", entityType: "Unit", entityId: id, before, after });
    });
    revalidatePath("/admin/units");
    revalidatePath("/units");
    return ok({ id });
  } catch (error) {
    return actionError(error);
  }
}

export async function setUnitActive(_previous: Result | null, formData: FormData): Promise<Result> {
  try {
    const actor = await requireActionUser();
    const parsed = await parseInput(setActiveSchema, formDataToObject(formData));
    if (!parsed.ok) return parsed;
    authorize(actor, "unit.manage");
    const { id, active } = parsed.data;
    await db.$transaction(async (tx) => {
      const before = await tx.unit.findFirst({ where: { id, zoneId: actor.zoneId }, select: unitSnapshotSelect });
      if (!before) throw new NotFoundError("unit");
      if (!active) {
        const activeUsers = await tx.user.count({ where: { unitId: id, active: true } });
        if (activeUsers > 0) throw new DomainError("errors.unitHasActiveUsers", { count: activeUsers });
      }
      const after = await tx.unit.update({ where: { id }, data: { active }, select: unitSnapshotSelect });
      await recordAudit(tx, actor, { action: active ? "unit.activate" : "unit.deactivate", entityType: "Unit", entityId: id, before, after });
    });
    // A deactivated unit's warnings end at once, saying why (UNIT_DEACTIVATED); reactivated, it is watched again.
    await evaluateWarningsForUnit({ zoneId: actor.zoneId, unitId: id, actorId: actor.id, trigger: "SETTINGS_CHANGED" });
    revalidatePath("/admin/units");
    revalidatePath("/units");
    return ok({ id });
  } catch (error) {
    return actionError(error);
  }
}
