import { chmod, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { embeddedUrl, LEGACY_EMBEDDED_PASSWORD, passwordFileOf, startEmbeddedPostgres } from "@/lib/db/embedded";

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL", () => {
  let dir: string;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("starts again after a crash left its pid file behind, and another process joins it", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "chuangjian-crash-"));
    await chmod(dir, 0o755);
    const clusterDir = path.join(dir, "postgres");
    const first = await startEmbeddedPostgres({ clusterDir, database: "crashtest", port: 0 });
    await query(first.url, "CREATE TABLE survivor (id int); INSERT INTO survivor VALUES (42)");

    // Joining a running cluster reuses it and does not own it.
    const joined = await startEmbeddedPostgres({ clusterDir, database: "crashtest", port: 0 });
    expect(joined.owned).toBe(false);
    expect(joined.port).toBe(first.port);

    // Crash: kill the postmaster without letting it clean up.
    const pid = Number((await readFile(path.join(clusterDir, "postmaster.pid"), "utf8")).split("\n")[0]);
    process.kill(pid, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 500));

    const second = await startEmbeddedPostgres({ clusterDir, database: "crashtest", port: 0 });
    try {
      expect(second.owned).toBe(true);
      expect(await query(second.url, "SELECT id FROM survivor")).toEqual([{ id: 42 }]);
    } finally {
      await second.stop();
    }
    await expect(readFile(path.join(clusterDir, "postmaster.pid"), "utf8")).rejects.toThrow();
  });

  it("gives each installation its own password, kept in the data directory, and moves an old cluster off the fixed one", async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), "chuangjian-password-"));
    await chmod(home, 0o755);
    try {
      const clusterDir = path.join(home, "postgres");
      const first = await startEmbeddedPostgres({ clusterDir, database: "pwtest", port: 0 });
      const password = (await readFile(passwordFileOf(clusterDir), "utf8")).trim();
      expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect((await stat(passwordFileOf(clusterDir))).mode & 0o777).toBe(0o600);
      expect(first.url).toContain(`:${password}@`);
      await expect(query(embeddedUrl(first.port, "pwtest", LEGACY_EMBEDDED_PASSWORD), "SELECT 1")).rejects.toThrow(/password authentication failed/);

      // Make it look like a cluster from before: the fixed password and no password file.
      await query(first.url, `ALTER ROLE postgres WITH PASSWORD '${LEGACY_EMBEDDED_PASSWORD}'`);
      await rm(passwordFileOf(clusterDir));
      await first.stop();

      const second = await startEmbeddedPostgres({ clusterDir, database: "pwtest", port: 0 });
      try {
        const migrated = (await readFile(passwordFileOf(clusterDir), "utf8")).trim();
        expect(migrated).toMatch(/^[A-Za-z0-9_-]{32}$/);
        expect(migrated).not.toBe(password);
        expect(await query(second.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
        await expect(query(embeddedUrl(second.port, "pwtest", LEGACY_EMBEDDED_PASSWORD), "SELECT 1")).rejects.toThrow(/password authentication failed/);
      } finally {
        await second.stop();
      }
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });
});
