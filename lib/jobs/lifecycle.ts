// The queue's place in the server's life: started by instrumentation.ts in the Node.js
// server (never during `next build`, in tests or with JOBS=off), stopped on SIGTERM/SIGINT
// so running jobs finish (a job cut off by a hard kill expires and is retried).
import { startWorkers, stopWorkers } from "./index";

export function shouldRunJobs(env: NodeJS.ProcessEnv): boolean {
  return env.NEXT_PHASE !== "phase-production-build" && env.NODE_ENV !== "test" && env.JOBS !== "off" && Boolean(env.DATABASE_URL);
}

let stopping = false;

export async function startJobSystem(): Promise<void> {
  await import("./catalog");
  await startWorkers();
  // The reminders' five-minute tick (lib/reminders/jobs.ts), fired once across instances.
  const { scheduleReminderTick } = await import("@/lib/reminders/jobs");
  await scheduleReminderTick();
  // Outbound messages written by committed transactions are put on the queue by the relay.
  const { startRelay, stopRelay } = await import("@/lib/delivery/send");
  startRelay();
  const stop = () => {
    if (stopping) return;
    stopping = true;
    stopRelay();
    void stopWorkers().catch((error) => console.error("[jobs] stop failed", error));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  console.log("[jobs] workers started");
}
