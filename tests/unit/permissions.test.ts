import { describe, expect, it } from "vitest";
import { authorize, can, PERMISSIONS, ROLES, unitScope, type Actor } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";

const actor = (role: Actor["role"], unitId = "unit-a"): Actor => ({ id: `u-${role}`, role, unitId, zoneId: "zone-1" });

describe("the permission table", () => {
  it("lets a reporter write only its own unit's report", () => {
    const reporter = actor("REPORTER");
    expect(can(reporter, "report.write", { unitId: "unit-a" })).toBe(true);
    expect(can(reporter, "report.write", { unitId: "unit-b" })).toBe(false);
    expect(() => authorize(reporter, "report.write", { unitId: "unit-b" })).toThrow(NotFoundError);
  });

  it("answers another unit's record with not found, a forbidden action with forbidden", () => {
    const reporter = actor("REPORTER");
    expect(() => authorize(reporter, "report.read", { unitId: "unit-b" })).toThrow(NotFoundError);
    expect(() => authorize(reporter, "user.manage")).toThrow(ForbiddenError);
    expect(() => authorize(reporter, "report.review")).toThrow(ForbiddenError);
  });

  it("never reaches into another zone, whatever the scope", () => {
    expect(can(actor("SUPERVISOR"), "report.review", { unitId: "unit-b", zoneId: "zone-2" })).toBe(false);
    expect(() => authorize(actor("ADMIN"), "plan.read", { unitId: null, zoneId: "zone-2" })).toThrow(NotFoundError);
  });

  it("keeps leaders read-only and administrators out of the office's work", () => {
    const leader = actor("LEADER");
    for (const permission of ["report.write", "report.review", "plan.manage", "notice.manage", "user.manage"] as const) {
      expect(can(leader, permission)).toBe(false);
    }
    expect(can(leader, "dashboard.read")).toBe(true);
    expect(can(leader, "instruction.create")).toBe(true);
    expect(can(actor("ADMIN"), "report.review")).toBe(false);
    expect(can(actor("ADMIN"), "user.manage")).toBe(true);
  });

  it("scopes list queries: own unit for reporters, the whole zone for the office", () => {
    expect(unitScope(actor("REPORTER"), "warning.read")).toEqual({ zoneId: "zone-1", unitId: "unit-a" });
    expect(unitScope(actor("SUPERVISOR"), "warning.read")).toEqual({ zoneId: "zone-1" });
    expect(() => unitScope(actor("REPORTER"), "audit.read")).toThrow(ForbiddenError);
  });

  it("gives every permission to at least one role, and only known roles", () => {
    for (const [permission, scopes] of Object.entries(PERMISSIONS)) {
      expect(Object.keys(scopes).length, permission).toBeGreaterThan(0);
      for (const role of Object.keys(scopes)) expect(ROLES).toContain(role);
    }
  });
});
