// Writes the generated demo data with createMany in chunks, in foreign-key order, inside one
// transaction (a failed seed leaves nothing behind). Node tooling only: the CLI and the start script.
import { hashPassword } from "@/lib/auth/password";
import type { DbClient, TxClient } from "@/lib/db/client";
import { LONG_TRANSACTION_OPTIONS } from "@/lib/db/transaction-options";
import { Prisma } from "@/lib/db/generated/client";
import { PASSWORD_HASH_PLACEHOLDER, type GenerateOptions } from "./context";
import { generateDemo } from "./generate";
import { DEMO_PASSWORD } from "./catalog";
import { TABLE_ORDER, type DemoData, type DemoTables, type Scale, type TableName } from "./types";
import { seedDocuments } from "./documents";
import { seedWarningsAndNotices } from "./warnings";

export interface SeedProgress {
  table: TableName;
  inserted: number;
  total: number;
}

export type SeedCounts = Record<TableName, number>;

export interface SeedOptions {
  scale?: Scale;
  /** Defaults to now. */
  today?: Date;
  seed?: number;
  timeZone?: string;
  /** Deletes every row of every app table first. Without it a database with a zone is refused. */
  reset?: boolean;
  onProgress?: (progress: SeedProgress) => void;
}

export interface SeedResult {
  data: DemoData;
  counts: SeedCounts;
  generateMs: number;
  insertMs: number;
}

export class DemoAlreadySeededError extends Error {
  constructor() {
    super("The database already holds a zone; seed with reset to replace its data.");
    this.name = "DemoAlreadySeededError";
  }
}

/** Every model table (not _prisma_migrations), for the reset. */
export const APP_TABLES: readonly string[] = Object.values(Prisma.ModelName);

/** Serialises seeders (e.g. two start scripts at once) on the same database. */
const SEED_LOCK_KEY = 727_361_001;
/** PostgreSQL takes at most 65,535 bind parameters per statement. */
const MAX_PARAMETERS = 30_000;

type Writer<K extends TableName> = (tx: TxClient, rows: DemoTables[K]) => Promise<{ count: number }>;

const WRITERS: { [K in TableName]: Writer<K> } = {
  zones: (tx, data) => tx.zone.createMany({ data }),
  calendarDays: (tx, data) => tx.calendarDay.createMany({ data }),
  parks: (tx, data) => tx.park.createMany({ data }),
  units: (tx, data) => tx.unit.createMany({ data }),
  users: (tx, data) => tx.user.createMany({ data }),
  tasks: (tx, data) => tx.task.createMany({ data }),
  measures: (tx, data) => tx.measure.createMany({ data }),
  workItems: (tx, data) => tx.workItem.createMany({ data }),
  workItemCooperators: (tx, data) => tx.workItemCooperator.createMany({ data }),
  workItemIndicators: (tx, data) => tx.workItemIndicator.createMany({ data }),
  workItemMilestones: (tx, data) => tx.workItemMilestone.createMany({ data }),
  weeklyReports: (tx, data) => tx.weeklyReport.createMany({ data }),
  reportEntries: (tx, data) => tx.reportEntry.createMany({ data }),
  indicatorValues: (tx, data) => tx.indicatorValue.createMany({ data }),
  inspections: (tx, data) => tx.inspection.createMany({ data }),
  meetings: (tx, data) => tx.meeting.createMany({ data }),
  meetingAttendees: (tx, data) => tx.meetingAttendee.createMany({ data }),
  meetingDecisions: (tx, data) => tx.meetingDecision.createMany({ data }),
  assessmentWeights: (tx, data) => tx.assessmentWeight.createMany({ data }),
  assessmentRounds: (tx, data) => tx.assessmentRound.createMany({ data }),
  assessments: (tx, data) => tx.assessment.createMany({ data }),
  assessmentComponents: (tx, data) => tx.assessmentComponent.createMany({ data: data.map((row) => ({ ...row, evidence: row.evidence as object })) }),
  designations: (tx, data) => tx.designation.createMany({ data }),
  designationSteps: (tx, data) => tx.designationStep.createMany({ data }),
  officialVisits: (tx, data) => tx.officialVisit.createMany({ data }),
  fundingItems: (tx, data) => tx.fundingItem.createMany({ data }),
  landBatches: (tx, data) => tx.landBatch.createMany({ data }),
  landProjects: (tx, data) => tx.landProject.createMany({ data }),
  planningAdjustments: (tx, data) => tx.planningAdjustment.createMany({ data }),
  planningAdjustmentSteps: (tx, data) => tx.planningAdjustmentStep.createMany({ data }),
  coordinationRequests: (tx, data) => tx.coordinationRequest.createMany({ data }),
  evaluationSystems: (tx, data) => tx.evaluationSystem.createMany({ data }),
  evaluationGroups: (tx, data) => tx.evaluationGroup.createMany({ data }),
  evaluationIndicators: (tx, data) => tx.evaluationIndicator.createMany({ data }),
  readinessSettings: (tx, data) => tx.readinessSettings.createMany({ data }),
  readinessFigures: (tx, data) => tx.readinessFigure.createMany({ data }),
  readinessValues: (tx, data) => tx.readinessValue.createMany({ data }),
  readinessLinks: (tx, data) => tx.readinessLink.createMany({ data }),
};

