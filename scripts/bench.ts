// npm run bench [-- --scale s|m|l] [--runs N] [--users N] [--build | --reuse-build] [--profile DIR] [--html DIR]
// npm run bench -- --bundle-only [--build | --reuse-build] [--html DIR]: step 6 only (at scale s, each page loaded once)
// npm run bench -- --burst-only [--scale …] [--reuse-build] [--profile DIR]: step 5 only, while working on the submission path
// What users wait for, measured from outside (docs/performance.md):
//   1. seeds a throwaway database at the scale (embedded PostgreSQL, or DATABASE_URL's server)
//   2. the engine, in process: a full evaluation of the zone, and one unit's incremental one
//   3. the production server (`next build` output, built only when the sources changed),
//      started on a free loopback port against that database
//   4. pages over HTTP as the role that uses each, signed in through Auth.js, p50/p95 of
//      --runs requests after warm-up, beside the SQL the page sent replayed raw (node-postgres)
//   5. the Friday burst: every reporter submits the week's report at once through the server
//      action POST the form uses; then the database is checked (one submitted report per unit,
//      entries intact) and the time until every unit's warnings were evaluated
//   6. first-load JS per route (gzipped) from the build manifests; the server's peak RSS
// Prints a table and writes bench-results/latest.json (+ a timestamped copy).
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import type { Actor } from "../lib/auth/permissions";
import { createPrismaClient, setDb } from "../lib/db/client";
import { poolConfigFromUrl, redactUrl, withDatabase } from "../lib/db/connection";
import { openDatabase } from "../lib/db/runtime";
import { applyMigrations } from "../lib/db/schema-engine";
import { formatIsoWeek } from "../lib/dates/zone-time";
import { getMyWeek, type MyItem } from "../lib/reports/queries";
import { DEMO_PASSWORD, seedDemo, TABLE_ORDER, type Scale } from "../lib/seed";
import { evaluateWarnings } from "../lib/warnings/engine";
import { loadEngineInput } from "../lib/warnings/load";
import { evaluateUnitsStep, runWarnings } from "../lib/warnings/run";
import { addWarningHistory } from "./bench-history";
import { firstLoadJs, frameworkJs, frameworkJsByFile, scriptsOfPage } from "./bench/bundle";
import { cpuMeter } from "./bench/cpu";
import { Session } from "./bench/http";
import { ensureBuild, startServer, type BenchServer } from "./bench/server";

const { values: args } = parseArgs({
  options: {
    scale: { type: "string", default: "l" },
    runs: { type: "string", default: "20" },
    users: { type: "string", default: "200" },
    build: { type: "boolean", default: false },
    "reuse-build": { type: "boolean", default: false },
    profile: { type: "string" },
    html: { type: "string" },
    "bundle-only": { type: "boolean", default: false },
    // Seed, start the server, run the burst; no pages, no engine, nothing written to bench-results.
    "burst-only": { type: "boolean", default: false },
  },
});
// The bundle does not depend on the data: the smallest demo renders every page.
const bundleOnly = args["bundle-only"];
const scale = (bundleOnly ? "s" : args.scale) as Scale;
if (!["s", "m", "l"].includes(scale)) throw new Error(`Unknown scale ${args.scale}`);
const runs = Math.max(20, Number(args.runs) || 20);
const maxUsers = Math.max(1, Number(args.users) || 200);
const WARM_UP = 3;
const benchStarted = performance.now();

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const median = (values: number[]) => percentile(values, 50);

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const value = await run();
  return [performance.now() - started, value];
}

/** Runs `task` over `items` with at most `limit` in flight. */
async function bounded<T, R>(items: T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await task(items[index], index);
      }
    }),
  );
  return results;
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

// ───────────── pages ─────────────

/** Each page as the role that uses it (demo accounts). */
const PAGES: { path: string; account: string }[] = [
  { path: "/dashboard", account: "leader@demo.gov.cn" },
  { path: "/my-unit", account: "kjj@demo.gov.cn" },
  { path: "/warnings", account: "office@demo.gov.cn" },
  { path: "/reports", account: "office@demo.gov.cn" },
  { path: "/briefings", account: "leader@demo.gov.cn" },
  { path: "/notices", account: "office@demo.gov.cn" },
  { path: "/plan/items", account: "office@demo.gov.cn" },
];

interface Statement {
  text: string;
  values: unknown[];
}

