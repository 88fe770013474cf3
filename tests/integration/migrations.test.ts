import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { withDatabase } from "@/lib/db/connection";
import { adminQuery } from "./support/admin";
import { applyMigrations, migrationStatus, pendingSchemaChanges, readMigrations } from "@/lib/db/schema-engine";

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

  it("match prisma/schema.prisma (no change left without a migration)", async () => {
    expect(await pendingSchemaChanges()).toBe("");
  });
});
