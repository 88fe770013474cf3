// The product's background-job queue: pg-boss on the product's own PostgreSQL database, in
// its own schema (`jobs`), so there is no new server and several app instances share it.
// One small typed API (docs/jobs.md):
//   defineJob(name, zodSchema, handler, options)  a queue, its payload and what runs it
//   enqueue(job, payload, { idempotencyKey, singletonKey, startAfter })
//   scheduleJob(job, cron, payload, { timeZone })  cron in a zone's time zone, fired once across instances
//   startWorkers() / stopWorkers()                 started by instrumentation.ts, stopped on SIGTERM
// Every queue has a dead-letter queue `<name>.dead` receiving jobs whose retries ran out.
import { createHash } from "node:crypto";
import PgBoss from "pg-boss";
import type { z } from "zod";
import { databaseUrl } from "@/lib/db/client";
import { poolConfigFromUrl } from "@/lib/db/connection";
import { elapsedMs, log } from "@/lib/server/log";

/** The PostgreSQL schema pg-boss keeps its tables in, inside the product's database. */
export const JOBS_SCHEMA = "jobs";
const DEAD_SUFFIX = ".dead";

export interface JobContext {
  jobId: string;
  /** 0 on the first attempt, 1 on the first retry, … */
  retryCount: number;
  retryLimit: number;
  /**
   * Aborted when this process stops its workers. A long handler checks it between steps and
   * throws `JobHandedOver`, so the job is retried by another instance (or this one after its
   * restart) instead of holding the stop up.
   */
  signal: AbortSignal;
}

/** Thrown by a handler that gives its job back because the process is stopping (logged as "handed-over"). */
export class JobHandedOver extends Error {
  constructor() {
    super("handed over: the worker is stopping");
    this.name = "JobHandedOver";
  }
}

export interface JobOptions {
  /** Attempts after the first one before the job is dead-lettered (default 5). */
  retryLimit?: number;
  /** Seconds before the first retry; doubled (with jitter) on each further one (default 30). */
  retryDelaySeconds?: number;
  /** A running job not finished in this time is failed (and retried) (default 15 minutes). */
  expireInSeconds?: number;
  /**
   * standard: every enqueue is a job; stately: at most one waiting and one running job per
   * singletonKey (later enqueues fold into the waiting one: per-key coalescing); short: at
   * most one waiting job per singletonKey; singleton: one running job per queue.
   */
  policy?: "standard" | "stately" | "short" | "singleton";
  /** Jobs of this queue one process runs at the same time (default 1). */
  concurrency?: number;
  /**
   * Jobs one worker takes at once (default 1). Only a batch job (defineBatchJob) takes more:
   * its handler gets them together, and they succeed or fail together.
   */
  batchSize?: number;
}

export interface JobDefinition<T> {
  name: string;
  schema: z.ZodType<T>;
  handler: (payload: T, context: JobContext) => Promise<void>;
  /** A batch job's handler: every job the worker took, in the order they were queued. */
  batchHandler?: (payloads: T[]) => Promise<void>;
  options: Required<JobOptions>;
}

export interface EnqueueOptions {
  /**
   * The same key for the same queue makes the same job: a second enqueue is a no-op while the
   * first is kept (pending, running, done or failed: 14 days). Use it for "do this once".
   */
  idempotencyKey?: string;
  /** Coalescing key for the stately/short policies (e.g. a unit id). */
  singletonKey?: string;
  /** Not before this instant (a Date) or this many seconds from now. */
  startAfter?: Date | number;
}

/** The definitions of this process, shared by every queue connection. */
const globalForJobs = globalThis as typeof globalThis & { chuangjianJobDefinitions?: Map<string, JobDefinition<unknown>>; chuangjianJobQueue?: JobQueue };
// On globalThis: Next.js loads instrumentation and the route bundles as separate module
// graphs, and all of them must share one registry and one pg-boss instance.
const definitions: Map<string, JobDefinition<unknown>> = (globalForJobs.chuangjianJobDefinitions ??= new Map());

const DEFAULTS: Required<JobOptions> = { retryLimit: 5, retryDelaySeconds: 30, expireInSeconds: 900, policy: "standard", concurrency: 1, batchSize: 1 };
const JOB_NAME = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/;

/** Declares a queue: its name, the payload's schema (checked on enqueue and again on run) and the handler. */
export function defineJob<T>(name: string, schema: z.ZodType<T>, handler: (payload: T, context: JobContext) => Promise<void>, options: Omit<JobOptions, "batchSize"> = {}): JobDefinition<T> {
  return register({ name, schema, handler, options: { ...DEFAULTS, ...options, batchSize: 1 } });
}