async function writeTable<K extends TableName>(tx: TxClient, table: K, rows: DemoTables[K], onProgress?: (progress: SeedProgress) => void): Promise<number> {
  const total = rows.length;
  if (total === 0) {
    onProgress?.({ table, inserted: 0, total });
    return 0;
  }
  const columns = Object.keys(rows[0]).length;
  const chunkSize = Math.max(100, Math.floor(MAX_PARAMETERS / columns));
  let inserted = 0;
  for (let offset = 0; offset < total; offset += chunkSize) {
    const chunk = rows.slice(offset, offset + chunkSize) as DemoTables[K];
    const { count } = await WRITERS[table](tx, chunk);
    inserted += count;
    onProgress?.({ table, inserted, total });
  }
  if (inserted !== total) throw new Error(`${table}: inserted ${inserted} of ${total} rows`);
  return inserted;
}

async function writeAll(tx: TxClient, data: DemoData, onProgress?: (progress: SeedProgress) => void): Promise<SeedCounts> {
  if (data.users.some((user) => user.passwordHash === PASSWORD_HASH_PLACEHOLDER)) {
    throw new Error("Demo users have no password hash: generate with a passwordHash (seedDemo does).");
  }
  const counts = {} as SeedCounts;
  for (const table of TABLE_ORDER) {
    counts[table] = await writeTable(tx, table, data[table] as DemoTables[typeof table], onProgress);
  }
  await seedWarningsAndNotices(tx, data);
  await seedDocuments(tx, data);
  // The demo's history is not news: its warnings and notices leave notifications in the bell,
  // but nothing goes out (with SMTP_URL set, the outbox would otherwise mail months of past
  // warnings to the demo's addresses, and hold up real messages behind them).
  await tx.outboundMessage.deleteMany();
  return counts;
}

async function lock(tx: TxClient): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
}

/** Deletes every row of every app table (the migrations table stays). */
export async function truncateAppTables(tx: TxClient | DbClient): Promise<void> {
  await tx.$executeRawUnsafe(`TRUNCATE TABLE ${APP_TABLES.map((table) => `"${table}"`).join(", ")} CASCADE`);
}

/** Writes generated demo data into an empty database, in one transaction. */
export async function insertDemo(db: DbClient, data: DemoData, onProgress?: (progress: SeedProgress) => void): Promise<SeedCounts> {
  return db.$transaction(async (tx) => {
    await lock(tx);
    return writeAll(tx, data, onProgress);
  }, LONG_TRANSACTION_OPTIONS.demoSeed);
}

/**
 * Generates and writes the demo. Refuses (DemoAlreadySeededError) when a zone exists, unless
 * `reset`, which first truncates every app table, in the same transaction.
 */
export async function seedDemo(db: DbClient, options: SeedOptions = {}): Promise<SeedResult> {
  if (!options.reset && (await db.zone.count()) > 0) throw new DemoAlreadySeededError();
  const started = performance.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const generateOptions: GenerateOptions = {
    scale: options.scale ?? "s",
    today: options.today ?? new Date(),
    seed: options.seed,
    timeZone: options.timeZone,
    passwordHash,
  };
  const data = generateDemo(generateOptions);
  const generated = performance.now();
  const counts = await db.$transaction(async (tx) => {
    await lock(tx);
    if (options.reset) await truncateAppTables(tx);
    else if ((await tx.zone.count()) > 0) throw new DemoAlreadySeededError();
    return writeAll(tx, data, options.onProgress);
  }, LONG_TRANSACTION_OPTIONS.demoSeed);
  return { data, counts, generateMs: generated - started, insertMs: performance.now() - generated };
}

/** For the start script: seeds the `s` demo when the database has no zone. Returns whether it seeded. */
export async function ensureDemoSeeded(db: DbClient, options: Omit<SeedOptions, "reset" | "scale"> = {}): Promise<boolean> {
  if ((await db.zone.count()) > 0) return false;
  try {
    await seedDemo(db, { ...options, scale: "s" });
    return true;
  } catch (error) {
    if (error instanceof DemoAlreadySeededError) return false;
    throw error;
  }
}
