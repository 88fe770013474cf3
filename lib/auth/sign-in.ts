// Checks a sign-in against the database: throttling, account state, password, audit.
//
// The throttle check and the recorded attempt happen under two PostgreSQL advisory locks
// (the account's, then the address's, always in that order so two sign-ins cannot
// deadlock), and the attempt is recorded as a failure *before* the password is compared:
// parallel guesses each see the ones before them, so no more than the limit ever reach
// the comparison. A right password turns its row into a success afterwards. The locks
// are held only for those few statements, never during the (slow) bcrypt comparison.
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { TRANSACTION_OPTIONS } from "@/lib/db/transaction-options";
import { verifyPassword } from "./password";
import type { Role } from "./permissions";
import { signInGate, THROTTLE_WINDOW_MINUTES, type SignInGate } from "./throttle";

export type SignInOutcome =
  | { ok: true; user: { id: string; name: string; email: string; role: Role; sessionVersion: number } }
  | { ok: false; reason: "credentials" }
  | { ok: false; reason: "throttled"; retryAt: Date };

// Namespaces of the two-key pg_advisory_xact_lock(int, int).
const ACCOUNT_LOCK = 4201;
const IP_LOCK = 4202;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

type Reserved = Extract<SignInGate, { verdict: "throttled" }> | (Extract<SignInGate, { verdict: "verify" }> & { attemptId: string });

async function reserveAttempt(email: string, ip: string, now: Date): Promise<Reserved> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ACCOUNT_LOCK}::int4, hashtext(${email}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IP_LOCK}::int4, hashtext(${ip}))`;
    const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
    const lastSuccess = await tx.loginAttempt.findFirst({
      where: { email, success: true, createdAt: { gte: since } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    // A success forgives the account's own failures, never the address's.
    const accountFailures = await tx.loginAttempt.findMany({ where: { email, success: false, createdAt: { gt: lastSuccess?.createdAt ?? since } }, select: { createdAt: true } });
    const ipFailures = await tx.loginAttempt.findMany({ where: { ip, success: false, createdAt: { gt: since } }, select: { createdAt: true } });
    const gate = signInGate(accountFailures.map((row) => row.createdAt), ipFailures.map((row) => row.createdAt), now);
    if (gate.verdict === "throttled") return gate;
    const attempt = await tx.loginAttempt.create({ data: { email, ip, success: false, createdAt: now }, select: { id: true } });
    return { ...gate, attemptId: attempt.id };
  }, TRANSACTION_OPTIONS);
}

type CheckedUser = { id: string; name: string; email: string; role: Role; zoneId: string; active: boolean; sessionVersion: number };
type Checked =
  | { verdict: "throttled"; retryAt: Date; user: CheckedUser | null }
  | { verdict: "checked"; valid: boolean; softRetryAt: Date | null; attemptId: string; user: CheckedUser | null };

/** The throttled password check shared by sign-in and "change my password". */
async function checkPassword(email: string, password: string, ip: string, now: Date): Promise<Checked> {
  const reserved = await reserveAttempt(email, ip, now);
  const found = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, zoneId: true, active: true, sessionVersion: true, passwordHash: true },
  });
  const user = found ? { id: found.id, name: found.name, email: found.email, role: found.role, zoneId: found.zoneId, active: found.active, sessionVersion: found.sessionVersion } : null;
  if (reserved.verdict === "throttled") return { verdict: "throttled", retryAt: reserved.retryAt, user };
  // Compared even when the account is unknown, so timing does not reveal which e-mails exist.
  const valid = await verifyPassword(password, found?.passwordHash);
  return { verdict: "checked", valid, softRetryAt: reserved.softRetryAt, attemptId: reserved.attemptId, user };
}

function failureReason(user: CheckedUser | null, valid: boolean): string {
  if (!user) return "unknownAccount";
  if (!valid) return "password";
  return "inactive";
}

/** Who a failed attempt concerns: nobody is signed in, the row belongs to the account's zone. */
function anonymous(user: CheckedUser | null) {
  return { id: null, zoneId: user?.zoneId ?? null };
}

export async function checkSignIn(emailInput: string, password: string, ip: string, now = new Date()): Promise<SignInOutcome> {
  const email = normalizeEmail(emailInput);
  const checked = await checkPassword(email, password, ip, now);
  const { user } = checked;
  if (checked.verdict === "throttled") {
    await recordAudit(db, anonymous(user), { action: "auth.signInThrottled", entityType: "User", entityId: user?.id, after: { email, retryAt: checked.retryAt }, ip });
    return { ok: false, reason: "throttled", retryAt: checked.retryAt };
  }
  if (!user || !user.active || !checked.valid) {
    // The password typed never reaches the log, only the e-mail.
    await recordAudit(db, anonymous(user), { action: "auth.signInFailed", entityType: "User", entityId: user?.id, after: { email, reason: failureReason(user, checked.valid) }, ip });
    return checked.softRetryAt ? { ok: false, reason: "throttled", retryAt: checked.softRetryAt } : { ok: false, reason: "credentials" };
  }
  await db.$transaction(async (tx) => {
    await tx.loginAttempt.update({ where: { id: checked.attemptId }, data: { success: true } });
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await recordAudit(tx, user, { action: "auth.signIn", entityType: "User", entityId: user.id, after: { email }, ip });
  }, TRANSACTION_OPTIONS);
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion } };
}

export type PasswordCheck = { ok: true } | { ok: false; reason: "credentials" } | { ok: false; reason: "throttled"; retryAt: Date };

/**
 * The signed-in user's current password, checked like a sign-in (same throttle, same
 * attempt rows), so a borrowed session cannot be used to guess it.
 */
export async function checkCurrentPassword(emailInput: string, password: string, ip: string, now = new Date()): Promise<PasswordCheck> {
  const email = normalizeEmail(emailInput);
  const checked = await checkPassword(email, password, ip, now);
  if (checked.verdict === "throttled") return { ok: false, reason: "throttled", retryAt: checked.retryAt };
  if (!checked.valid || !checked.user?.active) {
    await recordAudit(db, checked.user ? { id: checked.user.id, zoneId: checked.user.zoneId } : null, { action: "auth.passwordCheckFailed", entityType: "User", entityId: checked.user?.id, after: { email }, ip });
    return checked.softRetryAt ? { ok: false, reason: "throttled", retryAt: checked.softRetryAt } : { ok: false, reason: "credentials" };
  }
  await db.loginAttempt.update({ where: { id: checked.attemptId }, data: { success: true } });
  return { ok: true };
}