/**
 * Declares a queue whose worker takes up to `batchSize` waiting jobs at once and hands them
 * to one handler call (work cheaper together than one by one: one load for many units).
 * The batch succeeds or fails (and is retried) as a whole, so the handler must be safe to
 * run again. With the stately policy one batch holds at most one job per singleton key.
 */
export function defineBatchJob<T>(name: string, schema: z.ZodType<T>, handler: (payloads: T[]) => Promise<void>, options: JobOptions & { batchSize: number }): JobDefinition<T> {
  return register({ name, schema, handler: (payload) => handler([payload]), batchHandler: handler, options: { ...DEFAULTS, ...options } });
}

function register<T>(definition: JobDefinition<T>): JobDefinition<T> {
  if (!JOB_NAME.test(definition.name) || definition.name.endsWith(DEAD_SUFFIX)) throw new Error(`Invalid job name "${definition.name}"`);
  if (!Number.isInteger(definition.options.batchSize) || definition.options.batchSize < 1) throw new Error(`Invalid batch size for "${definition.name}"`);
  definitions.set(definition.name, definition as JobDefinition<unknown>);
  return definition;
}

export function jobDefinition(name: string): JobDefinition<unknown> {
  const definition = definitions.get(name);
  if (!definition) throw new Error(`Unknown job "${name}" (is its module imported by lib/jobs/catalog.ts?)`);
  return definition;
}

export function deadLetterQueue(name: string): string {
  return `${name}${DEAD_SUFFIX}`;
}

