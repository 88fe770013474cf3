// Checks a sign-in against the database: throttling, account state, password.
import { db } from "@/lib/db/client";
import { verifyPassword } from "./password";
import { ACCOUNT_POLICY, IP_POLICY, retryAfter } from "./throttle";
import type { Role } from "./permissions";

export type SignInOutcome =
  | { ok: true; user: { id: string; name: string; email: string; role: Role } }
  | { ok: false; reason: "credentials" }
  | { ok: false; reason: "throttled"; retryAt: Date };

async function recentFailures(where: { email: string } | { ip: string }, since: Date): Promise<Date[]> {
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { ...where, success: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const failures = await db.loginAttempt.findMany({
    where: { ...where, success: false, createdAt: { gt: lastSuccess?.createdAt ?? since } },
    select: { createdAt: true },
  });
  return failures.map((failure) => failure.createdAt);
}

export async function checkSignIn(emailInput: string, password: string, ip: string, now = new Date()): Promise<SignInOutcome> {
  const email = emailInput.trim().toLowerCase();
  const since = new Date(now.getTime() - Math.max(ACCOUNT_POLICY.windowMinutes, IP_POLICY.windowMinutes) * 60_000);
  const [accountFailures, ipFailures] = await Promise.all([recentFailures({ email }, since), recentFailures({ ip }, since)]);
  const blockedUntil = [retryAfter(accountFailures, ACCOUNT_POLICY, now), retryAfter(ipFailures, IP_POLICY, now)]
    .filter((date): date is Date => date !== null)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  if (blockedUntil) return { ok: false, reason: "throttled", retryAt: blockedUntil };

  const user = await db.user.findUnique({ where: { email } });
  // Compare even when the account is unknown, so timing does not reveal which emails exist.
  const valid = await verifyPassword(password, user?.passwordHash ?? "$2b$10$invalidinvalidinvalidinvalidinvalidinvalidinvalidinva");
  const success = Boolean(user && user.active && valid);
  await db.loginAttempt.create({ data: { email, ip, success, createdAt: now } });
  if (!success || !user) return { ok: false, reason: "credentials" };
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: user.role } };
}

export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "local";
}
