import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { withDatabase } from "@/lib/db/connection";
import { adminQuery } from "./support/admin";
import { applyMigrations, MIGRATION_LOCK_KEY, migrationStatus, pendingSchemaChanges, readMigrations } from "@/lib/db/schema-engine";

const admin = (sql: string) => adminQuery(inject("serverUrl"), sql);

describe(`migrations on ${inject("databaseKind")} PostgreSQL`, () => {
  it("apply to an empty database, once", async () => {
    const name = `m_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    await admin(`CREATE DATABASE "${name}"`);
    const url = withDatabase(inject("serverUrl"), name);
    try {
      const { migrationDirectories } = await readMigrations();
      expect(await migrationStatus(url)).toEqual({ applied: [], pending: migrationDirectories.map((dir) => dir.path) });

      const applied = await applyMigrations(url);
      expect(applied).toEqual(migrationDirectories.map((dir) => dir.path));
      expect(await applyMigrations(url)).toEqual([]);
      expect((await migrationStatus(url)).pending).toEqual([]);

      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const tables = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
      await client.end();
      const names = tables.rows.map((row) => row.tablename);
      for (const table of ["Zone", "WeeklyReport", "Warning", "SupervisionNotice", "AuditLog", "_prisma_migrations"]) expect(names).toContain(table);
    } finally {
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  });

  it("started by several instances at once, apply each migration once, however long one takes (the advisory lock)", async () => {
    const name = `m_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    await admin(`CREATE DATABASE "${name}"`);
    const url = withDatabase(inject("serverUrl"), name);
    const holder = new pg.Client({ connectionString: url });
    try {
      const all = (await readMigrations()).migrationDirectories.map((dir) => dir.path);
      // An instance in the middle of a long migration holds our lock and the schema engine's
      // own (key 72707369), which the engine gives up waiting for after 10 s.
      await holder.connect();
      await holder.query("SELECT pg_advisory_lock($1::bigint), pg_advisory_lock(72707369)", [MIGRATION_LOCK_KEY.toString()]);
      const runs = Promise.allSettled([applyMigrations(url), applyMigrations(url)]);
      await new Promise((resolve) => setTimeout(resolve, 11_000));
      await holder.end();
      const [first, second] = await runs;
      expect(first.status).toBe("fulfilled");
      expect(second.status).toBe("fulfilled");
      const applied = [first, second].map((run) => (run.status === "fulfilled" ? run.value : null));
      // One run applied everything, the other waited for the lock and found nothing pending.
      expect(applied.sort((a, b) => (a?.length ?? 0) - (b?.length ?? 0))).toEqual([[], all]);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const twice = await client.query("SELECT migration_name FROM _prisma_migrations GROUP BY migration_name HAVING count(*) > 1");
      const total = await client.query<{ n: string }>("SELECT count(*) AS n FROM _prisma_migrations");
      await client.end();
      expect(twice.rows).toEqual([]);
      expect(Number(total.rows[0].n)).toBe(all.length);
    } finally {
      await holder.end().catch(() => {});
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  }, 90_000);

  it("match prisma/schema.prisma (no change left without a migration)", { timeout: 90_000 }, async () => {
    expect(await pendingSchemaChanges()).toBe("");
  });
});
