// npm run backup [-- --output <file.tar.gz>]
// One archive of the installation: a consistent dump of the database, the attachments
// (data directory or S3) and the data directory's generated secret (lib/deploy/backup.ts).
// Safe beside the running app; the embedded database is joined, or started for the backup.
import path from "node:path";
import { parseArgs } from "node:util";
import { createBackup } from "../lib/deploy/backup";
import { redactUrl } from "../lib/db/connection";
import { DATA_DIR, openDatabase } from "../lib/db/runtime";
import { getStorage } from "../lib/storage";
import packageJson from "../package.json";

const USAGE = `Usage: npm run backup [-- --output <file.tar.gz>]

  --output   where to write the archive (default: ./chuangjian-backup-<date>-<time>.tar.gz)`;

let args;
try {
  args = parseArgs({ options: { output: { type: "string", short: "o" }, help: { type: "boolean", short: "h", default: false } }, strict: true }).values;
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
const output = path.resolve(args.output ?? `chuangjian-backup-${stamp}.tar.gz`);

const database = await openDatabase();
try {
  console.log(`database: ${database.kind} ${redactUrl(database.url)}`);
  const manifest = await createBackup({ databaseUrl: database.url, storage: await getStorage(), dataDir: DATA_DIR, output, appVersion: packageJson.version, log: (line) => console.log(line) });
  console.log(`wrote ${output}: ${manifest.database.migrations.length} migrations, ${manifest.attachments.count} attachment file(s)`);
} catch (error) {
  console.error("backup failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.release();
}
