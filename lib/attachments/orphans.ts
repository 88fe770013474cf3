// Stored files that no attachment row points to: written before a transaction that then
// failed without its clean-up running (the process was killed, the clean-up itself failed),
// or left by a removal whose file deletion never ran. A file is an orphan only once it is
// older than any transaction could be (TRANSACTION_OPTIONS: 30 s): an hour.
import { db as appDb, type DbClient } from "@/lib/db/client";
import { listStoredFiles, removeStoredFiles, type StoredObject } from "./storage";

export const ORPHAN_MIN_AGE_MS = 60 * 60 * 1000;
const BATCH = 500;

export interface SweepOutcome {
  /** Files looked at. */
  checked: number;
  /** Orphans removed (their storage keys). */
  removed: string[];
}

/** Removes every stored file older than `minAgeMs` that no attachment row references. Idempotent. */
export async function sweepOrphanFiles(options: { client?: DbClient; now?: Date; minAgeMs?: number } = {}): Promise<SweepOutcome> {
  const client = options.client ?? appDb;
  const cutoff = (options.now ?? new Date()).getTime() - (options.minAgeMs ?? ORPHAN_MIN_AGE_MS);
  const outcome: SweepOutcome = { checked: 0, removed: [] };
  let batch: StoredObject[] = [];
  const flush = async () => {
    const candidates = batch.filter((file) => file.modifiedAt.getTime() < cutoff).map((file) => file.storageKey);
    batch = [];
    if (candidates.length === 0) return;
    const referenced = new Set((await client.attachment.findMany({ where: { storageKey: { in: candidates } }, select: { storageKey: true } })).map((row) => row.storageKey));
    const orphans = candidates.filter((key) => !referenced.has(key));
    await removeStoredFiles(orphans);
    outcome.removed.push(...orphans);
  };
  for await (const file of listStoredFiles()) {
    outcome.checked += 1;
    batch.push(file);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return outcome;
}

/** The app server sweeps (instrumentation.ts): never during `next build`, in tests, or when switched off. */
export function shouldSweep(env: NodeJS.ProcessEnv): boolean {
  return env.NEXT_PHASE !== "phase-production-build" && env.NODE_ENV !== "test" && env.ATTACHMENT_SWEEP !== "off" && Boolean(env.DATABASE_URL);
}

/** After a (re)start, sweep this soon: a killed process leaves its files behind. */
const STARTUP_DELAY_MS = 5 * 60_000;
let timer: NodeJS.Timeout | undefined;

async function tick(): Promise<void> {
  try {
    const outcome = await sweepOrphanFiles();
    if (outcome.removed.length > 0) console.log(`[attachments] removed ${outcome.removed.length} orphaned file(s) of ${outcome.checked}`);
  } catch (error) {
    console.error("[attachments] orphan sweep failed", error);
  }
}

/** Once per process: a sweep shortly after start, then every hour. Several instances sweeping is harmless. */
export function startOrphanSweep(): void {
  if (timer) return;
  timer = setTimeout(() => {
    void tick();
    timer = setInterval(() => void tick(), ORPHAN_MIN_AGE_MS);
    // The sweep never keeps a stopping process alive.
    timer.unref();
  }, STARTUP_DELAY_MS);
  timer.unref();
}