/** One request of the page with the server's SQL trace on: the statements the page sent (reads only, as replayable). */
async function traceStatements(server: BenchServer, session: Session, pathname: string): Promise<Statement[]> {
  await writeFile(server.traceFile, "");
  server.toggleTrace();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await session.page(pathname);
  await new Promise((resolve) => setTimeout(resolve, 50));
  server.toggleTrace();
  const lines = (await readFile(server.traceFile, "utf8")).split("\n").filter(Boolean);
  return lines.map((line) => JSON.parse(line) as Statement).filter((statement) => /^\s*(SELECT|WITH)\b/i.test(statement.text));
}

async function replay(pool: pg.Pool, statements: Statement[]): Promise<void> {
  const client = await pool.connect();
  try {
    for (const statement of statements) await client.query(statement.text, statement.values);
  } finally {
    client.release();
  }
}

interface PageResult {
  p50_ms: number;
  p95_ms: number;
  raw_sql_ms: number;
  ratio: number;
  statements: number;
  status: number;
  bytes: number;
  /** What the served page loads (<script src>), gzipped kB. */
  js_kb: number;
  js_files: number;
}

/** `--html DIR`: the page's response, kept for diagnosis. */
async function keepHtml(directory: string, pathname: string, html: string): Promise<void> {
  await mkdir(directory, { recursive: true });
  await writeFile(path.join(directory, `${pathname.slice(1).replace(/\//g, "_")}.html`), html);
}

/** One signed-in session per demo account, signed in on first use. */
function sessionsOf(server: BenchServer): (account: string) => Promise<Session> {
  const sessions = new Map<string, Session>();
  return async (account) => {
    let session = sessions.get(account);
    if (!session) {
      session = new Session(server.origin);
      await session.signIn(account, DEMO_PASSWORD);
      sessions.set(account, session);
    }
    return session;
  };
}

async function measurePages(server: BenchServer, pool: pg.Pool): Promise<Record<string, PageResult>> {
  const sessionOf = sessionsOf(server);
  const results: Record<string, PageResult> = {};
  for (const page of PAGES) {
    const session = await sessionOf(page.account);
    let last = { status: 0, html: "" };
    for (let index = 0; index < WARM_UP; index += 1) last = await session.page(page.path);
    if (last.status !== 200) throw new Error(`${page.path} as ${page.account} answered ${last.status}`);
    const times: number[] = [];
    for (let index = 0; index < runs; index += 1) times.push((await timed(() => session.page(page.path)))[0]);
    const statements = await traceStatements(server, session, page.path);
    await replay(pool, statements);
    const raw: number[] = [];
    for (let index = 0; index < Math.min(runs, 10); index += 1) raw.push((await timed(() => replay(pool, statements)))[0]);
    const rawMs = median(raw);
    const scripts = await scriptsOfPage(last.html);
    if (args.html) await keepHtml(args.html, page.path, last.html);
    results[page.path] = {
      p50_ms: round(median(times)),
      p95_ms: round(percentile(times, 95)),
      raw_sql_ms: round(rawMs),
      ratio: round(percentile(times, 95) / Math.max(rawMs, 0.1), 2),
      statements: statements.length,
      status: last.status,
      bytes: Buffer.byteLength(last.html),
      js_kb: scripts.kb,
      js_files: scripts.files,
    };
    const result = results[page.path];
    console.log(`  ${page.path.padEnd(12)} p50 ${String(result.p50_ms).padStart(7)} ms  p95 ${String(result.p95_ms).padStart(7)} ms  raw SQL ${String(result.raw_sql_ms).padStart(6)} ms (${result.statements} statements)  ratio ${result.ratio}`);
  }
  return results;
}

