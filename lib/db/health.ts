import path from "node:path";
import { processIntegrityProblems } from "@/lib/server/integrity";
import { db } from "./client";

export interface HealthReport {
  status: "ok" | "error";
  version: string;
  database: {
    kind: "embedded" | "postgresql";
    reachable: boolean;
    migrations: { applied: number; latest: string | null };
    error?: string;
  };
  /** The process itself (built-in prototypes, the permission table): see lib/server/integrity.ts. */
  process: { intact: boolean; problems: string[] };
  time: string;
}

/** For operators and load balancers: is the database reachable, which migrations ran. */
export async function checkHealth(version: string): Promise<HealthReport> {
  const kind = process.env.CHUANGJIAN_DATABASE_KIND === "embedded" ? "embedded" : "postgresql";
  const problems = processIntegrityProblems();
  if (problems.length > 0) console.error("[health] the process is broken: %s", problems.join("; "));
  const processState = { intact: problems.length === 0, problems };
  if (!processState.intact) {
    // Nothing in a polluted process can be trusted, the database client included (a key on
    // Object.prototype breaks its argument checks): answer at once, touch nothing.
    return {
      status: "error",
      version,
      database: { kind, reachable: false, migrations: { applied: 0, latest: null }, error: "not checked: the process is broken" },
      process: processState,
      time: new Date().toISOString(),
    };
  }
  try {
    const rows = await db.$queryRaw<{ applied: bigint; latest: string | null }[]>`
      SELECT count(*) AS applied, max(migration_name) AS latest
      FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    return {
      status: "ok",
      version,
      database: { kind, reachable: true, migrations: { applied: Number(rows[0].applied), latest: rows[0].latest } },
      process: processState,
      time: new Date().toISOString(),
    };
  } catch (error) {
    return {
      status: "error",
      version,
      database: { kind, reachable: false, migrations: { applied: 0, latest: null }, error: error instanceof Error ? error.message.split("\n")[0] : String(error) },
      process: processState,
      time: new Date().toISOString(),
    };
  }
}

export interface Readiness {
  status: "ok" | "error";
  database: "reachable" | "unreachable";
  /** Migrations on disk the database has not applied (an instance newer than its database). */
  pendingMigrations: number;
}

/** Ready to serve: the process is intact, the database answers, and its migrations are current. */
export async function checkReadiness(): Promise<Readiness> {
  if (processIntegrityProblems().length > 0) return { status: "error", database: "unreachable", pendingMigrations: 0 };
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((row) => row.migration_name));
    // The migrations this code was built with (a standalone build without them checks none).
    const onDisk = await migrationNamesOnDisk(path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations"));
    const pendingMigrations = onDisk.filter((name) => !applied.has(name)).length;
    return { status: pendingMigrations === 0 ? "ok" : "error", database: "reachable", pendingMigrations };
  } catch {
    return { status: "error", database: "unreachable", pendingMigrations: 0 };
  }
}

async function migrationNamesOnDisk(directory: string): Promise<string[]> {
  const { readdir } = await import("node:fs/promises");
  const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}
