import { spawn, type ChildProcess } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { ACCOUNTS } from "./support";

// Two production app servers (the start script, on the build the suite's server made) on one
// PostgreSQL database, one data directory (the shared storage) and one AUTH_SECRET, behind no
// balancer: a session made on one works on the other, a file uploaded through one downloads
// through the other, the warning schedule's slot runs once for both, and a manual
// run started on one finishes after that one is stopped in the middle of it. The database is
// a fresh one on the suite server's embedded PostgreSQL, loaded with the demo by the first
// instance (`--demo`); the suite's own server is left alone.

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const E2E_DATA = path.join(ROOT, ".data", "e2e");
const SHARED_DATA = path.join(ROOT, ".data", "two-instances");
const DATABASE = "chuangjian_two_instances";
const AUTH_SECRET = "two-instances-test-secret-0123456789abcdefghij";
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const EXTRA_UNITS = 1500;
// The demo unit that stopped reporting a month ago: its week is open to upload into whatever
// day the tests run on (the science bureau's may be submitted already).
const UNREPORTED_REPORTER = "jtj@demo.gov.cn";

interface Instance {
  name: string;
  url: string;
  child: ChildProcess;
  output: string[];
}

async function clusterUrl(database: string): Promise<string> {
  const password = (await readFile(path.join(E2E_DATA, "postgres-password"), "utf8")).trim();
  const port = (await readFile(path.join(E2E_DATA, "postgres", "postmaster.pid"), "utf8")).split("\n")[3].trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: await clusterUrl(DATABASE) });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Starts one instance with `npm start`'s script and waits until it answers ready. */
async function startInstance(name: string, port: number, extraArgs: string[] = []): Promise<Instance> {
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: await clusterUrl(DATABASE),
    AUTH_SECRET,
    CHUANGJIAN_DATA_DIR: SHARED_DATA,
    PORT: String(port),
    HOST: "127.0.0.1",
    WARNINGS_SCHEDULE: "on",
    JOBS_POLL_SECONDS: "1",
  };
  delete env.NODE_OPTIONS;
  // As `npm start` runs it: node with tsx's loader (no tsx CLI relaying the stop signal).
  const child = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/support/allow-server-only.mjs", "scripts/start.ts", ...extraArgs], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(...String(chunk).split("\n").filter(Boolean));
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const instance = { name, url, child, output };
  await expect
    .poll(async () => {
      if (child.exitCode !== null) throw new Error(`${name} exited ${child.exitCode}:\n${output.slice(-30).join("\n")}`);
      return fetch(`${url}/api/health/ready`).then((response) => response.status, () => 0);
    }, { timeout: 240_000, intervals: [500] })
    .toBe(200);
  return instance;
}

async function stopInstance(instance: Instance): Promise<number | null> {
  if (instance.child.exitCode !== null) return instance.child.exitCode;
  const exited = new Promise<number | null>((resolve) => instance.child.once("exit", (code) => resolve(code)));
  instance.child.kill("SIGTERM");
  return exited;
}

/** The pid of an instance's app server (the start script's child, which it names). */
function serverPid(instance: Instance): number {
  const line = instance.output.find((entry) => /app server pid \d+/.test(entry));
  if (!line) throw new Error(`${instance.name}: no app server pid in its output`);
  return Number(/app server pid (\d+)/.exec(line)![1]);
}

/** The JSON log lines an instance wrote. */
function logLines(instance: Instance): Record<string, unknown>[] {
  return instance.output.filter((line) => line.startsWith("{")).map((line) => {
    try {
      return JSON.parse(line) as Record<string, unknown>;
    } catch {
      return {};
    }
  });
}

