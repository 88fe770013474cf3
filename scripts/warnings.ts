// npm run warnings [-- --as-of YYYY-MM-DD[THH:mm]] [--zone CODE] [--unit CODE]
// Runs the warning engine for cron: evaluates every unit of every zone (or one zone / one
// unit), persists the result idempotently and prints a summary. Safe beside the running app
// and beside another run: warning writes are serialised per zone by an advisory lock.
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/client";
import { redactUrl } from "../lib/db/connection";
import { openDatabase } from "../lib/db/runtime";
import { addDaysToKey, dateFromKey, zonedInstant } from "../lib/dates/zone-time";
import { WARNING_LEVELS } from "../lib/warnings/rules";
import { runWarnings } from "../lib/warnings/run";

const USAGE = `Usage: npm run warnings [-- --as-of YYYY-MM-DD[THH:mm]] [--zone CODE] [--unit CODE]

  --as-of   evaluate as of this moment on the zone's clock; a date alone means the end of
            that day (e.g. --as-of 2026-11-20 counts Friday's 18:00 deadline as passed).
            Default: now.
  --zone    only the zone with this code (default: every zone)
  --unit    only the unit with this code (needs --zone when there are several zones)`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: { "as-of": { type: "string" }, zone: { type: "string" }, unit: { type: "string" }, help: { type: "boolean", short: "h", default: false } },
    strict: true,
  }).values;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const asOfArgument = args["as-of"];
const asOfMatch = asOfArgument === undefined ? null : /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?$/.exec(asOfArgument);
if (asOfArgument !== undefined) {
  if (!asOfMatch) fail(`--as-of must be YYYY-MM-DD or YYYY-MM-DDTHH:mm, got ${asOfArgument}`);
  try {
    dateFromKey(asOfMatch[1]);
  } catch {
    fail(`Not a date: ${asOfArgument}`);
  }
}

/** The as-of instant on a zone's clock: the given minute, or the last millisecond of the given day. */
function asOfFor(timeZone: string): Date | undefined {
  if (!asOfMatch) return undefined;
  if (asOfMatch[2]) return zonedInstant(asOfMatch[1], asOfMatch[2], timeZone);
  return new Date(zonedInstant(addDaysToKey(asOfMatch[1], 1), "00:00", timeZone).getTime() - 1);
}

const database = await openDatabase();
const db = createPrismaClient(database.url, 4);
try {
  console.log(`database: ${database.kind} ${redactUrl(database.url)}`);
  const zones = await db.zone.findMany({ where: args.zone ? { code: args.zone } : {}, orderBy: { code: "asc" }, select: { id: true, code: true, name: true, timeZone: true } });
  if (zones.length === 0) fail(args.zone ? `No zone with code ${args.zone}` : "The database has no zone yet (npm run db:seed).");
  if (args.unit && zones.length > 1) fail("--unit needs --zone when the database has several zones");
  for (const zone of zones) {
    let unitId: string | undefined;
    if (args.unit) {
      const unit = await db.unit.findUnique({ where: { zoneId_code: { zoneId: zone.id, code: args.unit } }, select: { id: true } });
      if (!unit) fail(`No unit with code ${args.unit} in zone ${zone.code}`);
      unitId = unit.id;
    }
    const asOf = asOfFor(zone.timeZone);
    const started = performance.now();
    const result = await runWarnings(db, { zoneId: zone.id, trigger: "COMMAND_LINE", asOf, unitId });
    const open = await db.warning.groupBy({ by: ["level"], where: { zoneId: zone.id, status: { not: "RESOLVED" } }, _count: true });
    const byLevel = Object.fromEntries(open.map((row) => [row.level, row._count]));
    console.log(`\n${zone.name} (${zone.code}) as of ${(asOf ?? new Date()).toISOString()}${args.unit ? `, unit ${args.unit}` : ""}`);
    console.log(`  run ${result.runId}: ${result.units} units in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    console.log(`  opened ${result.opened}, reopened ${result.reopened}, level changed ${result.changed}, resolved ${result.resolved}, notifications ${result.notified}`);
    console.log(`  open warnings: ${[...WARNING_LEVELS].reverse().map((level) => `${level} ${byLevel[level] ?? 0}`).join(", ")}`);
  }
} catch (error) {
  console.error("warnings failed:", error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await database.release();
}
