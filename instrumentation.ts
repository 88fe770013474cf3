// Runs once when a server instance starts. The hourly sweep of orphaned attachment files, the
// job queue's workers and the warning schedule (a job on the queue's clock) live in the
// Node.js server only (not the edge runtime, not `next build`, not tests; ATTACHMENT_SWEEP=off,
// JOBS=off and WARNINGS_SCHEDULE=off disable them).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // A production installation without its session secret does not start (docs/operations.md).
    const { missingProductionSecret } = await import("./lib/deploy/config");
    const secretProblem = process.env.NEXT_PHASE === "phase-production-build" ? null : missingProductionSecret(process.env);
    if (secretProblem) {
      console.error(secretProblem);
      process.exit(1);
    }
    // The client's address from the socket (and trusted proxies only), before any request.
    const { installClientIpHook } = await import("./lib/auth/client-ip");
    installClientIpHook();
    // One JSON log line per request, with its X-Request-Id (docs/operations.md, "Logs").
    const { installRequestLog } = await import("./lib/server/request-log");
    installRequestLog();
    const { shouldSweep, startOrphanSweep } = await import("./lib/attachments/orphans");
    if (shouldSweep(process.env)) startOrphanSweep();
    // The job queue's workers (lib/jobs, docs/jobs.md): outbound messages, reminders, …
    const { shouldRunJobs, startJobSystem } = await import("./lib/jobs/lifecycle");
    if (shouldRunJobs(process.env)) {
      await startJobSystem().catch((error) => console.error("[jobs] could not start the workers", error));
      // The warning schedule ticks on the queue's clock, once across instances; WARNINGS_SCHEDULE=off removes it.
      const { syncWarningSchedule } = await import("./lib/warnings/scheduler");
      await syncWarningSchedule(process.env).catch((error) => console.error("[warnings] could not store the schedule", error));
    }
  }
}
