// npm run db:migrate: applies pending migrations (the WebAssembly schema engine, offline).
import { applyMigrations, migrationStatus } from "../../lib/db/schema-engine";
import { openDatabase } from "../../lib/db/runtime";
import { redactUrl } from "../../lib/db/connection";
import { createPrismaClient } from "../../lib/db/client";
import { upgradeLegacyIndicators } from "../../lib/db/upgrades";

const database = await openDatabase();
try {
  const applied = await applyMigrations(database.url);
  const status = await migrationStatus(database.url);
  console.log(`database: ${database.kind} ${redactUrl(database.url)}`);
  console.log(applied.length ? `applied: ${applied.join(", ")}` : "no pending migrations");
  console.log(`${status.applied.length} migrations applied in all`);
  const prisma = createPrismaClient(database.url, 1);
  try {
    const upgraded = await upgradeLegacyIndicators(prisma);
    console.log(`data upgrade: ${upgraded.indicators} indicators and ${upgraded.values} reported values moved`);
  } finally {
    await prisma.$disconnect();
  }
} catch (error) {
  console.error("migration failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.release();
}
