import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { ACCOUNT_POLICY, minutesUntil, retryAfter } from "@/lib/auth/throttle";

describe("password hashing", () => {
  it("verifies the right password and rejects a wrong one; hashes are salted", async () => {
    const hash = await hashPassword("Demo@2026");
    expect(hash).not.toContain("Demo@2026");
    expect(await verifyPassword("Demo@2026", hash)).toBe(true);
    expect(await verifyPassword("demo@2026", hash)).toBe(false);
    expect(await hashPassword("Demo@2026")).not.toBe(hash);
  });
});

describe("sign-in throttling", () => {
  const now = new Date("2026-11-23T10:00:00Z");
  const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

  it("allows attempts below the limit", () => {
    expect(retryAfter([minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4)], ACCOUNT_POLICY, now)).toBeNull();
  });

  it("blocks at the limit until the oldest counted failure leaves the window", () => {
    const failures = [minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4), minutesAgo(10)];
    const until = retryAfter(failures, ACCOUNT_POLICY, now);
    expect(until?.toISOString()).toBe(new Date(minutesAgo(10).getTime() + 15 * 60_000).toISOString());
    expect(minutesUntil(until!, now)).toBe(5);
  });

  it("forgets failures older than the window", () => {
    const failures = [minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4), minutesAgo(16)];
    expect(retryAfter(failures, ACCOUNT_POLICY, now)).toBeNull();
  });
});
