// Structured logs: one JSON object per line on stdout (pino), for journald, Docker or any log
// shipper to collect from every instance (docs/operations.md, "Logs"). One line per HTTP
// request (lib/server/request-log.ts) and one per job attempt (lib/jobs); the rest of the
// code still writes plain console lines, which the same collectors keep.
import pino, { type DestinationStream, type Logger } from "pino";

/** Fields every line carries besides pino's level, time and msg. */
const BASE = { service: "chuangjian" };

/** A logger writing to `destination` (stdout by default); tests pass a stream to read the lines. */
export function createLogger(destination?: DestinationStream): Logger {
  const options = {
    base: { ...BASE, pid: process.pid },
    level: process.env.LOG_LEVEL ?? "info",
    // ISO instants read better than epoch milliseconds in a terminal and sort the same.
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}

const globalForLog = globalThis as typeof globalThis & { chuangjianLogger?: Logger };

/** The process's logger (one for the instrumentation hook and every route bundle). */
export function log(): Logger {
  globalForLog.chuangjianLogger ??= createLogger();
  return globalForLog.chuangjianLogger;
}

/** Milliseconds since a `process.hrtime.bigint()` reading, to 0.1 ms. */
export function elapsedMs(start: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - start) / 100_000) / 10;
}
