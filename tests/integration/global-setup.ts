// One PostgreSQL server for the integration run, and a template database holding the
// migrated schema and the demo data. Each test file clones the template (fast) and drops
// its clone afterwards, so files run in parallel without seeing each other's writes.
//
// The server: TEST_DATABASE_URL (a real PostgreSQL where this user may CREATE DATABASE)
// when set, otherwise a throwaway embedded PostgreSQL in a temporary directory.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "../../lib/db/client";
import { withDatabase } from "../../lib/db/connection";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/schema-engine";
import { seedDemo } from "../../lib/seed";
import { adminQuery } from "./support/admin";

export const TEMPLATE_DATABASE = "chuangjian_test_template";

declare module "vitest" {
  export interface ProvidedContext {
    serverUrl: string;
    templateDatabase: string;
    databaseKind: "embedded" | "postgresql";
    seededAt: string;
  }
}

export default async function setup(project: TestProject) {
  let embedded: EmbeddedServer | undefined;
  let tempDir: string | undefined;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    tempDir = await mkdtemp(path.join(os.tmpdir(), "chuangjian-it-"));
    await chmod(tempDir, 0o755); // PostgreSQL runs as its own user when we are root
    embedded = await startEmbeddedPostgres({ clusterDir: path.join(tempDir, "postgres"), database: "postgres", port: 0 });
    serverUrl = embedded.url;
  }
  const template = `${TEMPLATE_DATABASE}_${process.pid}`;
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${template}"`);
  await adminQuery(serverUrl, `CREATE DATABASE "${template}"`);
  const templateUrl = withDatabase(serverUrl, template);
  await applyMigrations(templateUrl);
  const seededAt = new Date();
  const prisma = createPrismaClient(templateUrl, 2);
  try {
    await seedDemo(prisma, { scale: "s", today: seededAt });
  } finally {
    await prisma.$disconnect();
  }

  // Nobody may connect to the template any more: clones need it idle.
  await adminQuery(serverUrl, `ALTER DATABASE "${template}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);

  project.provide("serverUrl", serverUrl);
  project.provide("templateDatabase", template);
  project.provide("databaseKind", embedded ? "embedded" : "postgresql");
  project.provide("seededAt", seededAt.toISOString());

  return async () => {
    await adminQuery(serverUrl, `ALTER DATABASE "${template}" WITH IS_TEMPLATE false`).catch(() => {});
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`).catch(() => {});
    await embedded?.stop();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };
}
