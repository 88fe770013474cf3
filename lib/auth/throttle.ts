// Slows down password guessing, per account and per IP address. The decision is a pure
// function of the recent failures; the database keeps the attempts (see LoginAttempt).

export interface ThrottlePolicy {
  /** Failures allowed inside the window before further attempts wait. */
  maxFailures: number;
  windowMinutes: number;
}

export const ACCOUNT_POLICY: ThrottlePolicy = { maxFailures: 5, windowMinutes: 15 };
export const IP_POLICY: ThrottlePolicy = { maxFailures: 20, windowMinutes: 15 };

/**
 * When the caller may try again, or null when it may try now. `failures` are the failed
 * attempts since the last success, any order.
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

/** Whole minutes to wait, at least 1. */
export function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