/** A UUID derived from the queue and the key, so the same key always names the same job. */
export function idempotentJobId(name: string, key: string): string {
  const hex = createHash("sha256").update(`${name}\u0000${key}`).digest("hex");
  // Shaped as a version-5-style UUID (variant bits set), which PostgreSQL's uuid type accepts.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

type JobRef<T> = JobDefinition<T> | string;
/** A queue by its definition or name, where the payload's type does not matter. */
type AnyJob = { name: string } | string;

function resolve<T>(job: JobRef<T>): JobDefinition<T> {
  return (typeof job === "string" ? jobDefinition(job) : job) as JobDefinition<T>;
}

function byName(job: AnyJob): JobDefinition<unknown> {
  return jobDefinition(typeof job === "string" ? job : job.name);
}

export interface DeadJob {
  id: string;
  queue: string;
  data: unknown;
  /** The last error pg-boss recorded. */
  error: string | null;
  failedAt: Date;
}

function errorText(output: unknown): string | null {
  if (!output || typeof output !== "object") return null;
  const message = (output as { message?: unknown }).message;
  return typeof message === "string" ? message : JSON.stringify(output).slice(0, 500);
}

export interface JobQueueSettings {
  /** The database (default: DATABASE_URL at first use). */
  url?: string;
  /** How often an idle worker looks for work (default 2 s; pg-boss's minimum is 0.5 s). */
  pollingIntervalSeconds?: number;
}

/**
 * One connection to the queue: the app has one (the functions below); tests start a second
 * one to play a second app instance.
 */
export class JobQueue {
  private boss?: PgBoss;
  private starting?: Promise<PgBoss>;
  private readonly readyQueues = new Set<string>();
  private working = false;
  private stopping = new AbortController();

  constructor(private readonly settings: JobQueueSettings = {}) {}

  private createBoss(): PgBoss {
    const pool = poolConfigFromUrl(this.settings.url ?? databaseUrl());
    const boss = new PgBoss({
      host: pool.host,
      port: pool.port,
      user: pool.user,
      password: typeof pool.password === "string" ? pool.password : undefined,
      database: pool.database,
      ssl: pool.ssl,
      schema: JOBS_SCHEMA,
      application_name: "chuangjian-jobs",
      max: Number(process.env.JOBS_POOL_SIZE ?? 4),
      // Done and failed jobs stay visible (and keep their idempotency key) for 14 days.
      archiveCompletedAfterSeconds: 14 * 86_400,
      archiveFailedAfterSeconds: 14 * 86_400,
      deleteAfterDays: 30,
    });
    boss.on("error", (error) => console.error("[jobs]", error));
    return boss;
  }

  /** The started pg-boss instance (creating the `jobs` schema on first use). */
  private async instance(): Promise<PgBoss> {
    if (this.boss) return this.boss;
    this.starting ??= (async () => {
      const boss = this.createBoss();
      await boss.start();
      this.boss = boss;
      return boss;
    })();
    try {
      return await this.starting;
    } finally {
      this.starting = undefined;
    }
  }

  private async ensureQueue(boss: PgBoss, definition: JobDefinition<unknown>): Promise<void> {
    if (this.readyQueues.has(definition.name)) return;
    const dead = deadLetterQueue(definition.name);
    await boss.createQueue(dead, { name: dead, retentionMinutes: 30 * 24 * 60 });
    const queue: PgBoss.Queue = {
      name: definition.name,
      policy: definition.options.policy,
      retryLimit: definition.options.retryLimit,
      retryDelay: definition.options.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: definition.options.expireInSeconds,
      deadLetter: dead,
    };
    await boss.createQueue(definition.name, queue);
    // A queue created by an older version of the code takes today's settings.
    await boss.updateQueue(definition.name, queue);
    this.readyQueues.add(definition.name);
  }

  private async ready(definition: JobDefinition<unknown>): Promise<PgBoss> {
    const boss = await this.instance();
    await this.ensureQueue(boss, definition);
    return boss;
  }

  async enqueue<T>(job: JobRef<T>, payload: T, options: EnqueueOptions = {}): Promise<string | null> {
    const definition = resolve(job);
    const data = definition.schema.parse(payload) as object;
    const boss = await this.ready(definition as JobDefinition<unknown>);
    const send: PgBoss.SendOptions = {};
    if (options.idempotencyKey) send.id = idempotentJobId(definition.name, options.idempotencyKey);
    if (options.singletonKey) send.singletonKey = options.singletonKey;
    if (options.startAfter !== undefined) send.startAfter = options.startAfter instanceof Date ? options.startAfter : Math.max(0, Math.round(options.startAfter));
    return boss.send(definition.name, data, send);
  }

  async schedule<T>(job: JobRef<T>, cron: string, payload: T, options: { timeZone: string }): Promise<void> {
    const definition = resolve(job);
    const data = definition.schema.parse(payload) as object;
    const boss = await this.ready(definition as JobDefinition<unknown>);
    await boss.schedule(definition.name, cron, data, { tz: options.timeZone });
  }

  async unschedule(job: AnyJob): Promise<void> {
    const boss = await this.ready(byName(job));
    await boss.unschedule(byName(job).name);
  }

  async schedules(): Promise<{ name: string; cron: string; timeZone: string }[]> {
    const boss = await this.instance();
    const rows = await boss.getSchedules();
    return rows.map((row) => ({ name: row.name, cron: row.cron, timeZone: scheduleTimeZone(row) ?? row.options?.tz ?? "UTC" }));
  }

  /** Starts workers for every defined job (definitions imported first: lib/jobs/catalog.ts). Idempotent. */
  async start(): Promise<void> {
    if (this.working) return;
    this.working = true;
    if (this.stopping.signal.aborted) this.stopping = new AbortController();
    try {
      const boss = await this.instance();
      for (const definition of definitions.values()) {
        await this.ensureQueue(boss, definition);
        const pollingIntervalSeconds = this.settings.pollingIntervalSeconds ?? 2;
        for (let slot = 0; slot < definition.options.concurrency; slot += 1) {
          await boss.work<unknown>(definition.name, { includeMetadata: true, batchSize: definition.options.batchSize, pollingIntervalSeconds }, async (jobs) => {
            const start = process.hrtime.bigint();
            const [job] = jobs;
            // One log line per attempt: the job(s), the id(s), the outcome and how long it took.
            const fields = { msg: "job", job: definition.name, jobId: jobs.map((one) => one.id).join(","), attempt: job.retryCount + 1, attempts: job.retryLimit + 1 };
            try {
              // Stored JSON is parsed on read: a payload that no longer fits fails (and dead-letters).
              const payloads = jobs.map((one) => definition.schema.parse(one.data));
              if (definition.batchHandler) await definition.batchHandler(payloads);
              else await definition.handler(payloads[0], { jobId: job.id, retryCount: job.retryCount, retryLimit: job.retryLimit, signal: this.stopping.signal });
              log().info({ ...fields, outcome: "completed", durationMs: elapsedMs(start) });
            } catch (error) {
              const handedOver = error instanceof JobHandedOver;
              const entry = { ...fields, outcome: handedOver ? "handed-over" : "failed", durationMs: elapsedMs(start), error: error instanceof Error ? error.message : String(error) };
              if (handedOver) log().info(entry);
              else log().error(entry);
              throw error;
            }
          });
        }
      }
    } catch (error) {
      this.working = false;
      throw error;
    }
  }

  /** Stops the workers and closes the connections, letting running jobs finish (up to `timeoutMs`). */
  async stop(timeoutMs = 20_000): Promise<void> {
    const boss = this.boss ?? (this.starting ? await this.starting.catch(() => undefined) : undefined);
    this.stopping.abort();
    this.working = false;
    this.boss = undefined;
    this.readyQueues.clear();
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: timeoutMs, close: true });
  }

  /** Jobs of a queue whose retries ran out, newest first. */
  async deadJobs(job: AnyJob, limit = 50): Promise<DeadJob[]> {
    const definition = byName(job);
    const boss = await this.ready(definition);
    const { rows } = await boss.getDb().executeSql(
      `SELECT id, data, output, created_on FROM ${JOBS_SCHEMA}.job WHERE name = $1 AND state < 'active' ORDER BY created_on DESC LIMIT $2`,
      [deadLetterQueue(definition.name), limit],
    );
    return rows.map((row: { id: string; data: unknown; output: unknown; created_on: Date }) => ({ id: row.id, queue: definition.name, data: row.data, error: errorText(row.output), failedAt: row.created_on }));
  }

  /** Puts a dead-lettered job back on its queue (with a fresh set of retries) and removes the dead copy. */
  async retryDead(job: AnyJob, deadJobId: string): Promise<string | null> {
    const definition = byName(job);
    const boss = await this.ready(definition);
    const dead = deadLetterQueue(definition.name);
    const found = await boss.getJobById<unknown>(dead, deadJobId);
    if (!found || found.state !== "created") return null;
    const id = await boss.send(definition.name, definition.schema.parse(found.data) as object, {});
    await boss.deleteJob(dead, deadJobId);
    return id;
  }

  /** Jobs of a queue not finished yet: waiting, running or waiting for a retry (tests wait for 0: the queue is idle). */
  async unfinished(job: AnyJob): Promise<number> {
    const definition = byName(job);
    const boss = await this.ready(definition);
    const { rows } = await boss.getDb().executeSql(`SELECT count(*)::int AS n FROM ${JOBS_SCHEMA}.job WHERE name = $1 AND state < 'completed'`, [definition.name]);
    return (rows[0] as { n: number }).n;
  }

  /** A job's state in its own queue, archived ones included. */
  async state(job: AnyJob, id: string): Promise<{ state: string; retryCount: number } | null> {
    const boss = await this.instance();
    const found = await boss.getJobById(byName(job).name, id, { includeArchive: true });
    return found ? { state: found.state, retryCount: found.retryCount } : null;
  }
}

