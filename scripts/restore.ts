// npm run restore -- <archive.tar.gz>
// Restores a backup (npm run backup) into an empty installation: a new database (or one
// only migrated, with no data) and a store without attachments. Stop the app first when it
// runs on the embedded database; start it afterwards, which applies newer migrations.
import path from "node:path";
import { restoreBackup } from "../lib/deploy/backup";
import { redactUrl } from "../lib/db/connection";
import { DATA_DIR, openDatabase } from "../lib/db/runtime";
import { getStorage } from "../lib/storage";

const archive = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
if (!archive || process.argv.includes("--help") || process.argv.includes("-h")) {
  console.error("Usage: npm run restore -- <archive.tar.gz>");
  process.exit(archive ? 0 : 2);
}

const database = await openDatabase();
try {
  console.log(`database: ${database.kind} ${redactUrl(database.url)}`);
  const manifest = await restoreBackup({ archive: path.resolve(archive), databaseUrl: database.url, storage: await getStorage(), dataDir: DATA_DIR, log: (line) => console.log(line) });
  console.log(`restored the backup of ${manifest.createdAt} (app ${manifest.appVersion}); start the app with npm start`);
} catch (error) {
  console.error("restore failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.release();
}
