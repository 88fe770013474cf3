import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/db/embedded";

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
});
