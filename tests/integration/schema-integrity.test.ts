import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";

describe("integrity enforced by the database", () => {
  it("allows one weekly report per unit and ISO week", async () => {
    const unit = await db.unit.findFirstOrThrow({ where: { code: "kjj" } });
    const base = { zoneId: unit.zoneId, unitId: unit.id, isoYear: 2030, isoWeek: 1, weekStart: new Date("2029-12-30T16:00:00Z"), deadline: new Date("2030-01-04T10:00:00Z") };
    await db.weeklyReport.create({ data: base });
    await expect(db.weeklyReport.create({ data: base })).rejects.toMatchObject({ code: "P2002" });
  });

  it("allows one notice number per zone and year", async () => {
    const unit = await db.unit.findFirstOrThrow({ where: { code: "kjj" } });
    const notice = { zoneId: unit.zoneId, unitId: unit.id, year: 2030, seq: 1, title: "t", matter: "m", requiredAction: "a", responseDue: new Date("2030-01-10") };
    await db.supervisionNotice.create({ data: { ...notice, number: "督办〔2030〕1号" } });
    await expect(db.supervisionNotice.create({ data: { ...notice, number: "督办〔2030〕1号（重复）" } })).rejects.toMatchObject({ code: "P2002" });
  });

  it("refuses a work item whose lead unit does not exist", async () => {
    const zone = await db.zone.findFirstOrThrow();
    await expect(
      db.workItem.create({ data: { zoneId: zone.id, code: "X.1", title: "x", leadUnitId: "no-such-unit", startDate: new Date("2030-01-01"), dueDate: new Date("2030-06-01") } }),
    ).rejects.toMatchObject({ code: "P2003" });
  });

  it("keeps money exact: 170,000,000.01 yuan round-trips", async () => {
    const zone = await db.zone.findFirstOrThrow();
    const created = await db.fundingItem.create({ data: { zoneId: zone.id, name: "精度测试", sourceLevel: "PROVINCIAL", kind: "LOAN", amountSought: "170000000.01" } });
    const loaded = await db.fundingItem.findUniqueOrThrow({ where: { id: created.id } });
    expect(loaded.amountSought.toString()).toBe("170000000.01");
  });
});
