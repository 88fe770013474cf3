// npm run attachments:sweep [-- --min-age-minutes N]
// Removes stored attachment files that no attachment row references and that are older than
// an hour (or N minutes): what a failed or killed upload left behind. The app server does
// the same every hour; this is for cron or by hand. Safe beside the running app.
import { parseArgs } from "node:util";
import { ORPHAN_MIN_AGE_MS, sweepOrphanFiles } from "../lib/attachments/orphans";
import { createPrismaClient } from "../lib/db/client";
import { redactUrl } from "../lib/db/connection";
import { openDatabase } from "../lib/db/runtime";
import { getStorage } from "../lib/storage";

const USAGE = `Usage: npm run attachments:sweep [-- --min-age-minutes N]

  --min-age-minutes   only files older than this (default 60; less than the longest
                      transaction, 1 minute, is refused)`;

let args;
try {
  args = parseArgs({ options: { "min-age-minutes": { type: "string" }, help: { type: "boolean", short: "h", default: false } }, strict: true }).values;
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const minutes = args["min-age-minutes"] === undefined ? ORPHAN_MIN_AGE_MS / 60_000 : Number(args["min-age-minutes"]);
if (!Number.isFinite(minutes) || minutes < 1) {
  console.error(`--min-age-minutes must be a number of at least 1\n\n${USAGE}`);
  process.exit(2);
}

const database = await openDatabase();
const db = createPrismaClient(database.url, 2);
try {
  console.log(`database: ${database.kind} ${redactUrl(database.url)}\nattachments: ${(await getStorage()).description}`);
  const outcome = await sweepOrphanFiles({ client: db, minAgeMs: minutes * 60_000 });
  console.log(`checked ${outcome.checked} file(s), removed ${outcome.removed.length} orphan(s) older than ${minutes} minute(s)`);
  for (const key of outcome.removed) console.log(`  removed ${key}`);
} catch (error) {
  console.error("sweep failed:", error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await database.release();
}
