import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { formatIsoWeek } from "@/lib/dates/zone-time";
import { getCurrentUser } from "@/lib/auth/session";
import { actAs, form, signOutTestUser, testSession } from "./support/session";

// The action's request: the address the client-ip hook resolved.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-chuangjian-client-ip": "10.20.30.40" }) }));

// Attachments go to a throwaway data directory (set before the storage module is loaded).
vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  process.env.CHUANGJIAN_DATA_DIR = mkdtempSync(join(tmpdir(), "chuangjian-sessions-"));
});

const { changeOwnPassword, logout } = await import("@/lib/auth/actions");
const { resetUserPassword, setUserActive, updateUser } = await import("@/lib/org/actions");
const { saveReportDraft } = await import("@/lib/reports/actions");
const { getMyWeek } = await import("@/lib/reports/queries");
const { currentReportWeek } = await import("@/lib/reports/week");
const { loadZoneCalendar } = await import("@/lib/calendar/load");
const { verifyPassword } = await import("@/lib/auth/password");

const REPORTER = "kjj@demo.gov.cn";
const ADMIN = "admin@demo.gov.cn";
const EXPIRED = { ok: false, message: "登录已过期，请重新登录。", fieldErrors: {} };

/** A report draft for this week: the write a kept token must no longer make. */
async function saveDraft() {
  const me = await getCurrentUser();
  if (!me) return saveReportDraft(null, form({ week: "2026-W01" }));
  const zone = await db.zone.findFirstOrThrow();
  const week = currentReportWeek(new Date(), await loadZoneCalendar(db, zone.id));
  await db.weeklyReport.deleteMany({ where: { unitId: me.unitId, isoYear: week.isoYear, isoWeek: week.isoWeek } });
  const data = await getMyWeek(me);
  const values: Record<string, string> = { week: formatIsoWeek(week), summary: "本周推进顺利。" };
  for (const item of data.items) {
    values[`entries[${item.id}][progress]`] = String(Math.min(100, Math.max(item.lastReported?.progress ?? 0, 10) + 5));
    values[`entries[${item.id}][doneThisWeek]`] = `推进${item.code}`;
    values[`entries[${item.id}][planNextWeek]`] = `继续推进${item.code}`;
  }
  return saveReportDraft(null, form(values));
}

/** The token in the cookie jar right now, to replay later. */
function keepToken() {
  return { ...testSession };
}

function replay(token: ReturnType<typeof keepToken>) {
  Object.assign(testSession, token);
}

async function userRow(email: string) {
  return db.user.findUniqueOrThrow({ where: { email } });
}

describe("sessions that end", () => {
  beforeEach(() => signOutTestUser());

  it("a token kept after sign-out no longer saves a report, and the sign-out is audited", async () => {
    await actAs(REPORTER);
    const kept = keepToken();
    expect((await saveDraft()).ok).toBe(true);
    const reports = await db.weeklyReport.count();

    await logout();
    replay(kept);
    expect(await getCurrentUser()).toBeNull();
    expect(await saveDraft()).toEqual(EXPIRED);
    expect(await db.weeklyReport.count()).toBe(reports);

    const user = await userRow(REPORTER);
    expect(user.sessionVersion).toBe(1);
    expect(await db.auditLog.findFirst({ where: { action: "auth.signOut", entityId: user.id } })).toMatchObject({ actorId: user.id, ip: "10.20.30.40" });

    // Signing in again gives a token of the new version, which works.
    await actAs(REPORTER);
    expect((await saveDraft()).ok).toBe(true);
  });

  it("a token kept after an administrator reset the password is refused", async () => {
    await actAs(REPORTER);
    const kept = keepToken();
    const target = await userRow(REPORTER);
    await actAs(ADMIN);
    expect(await resetUserPassword(null, form({ id: target.id, password: "Harbour-Mist-73" }))).toMatchObject({ ok: true });
    replay(kept);
    expect(await saveDraft()).toEqual(EXPIRED);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.resetPassword", entityId: target.id } });
    expect(audit.after).toEqual({ email: REPORTER, sessionsEnded: true });
  });

  it("deactivation and a role change end the sessions; an edit of the phone number does not", async () => {
    const email = "gxj@demo.gov.cn";
    await actAs(email);
    const kept = keepToken();
    const target = await db.user.findUniqueOrThrow({ where: { email }, include: { unit: true } });
    const fields = { id: target.id, email, name: target.name, phone: "13800000000", title: target.title ?? "", role: target.role, unitId: target.unitId };

    await actAs(ADMIN);
    expect(await updateUser(null, form(fields))).toMatchObject({ ok: true });
    replay(kept);
    expect(await getCurrentUser()).toMatchObject({ email });

    await actAs(email);
    const keptAgain = keepToken();
    await actAs(ADMIN);
    expect(await updateUser(null, form({ ...fields, role: "SUPERVISOR" }))).toMatchObject({ ok: true });
    replay(keptAgain);
    expect(await getCurrentUser()).toBeNull();

    await actAs(email);
    const keptThird = keepToken();
    await actAs(ADMIN);
    expect(await setUserActive(null, form({ id: target.id, active: "false" }))).toMatchObject({ ok: true });
    expect(await setUserActive(null, form({ id: target.id, active: "true" }))).toMatchObject({ ok: true });
    replay(keptThird);
    expect(await getCurrentUser()).toBeNull();
    expect((await userRow(email)).sessionVersion).toBe(2);
  });

  it("a token without a session version (issued before versions existed) is refused", async () => {
    await actAs(REPORTER);
    testSession.sessionVersion = null;
    expect(await getCurrentUser()).toBeNull();
  });
});

