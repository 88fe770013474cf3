// The warning schedule on the job queue's clock: a one-minute tick stored as a pg-boss
// schedule (removed with WARNINGS_SCHEDULE=off), taken by one worker of any instance at a
// time; a slot runs once however many ticks and instances there are, and a failed slot is
// tried again only after FAILED_SLOT_RETRY_MS.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { JobQueue, setJobQueue } from "@/lib/jobs";
import { FAILED_SLOT_RETRY_MS, runScheduledWarnings, syncWarningSchedule, WARNING_SCHEDULE_CRON, warningScheduleTick } from "@/lib/warnings/scheduler";
import { until } from "./support/until";

const APP_ENV = { DATABASE_URL: "postgresql://app", NODE_ENV: "production" } as const;
let first: JobQueue;
let second: JobQueue;

beforeAll(() => {
  first = new JobQueue({ url: process.env.DATABASE_URL, pollingIntervalSeconds: 0.5 });
  second = new JobQueue({ url: process.env.DATABASE_URL, pollingIntervalSeconds: 0.5 });
  setJobQueue(first);
});

afterAll(async () => {
  await Promise.all([first?.stop(5000), second?.stop(5000)]);
  setJobQueue(undefined);
});

describe("the warning schedule on the job queue", () => {
  it("is stored as a one-minute tick, and removed when switched off", async () => {
    expect(await syncWarningSchedule(APP_ENV)).toBe("scheduled");
    expect(await first.schedules()).toContainEqual({ name: "warnings.schedule", cron: WARNING_SCHEDULE_CRON, timeZone: "UTC" });
    // Stored in the database: the other instance sees the same schedule.
    expect(await second.schedules()).toContainEqual({ name: "warnings.schedule", cron: "* * * * *", timeZone: "UTC" });
    expect(await syncWarningSchedule({ ...APP_ENV, WARNINGS_SCHEDULE: "off" })).toBe("unscheduled");
    expect((await second.schedules()).map((schedule) => schedule.name)).not.toContain("warnings.schedule");
  });

  it("runs the slot once for ticks taken by two instances", async () => {
    await db.warningRun.deleteMany({ where: { trigger: "SCHEDULE" } });
    const zones = await db.zone.count();
    expect(zones).toBe(1);
    // Three ticks waiting (a late clock, a catch-up): the two instances' workers share them.
    for (let tick = 0; tick < 3; tick += 1) await first.enqueue(warningScheduleTick, {});
    await Promise.all([first.start(), second.start()]);
    await until(async () => (await first.unfinished(warningScheduleTick)) === 0);
    const runs = await db.warningRun.findMany({ where: { trigger: "SCHEDULE" }, select: { status: true } });
    expect(runs).toEqual([{ status: "SUCCEEDED" }]);
    await Promise.all([first.stop(5000), second.stop(5000)]);
  });

  it("tries a failed slot again only once its failure is FAILED_SLOT_RETRY_MS old", async () => {
    await db.warningRun.deleteMany({ where: { trigger: "SCHEDULE" } });
    const zone = await db.zone.findFirstOrThrow({ select: { id: true } });
    const now = new Date();
    // Failed a minute ago, in this slot: the tick leaves it for now.
    const failed = await db.warningRun.create({ data: { zoneId: zone.id, trigger: "SCHEDULE", asOf: new Date(now.getTime() - 60_000), startedAt: new Date(now.getTime() - 60_000), status: "FAILED", error: "boom", finishedAt: now } });
    const early = await runScheduledWarnings(db, now);
    expect(early).toMatchObject({ locked: true, ran: [], skipped: [zone.id] });
    // The same failure seen FAILED_SLOT_RETRY_MS later (still in the slot when the slot is an hour): run again.
    const later = new Date(failed.startedAt.getTime() + FAILED_SLOT_RETRY_MS + 1000);
    await db.warningRun.update({ where: { id: failed.id }, data: { asOf: new Date(later.getTime() - 1000) } });
    const retried = await runScheduledWarnings(db, later);
    expect(retried).toMatchObject({ locked: true, ran: [zone.id], skipped: [] });
    expect(await db.warningRun.count({ where: { trigger: "SCHEDULE", status: "SUCCEEDED" } })).toBe(1);
  });
});