let first: Instance;
let second: Instance;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  await rm(SHARED_DATA, { recursive: true, force: true });
  const admin = new pg.Client({ connectionString: await clusterUrl("postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  // The first migrates and loads the demo into the empty database; the second finds it ready.
  first = await startInstance("first", BASE_PORT + 11, ["--demo"]);
  second = await startInstance("second", BASE_PORT + 12);
});

test.afterAll(async () => {
  for (const instance of [first, second]) if (instance) await stopInstance(instance);
  const admin = new pg.Client({ connectionString: await clusterUrl("postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.end();
  await rm(SHARED_DATA, { recursive: true, force: true });
});

test("a session and an uploaded file from one instance work on the other", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${first.url}/login`);
  await page.getByLabel("邮箱").fill(UNREPORTED_REPORTER);
  await page.getByLabel("密码").fill("Demo@2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("logout")).toBeVisible();
  // The cookie signed by the first is accepted by the second (one AUTH_SECRET, sessions in the database).
  await page.goto(`${second.url}/my-unit`);
  await expect(page).toHaveURL(`${second.url}/my-unit`);
  await expect(page.getByTestId("logout")).toBeVisible();

  // Uploaded through the first…
  await page.goto(`${first.url}/my-unit`);
  const entry = page.getByTestId("report-entry").first();
  const content = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.from("两个实例共用的附件。".repeat(2000))]);
  await entry.locator('input[type="file"]').setInputFiles({ name: "共享附件.pdf", mimeType: "application/pdf", buffer: content });
  const link = entry.getByTestId("attachment-list").getByRole("link", { name: "共享附件.pdf" });
  await expect(link).toBeVisible({ timeout: 60_000 });
  // …downloaded through the second, byte for byte.
  const download = await page.request.get(`${second.url}${await link.getAttribute("href")}`);
  expect(download.status()).toBe(200);
  expect(Buffer.compare(await download.body(), content)).toBe(0);
  // Every request was logged with its id, which came back in the response.
  expect(download.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  await expect.poll(() => logLines(second).some((line) => line.msg === "request" && line.requestId === download.headers()["x-request-id"] && line.status === 200)).toBe(true);
});

test("the schedule's slot runs once for both instances", async () => {
  test.setTimeout(240_000);
  // The queue's clock sends one tick a minute, taken by either instance's worker: wait for two
  // (the first runs the slot, the next finds it done), wherever they landed.
  const ticks = () => [first, second].flatMap((instance) => logLines(instance).filter((line) => line.msg === "warnings.schedule"));
  await expect.poll(() => ticks().length, { timeout: 210_000, intervals: [1000] }).toBeGreaterThanOrEqual(2);
  expect(ticks().reduce((sum, tick) => sum + Number(tick.ran), 0)).toBe(1);
  const runs = await query<{ count: string }>(`SELECT count(*)::text AS count FROM "WarningRun" WHERE trigger = 'SCHEDULE'`);
  expect(runs[0].count).toBe("1");
});

test("a run started on one instance finishes after that instance is stopped mid-way", async ({ page }) => {
  test.setTimeout(240_000);
  // Enough units for the run to take several batches.
  await query(
    `INSERT INTO "Unit" (id, "zoneId", code, name, "shortName", kind, "sortOrder", "updatedAt")
     SELECT 'two-instances-' || n, zone.id, 'extra-' || n, '测试单位' || n, '测' || n, 'DEPARTMENT', 1000 + n, now()
     FROM generate_series(1, $1::int) AS n, (SELECT id FROM "Zone" ORDER BY id LIMIT 1) AS zone`,
    [EXTRA_UNITS],
  );
  await page.goto(`${first.url}/login`);
  await page.getByLabel("邮箱").fill(ACCOUNTS.supervisor);
  await page.getByLabel("密码").fill("Demo@2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("logout")).toBeVisible();
  await page.goto(`${first.url}/warnings/runs`);
  // The second's server is frozen while the run starts, so the first's worker is the one that takes the job.
  const secondServer = serverPid(second);
  process.kill(secondServer, "SIGSTOP");
  let runId: string;
  try {
    await page.getByRole("button", { name: "立即运行预警计算" }).click();
    await expect(page).toHaveURL(/\/warnings\/runs\/[^/]+$/);
    runId = page.url().split("/").pop()!;
    // Stopped as soon as the run has moved: the first's worker hands it over between batches.
    await expect.poll(async () => (await query<{ progress: number }>(`SELECT progress FROM "WarningRun" WHERE id = $1`, [runId]))[0].progress, { timeout: 60_000, intervals: [100] }).toBeGreaterThan(0);
  } finally {
    process.kill(secondServer, "SIGCONT");
  }
  expect(await stopInstance(first)).toBe(0);
  const jobLines = (instance: Instance) => logLines(instance).filter((line) => line.msg === "job" && line.job === "warnings.run");
  // The first gave the job back between two batches, before the end.
  expect(jobLines(first).map((line) => line.outcome)).toEqual(["handed-over"]);
  const atStop = (await query<{ total: number }>(`SELECT total FROM "WarningRun" WHERE id = $1`, [runId!]))[0];
  expect(atStop.total).toBeGreaterThan(EXTRA_UNITS);

  // The second finishes it; its page (same session) shows it done.
  await page.goto(`${second.url}/warnings/runs/${runId!}`);
  await expect(page.getByText("已完成", { exact: true })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId("run-progress")).toContainText(`100% · 已计算 ${atStop.total} / ${atStop.total} 个单位`);
  const runs = await query<{ id: string; status: string; progress: number }>(`SELECT id, status::text, progress FROM "WarningRun" WHERE trigger = 'MANUAL'`);
  expect(runs).toEqual([{ id: runId, status: "SUCCEEDED", progress: atStop.total }]);
  // …and the second completed it.
  expect(jobLines(second).map((line) => line.outcome)).toEqual(["completed"]);
});
