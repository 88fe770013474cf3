// npm run db:seed [-- --scale s|m|l] [--reset] [--today YYYY-MM-DD] [--seed N]
// Applies pending migrations, then writes the demo data (lib/seed). Refuses a database that
// already has a zone unless --reset, which empties every app table first.
import { parseArgs } from "node:util";
import { createPrismaClient } from "../../lib/db/client";
import { redactUrl } from "../../lib/db/connection";
import { openDatabase } from "../../lib/db/runtime";
import { applyMigrations } from "../../lib/db/schema-engine";
import { dateFromKey, DEFAULT_TIME_ZONE, zonedInstant } from "../../lib/dates/zone-time";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DemoAlreadySeededError, seedDemo, TABLE_ORDER, type Scale, type SeedProgress, type TableName } from "../../lib/seed";

const USAGE = `Usage: npm run db:seed [-- --scale s|m|l] [--reset] [--today YYYY-MM-DD[THH:mm]] [--seed N]

  --scale   s (default): 25 units, ~80 work items, 20 weeks of reports
            m: 60 units, 200 work items, 1 year;  l: 200 units, 600 work items, 5 years
  --reset   delete all rows of all app tables first (required when the database has data)
  --today   the demo's "now" (zone time, 10:00 when no time is given); default: now
  --seed    random seed (default: fixed, so every run gives the same demo)`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      scale: { type: "string", default: "s" },
      reset: { type: "boolean", default: false },
      today: { type: "string" },
      seed: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  }).values;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const scale = args.scale as Scale;
if (!["s", "m", "l"].includes(scale)) fail(`Unknown scale: ${args.scale}`);
let today = new Date();
if (args.today) {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?$/.exec(args.today);
  if (!match) fail(`--today must be YYYY-MM-DD or YYYY-MM-DDTHH:mm, got ${args.today}`);
  try {
    dateFromKey(match[1]);
  } catch {
    fail(`Not a date: ${args.today}`);
  }
  today = zonedInstant(match[1], match[2] ?? "10:00", DEFAULT_TIME_ZONE);
}
const seed = args.seed === undefined ? undefined : Number(args.seed);
if (seed !== undefined && !Number.isInteger(seed)) fail(`--seed must be an integer, got ${args.seed}`);

const started = performance.now();
const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

// One line per table, and one per 10 % of the big ones.
const printed = new Map<TableName, number>();
function progress({ table, inserted, total }: SeedProgress): void {
  if (inserted === total) {
    console.log(`  ${table.padEnd(26)} ${String(total).padStart(7)} rows  (${seconds(started)})`);
    return;
  }
  const step = Math.floor((inserted / total) * 10);
  if (total < 5000 || step <= (printed.get(table) ?? 0)) return;
  printed.set(table, step);
  console.log(`  ${table.padEnd(26)} ${String(inserted).padStart(7)} / ${total}  ${step * 10} %`);
}

const database = await openDatabase();
const db = createPrismaClient(database.url, 4);
try {
  console.log(`database: ${database.kind} ${redactUrl(database.url)}`);
  const applied = await applyMigrations(database.url);
  if (applied.length) console.log(`applied migrations: ${applied.join(", ")}`);
  console.log(`seeding scale ${scale}${args.reset ? " (reset)" : ""}, today ${today.toISOString()}…`);
  const result = await seedDemo(db, { scale, today, seed, reset: args.reset, onProgress: progress });
  const total = TABLE_ORDER.reduce((sum, table) => sum + result.counts[table], 0);
  const { meta } = result.data;
  console.log(
    `\nseeded ${total} rows in ${seconds(started)} (generate ${(result.generateMs / 1000).toFixed(1)} s, insert ${(result.insertMs / 1000).toFixed(1)} s)`,
  );
  console.log(`campaign ${meta.campaignStartKey} → ${meta.campaignEndKey}; ${meta.reportWeeks.length} weeks of reports up to ${meta.currentWeek.isoYear}-W${String(meta.currentWeek.isoWeek).padStart(2, "0")}`);
  console.log(`\ndemo accounts (password ${DEMO_PASSWORD}):`);
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(26)} ${account.role.padEnd(10)} ${account.name}  ${account.purpose}`);
  console.log("  <unitcode>@demo.gov.cn     REPORTER   one reporter per other unit (e.g. fgw@demo.gov.cn)");
} catch (error) {
  if (error instanceof DemoAlreadySeededError) {
    console.log("The database is already seeded; use --reset to replace its data (npm run db:seed -- --reset).");
  } else {
    console.error("seed failed:", error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  }
} finally {
  await db.$disconnect();
  await database.release();
}
