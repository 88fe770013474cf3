import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientIp, normalizeForwardingHeaders, parseTrustedProxies } from "@/lib/auth/client-ip";
import { checkSignIn } from "@/lib/auth/sign-in";
import { createPrismaClient, db, getDb, setDb } from "@/lib/db/client";
import { findFreePort } from "@/lib/db/embedded";
import { authorizeCredentials, loginFailureMessage, UnavailableError } from "@/lib/auth/credentials";
import { translatorFor } from "@/lib/i18n/server";

const PASSWORD = "Demo@2026";

describe("sign-in", () => {
  it("accepts the right password, records the attempt and audits who, from where", async () => {
    const outcome = await checkSignIn("Office@Demo.gov.cn", PASSWORD, "10.0.0.1");
    expect(outcome).toMatchObject({ ok: true, user: { email: "office@demo.gov.cn", role: "SUPERVISOR", sessionVersion: 0 } });
    expect(await db.loginAttempt.count({ where: { email: "office@demo.gov.cn", success: true } })).toBe(1);
    const user = await db.user.findUniqueOrThrow({ where: { email: "office@demo.gov.cn" } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "auth.signIn", entityId: user.id } });
    expect(audit).toMatchObject({ actorId: user.id, zoneId: user.zoneId, ip: "10.0.0.1", after: { email: "office@demo.gov.cn" } });
  });

  it("audits a failed sign-in with the e-mail tried and the address, never the password", async () => {
    expect(await checkSignIn("supervisor2@demo.gov.cn", "Guess-Number-One", "10.0.3.1")).toEqual({ ok: false, reason: "credentials" });
    expect(await checkSignIn("nobody-at-all@demo.gov.cn", "Guess-Number-Two", "10.0.3.1")).toEqual({ ok: false, reason: "credentials" });
    const known = await db.user.findUniqueOrThrow({ where: { email: "supervisor2@demo.gov.cn" } });
    const rows = await db.auditLog.findMany({ where: { action: "auth.signInFailed", ip: "10.0.3.1" }, orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => ({ actorId: row.actorId, zoneId: row.zoneId, entityId: row.entityId, after: row.after }))).toEqual([
      { actorId: null, zoneId: known.zoneId, entityId: known.id, after: { email: "supervisor2@demo.gov.cn", reason: "password" } },
      { actorId: null, zoneId: null, entityId: null, after: { email: "nobody-at-all@demo.gov.cn", reason: "unknownAccount" } },
    ]);
    expect(JSON.stringify(rows)).not.toContain("Guess-Number");
  });

  it("slows an account down after 5 failures, even with the right password, and says until when", async () => {
    const now = new Date();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await checkSignIn("leader@demo.gov.cn", "wrong", `10.0.1.${attempt}`, now)).toEqual({ ok: false, reason: "credentials" });
    }
    const blocked = await checkSignIn("leader@demo.gov.cn", PASSWORD, "10.0.1.99", now);
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
    if (!blocked.ok && blocked.reason === "throttled") expect(blocked.retryAt.getTime()).toBeGreaterThan(now.getTime());
    expect(await db.auditLog.count({ where: { action: "auth.signInThrottled", ip: "10.0.1.99" } })).toBe(1);
    // Fifteen minutes later the account may try again.
    const later = new Date(now.getTime() + 16 * 60_000);
    expect(await checkSignIn("leader@demo.gov.cn", PASSWORD, "10.0.1.99", later)).toMatchObject({ ok: true });
  });

  it("checks at most the limit of 30 parallel wrong guesses at one account", async () => {
    const email = "park@demo.gov.cn";
    const outcomes = await Promise.all(Array.from({ length: 30 }, (_, index) => checkSignIn(email, `guess-${index}`, "10.0.4.1")));
    const reasons = outcomes.map((outcome) => (outcome.ok ? "ok" : outcome.reason));
    expect(reasons.filter((reason) => reason === "credentials")).toHaveLength(5);
    expect(reasons.filter((reason) => reason === "throttled")).toHaveLength(25);
    // Only 5 attempts reached the password comparison and were recorded.
    expect(await db.loginAttempt.count({ where: { email } })).toBe(5);
    expect(await checkSignIn(email, PASSWORD, "10.0.4.2")).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("keeps an address's failures after a success there", async () => {
    const now = new Date();
    for (let attempt = 0; attempt < 19; attempt += 1) await checkSignIn(`typo${attempt}@demo.gov.cn`, "wrong", "10.0.5.5", now);
    expect(await checkSignIn("supervisor2@demo.gov.cn", PASSWORD, "10.0.5.5", now)).toMatchObject({ ok: true });
    // The 20th failure puts the address over its soft limit although a success came between.
    expect(await checkSignIn("typo-last@demo.gov.cn", "wrong", "10.0.5.5", now)).toMatchObject({ ok: false, reason: "credentials" });
    expect(await checkSignIn("typo-more@demo.gov.cn", "wrong", "10.0.5.5", now)).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("lets a person with the right password in from a shared address over its soft limit, not a guesser, and nobody over the hard limit", async () => {
    const now = new Date();
    const office = "10.9.9.9";
    for (let attempt = 0; attempt < 20; attempt += 1) await checkSignIn(`nobody${attempt}@demo.gov.cn`, "wrong", office, now);
    // Over the soft limit: a wrong password is answered "too many attempts"…
    expect(await checkSignIn("admin@demo.gov.cn", "wrong", office, now)).toMatchObject({ ok: false, reason: "throttled" });
    // …but the right password for an account that is not itself locked still signs in.
    expect(await checkSignIn("admin@demo.gov.cn", PASSWORD, office, now)).toMatchObject({ ok: true });
    // A locked account stays locked from there too.
    for (let attempt = 0; attempt < 5; attempt += 1) await checkSignIn("fgw@demo.gov.cn", "wrong", `10.8.0.${attempt}`, now);
    expect(await checkSignIn("fgw@demo.gov.cn", PASSWORD, office, now)).toMatchObject({ ok: false, reason: "throttled" });
    // The hard limit: 100 failures from the address, then nobody signs in from it.
    await db.loginAttempt.createMany({ data: Array.from({ length: 79 }, (_, index) => ({ email: `spray${index}@demo.gov.cn`, ip: office, success: false, createdAt: now })) });
    expect(await db.loginAttempt.count({ where: { ip: office, success: false } })).toBe(100);
    expect(await checkSignIn("office@demo.gov.cn", PASSWORD, office, now)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await checkSignIn("office@demo.gov.cn", PASSWORD, "10.9.9.10", now)).toMatchObject({ ok: true });
  });

  it("refuses a deactivated account with the same answer as a wrong password", async () => {
    await db.user.update({ where: { email: "sthjj@demo.gov.cn" }, data: { active: false } });
    expect(await checkSignIn("sthjj@demo.gov.cn", PASSWORD, "10.0.2.1")).toEqual({ ok: false, reason: "credentials" });
  });
});

describe("the counted address", () => {
  let server: http.Server;
  let url: string;
  let trusted: ReturnType<typeof parseTrustedProxies> = null;

  beforeAll(async () => {
    // A real HTTP server on loopback with the app's hook: the request's headers are
    // rewritten before the handler sees them, as before Next.js in the app.
    server = http.createServer((request, response) => {
      normalizeForwardingHeaders(request, trusted);
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) if (typeof value === "string") headers.set(name, value);
      response.end(clientIp(headers));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const seenAs = async (headers: Record<string, string>) => (await fetch(url, { headers })).text();

  it("is not changed by a spoofed X-Forwarded-For without a trusted proxy, so the spoofer stays throttled", async () => {
    trusted = null;
    expect(await seenAs({ "x-forwarded-for": "6.6.6.6", "x-real-ip": "7.7.7.7", "x-chuangjian-client-ip": "8.8.8.8" })).toBe("127.0.0.1");
    // Twenty failures, each with a different forged address, all count against 127.0.0.1.
    const now = new Date();
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const ip = await seenAs({ "x-forwarded-for": `6.6.6.${attempt}` });
      await checkSignIn(`spoof${attempt}@demo.gov.cn`, "wrong", ip, now);
    }
    expect(await db.loginAttempt.count({ where: { ip: "127.0.0.1", success: false } })).toBe(20);
    expect(await db.loginAttempt.count({ where: { ip: { startsWith: "6.6.6." } } })).toBe(0);
    expect(await checkSignIn("spoof-next@demo.gov.cn", "wrong", await seenAs({ "x-forwarded-for": "6.6.6.200" }), now)).toMatchObject({ reason: "throttled" });
  });

  it("is the forwarded client through a proxy the operator declared", async () => {
    trusted = parseTrustedProxies("127.0.0.1");
    expect(await seenAs({ "x-forwarded-for": "6.6.6.6, 198.51.100.7" })).toBe("198.51.100.7");
    trusted = parseTrustedProxies("10.0.0.0/8");
    expect(await seenAs({ "x-forwarded-for": "198.51.100.7" })).toBe("127.0.0.1");
  });
});

describe("with the database down", () => {
  it("sign-in says the system is unavailable, not 'wrong e-mail or password'", async () => {
    const working = getDb();
    // A port nothing listens on: every query fails to connect.
    const down = createPrismaClient(`postgresql://postgres:postgres@127.0.0.1:${await findFreePort()}/chuangjian`, 1);
    setDb(down);
    try {
      const headers = new Headers({ "x-chuangjian-client-ip": "10.0.9.1" });
      const error = await authorizeCredentials({ email: "office@demo.gov.cn", password: PASSWORD }, headers).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UnavailableError);
      expect(loginFailureMessage(error, translatorFor("zh-CN"))).toBe("系统暂时不可用，请稍后再试。如持续出现，请联系系统管理员。");
      expect(loginFailureMessage(error, translatorFor("en"))).toBe("The system is unavailable right now. Try again later; if it persists, contact the administrator.");
    } finally {
      setDb(working);
      await down.$disconnect().catch(() => {});
    }
    // With the database back, a wrong password is a wrong password again.
    const wrong = await authorizeCredentials({ email: "office@demo.gov.cn", password: "wrong" }, new Headers({ "x-chuangjian-client-ip": "10.0.9.1" })).catch((caught: unknown) => caught);
    expect(loginFailureMessage(wrong, translatorFor("zh-CN"))).toBe("邮箱或密码错误。");
  });
});
