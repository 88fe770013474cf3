import { describe, expect, it } from "vitest";
import { checkSignIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";

const PASSWORD = "Demo@2026";

describe("sign-in", () => {
  it("accepts the right password and records the attempt", async () => {
    const outcome = await checkSignIn("Office@Demo.gov.cn", PASSWORD, "10.0.0.1");
    expect(outcome).toMatchObject({ ok: true, user: { email: "office@demo.gov.cn", role: "SUPERVISOR" } });
    expect(await db.loginAttempt.count({ where: { email: "office@demo.gov.cn", success: true } })).toBe(1);
  });

  it("slows an account down after 5 failures, even with the right password, and says until when", async () => {
    const now = new Date();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await checkSignIn("leader@demo.gov.cn", "wrong", `10.0.1.${attempt}`, now)).toEqual({ ok: false, reason: "credentials" });
    }
    const blocked = await checkSignIn("leader@demo.gov.cn", PASSWORD, "10.0.1.99", now);
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
    if (!blocked.ok && blocked.reason === "throttled") expect(blocked.retryAt.getTime()).toBeGreaterThan(now.getTime());
    // Fifteen minutes later the account may try again.
    const later = new Date(now.getTime() + 16 * 60_000);
    expect(await checkSignIn("leader@demo.gov.cn", PASSWORD, "10.0.1.99", later)).toMatchObject({ ok: true });
  });

  it("slows an IP address down after 20 failures across accounts", async () => {
    const now = new Date();
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await checkSignIn(`nobody${attempt}@demo.gov.cn`, "wrong", "10.9.9.9", now);
    }
    expect(await checkSignIn("admin@demo.gov.cn", PASSWORD, "10.9.9.9", now)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await checkSignIn("admin@demo.gov.cn", PASSWORD, "10.9.9.10", now)).toMatchObject({ ok: true });
  });

  it("refuses a deactivated account with the same answer as a wrong password", async () => {
    await db.user.update({ where: { email: "sthjj@demo.gov.cn" }, data: { active: false } });
    expect(await checkSignIn("sthjj@demo.gov.cn", PASSWORD, "10.0.2.1")).toEqual({ ok: false, reason: "credentials" });
  });
});