/** `--bundle-only`: each page loaded once as its role; what its HTML loads, beside the manifest count and the framework's files. */
async function reportBundle(server: BenchServer): Promise<void> {
  const sessionOf = sessionsOf(server);
  const manifest = await firstLoadJs(PAGES.map((page) => page.path));
  const served: Record<string, { kb: number; files: number }> = {};
  for (const page of PAGES) {
    const { status, html } = await (await sessionOf(page.account)).page(page.path);
    if (status !== 200) throw new Error(`${page.path} as ${page.account} answered ${status}`);
    served[page.path] = await scriptsOfPage(html);
    if (args.html) await keepHtml(args.html, page.path, html);
  }
  const framework = await frameworkJs();
  const frameworkByFile = await frameworkJsByFile();
  const table = [
    "| page | first-load JS (kB gz) | files | manifest (kB gz) |",
    "| --- | ---: | ---: | ---: |",
    ...PAGES.map(({ path: route }) => `| ${route} | ${served[route].kb} | ${served[route].files} | ${manifest[route]?.kb ?? "—"} |`),
    "",
    `Framework (build-manifest rootMainFiles): ${framework} kB gz: ${Object.entries(frameworkByFile).map(([file, size]) => `${file} ${size}`).join(", ")}.`,
  ].join("\n");
  console.log(`\n${table}`);
  const directory = path.join(process.cwd(), "bench-results");
  await mkdir(directory, { recursive: true });
  const report = { at: new Date().toISOString(), first_load_js_kb: served, first_load_js_manifest_kb: manifest, first_load_js_framework_kb: framework, framework_files_kb: frameworkByFile };
  await writeFile(path.join(directory, "bundle-latest.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log("results: bench-results/bundle-latest.json");
}

// ───────────── the burst ─────────────

interface Reporter {
  email: string;
  unitId: string;
  actor: Actor;
  week: string;
  items: MyItem[];
}

function entryValues(item: MyItem, email: string) {
  const progress = Math.min(100, Math.max(item.lastReported?.progress ?? 0, item.entry.progress ?? 0) + 5);
  return {
    progress,
    doneThisWeek: `${email}: ${item.code} 本周推进`,
    planNextWeek: progress >= 100 ? "" : `${item.code} 下周继续`,
    indicators: Object.fromEntries(item.indicators.map((indicator, index) => [indicator.id, index + 1])),
  };
}

/** The form the report page sends on "submit" (components/reports/report-form.tsx). */
function submitForm(reporter: Reporter): FormData {
  const data = new FormData();
  data.set("week", reporter.week);
  data.set("summary", `${reporter.email} 周报`);
  for (const item of reporter.items) {
    const prefix = `entries[${item.id}]`;
    const values = entryValues(item, reporter.email);
    data.set(`${prefix}[progress]`, String(values.progress));
    for (const [indicatorId, value] of Object.entries(values.indicators)) data.set(`${prefix}[indicators][${indicatorId}]`, String(value));
    data.set(`${prefix}[doneThisWeek]`, values.doneThisWeek);
    data.set(`${prefix}[planNextWeek]`, values.planNextWeek);
    data.set(`${prefix}[problems]`, "");
    data.set(`${prefix}[regressionReason]`, "");
  }
  return data;
}

/** The submit action's id: named in the server-reference manifest and referenced by the report page's client code. */
async function submitActionId(session: Session): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const candidates = Object.entries(manifest.node)
    .filter(([, entry]) => entry.exportedName === "submitReport" && entry.filename?.includes("lib/reports/actions"))
    .map(([id]) => id);
  if (candidates.length === 0) throw new Error("submitReport is not in the server-reference manifest");
  const { html } = await session.page("/my-unit");
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, "&"));
  const code = [html, ...(await Promise.all(scripts.map(async (src) => (await session.request(src)).text())))].join("\n");
  const id = candidates.find((candidate) => code.includes(candidate));
  if (!id) throw new Error("the report page does not reference the submitReport action");
  return id;
}

interface BurstResult {
  users: number;
  items: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
  failed: number;
  lost: number;
  duplicated: number;
  entries_wrong: number;
  evaluated_within_s: number | null;
  peak_rss_mb: number;
  /** The largest action response body: the result only, no re-rendered page. */
  response_max_bytes: number;
  /**
   * CPU spent during the burst per submission (ms), by process: the app server, PostgreSQL
   * (the benchmark cluster's processes) and the benchmark's own clients. With every submission sent at once,
   * p99 ≈ users × (server + postgres + client) / cores: the throughput bound.
   */
  cpu_ms_per_submission: { server: number; postgres: number; client: number };
  /** The same burst refused at validation (nothing read or written): what the framework path alone costs. */
  refused_floor: { p50_ms: number; p99_ms: number; cpu_ms_per_request: { server: number; postgres: number; client: number } };
}

