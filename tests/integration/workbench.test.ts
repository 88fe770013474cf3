import { describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { dateFromKey } from "@/lib/dates/zone-time";
import { getSupervisorWorkbench } from "@/lib/home/queries";
import { ForbiddenError } from "@/lib/server/errors";
import { actAs } from "./support/session";

describe("the office's workbench", () => {
  it("counts what waits for a supervisor, from the same records as the pages it links to", async () => {
    await actAs("office@demo.gov.cn");
    const actor = (await getCurrentUser())!;
    const workbench = await getSupervisorWorkbench(actor);

    expect(workbench.reportsToReview.total).toBe(await db.weeklyReport.count({ where: { zoneId: actor.zoneId, status: "SUBMITTED" } }));
    expect(workbench.reportsToReview.items.length).toBe(Math.min(6, workbench.reportsToReview.total));
    const open = await db.warning.groupBy({ by: ["level"], where: { zoneId: actor.zoneId, status: { not: "RESOLVED" } }, _count: { _all: true } });
    for (const level of ["RED", "ORANGE", "YELLOW", "BLUE"] as const) {
      expect(workbench.openWarnings[level]).toBe(open.find((row) => row.level === level)?._count._all ?? 0);
    }
    expect(workbench.coordinationWaiting).toBe(await db.coordinationRequest.count({ where: { zoneId: actor.zoneId, status: "WAITING_LEADER" } }));
  });

  it("puts a response to review before overdue notices, and lists overdue rectifications", async () => {
    await actAs("office@demo.gov.cn");
    const actor = (await getCurrentUser())!;
    const notice = await db.supervisionNotice.findFirstOrThrow({ where: { zoneId: actor.zoneId, status: { not: "CLOSED" } } });
    await db.supervisionNotice.update({ where: { id: notice.id }, data: { status: "RESPONDED" } });
    const unit = await db.unit.findFirstOrThrow({ where: { code: "kjj" } });
    const inspection = await db.inspection.create({
      data: { zoneId: actor.zoneId, unitId: unit.id, date: dateFromKey("2026-01-05"), inspectors: "督查组", findings: "佐证材料不全，限期整改", rating: "FAIR", rectificationRequired: true, rectificationDue: dateFromKey("2026-01-10") },
    });

    const workbench = await getSupervisorWorkbench(actor);
    const statuses = workbench.notices.items.map((item) => item.status);
    const responded = await db.supervisionNotice.count({ where: { zoneId: actor.zoneId, status: "RESPONDED" } });
    expect(workbench.notices.responded).toBe(responded);
    expect(statuses.slice(0, Math.min(responded, 6)).every((status) => status === "RESPONDED")).toBe(true);
    expect(statuses.slice(Math.min(responded, 6)).every((status) => status !== "RESPONDED")).toBe(true);
    if (responded <= 6) expect(workbench.notices.items.map((item) => item.id)).toContain(notice.id);
    expect(workbench.dueSoon.find((due) => due.id === inspection.id)).toMatchObject({ dueDate: "2026-01-10", href: `/supervision/inspections/${inspection.id}` });
    // Soonest first: the long-overdue rectification leads.
    expect(workbench.dueSoon[0].dueDate <= workbench.dueSoon[workbench.dueSoon.length - 1].dueDate).toBe(true);
  });

  it("is the office's: a reporter is refused", async () => {
    await actAs("kjj@demo.gov.cn");
    await expect(getSupervisorWorkbench((await getCurrentUser())!)).rejects.toThrow(ForbiddenError);
  });
});