/** The process's queue connection (created on first use). */
export function jobQueue(): JobQueue {
  globalForJobs.chuangjianJobQueue ??= new JobQueue({ pollingIntervalSeconds: Number(process.env.JOBS_POLL_SECONDS ?? 2) });
  return globalForJobs.chuangjianJobQueue;
}

/** Replaces the process's queue connection (tests: another database or quicker polling). */
export function setJobQueue(queue: JobQueue | undefined): void {
  globalForJobs.chuangjianJobQueue = queue;
}

/**
 * Puts work on the queue. The payload is validated first (a bad one throws, nothing is
 * queued). Returns the job id, or null when the idempotency or singleton key already has one.
 */
export function enqueue<T>(job: JobRef<T>, payload: T, options: EnqueueOptions = {}): Promise<string | null> {
  return jobQueue().enqueue(job, payload, options);
}

/**
 * Runs the job on a cron schedule (five fields, in `timeZone`, e.g. the zone's
 * Asia/Shanghai). The schedule is kept in the database and fires once per slot however
 * many instances run (pg-boss's clock sends it under a per-minute singleton key).
 * One schedule per queue: scheduling again replaces it.
 */
export function scheduleJob<T>(job: JobRef<T>, cron: string, payload: T, options: { timeZone: string }): Promise<void> {
  return jobQueue().schedule(job, cron, payload, options);
}

export function startWorkers(): Promise<void> {
  return jobQueue().start();
}

export function stopWorkers(timeoutMs?: number): Promise<void> {
  return jobQueue().stop(timeoutMs);
}

/** pg-boss returns the schedule's own time zone as `timezone`, which its types do not declare. */
function scheduleTimeZone(row: object): string | undefined {
  return "timezone" in row && typeof row.timezone === "string" ? row.timezone : undefined;
}
