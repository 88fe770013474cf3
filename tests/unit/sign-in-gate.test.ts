import { describe, expect, it } from "vitest";
import { signInGate } from "@/lib/auth/throttle";

describe("the sign-in gate", () => {
  const now = new Date("2026-11-23T10:00:00Z");
  const failures = (count: number, minutesAgo = 1) => Array.from({ length: count }, (_, index) => new Date(now.getTime() - (minutesAgo + index * 0.01) * 60_000));

  it("checks the password below every limit", () => {
    expect(signInGate(failures(4), failures(19), now)).toEqual({ verdict: "verify", softRetryAt: null });
  });

  it("refuses even the right password for an account at its limit (5)", () => {
    expect(signInGate(failures(5), [], now)).toMatchObject({ verdict: "throttled" });
  });

  it("over the soft IP limit (20) still checks the password, remembering until when the address is slowed", () => {
    const gate = signInGate([], failures(20, 3), now);
    expect(gate.verdict).toBe("verify");
    // the oldest of the last 20 failures was 3.19 minutes ago: 15 − 3.19 = 11.81 minutes left
    if (gate.verdict === "verify") expect(gate.softRetryAt!.getTime() - now.getTime()).toBeCloseTo(11.81 * 60_000, -2);
  });

  it("refuses everything over the hard IP limit (100)", () => {
    expect(signInGate([], failures(99), now).verdict).toBe("verify");
    expect(signInGate([], failures(100), now).verdict).toBe("throttled");
  });
});
