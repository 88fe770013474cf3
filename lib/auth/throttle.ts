// Slows down password guessing, per account and per IP address. The decisions are pure
// functions of the recent failures; the database keeps the attempts (see LoginAttempt and
// ./sign-in.ts, which checks and records under a lock so parallel guesses cannot race).

export interface ThrottlePolicy {
  /** Failures allowed inside the window before further attempts wait. */
  maxFailures: number;
  windowMinutes: number;
}

/** Per account (the e-mail typed), counting failures since the account's last success. */
export const ACCOUNT_POLICY: ThrottlePolicy = { maxFailures: 5, windowMinutes: 15 };
/**
 * Per IP, counting every failure in the window (a success does not wipe them). Over this
 * soft limit a wrong password is answered "too many attempts", but the right password for
 * an account that is not itself locked still signs in: a shared office address does not
 * lock everybody out because some mistyped.
 */
export const IP_POLICY: ThrottlePolicy = { maxFailures: 20, windowMinutes: 15 };
/** Per IP, the hard limit: over it nobody signs in from that address until the window passes. */
export const IP_HARD_POLICY: ThrottlePolicy = { maxFailures: 100, windowMinutes: 15 };

export const THROTTLE_WINDOW_MINUTES = Math.max(ACCOUNT_POLICY.windowMinutes, IP_POLICY.windowMinutes, IP_HARD_POLICY.windowMinutes);

/**
 * When the caller may try again, or null when it may try now. `failures` are the failed
 * attempts that count, any order.
 */
export function retryAfter(failures: Date[], policy: ThrottlePolicy, now: Date): Date | null {
  const windowMs = policy.windowMinutes * 60_000;
  const recent = failures
    .map((failure) => failure.getTime())
    .filter((time) => now.getTime() - time < windowMs)
    .sort((a, b) => b - a);
  if (recent.length < policy.maxFailures) return null;
  // Blocked until the oldest of the last `maxFailures` failures leaves the window.
  return new Date(recent[policy.maxFailures - 1] + windowMs);
}

export type SignInGate =
  /** Check the password; on a wrong one answer "throttled until" when the IP is over its soft limit. */
  | { verdict: "verify"; softRetryAt: Date | null }
  /** Do not check the password at all. */
  | { verdict: "throttled"; retryAt: Date };

/**
 * `accountFailures`: the account's failures since its last success; `ipFailures`: every
 * failure from the address. The account limit and the hard IP limit refuse even the right
 * password; the soft IP limit only changes the answer to a wrong one.
 */
export function signInGate(accountFailures: Date[], ipFailures: Date[], now: Date): SignInGate {
  const blocked = [retryAfter(accountFailures, ACCOUNT_POLICY, now), retryAfter(ipFailures, IP_HARD_POLICY, now)]
    .filter((date): date is Date => date !== null)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  if (blocked) return { verdict: "throttled", retryAt: blocked };
  return { verdict: "verify", softRetryAt: retryAfter(ipFailures, IP_POLICY, now) };
}

/** Whole minutes to wait, at least 1. */
export function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
