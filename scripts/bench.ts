// npm run bench [-- --scale s|m|l] [--runs N]
// Seeds the demo at scale l (default) into a throwaway database on the embedded PostgreSQL
// (or DATABASE_URL's server), adds warning/notice/assessment history, then times each
// dashboard panel as the page runs it (lib query: authorization, Prisma, mapping) against the
// very same SQL sent straight through node-postgres. It reports RATIOS from one run (absolute
// times only as context) and the process's memory, and writes bench-results/. See docs/dashboard.md.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import type { Actor } from "../lib/auth/permissions";
import { completedItemsSql, getWeeklyBriefing, newRedWarningsSql, submissionRankingSql, unitProgressSql, weekNoticesSql } from "../lib/dashboard/briefing";
import { getLedger, ledgerSql } from "../lib/dashboard/ledger";
import {
  coordinationSql,
  deadlinesSql,
  getDeadlines,
  getIndicators,
  getOpenNotices,
  getProgressBreakdown,
  getResourceTotals,
  getSubmissionTrend,
  getWaitingCoordination,
  getWarningTrend,
  indicatorsSql,
  openNoticesSql,
  progressSql,
  resourcesSql,
  submissionTrendSql,
  warningTrendSql,
} from "../lib/dashboard/queries";
import type { DashboardFilters } from "../lib/dashboard/schema";
import { createPrismaClient, setDb, type Prisma } from "../lib/db/client";
import { poolConfigFromUrl, redactUrl, withDatabase } from "../lib/db/connection";
import { openDatabase } from "../lib/db/runtime";
import { applyMigrations } from "../lib/db/schema-engine";
import { formatIsoWeek, shiftIsoWeek } from "../lib/dates/zone-time";
import { seedDemo, TABLE_ORDER, type Scale } from "../lib/seed";
import { addWarningHistory } from "./bench-history";