async function burst(server: BenchServer, prisma: ReturnType<typeof createPrismaClient>, pool: pg.Pool): Promise<BurstResult> {
  const users = await prisma.user.findMany({
    where: { role: "REPORTER", active: true, unit: { active: true } },
    orderBy: { email: "asc" },
    select: { id: true, email: true, role: true, unitId: true, zoneId: true },
  });
  // One account per unit: the unit's reporter submits its report.
  const byUnit = new Map<string, (typeof users)[number]>();
  for (const user of users) if (user.unitId && !byUnit.has(user.unitId)) byUnit.set(user.unitId, user);
  const chosen = [...byUnit.values()].slice(0, maxUsers);
  // Friday before the deadline: nobody has written this week's report yet.
  const zone = await prisma.zone.findFirstOrThrow({ select: { id: true } });
  const probe = await getMyWeek({ id: chosen[0].id, role: chosen[0].role, unitId: chosen[0].unitId!, zoneId: chosen[0].zoneId });
  const week = probe.week;
  await prisma.weeklyReport.deleteMany({ where: { zoneId: zone.id, isoYear: week.isoYear, isoWeek: week.isoWeek } });
  const reporters: Reporter[] = [];
  for (const user of chosen) {
    const actor: Actor = { id: user.id, role: user.role, unitId: user.unitId!, zoneId: user.zoneId };
    const mine = await getMyWeek(actor);
    reporters.push({ email: user.email, unitId: actor.unitId, actor, week: formatIsoWeek(mine.week), items: mine.items });
  }
  console.log(`  ${reporters.length} reporters, ${reporters.reduce((sum, reporter) => sum + reporter.items.length, 0)} entries, week ${reporters[0].week}; signing in…`);
  const sessions = await bounded(reporters, 4, async (reporter) => {
    const session = new Session(server.origin);
    await session.signIn(reporter.email, DEMO_PASSWORD);
    return session;
  });
  const actionId = await submitActionId(sessions[0]);
  const forms = reporters.map(submitForm);
  const runsBefore = await prisma.warningRun.count({ where: { zoneId: zone.id } });

  const backend = (await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid;
  // The floor the stack sets: the same POST, all at once, refused at validation (no week, no
  // entries). It passes the proxy, the action's decoding, the session lookup and the parse,
  // and answers a field error; nothing is read for the report or written.
  // Sent twice: the first round warms the server's action path up (the real burst then finds
  // it warm, as a server that has been up all week would be); the second is measured.
  const refuseAll = () =>
    bounded(sessions, sessions.length, async (session) => {
      const [ms, response] = await timed(() => session.action(actionId, [null, new FormData()], "/my-unit"));
      return { ms, refused: response.status === 200 && response.body.includes('"ok":false') && response.body.includes("fieldErrors") };
    });
  await refuseAll();
  const floorCpu = await cpuMeter(server.pid, backend);
  const floorOutcomes = await refuseAll();
  const floorUsed = await floorCpu.stop();
  if (floorOutcomes.some((outcome) => !outcome.refused)) throw new Error("an empty submission was not refused with field errors");
  const floorTimes = floorOutcomes.map((outcome) => outcome.ms);
  const floor = {
    p50_ms: round(median(floorTimes)),
    p99_ms: round(percentile(floorTimes, 99)),
    cpu_ms_per_request: cpuPer(floorUsed, sessions.length),
  };

  const sampler = server.sampleRss();
  const cpu = await cpuMeter(server.pid, backend);
  const burstStart = Date.now();
  const outcomes = await bounded(sessions, sessions.length, async (session, index) => {
    const [ms, response] = await timed(() => session.action(actionId, [null, forms[index]], "/my-unit"));
    return { ms, ok: response.status === 200 && response.body.includes('"ok":true'), body: response.body };
  });
  const burstEnd = Date.now();
  const cpuUsed = await cpu.stop();
  const failures = outcomes.filter((outcome) => !outcome.ok);
  if (failures.length > 0) console.log(`  ${failures.length} submissions failed, e.g. ${failures[0].body.slice(0, 300)}`);

  // Every unit's warnings evaluated after its submission: a REPORT_SUBMITTED run of the unit
  // that finished, as of the submission or later.
  let evaluatedWithin: number | null = null;
  const unitIds = reporters.map((reporter) => reporter.unitId);
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
    const { rows } = await pool.query<{ pending: number; last: Date | null }>(
      `SELECT count(*) FILTER (WHERE r.id IS NULL)::int AS pending, max(r."finishedAt") AS last
         FROM "WeeklyReport" w
         LEFT JOIN LATERAL (
           SELECT run.id, run."finishedAt" FROM "WarningRun" run
            WHERE run."unitId" = w."unitId" AND run.trigger = 'REPORT_SUBMITTED' AND run.status = 'SUCCEEDED' AND run."asOf" >= w."submittedAt"
            ORDER BY run."finishedAt" DESC LIMIT 1
         ) r ON true
        WHERE w."unitId" = ANY($1) AND w."isoYear" = $2 AND w."isoWeek" = $3 AND w."submittedAt" IS NOT NULL`,
      [unitIds, week.isoYear, week.isoWeek],
    );
    const submitted = (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "WeeklyReport" WHERE "unitId" = ANY($1) AND "isoYear" = $2 AND "isoWeek" = $3 AND "submittedAt" IS NOT NULL`, [unitIds, week.isoYear, week.isoWeek])).rows[0].n;
    if (submitted > 0 && rows[0].pending === 0) {
      evaluatedWithin = round(Math.max(0, (rows[0].last!.getTime() - burstEnd) / 1000), 2);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const peakRss = await sampler.stop();

  // The database afterwards: one submitted report per unit, every entry as sent.
  const stored = await prisma.weeklyReport.findMany({
    where: { unitId: { in: unitIds }, isoYear: week.isoYear, isoWeek: week.isoWeek },
    select: { unitId: true, status: true, summary: true, entries: { select: { workItemId: true, progress: true, doneThisWeek: true, planNextWeek: true, indicatorValues: { select: { indicatorId: true, value: true } } } } },
  });
  const reportsOf = new Map<string, typeof stored>();
  for (const report of stored) reportsOf.set(report.unitId, [...(reportsOf.get(report.unitId) ?? []), report]);
  let lost = 0;
  let duplicated = 0;
  let entriesWrong = 0;
  for (const reporter of reporters) {
    const found = (reportsOf.get(reporter.unitId) ?? []).filter((report) => report.status === "SUBMITTED");
    if (found.length === 0) {
      lost += 1;
      continue;
    }
    if (found.length > 1) duplicated += found.length - 1;
    const entries = found[0].entries;
    if (entries.length !== reporter.items.length) entriesWrong += Math.abs(entries.length - reporter.items.length);
    for (const item of reporter.items) {
      const expected = entryValues(item, reporter.email);
      const entry = entries.filter((candidate) => candidate.workItemId === item.id);
      if (entry.length > 1) duplicated += entry.length - 1;
      const values = new Map(entry[0]?.indicatorValues.map((value) => [value.indicatorId, Number(value.value)]) ?? []);
      const intact =
        entry.length === 1 &&
        Number(entry[0].progress) === expected.progress &&
        entry[0].doneThisWeek === expected.doneThisWeek &&
        entry[0].planNextWeek === expected.planNextWeek &&
        Object.entries(expected.indicators).every(([id, value]) => values.get(id) === value) &&
        values.size === Object.keys(expected.indicators).length;
      if (!intact) entriesWrong += 1;
    }
  }
  const times = outcomes.map((outcome) => outcome.ms);
  const runsAfter = await prisma.warningRun.count({ where: { zoneId: zone.id } });
  console.log(`  ${reporters.length} submissions in ${round((burstEnd - burstStart) / 1000, 2)} s; warning runs recorded ${runsAfter - runsBefore}`);
  return {
    users: reporters.length,
    items: reporters.reduce((sum, reporter) => sum + reporter.items.length, 0),
    p50_ms: round(median(times)),
    p99_ms: round(percentile(times, 99)),
    max_ms: round(Math.max(...times)),
    failed: failures.length,
    lost,
    duplicated,
    entries_wrong: entriesWrong,
    evaluated_within_s: evaluatedWithin,
    peak_rss_mb: peakRss,
    response_max_bytes: Math.max(...outcomes.map((outcome) => Buffer.byteLength(outcome.body))),
    refused_floor: floor,
    cpu_ms_per_submission: cpuPer(cpuUsed, reporters.length),
  };
}

/** CPU used by each process, per request. */
function cpuPer(used: BurstResult["cpu_ms_per_submission"], requests: number): BurstResult["cpu_ms_per_submission"] {
  return { server: round(used.server / requests), postgres: round(used.postgres / requests), client: round(used.client / requests) };
}

function logBurst(friday: BurstResult): void {
  console.log(
    `  p50 ${friday.p50_ms} ms, p99 ${friday.p99_ms} ms, failed ${friday.failed}, lost ${friday.lost}, duplicated ${friday.duplicated}, entries wrong ${friday.entries_wrong}, every unit evaluated within ${friday.evaluated_within_s} s, peak RSS ${friday.peak_rss_mb} MB, largest response ${friday.response_max_bytes} bytes`,
  );
  const cpu = friday.cpu_ms_per_submission;
  const floor = friday.refused_floor;
  console.log(`  CPU per submission: server ${cpu.server} ms, PostgreSQL ${cpu.postgres} ms, benchmark clients ${cpu.client} ms`);
  console.log(
    `  refused at validation, all at once: p50 ${floor.p50_ms} ms, p99 ${floor.p99_ms} ms; CPU per request: server ${floor.cpu_ms_per_request.server} ms, PostgreSQL ${floor.cpu_ms_per_request.postgres} ms, clients ${floor.cpu_ms_per_request.client} ms`,
  );
}

// ───────────── the engine ─────────────

async function measureEngine(prisma: ReturnType<typeof createPrismaClient>, zoneId: string, unitId: string) {
  const full: number[] = [];
  for (let index = 0; index < 3; index += 1) full.push((await timed(() => runWarnings(prisma, { zoneId, trigger: "COMMAND_LINE" })))[0]);
  const asOf = new Date();
  const [loadMs, input] = await timed(() => prisma.$transaction((tx) => loadEngineInput(tx, { zoneId, asOf }), { timeout: 60_000 }));
  const [evaluateMs, computed] = await timed(async () => evaluateWarnings(input));
  const incremental: number[] = [];
  for (let index = 0; index < 5; index += 1) {
    incremental.push((await timed(() => prisma.$transaction((tx) => evaluateUnitsStep(tx, zoneId, [unitId]), { timeout: 60_000 })))[0]);
  }
  return {
    full_ms: round(median(full)),
    incremental_ms: round(median(incremental)),
    full_load_ms: round(loadMs),
    full_evaluate_ms: round(evaluateMs),
    warnings: computed.length,
  };
}

// ───────────── main ─────────────

const database = await openDatabase();
const benchDatabase = `chuangjian_bench_${process.pid}`;
const benchUrl = withDatabase(database.url, benchDatabase);
const traceFile = path.join(tmpdir(), `chuangjian-bench-sql-${process.pid}.jsonl`);
console.log(`server: ${database.kind} ${redactUrl(database.url)}; throwaway database ${benchDatabase}`);
const build = await ensureBuild({ force: args.build, reuse: args["reuse-build"] });
if (build.stale) console.log("note: --reuse-build serves a build older than the sources");
await admin(database.url, `CREATE DATABASE "${benchDatabase}"`);
const prisma = createPrismaClient(benchUrl, 10);
const pool = new pg.Pool({ ...poolConfigFromUrl(benchUrl), max: 4 });
let server: BenchServer | undefined;
try {
  await applyMigrations(benchUrl);
  setDb(prisma);
  console.log(`seeding scale ${scale}…`);
  const [seedMs, seeded] = await timed(() => seedDemo(prisma, { scale }));
  const history = await addWarningHistory(prisma, seeded.data);
  await pool.query("ANALYZE");
  const rows: Record<string, number> = { ...Object.fromEntries(TABLE_ORDER.map((table) => [table, seeded.counts[table]])), ...history };
  const zoneId = seeded.data.zones[0].id;
  const sampleUnit = (await prisma.user.findUniqueOrThrow({ where: { email: "kjj@demo.gov.cn" }, select: { unitId: true } })).unitId!;
  console.log(`seeded in ${round(seedMs / 1000)} s: units ${rows.units}, work items ${rows.workItems}, reports ${rows.weeklyReports}, entries ${rows.reportEntries}`);
  (globalThis as { gc?: () => void }).gc?.();

  if (bundleOnly) {
    server = await startServer(benchUrl, traceFile);
    await reportBundle(server);
  } else if (args["burst-only"]) {
    server = await startServer(benchUrl, traceFile, args.profile ? path.resolve(args.profile) : undefined);
    console.log(`production server on ${server.origin}; the Friday burst only (nothing is written to bench-results):`);
    const friday = await burst(server, prisma, pool);
    logBurst(friday);
    process.exitCode = friday.failed + friday.lost + friday.duplicated + friday.entries_wrong > 0 ? 1 : 0;
  } else {
    console.log("engine (in process):");
    const engine = await measureEngine(prisma, zoneId, sampleUnit);
    console.log(`  full ${engine.full_ms} ms (load ${engine.full_load_ms} ms, evaluate ${engine.full_evaluate_ms} ms, ${engine.warnings} warnings); incremental (one unit) ${engine.incremental_ms} ms`);

    server = await startServer(benchUrl, traceFile, args.profile ? path.resolve(args.profile) : undefined);
    const idleRss = await server.rss();
    console.log(`production server on ${server.origin} (RSS ${idleRss} MB)`);
    console.log("pages over HTTP:");
    const pages = await measurePages(server, pool);
    console.log("the Friday burst:");
    const friday = await burst(server, prisma, pool);
    logBurst(friday);
    const bundle = await firstLoadJs(PAGES.map((page) => page.path));
    const framework = await frameworkJs();

    const report = {
      at: new Date().toISOString(),
      scale,
      node: process.version,
      database: database.kind,
      build: { rebuilt: build.built, staleReused: build.stale },
      rows,
      runs,
      pages,
      burst: friday,
      engine,
      // What each page's HTML makes the browser load; the manifest count (with the not-found and
      // error boundaries' chunks) beside it, and the framework's share every route carries.
      first_load_js_kb: Object.fromEntries(PAGES.map(({ path: route }) => [route, pages[route].js_kb])),
      first_load_js_manifest_kb: Object.fromEntries(Object.entries(bundle).map(([route, value]) => [route, value.kb])),
      first_load_js_framework_kb: framework,
      peak_rss_mb: friday.peak_rss_mb,
      idle_rss_mb: idleRss,
      seconds: round((performance.now() - benchStarted) / 1000),
    };
    const table = [
      `# Benchmark, scale ${scale}, ${report.at}`,
      "",
      `Rows: units ${rows.units}, work items ${rows.workItems}, weekly reports ${rows.weeklyReports}, entries ${rows.reportEntries}, warnings ${rows.warnings}.`,
      "",
      "| page | p50 (ms) | p95 (ms) | raw SQL (ms) | p95 / raw | HTML (kB) | first-load JS (kB gz) | manifest (kB gz) |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
      ...PAGES.map(({ path: route }) => `| ${route} | ${pages[route].p50_ms} | ${pages[route].p95_ms} | ${pages[route].raw_sql_ms} | ${pages[route].ratio} | ${round(pages[route].bytes / 1024)} | ${pages[route].js_kb} | ${bundle[route]?.kb ?? "—"} |`),
      "",
      `Framework (React DOM, the App Router runtime) in every route's first load: ${framework} kB gz.`,
      "",
      `| burst: users | p50 (ms) | p99 (ms) | lost | duplicated | entries wrong | evaluated within (s) | peak RSS (MB) |`,
      "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
      `| ${friday.users} | ${friday.p50_ms} | ${friday.p99_ms} | ${friday.lost} | ${friday.duplicated} | ${friday.entries_wrong} | ${friday.evaluated_within_s} | ${friday.peak_rss_mb} |`,
      "",
      `Engine: full ${engine.full_ms} ms (load ${engine.full_load_ms}, evaluate ${engine.full_evaluate_ms}), incremental ${engine.incremental_ms} ms. Whole benchmark ${report.seconds} s.`,
      "",
    ].join("\n");
    console.log(`\n${table}`);
    const directory = path.join(process.cwd(), "bench-results");
    await mkdir(directory, { recursive: true });
    const stamp = report.at.replace(/[:.]/g, "-");
    await writeFile(path.join(directory, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(path.join(directory, `bench-${scale}-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(path.join(directory, `bench-${scale}-${stamp}.md`), table);
    console.log(`results: bench-results/latest.json, bench-results/bench-${scale}-${stamp}.md`);
  }
} finally {
  await server?.stop();
  await prisma.$disconnect();
  await pool.end();
  await rm(traceFile, { force: true });
  await admin(database.url, `DROP DATABASE IF EXISTS "${benchDatabase}" WITH (FORCE)`).catch((error) => console.error("could not drop the bench database:", error));
  await database.release();
}
