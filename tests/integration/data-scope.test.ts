import { describe, expect, it } from "vitest";
import { listAuditLogs } from "@/lib/audit/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getUser, listUsers } from "@/lib/org/queries";
import { getWorkItem } from "@/lib/plan/queries";
import { ForbiddenError } from "@/lib/server/errors";
import { actAs } from "./support/session";

describe("unit-scoped reads", () => {
  it("shows a reporter only its own unit's report entries on a shared work item", async () => {
    // An item with reports from several units: its lead unit's entries and no one else's.
    const reporter = await actAs("kjj@demo.gov.cn");
    const actor = (await getCurrentUser())!;
    const item = await db.workItem.findFirstOrThrow({ where: { leadUnitId: { not: reporter.unitId }, reportEntries: { some: {} } } });
    const detail = await getWorkItem(actor, item.id);
    expect(detail.history.every((entry) => entry.unitId === reporter.unitId)).toBe(true);
    expect(detail.history).toHaveLength(0);

    await actAs("office@demo.gov.cn");
    const supervisor = (await getCurrentUser())!;
    expect((await getWorkItem(supervisor, item.id)).history.length).toBeGreaterThan(0);
  });

  it("refuses a reporter the user list, a user record and the audit log", async () => {
    await actAs("kjj@demo.gov.cn");
    const actor = (await getCurrentUser())!;
    const other = await db.user.findUniqueOrThrow({ where: { email: "office@demo.gov.cn" } });
    await expect(listUsers(actor, {})).rejects.toThrow(ForbiddenError);
    await expect(getUser(actor, other.id)).rejects.toThrow(ForbiddenError);
    await expect(listAuditLogs(actor, {}, "Asia/Shanghai")).rejects.toThrow(ForbiddenError);
  });

  it("treats a deactivated user as signed out at once", async () => {
    const user = await actAs("tjj@demo.gov.cn");
    expect(await getCurrentUser()).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await getCurrentUser()).toBeNull();
  });
});
