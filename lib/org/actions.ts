"use server";

import { recordAudit } from "@/lib/audit/record";
import { endAllSessions } from "@/lib/auth/end-sessions";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import type { Actor } from "@/lib/auth/permissions";
import { db, type TxClient } from "@/lib/db/client";
import { DomainError, NotFoundError } from "@/lib/server/errors";
import { runFormAction } from "@/lib/server/form-action";
import type { ActionResult } from "@/lib/server/result";
import { createUnitSchema, createUserSchema, resetPasswordSchema, setActiveSchema, updateUnitSchema, updateUserSchema } from "./schema";
import { evaluateWarningsForUnit } from "@/lib/warnings/run";

type Result = ActionResult<{ id: string }>;

const USER_PATHS = ["/admin/users"];
const UNIT_PATHS = ["/admin/units", "/units"];

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
  return runFormAction(formData, {
    schema: createUserSchema,
    permission: "user.manage",
    // Hashing is slow: it runs before the transaction, not inside it.
    prepare: async ({ password }) => ({ passwordHash: await hashPassword(password) }),
    write: async (tx, { password: _password, ...fields }, actor, { passwordHash }) => {
      await assertUnitUsable(tx, actor, fields.unitId);
      await assertEmailFree(tx, fields.email);
      const created = await tx.user.create({ data: { ...fields, zoneId: actor.zoneId, passwordHash }, select: userSnapshotSelect });
      await recordAudit(tx, actor, { action: "user.create", entityType: "User", entityId: created.id, after: created });
      return { id: created.id };
    },
    revalidate: USER_PATHS,
  });
}

export async function updateUser(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: updateUserSchema,
    permission: "user.manage",
    write: async (tx, { id, ...fields }, actor) => {
      const before = await findUserInZone(tx, actor, id);
      if (id === actor.id && fields.role !== before.role) throw new DomainError("errors.cannotDemoteSelf", {}, "role");
      if (fields.unitId !== before.unitId) await assertUnitUsable(tx, actor, fields.unitId);
      if (fields.email !== before.email) await assertEmailFree(tx, fields.email, id);
      const after = await tx.user.update({ where: { id }, data: fields, select: userSnapshotSelect });
      // New rights start with a new sign-in: the old sessions end.
      const sessionsEnded = after.role !== before.role || after.unitId !== before.unitId;
      if (sessionsEnded) await endAllSessions(tx, id);
      const released = sessionsEnded ? await releaseUnitPeople(tx, after) : { liaisonOf: 0, leaderOf: 0 };
      const releasedNote = released.liaisonOf + released.leaderOf > 0 ? { releasedUnitRoles: released } : {};
      await recordAudit(tx, actor, { action: "user.update", entityType: "User", entityId: id, before, after: { ...after, ...(sessionsEnded ? { sessionsEnded } : {}), ...releasedNote } });
      return { id };
    },
    revalidate: USER_PATHS,
  });
}

export async function setUserActive(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: setActiveSchema,
    permission: "user.manage",
    write: async (tx, { id, active }, actor) => {
      if (id === actor.id && !active) throw new DomainError("errors.cannotDeactivateSelf");
      const before = await findUserInZone(tx, actor, id);
      const after = await tx.user.update({ where: { id }, data: { active }, select: userSnapshotSelect });
      if (!active) await endAllSessions(tx, id);
      await recordAudit(tx, actor, { action: active ? "user.activate" : "user.deactivate", entityType: "User", entityId: id, before, after });
      return { id };
    },
    revalidate: USER_PATHS,
  });
}

export async function resetUserPassword(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: resetPasswordSchema,
    permission: "user.manage",
    // The policy needs the user's email; hashing stays out of the transaction.
    prepare: async ({ id, password }, actor) => {
      const target = await findUserInZone(db, actor, id);
      const problem = passwordProblem(password, target.email);
      if (problem) throw new DomainError(problem, {}, "password");
      return { passwordHash: await hashPassword(password) };
    },
    write: async (tx, { id }, actor, { passwordHash }) => {
      const user = await findUserInZone(tx, actor, id);
      await tx.user.update({ where: { id }, data: { passwordHash } });
      // Whoever knew the old password is signed out everywhere.
      await endAllSessions(tx, id);
      // The password itself never reaches the log.
      await recordAudit(tx, actor, { action: "user.resetPassword", entityType: "User", entityId: id, after: { email: user.email, sessionsEnded: true } });
      return { id };
    },
    revalidate: [],
  });
}

