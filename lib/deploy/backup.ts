// `npm run backup` and `npm run restore`: one .tar.gz holding
//   manifest.json      what is in it (format, when, app version, server, migrations, files)
//   database.dump      pg_dump --format=custom: one consistent snapshot of the database
//   attachments/…      every object of the store's attachments/ (data directory or S3)
//   data/auth-secret   the generated session secret of an installation without AUTH_SECRET
// The embedded cluster itself, its password and logs are not in it: a restore makes its own.
// Node tooling only (scripts/backup.ts, scripts/restore.ts, tests).
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import * as tar from "tar";
import { z } from "zod";
import { poolConfigFromUrl } from "@/lib/db/connection";
import { migrationStatus } from "@/lib/db/schema-engine";
import type { StorageProvider } from "@/lib/storage";
import { runTool, serverMajor, toolFor } from "./pg-tools";

export const BACKUP_FORMAT = 1;
const ATTACHMENTS = "attachments";
/** The data directory's files worth keeping (the rest is the cluster, logs and caches). */
const DATA_FILES = ["auth-secret"] as const;

const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.string(),
  appVersion: z.string(),
  database: z.object({ serverMajor: z.number().int(), dumpMajor: z.number().int(), migrations: z.array(z.string()) }),
  attachments: z.object({ count: z.number().int(), bytes: z.number().int(), source: z.string() }),
  dataFiles: z.array(z.string()),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefusedError";
  }
}

export interface BackupOptions {
  databaseUrl: string;
  storage: StorageProvider;
  dataDir: string;
  /** The archive to write (.tar.gz). */
  output: string;
  appVersion: string;
  log?: (line: string) => void;
}

async function withTempDir<T>(run: (directory: string) => Promise<T>): Promise<T> {
  const directory = await mkdtemp(path.join(os.tmpdir(), "chuangjian-backup-"));
  try {
    return await run(directory);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

export async function createBackup(options: BackupOptions): Promise<BackupManifest> {
  const log = options.log ?? (() => {});
  const major = await serverMajor(options.databaseUrl);
  const dump = await toolFor("pg_dump", major);
  return withTempDir(async (staging) => {
    log(`database: pg_dump ${dump.major} (${dump.path}) of PostgreSQL ${major}`);
    // The dump first: attachments written after it are at worst files no row points to.
    await runTool(dump, ["--format=custom", "--no-owner", "--no-acl", "--file", path.join(staging, "database.dump")], options.databaseUrl);
    const migrations = (await migrationStatus(options.databaseUrl)).applied;

    let count = 0;
    let bytes = 0;
    for await (const entry of options.storage.list(`${ATTACHMENTS}/`)) {
      const target = path.join(staging, ...entry.key.split("/"));
      await mkdir(path.dirname(target), { recursive: true });
      const content = await options.storage.get(entry.key);
      await writeFile(target, content);
      count += 1;
      bytes += content.length;
    }
    log(`attachments: ${count} file(s), ${bytes} bytes from ${options.storage.description}`);

    const dataFiles: string[] = [];
    for (const name of DATA_FILES) {
      const content = await readFile(path.join(options.dataDir, name)).catch(() => null);
      if (!content) continue;
      await mkdir(path.join(staging, "data"), { recursive: true });
      await writeFile(path.join(staging, "data", name), content, { mode: 0o600 });
      dataFiles.push(name);
    }

    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      appVersion: options.appVersion,
      database: { serverMajor: major, dumpMajor: dump.major, migrations },
      attachments: { count, bytes, source: options.storage.description },
      dataFiles,
    };
    await writeFile(path.join(staging, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    await mkdir(path.dirname(path.resolve(options.output)), { recursive: true });
    const entries = (await readdir(staging)).sort();
    await tar.c({ gzip: true, file: options.output, cwd: staging, portable: true, mode: 0o600 }, entries);
    return manifest;
  });
}

export interface RestoreOptions {
  archive: string;
  databaseUrl: string;
  storage: StorageProvider;
  dataDir: string;
  log?: (line: string) => void;
}

/** The app's rows, if any: a restore goes only into an installation that holds none. */
async function assertEmptyDatabase(url: string): Promise<void> {
  const client = new pg.Client(poolConfigFromUrl(url));
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'");
    if (tables.rows.length === 0) return;
    const names = new Set(tables.rows.map((row) => row.name));
    for (const table of ["Zone", "User"]) {
      if (!names.has(table)) continue;
      const rows = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
      if (Number(rows.rows[0].n) > 0) throw new RestoreRefusedError("The database already holds data; restore only into an empty installation (a new database, or drop this one's tables first).");
    }
    // Migrated but empty (an `npm start` ran before the restore): the dump brings the schema back.
    await client.query("DROP SCHEMA public CASCADE");
    await client.query("CREATE SCHEMA public");
  } finally {
    await client.end();
  }
}

async function filesUnder(root: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(path.join(root, prefix), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const key = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await filesUnder(root, key)));
    else if (entry.isFile()) files.push(key);
  }
  return files;
}

export async function restoreBackup(options: RestoreOptions): Promise<BackupManifest> {
  const log = options.log ?? (() => {});
  await stat(options.archive).catch(() => {
    throw new RestoreRefusedError(`No archive at ${options.archive}`);
  });
  return withTempDir(async (staging) => {
    await tar.x({ file: options.archive, cwd: staging, strict: true });
    const parsed = manifestSchema.safeParse(JSON.parse(await readFile(path.join(staging, "manifest.json"), "utf8").catch(() => "null")));
    if (!parsed.success) throw new RestoreRefusedError(`${options.archive} is not a Chuangjian backup (format ${BACKUP_FORMAT}).`);
    const manifest = parsed.data;

    for await (const entry of options.storage.list(`${ATTACHMENTS}/`)) {
      throw new RestoreRefusedError(`The store already holds attachments (${entry.key} in ${options.storage.description}); restore only into an empty installation.`);
    }
    await assertEmptyDatabase(options.databaseUrl);

    const major = await serverMajor(options.databaseUrl);
    if (major < manifest.database.serverMajor) log(`note: the backup comes from PostgreSQL ${manifest.database.serverMajor}, this server runs ${major}`);
    const restore = await toolFor("pg_restore", Math.max(major, manifest.database.dumpMajor));
    log(`database: pg_restore ${restore.major} into PostgreSQL ${major}`);
    await runTool(restore, ["--no-owner", "--no-acl", "--exit-on-error", "--single-transaction", "--dbname", poolConfigFromUrl(options.databaseUrl).database ?? "postgres", path.join(staging, "database.dump")], options.databaseUrl);

    const files = await filesUnder(path.join(staging, ATTACHMENTS));
    for (const file of files) await options.storage.put(`${ATTACHMENTS}/${file}`, await readFile(path.join(staging, ATTACHMENTS, ...file.split("/"))));
    log(`attachments: ${files.length} file(s) into ${options.storage.description}`);

    for (const name of manifest.dataFiles) {
      if (!(DATA_FILES as readonly string[]).includes(name)) continue;
      await mkdir(options.dataDir, { recursive: true });
      await writeFile(path.join(options.dataDir, name), await readFile(path.join(staging, "data", name)), { mode: 0o600 });
    }
    return manifest;
  });
}
