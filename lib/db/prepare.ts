// What the start script does to the database before the app serves: migrations (under the
// advisory lock, lib/db/schema-engine.ts), the data upgrades, and the demo only where it
// belongs. Node tooling only.
import { createPrismaClient } from "./client";
import { applyMigrations } from "./schema-engine";
import { upgradeLegacyIndicators } from "./upgrades";
import type { DatabaseKind } from "./runtime";
import { ensureDemoSeeded } from "../seed";

export interface PrepareOptions {
  kind: DatabaseKind;
  /** `--demo`: load the demo into an empty database even when it is an external one. */
  demoRequested: boolean;
  /** MIGRATE_ON_START=off: the operator runs `npm run db:migrate` as a deploy step. */
  migrate: boolean;
  log?: (line: string) => void;
}

export interface PrepareOutcome {
  applied: string[];
  demoLoaded: boolean;
  /** No user at all: a real installation that still needs `npm run admin:create`. */
  needsAdministrator: boolean;
}

/**
 * The demo goes only into the embedded default database, or wherever it is asked for:
 * a real installation (DATABASE_URL) starts empty and never shows a public password.
 */
export function demoWanted(kind: DatabaseKind, demoRequested: boolean): boolean {
  return demoRequested || kind === "embedded";
}

export async function prepareDatabase(url: string, options: PrepareOptions): Promise<PrepareOutcome> {
  const log = options.log ?? (() => {});
  const applied = options.migrate ? await applyMigrations(url) : [];
  const prisma = createPrismaClient(url, 2);
  try {
    const upgraded = await upgradeLegacyIndicators(prisma);
    if (upgraded.indicators || upgraded.values) log(`moved ${upgraded.indicators} indicators and ${upgraded.values} reported values to the new model`);
    const demoLoaded = demoWanted(options.kind, options.demoRequested) ? await ensureDemoSeeded(prisma) : false;
    const needsAdministrator = (await prisma.user.count()) === 0;
    return { applied, demoLoaded, needsAdministrator };
  } finally {
    await prisma.$disconnect();
  }
}