const { values: args } = parseArgs({ options: { scale: { type: "string", default: "l" }, runs: { type: "string", default: "9" } } });
const scale = args.scale as Scale;
if (!["s", "m", "l"].includes(scale)) throw new Error(`Unknown scale ${args.scale}`);
const runs = Math.max(3, Number(args.runs) || 9);

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const memory = () => {
  const usage = process.memoryUsage();
  return { rssMb: mb(usage.rss), heapUsedMb: mb(usage.heapUsed) };
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client(poolConfigFromUrl(withDatabase(serverUrl, "postgres")));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

interface Case {
  name: string;
  page: () => Promise<unknown>;
  raw: () => Promise<unknown>;
}

interface Result {
  panel: string;
  pageMs: number;
  rawMs: number;
  ratio: number;
}

/** Seeds the throwaway database; returns only the few facts the benchmark needs, so the generated data can be freed. */
async function seedBenchDatabase() {
  console.log(`seeding scale ${scale}…`);
  const started = performance.now();
  const seeded = await seedDemo(prisma, {
    scale,
    onProgress: ({ table, inserted, total }) => {
      if (inserted === total && total >= 10_000) console.log(`  ${table.padEnd(26)} ${String(total).padStart(8)} rows`);
    },
  });
  const history = await addWarningHistory(prisma, seeded.data);
  await pool.query("ANALYZE");
  const seedSeconds = round((performance.now() - started) / 1000, 1);
  const rows: Record<string, number> = { ...Object.fromEntries(TABLE_ORDER.map((table) => [table, seeded.counts[table]])), ...history };
  console.log(`seeded in ${seedSeconds} s: ${Object.entries(rows).map(([table, count]) => `${table} ${count}`).join(", ")}`);
  const { meta, parks } = seeded.data;
  return { rows, seedSeconds, today: meta.today, currentWeek: meta.currentWeek, parkId: parks[1].id };
}

const memoryAtStart = memory();
const database = await openDatabase();
const benchDatabase = `chuangjian_bench_${process.pid}`;
const benchUrl = withDatabase(database.url, benchDatabase);
console.log(`server: ${database.kind} ${redactUrl(database.url)}; throwaway database ${benchDatabase}`);
await admin(database.url, `CREATE DATABASE "${benchDatabase}"`);
const prisma = createPrismaClient(benchUrl, 10);
const pool = new pg.Pool({ ...poolConfigFromUrl(benchUrl), max: 10 });
try {
  await applyMigrations(benchUrl);
  setDb(prisma);
  const seed = await seedBenchDatabase();
  // The generated demo (hundreds of MB) is no longer needed: measure the queries, not the seed.
  (globalThis as { gc?: () => void }).gc?.();
  const memoryAfterSeed = memory();
  const { rows, seedSeconds } = seed;

  const leader = await prisma.user.findUniqueOrThrow({ where: { email: "leader@demo.gov.cn" } });
  const actor: Actor = { id: leader.id, role: leader.role, unitId: leader.unitId, zoneId: leader.zoneId };
  const zoneId = actor.zoneId;
  const now = seed.today;
  const filters: DashboardFilters = { weeks: 12 };
  const parkFilter: DashboardFilters = { ...filters, parkId: seed.parkId };
  const week = shiftIsoWeek(seed.currentWeek, -1);
  const options = { now };
  const raw = (sql: Prisma.Sql) => pool.query(sql.text, sql.values as unknown[]);

  const cases: Case[] = [
    { name: "progress (grouping sets)", page: () => getProgressBreakdown(actor, filters, options), raw: () => raw(progressSql(zoneId, filters, now)) },
    { name: "progress, park filter", page: () => getProgressBreakdown(actor, parkFilter, options), raw: () => raw(progressSql(zoneId, parkFilter, now)) },
    { name: "warnings by level, 12 weeks", page: () => getWarningTrend(actor, filters, options), raw: () => raw(warningTrendSql(zoneId, filters, now)) },
    { name: "warnings by level, 52 weeks", page: () => getWarningTrend(actor, { weeks: 52 }, options), raw: () => raw(warningTrendSql(zoneId, { weeks: 52 }, now)) },
    { name: "submission, 12 weeks", page: () => getSubmissionTrend(actor, filters, options), raw: () => raw(submissionTrendSql(zoneId, filters, now)) },
    { name: "indicators", page: () => getIndicators(actor, filters, options), raw: () => raw(indicatorsSql(zoneId, filters, now)) },
    { name: "resources", page: () => getResourceTotals(actor, filters), raw: () => raw(resourcesSql(zoneId, filters)) },
    { name: "deadlines", page: () => getDeadlines(actor, filters, options), raw: () => raw(deadlinesSql(zoneId, filters, now)) },
    { name: "open notices", page: () => getOpenNotices(actor, filters, options), raw: () => raw(openNoticesSql(zoneId, filters, now)) },
    { name: "coordination", page: () => getWaitingCoordination(actor, filters), raw: () => raw(coordinationSql(zoneId, filters)) },
    {
      name: "whole dashboard (8 panels at once)",
      page: () =>
        Promise.all([
          getProgressBreakdown(actor, filters, options), getWarningTrend(actor, filters, options), getSubmissionTrend(actor, filters, options),
          getIndicators(actor, filters, options), getResourceTotals(actor, filters), getDeadlines(actor, filters, options),
          getOpenNotices(actor, filters, options), getWaitingCoordination(actor, filters),
        ]),
      raw: () =>
        Promise.all([
          raw(progressSql(zoneId, filters, now)), raw(warningTrendSql(zoneId, filters, now)), raw(submissionTrendSql(zoneId, filters, now)),
          raw(indicatorsSql(zoneId, filters, now)), raw(resourcesSql(zoneId, filters)), raw(deadlinesSql(zoneId, filters, now)),
          raw(openNoticesSql(zoneId, filters, now)), raw(coordinationSql(zoneId, filters)),
        ]),
    },
    {
      name: `weekly briefing ${formatIsoWeek(week)} (5 sections)`,
      page: () => getWeeklyBriefing(actor, week, options),
      raw: () => Promise.all([submissionRankingSql, unitProgressSql, newRedWarningsSql, weekNoticesSql, completedItemsSql].map((build) => raw(build(zoneId, week, now)))),
    },
    { name: "ledger (all items)", page: () => getLedger(actor, {}, options), raw: () => raw(ledgerSql(zoneId, {}, now)) },
  ];

  const results: Result[] = [];
  for (const benchCase of cases) {
    // One warm-up each (plans cached, pages in memory), then alternate so drift hits both alike.
    await benchCase.page();
    await benchCase.raw();
    const page: number[] = [];
    const direct: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      page.push(await timed(benchCase.page));
      direct.push(await timed(benchCase.raw));
    }
    const result = { panel: benchCase.name, pageMs: round(median(page)), rawMs: round(median(direct)), ratio: round(median(page) / median(direct)) };
    results.push(result);
    console.log(`  ${result.panel.padEnd(40)} page ${String(result.pageMs).padStart(8)} ms   raw ${String(result.rawMs).padStart(8)} ms   ratio ${result.ratio.toFixed(2)}`);
  }
  const memoryAtEnd = memory();
  const peakRssMb = mb(process.resourceUsage().maxRSS * 1024);

  const report = {
    at: new Date().toISOString(),
    scale,
    runs,
    node: process.version,
    database: database.kind,
    rows,
    seedSeconds,
    results,
    memory: { atStart: memoryAtStart, afterSeed: memoryAfterSeed, atEnd: memoryAtEnd, peakRssMb },
  };
  const stamp = report.at.replace(/[:.]/g, "-");
  const directory = path.join(process.cwd(), "bench-results");
  await mkdir(directory, { recursive: true });
  const table = [
    `# Dashboard benchmark, scale ${scale}, ${report.at}`,
    "",
    `Rows: ${Object.entries(rows).map(([table, count]) => `${table} ${count}`).join(", ")}.`,
    "",
    "| panel | page query (ms) | raw SQL (ms) | ratio page / raw |",
    "| --- | ---: | ---: | ---: |",
    ...results.map((result) => `| ${result.panel} | ${result.pageMs} | ${result.rawMs} | ${result.ratio.toFixed(2)} |`),
    "",
    `Medians of ${runs} alternating runs after one warm-up. Memory (RSS / heap used, MB): start ${memoryAtStart.rssMb} / ${memoryAtStart.heapUsedMb}, after seeding ${memoryAfterSeed.rssMb} / ${memoryAfterSeed.heapUsedMb}, end ${memoryAtEnd.rssMb} / ${memoryAtEnd.heapUsedMb}, peak RSS ${peakRssMb} (seeding included).`,
    "",
  ].join("\n");
  await writeFile(path.join(directory, `dashboard-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(directory, `dashboard-${stamp}.md`), table);
  console.log(`\nmemory MB (rss / heap used): start ${memoryAtStart.rssMb} / ${memoryAtStart.heapUsedMb}, after seed ${memoryAfterSeed.rssMb} / ${memoryAfterSeed.heapUsedMb}, end ${memoryAtEnd.rssMb} / ${memoryAtEnd.heapUsedMb}, peak rss ${peakRssMb} (seeding included)`);
  console.log(`results: bench-results/dashboard-${stamp}.md (and .json)`);
} finally {
  await prisma.$disconnect();
  await pool.end();
  await admin(database.url, `DROP DATABASE IF EXISTS "${benchDatabase}" WITH (FORCE)`).catch((error) => console.error("could not drop the bench database:", error));
  await database.release();
}