const unitSnapshotSelect = { id: true, code: true, name: true, shortName: true, kind: true, parkId: true, isMember: true, active: true, contactName: true, contactPhone: true, aliases: true, sortOrder: true, liaisonId: true, leaderId: true } as const;

/**
 * The unit's liaison (联络员) is an active user of the unit (a unit being created has none yet);
 * its responsible leader (分管领导) an active user of the unit or a leading-group member.
 */
async function assertUnitPeople(tx: TxClient, actor: Actor, unitId: string | null, fields: { liaisonId: string | null; leaderId: string | null }): Promise<void> {
  if (fields.liaisonId) {
    const liaison = unitId ? await tx.user.findFirst({ where: { id: fields.liaisonId, zoneId: actor.zoneId, unitId, active: true }, select: { id: true } }) : null;
    if (!liaison) throw new DomainError("admin.liaisonNotInUnit", {}, "liaisonId");
  }
  if (fields.leaderId) {
    const leader = await tx.user.findFirst({
      where: { id: fields.leaderId, zoneId: actor.zoneId, active: true, OR: [{ role: "LEADER" }, ...(unitId ? [{ unitId }] : [])] },
      select: { id: true },
    });
    if (!leader) throw new DomainError("admin.leaderInvalid", {}, "leaderId");
  }
}

/** A user who moved to another unit (or stopped being a leader) no longer holds the old unit's roles. */
async function releaseUnitPeople(tx: TxClient, user: { id: string; unitId: string; role: string }): Promise<{ liaisonOf: number; leaderOf: number }> {
  const liaison = await tx.unit.updateMany({ where: { liaisonId: user.id, id: { not: user.unitId } }, data: { liaisonId: null } });
  const leader = user.role === "LEADER" ? { count: 0 } : await tx.unit.updateMany({ where: { leaderId: user.id, id: { not: user.unitId } }, data: { leaderId: null } });
  return { liaisonOf: liaison.count, leaderOf: leader.count };
}

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
  return runFormAction(formData, {
    schema: createUnitSchema,
    permission: "unit.manage",
    write: async (tx, fields, actor) => {
      await assertParkInZone(tx, actor, fields.parkId);
      await assertUnitNamesFree(tx, actor, fields);
      await assertAliasesFree(tx, actor, fields);
      await assertUnitPeople(tx, actor, null, fields);
      const created = await tx.unit.create({ data: { ...fields, zoneId: actor.zoneId }, select: unitSnapshotSelect });
      await recordAudit(tx, actor, { action: "unit.create", entityType: "Unit", entityId: created.id, after: created });
      return { id: created.id };
    },
    revalidate: UNIT_PATHS,
  });
}

export async function updateUnit(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: updateUnitSchema,
    permission: "unit.manage",
    write: async (tx, { id, ...fields }, actor) => {
      const before = await tx.unit.findFirst({ where: { id, zoneId: actor.zoneId }, select: unitSnapshotSelect });
      if (!before) throw new NotFoundError("unit");
      await assertParkInZone(tx, actor, fields.parkId);
      await assertUnitNamesFree(tx, actor, fields, id);
      await assertAliasesFree(tx, actor, fields, id);
      await assertUnitPeople(tx, actor, id, fields);
      const after = await tx.unit.update({ where: { id }, data: fields, select: unitSnapshotSelect });
      await recordAudit(tx, actor, { action: "unit.update", entityType: "Unit", entityId: id, before, after });
      return { id };
    },
    revalidate: UNIT_PATHS,
  });
}

export async function setUnitActive(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: setActiveSchema,
    permission: "unit.manage",
    write: async (tx, { id, active }, actor) => {
      const before = await tx.unit.findFirst({ where: { id, zoneId: actor.zoneId }, select: unitSnapshotSelect });
      if (!before) throw new NotFoundError("unit");
      if (!active) {
        const activeUsers = await tx.user.count({ where: { unitId: id, active: true } });
        if (activeUsers > 0) throw new DomainError("errors.unitHasActiveUsers", { count: activeUsers });
      }
      const after = await tx.unit.update({ where: { id }, data: { active }, select: unitSnapshotSelect });
      await recordAudit(tx, actor, { action: active ? "unit.activate" : "unit.deactivate", entityType: "Unit", entityId: id, before, after });
      return { id };
    },
    revalidate: UNIT_PATHS,
    // A deactivated unit's warnings end at once, saying why (UNIT_DEACTIVATED); reactivated, it is watched again.
    afterCommit: async ({ id }, actor) => {
      await evaluateWarningsForUnit({ zoneId: actor.zoneId, unitId: id, actorId: actor.id, trigger: "SETTINGS_CHANGED" });
    },
  });
}