describe("change my password", () => {
  beforeEach(() => signOutTestUser());
  const email = "czj@demo.gov.cn";
  const submit = (values: Record<string, string>) => changeOwnPassword(null, form(values));

  it("refuses a weak new password, a wrong current one and a mismatch at the field, and writes nothing", async () => {
    await actAs(email);
    const before = await userRow(email);
    const audits = await db.auditLog.count({ where: { action: "user.changePassword" } });
    expect(await submit({ currentPassword: "Demo@2026", password: "Kite-58", confirmPassword: "Kite-58" })).toMatchObject({ ok: false, fieldErrors: { password: ["密码至少 10 个字符"] } });
    expect(await submit({ currentPassword: "Demo@2026", password: "qwertyuiop", confirmPassword: "qwertyuiop" })).toMatchObject({ ok: false, fieldErrors: { password: ["密码不能是重复字符或简单序列（如 aaaaaa、123456、qwerty）"] } });
    expect(await submit({ currentPassword: "Demo@2026", password: "czj@demo.gov.cn", confirmPassword: "czj@demo.gov.cn" })).toMatchObject({ ok: false, fieldErrors: { password: ["密码不能包含邮箱或邮箱用户名"] } });
    expect(await submit({ currentPassword: "Demo@2026", password: "Sunshine2026!", confirmPassword: "Sunshine2026!" })).toMatchObject({ ok: false, fieldErrors: { password: ["这个密码太常见，容易被猜中，请换一个"] } });
    expect(await submit({ currentPassword: "Demo@2026", password: "Lantern-Kite-58", confirmPassword: "Lantern-Kite-59" })).toMatchObject({ ok: false, fieldErrors: { confirmPassword: ["两次输入的新密码不一致"] } });
    expect(await submit({ currentPassword: "not-my-password", password: "Lantern-Kite-58", confirmPassword: "Lantern-Kite-58" })).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["当前密码不正确"] } });
    const after = await userRow(email);
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.sessionVersion).toBe(before.sessionVersion);
    expect(await db.auditLog.count({ where: { action: "user.changePassword" } })).toBe(audits);
    // The wrong current password counted like a failed sign-in.
    expect(await db.loginAttempt.count({ where: { email, success: false, ip: "10.20.30.40" } })).toBe(1);
  });

  it("sets the new password, ends every session and audits the change without the password", async () => {
    await actAs(email);
    const kept = keepToken();
    expect(await submit({ currentPassword: "Demo@2026", password: "Lantern-Kite-58", confirmPassword: "Lantern-Kite-58" })).toMatchObject({ ok: true });
    const user = await userRow(email);
    expect(await verifyPassword("Lantern-Kite-58", user.passwordHash)).toBe(true);
    expect(await verifyPassword("Demo@2026", user.passwordHash)).toBe(false);
    replay(kept);
    expect(await getCurrentUser()).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.changePassword", entityId: user.id } });
    expect(audit).toMatchObject({ actorId: user.id, ip: "10.20.30.40", after: { email, sessionsEnded: true } });
    expect(JSON.stringify(audit)).not.toContain("Lantern");
  });

  it("is throttled like sign-in: guesses of the current password lock the account", async () => {
    const victim = "tjj@demo.gov.cn";
    await actAs(victim);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await submit({ currentPassword: `guess-${attempt}`, password: "Lantern-Kite-58", confirmPassword: "Lantern-Kite-58" })).toMatchObject({ fieldErrors: { currentPassword: ["当前密码不正确"] } });
    }
    const sixth = await submit({ currentPassword: "Demo@2026", password: "Lantern-Kite-58", confirmPassword: "Lantern-Kite-58" });
    expect(sixth.ok).toBe(false);
    if (!sixth.ok) expect(sixth.fieldErrors.currentPassword?.[0]).toMatch(/^登录失败次数过多，请 1[45] 分钟后再试。$/);
    expect(await verifyPassword("Demo@2026", (await userRow(victim)).passwordHash)).toBe(true);
  });
});
