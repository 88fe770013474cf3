// The job queue on the test database: pg-boss in the `jobs` schema, two queue connections
// playing two app instances. Handlers record what they did in plain arrays; waits poll.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { JobQueue, JOBS_SCHEMA, defineJob, idempotentJobId } from "@/lib/jobs";
import { db } from "@/lib/db/client";
import { until } from "./support/until";

const ran: string[] = [];
const attempts = new Map<string, number>();
const retryCounts = new Map<string, number[]>();
const slowRuns: string[] = [];

const echo = defineJob("test.echo", z.object({ text: z.string().min(1) }), async (payload) => {
  ran.push(payload.text);
});
const flaky = defineJob(
  "test.flaky",
  z.object({ key: z.string(), failTimes: z.number().int() }),
  async (payload, context) => {
    const seen = (attempts.get(payload.key) ?? 0) + 1;
    attempts.set(payload.key, seen);
    retryCounts.set(payload.key, [...(retryCounts.get(payload.key) ?? []), context.retryCount]);
    if (seen <= payload.failTimes) throw new Error(`refused attempt ${seen}`);
  },
  { retryLimit: 2, retryDelaySeconds: 1 },
);
const perUnit = defineJob(
  "test.per-unit",
  z.object({ unitId: z.string() }),
  async (payload) => {
    slowRuns.push(payload.unitId);
    await new Promise((resolve) => setTimeout(resolve, 1500));
  },
  { policy: "stately" },
);

let first: JobQueue;
let second: JobQueue;

beforeAll(async () => {
  first = new JobQueue({ url: process.env.DATABASE_URL, pollingIntervalSeconds: 0.5 });
  second = new JobQueue({ url: process.env.DATABASE_URL, pollingIntervalSeconds: 0.5 });
  await first.start();
  await second.start();
});

afterAll(async () => {
  await first?.stop(5000);
  await second?.stop(5000);
});

describe("the job queue", () => {
  it("keeps its tables in its own schema of the product's database", async () => {
    const rows = await db.$queryRaw<{ table_name: string }[]>`SELECT table_name FROM information_schema.tables WHERE table_schema = ${JOBS_SCHEMA} AND table_name IN ('job', 'queue', 'schedule') ORDER BY table_name`;
    expect(rows.map((row) => row.table_name)).toEqual(["job", "queue", "schedule"]);
  });

  it("runs an enqueued job once, and refuses a payload that does not fit its schema", async () => {
    const id = await first.enqueue(echo, { text: "hello" });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await until(() => ran.includes("hello"));
    await until(async () => (await first.state(echo, id!))?.state === "completed");
    expect(ran.filter((text) => text === "hello")).toHaveLength(1);
    await expect(first.enqueue(echo, { text: "" })).rejects.toThrow();
    await expect(first.enqueue("test.echo", { text: 3 } as never)).rejects.toThrow();
  });

  it("makes one job of one idempotency key, from either instance, even after it ran", async () => {
    const id = await first.enqueue(echo, { text: "once" }, { idempotencyKey: "message-1" });
    expect(id).toBe(idempotentJobId("test.echo", "message-1"));
    expect(await second.enqueue(echo, { text: "once" }, { idempotencyKey: "message-1" })).toBeNull();
    await until(() => ran.includes("once"));
    await until(async () => (await first.state(echo, id!))?.state === "completed");
    expect(await second.enqueue(echo, { text: "once" }, { idempotencyKey: "message-1" })).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(ran.filter((text) => text === "once")).toHaveLength(1);
  });

  it("runs each of many jobs exactly once with two instances working", async () => {
    const texts = Array.from({ length: 20 }, (_, index) => `many-${index}`);
    for (const [index, text] of texts.entries()) await (index % 2 ? first : second).enqueue(echo, { text });
    await until(() => texts.every((text) => ran.includes(text)));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(ran.filter((text) => text.startsWith("many-")).sort()).toEqual([...texts].sort());
  });

  it("retries a failing job with back-off and completes it when it recovers", async () => {
    const id = await first.enqueue(flaky, { key: "recovers", failTimes: 2 });
    await until(async () => (await first.state(flaky, id!))?.state === "completed", 40_000);
    expect(attempts.get("recovers")).toBe(3);
    expect(retryCounts.get("recovers")).toEqual([0, 1, 2]);
    expect((await first.state(flaky, id!))?.retryCount).toBe(2);
  });

  it("dead-letters a job whose retries ran out, and a retry puts it back", async () => {
    const id = await first.enqueue(flaky, { key: "never", failTimes: 99 });
    await until(async () => (await first.state(flaky, id!))?.state === "failed", 40_000);
    // The first attempt and two retries (retryLimit 2), then no more.
    expect(attempts.get("never")).toBe(3);
    const dead = await first.deadJobs(flaky);
    expect(dead.map((job) => job.data)).toEqual([{ key: "never", failTimes: 99 }]);
    expect(dead[0].error).toBe("refused attempt 3");

    const again = await second.retryDead(flaky, dead[0].id);
    expect(again).not.toBeNull();
    expect(await first.deadJobs(flaky)).toEqual([]);
    // A fresh set of retries: its first attempt counts from zero again.
    await until(() => (attempts.get("never") ?? 0) >= 4, 20_000);
    expect(retryCounts.get("never")?.slice(0, 4)).toEqual([0, 1, 2, 0]);
  });

  it("coalesces per key under the stately policy: one waiting job per unit while one runs", async () => {
    const running = await first.enqueue(perUnit, { unitId: "unit-a" }, { singletonKey: "unit-a" });
    expect(running).not.toBeNull();
    await until(() => slowRuns.includes("unit-a"));
    // While unit-a runs: one more waits, the next ones fold into it; unit-b is its own.
    const waiting = await first.enqueue(perUnit, { unitId: "unit-a" }, { singletonKey: "unit-a" });
    expect(waiting).not.toBeNull();
    expect(await second.enqueue(perUnit, { unitId: "unit-a" }, { singletonKey: "unit-a" })).toBeNull();
    expect(await second.enqueue(perUnit, { unitId: "unit-b" }, { singletonKey: "unit-b" })).not.toBeNull();
    await until(() => slowRuns.filter((unit) => unit === "unit-a").length === 2 && slowRuns.includes("unit-b"), 20_000);
    await until(async () => (await first.state(perUnit, waiting!))?.state === "completed", 20_000);
    expect(slowRuns.filter((unit) => unit === "unit-a")).toHaveLength(2);
  });

  it("holds a job until startAfter", async () => {
    const before = Date.now();
    await first.enqueue(echo, { text: "later" }, { startAfter: 3 });
    await until(() => ran.includes("later"), 20_000);
    expect(Date.now() - before).toBeGreaterThanOrEqual(2900);
  });

  it("keeps a cron schedule in the zone's time zone, one per queue", async () => {
    await first.schedule(echo, "0 16 * * 1-5", { text: "tick" }, { timeZone: "Asia/Shanghai" });
    await second.schedule(echo, "0 14 * * 1-5", { text: "tick" }, { timeZone: "Asia/Shanghai" });
    expect(await first.schedules()).toEqual([{ name: "test.echo", cron: "0 14 * * 1-5", timeZone: "Asia/Shanghai" }]);
    await first.unschedule(echo);
    expect(await second.schedules()).toEqual([]);
  });
});
