// pg_dump and pg_restore for backups. A pg_dump refuses a server of a newer major than its
// own, so the tool is chosen by the server's major: the newest installed client
// (/usr/lib/postgresql/<major>/bin, Debian's layout, then PATH), which must be at least the
// server's. The embedded server is PostgreSQL 15, the client of Debian 12 (docs/operations.md).
import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { poolConfigFromUrl } from "@/lib/db/connection";

const run = promisify(execFile);

export type PgTool = "pg_dump" | "pg_restore";

export interface FoundTool {
  path: string;
  major: number;
}

export class PgToolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PgToolError";
  }
}

export async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client(poolConfigFromUrl(url));
  await client.connect();
  try {
    const answer = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    return Math.floor(Number(answer.rows[0].server_version_num) / 10000);
  } finally {
    await client.end();
  }
}

async function toolMajor(file: string): Promise<number | null> {
  try {
    const { stdout } = await run(file, ["--version"]);
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Every installed copy of the tool with its major, newest first. */
export async function installedTools(tool: PgTool, env: NodeJS.ProcessEnv = process.env): Promise<FoundTool[]> {
  const candidates: string[] = [];
  if (env.PG_BIN_DIR) candidates.push(path.join(env.PG_BIN_DIR, tool));
  const versions = await readdir("/usr/lib/postgresql").catch(() => [] as string[]);
  for (const version of versions) candidates.push(path.join("/usr/lib/postgresql", version, "bin", tool));
  for (const directory of (env.PATH ?? "").split(path.delimiter).filter(Boolean)) candidates.push(path.join(directory, tool));
  const found: FoundTool[] = [];
  for (const candidate of [...new Set(candidates)]) {
    const major = await toolMajor(candidate);
    if (major !== null) found.push({ path: candidate, major });
  }
  return found.sort((a, b) => b.major - a.major);
}

/** The tool that can work with a server of `major`, or a PgToolError saying what to install. */
export async function toolFor(tool: PgTool, major: number, env: NodeJS.ProcessEnv = process.env): Promise<FoundTool> {
  const found = await installedTools(tool, env);
  const usable = found.find((candidate) => candidate.major >= major);
  if (usable) return usable;
  const have = found.length ? `only ${tool} ${found.map((candidate) => candidate.major).join(", ")} is installed` : `${tool} is not installed`;
  throw new PgToolError(
    `The database server runs PostgreSQL ${major}, and ${have}; ${tool} must be of major ${major} or newer. ` +
      `Install the client tools (Debian/Ubuntu: apt-get install postgresql-client-${major}, from apt.postgresql.org when the distribution has no such package), ` +
      `or point PG_BIN_DIR at a directory holding ${tool} ${major}.`,
  );
}

/** The libpq environment for a postgresql:// URL: no password on a command line. */
export function libpqEnv(url: string): NodeJS.ProcessEnv {
  const config = poolConfigFromUrl(url);
  const sslmode = new URL(url).searchParams.get("sslmode");
  return {
    ...process.env,
    PGHOST: String(config.host),
    PGPORT: String(config.port),
    PGUSER: config.user ?? "",
    PGPASSWORD: typeof config.password === "string" ? config.password : "",
    PGDATABASE: config.database ?? "",
    ...(sslmode ? { PGSSLMODE: sslmode } : {}),
  };
}

export async function runTool(tool: FoundTool, args: string[], url: string): Promise<void> {
  try {
    await run(tool.path, args, { env: libpqEnv(url), maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const failure = error as { stderr?: string; message: string };
    throw new PgToolError(`${path.basename(tool.path)} failed: ${(failure.stderr || failure.message).trim()}`);
  }
}
