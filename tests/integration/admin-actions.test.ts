import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUnit, createUser, resetUserPassword, setUnitActive, setUserActive, updateUser } from "@/lib/org/actions";
import { verifyPassword } from "@/lib/auth/password";
import { actAs, form, signOutTestUser } from "./support/session";

const ADMIN = "admin@demo.gov.cn";
const REPORTER = "kjj@demo.gov.cn";

async function officeUnitId() {
  return (await db.unit.findFirstOrThrow({ where: { code: "office" } })).id;
}

describe("admin: users", () => {
  beforeEach(() => signOutTestUser());

  it("creates a user, hashes the password and records the audit", async () => {
    const admin = await actAs(ADMIN);
    const result = await createUser(null, form({ email: "  New.Person@Demo.gov.cn ", name: "新同事", role: "REPORTER", unitId: await officeUnitId(), password: "Lantern-Kite-58" }));
    expect(result).toMatchObject({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { email: "new.person@demo.gov.cn" } });
    expect(user.passwordHash).not.toContain("Lantern");
    expect(await verifyPassword("Lantern-Kite-58", user.passwordHash)).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.create", entityId: user.id } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.after).toMatchObject({ email: "new.person@demo.gov.cn", role: "REPORTER" });
    expect(JSON.stringify(audit.after)).not.toContain("passwordHash");
  });

  it("rejects an invalid email with a localized field error and writes nothing", async () => {
    await actAs(ADMIN);
    const users = await db.user.count();
    const audits = await db.auditLog.count();
    const result = await createUser(null, form({ email: "not-an-email", name: "", role: "REPORTER", unitId: await officeUnitId(), password: "short" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.email).toEqual(["请输入有效的邮箱地址"]);
    expect(result.fieldErrors.name).toEqual(["必填"]);
    expect(result.fieldErrors.password?.[0]).toBe("密码至少 10 个字符");
    expect(await db.user.count()).toBe(users);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("refuses a duplicate email at the field", async () => {
    await actAs(ADMIN);
    const result = await createUser(null, form({ email: REPORTER, name: "重复", role: "REPORTER", unitId: await officeUnitId(), password: "Lantern-Kite-58" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: ["该邮箱已被使用"] } });
  });

  it("refuses a unit of another zone as if it did not exist", async () => {
    await actAs(ADMIN);
    const result = await createUser(null, form({ email: "x@demo.gov.cn", name: "某人", role: "REPORTER", unitId: "unit-of-elsewhere", password: "Lantern-Kite-58" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { unitId: ["请选择所属单位"] } });
  });

  it("refuses every admin action to a reporter and writes nothing", async () => {
    await actAs(REPORTER);
    const target = await db.user.findUniqueOrThrow({ where: { email: "office@demo.gov.cn" } });
    const before = await db.auditLog.count();
    for (const result of [
      await createUser(null, form({ email: "sneaky@demo.gov.cn", name: "x", role: "ADMIN", unitId: await officeUnitId(), password: "Lantern-Kite-58" })),
      await updateUser(null, form({ id: target.id, email: target.email, name: "改名", role: "ADMIN", unitId: target.unitId })),
      await setUserActive(null, form({ id: target.id, active: "false" })),
      await resetUserPassword(null, form({ id: target.id, password: "Hacked-Account-77" })),
    ]) {
      expect(result).toMatchObject({ ok: false, message: "您无权执行此操作。" });
    }
    expect(await db.user.findUnique({ where: { email: "sneaky@demo.gov.cn" } })).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(true);
    expect(await db.auditLog.count()).toBe(before);
  });

  it("refuses anonymous calls", async () => {
    const result = await createUser(null, form({ email: "anon@demo.gov.cn", name: "x", role: "ADMIN", unitId: "x", password: "Lantern-Kite-58" }));
    expect(result).toMatchObject({ ok: false, message: "登录已过期，请重新登录。" });
  });

  it("updates, deactivates and resets a password, auditing before and after", async () => {
    await actAs(ADMIN);
    const target = await db.user.findUniqueOrThrow({ where: { email: "fgw@demo.gov.cn" } });
    expect(await updateUser(null, form({ id: target.id, email: target.email, name: "改过的名字", role: "REPORTER", unitId: target.unitId, phone: "13800000000" }))).toMatchObject({ ok: true });
    const update = await db.auditLog.findFirstOrThrow({ where: { action: "user.update", entityId: target.id } });
    expect(update.before).toMatchObject({ name: target.name });
    expect(update.after).toMatchObject({ name: "改过的名字", phone: "13800000000" });

    expect(await setUserActive(null, form({ id: target.id, active: "false" }))).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(false);

    expect(await resetUserPassword(null, form({ id: target.id, password: "Harbour-Mist-73" }))).toMatchObject({ ok: true });
    const reset = await db.auditLog.findFirstOrThrow({ where: { action: "user.resetPassword", entityId: target.id } });
    expect(JSON.stringify(reset)).not.toContain("Harbour-Mist-73");
    expect(await verifyPassword("Harbour-Mist-73", (await db.user.findUniqueOrThrow({ where: { id: target.id } })).passwordHash)).toBe(true);
  });

  it("does not let an administrator lock themselves out", async () => {
    const admin = await actAs(ADMIN);
    expect(await setUserActive(null, form({ id: admin.id, active: "false" }))).toMatchObject({ ok: false, message: "不能停用自己的账号。" });
    const self = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(await updateUser(null, form({ id: admin.id, email: self.email, name: self.name, role: "REPORTER", unitId: self.unitId }))).toMatchObject({ ok: false, fieldErrors: { role: ["不能修改自己的角色。"] } });
  });
});

describe("admin: units", () => {
  it("creates a unit with audit, refuses a taken code, and will not deactivate a unit with active users", async () => {
    await actAs(ADMIN);
    const created = await createUnit(null, form({ code: "NEWUNIT", name: "市新设单位", shortName: "新单位", kind: "DEPARTMENT", isMember: "on", sortOrder: "50" }));
    expect(created).toMatchObject({ ok: true });
    const unit = await db.unit.findFirstOrThrow({ where: { code: "newunit" } });
    expect(unit.isMember).toBe(true);
    expect(await db.auditLog.count({ where: { action: "unit.create", entityId: unit.id } })).toBe(1);

    expect(await createUnit(null, form({ code: "newunit", name: "另一个", shortName: "另", kind: "DEPARTMENT" }))).toMatchObject({ ok: false, fieldErrors: { code: ["该编码已被使用"] } });

    const kjj = await db.unit.findFirstOrThrow({ where: { code: "kjj" } });
    const refused = await setUnitActive(null, form({ id: kjj.id, active: "false" }));
    expect(refused.ok).toBe(false);
    expect((await db.unit.findUniqueOrThrow({ where: { id: kjj.id } })).active).toBe(true);

    expect(await setUnitActive(null, form({ id: unit.id, active: "false" }))).toMatchObject({ ok: true });
  });
});
