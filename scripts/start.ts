// npm start: everything a new user needs, in order, with progress on the console.
//   1. the database: DATABASE_URL, or the embedded PostgreSQL in .data/ (started here)
//   2. pending migrations applied (under an advisory lock; MIGRATE_ON_START=off skips them)
//   3. the demo seeded into an empty embedded database (an external one only with --demo)
//   4. a production build when the sources changed since the last one (`--dev`: next dev)
//   5. the server on $HOST:$PORT (0.0.0.0:3000)
// SIGTERM, SIGINT (Ctrl-C) or SIGHUP: the app server stops (its jobs finished or handed over),
// then the embedded database, and the script exits 0. When the app server dies on its own,
// this script exits non-zero (so systemd restarts it).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { constants as osConstants } from "node:os";
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { redactUrl } from "../lib/db/connection";
import { prepareDatabase } from "../lib/db/prepare";
import { DATA_DIR, openDatabase, type DatabaseHandle } from "../lib/db/runtime";
import { missingProductionSecret } from "../lib/deploy/config";
import { buildIsStale } from "./support/build";

const dev = process.argv.includes("--dev");
const demoRequested = process.argv.includes("--demo");
const port = Number(process.env.PORT ?? 3000);
// The address to listen on: HOST, never the shell's HOSTNAME (a machine name, set by
// many shells and containers). 0.0.0.0: every interface; 127.0.0.1: this machine only.
const host = process.env.HOST?.trim() || "0.0.0.0";
const root = process.cwd();
/** How long the app server gets to stop after SIGTERM (its job workers give up after 20 s). */
const STOP_TIMEOUT_MS = 25_000;
const step = (index: number, text: string) => console.log(`[${index}/5] ${text}`);

/** AUTH_SECRET from the environment, or one generated once and kept in the data directory. */
async function authSecret(): Promise<string> {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(DATA_DIR, "auth-secret");
  const existing = await readFile(file, "utf8").catch(() => "");
  if (existing.trim()) return existing.trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(DATA_DIR, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

function displayHost(address: string): string {
  if (address === "0.0.0.0" || address === "::") return "localhost";
  return address.includes(":") ? `[${address}]` : address;
}

/** The child this script is waiting for (the build, or the app server), for the shutdown to stop. */
let current: ChildProcess | undefined;

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    current = child;
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

function alive(child: ChildProcess | undefined): child is ChildProcess {
  // A child killed by a signal has a signalCode and no exitCode: it is gone too.
  return child !== undefined && child.exitCode === null && child.signalCode === null;
}

/** How this script ends when the app server ended on its own: never 0, so a process manager restarts it. */
function exitCodeAfterServerDied(code: number | null, signal: NodeJS.Signals | null): number {
  if (signal) return 128 + (osConstants.signals[signal] ?? 0);
  return code && code !== 0 ? code : 1;
}

async function main() {
  const secretProblem = missingProductionSecret(process.env);
  if (secretProblem) {
    console.error(secretProblem);
    process.exit(1);
  }
  // This script owns SIGINT, SIGTERM and SIGHUP from here on: it stops the app server (whose
  // job workers finish or hand over their jobs, at most 20 s), then the embedded database,
  // and exits 0. When the app server dies on its own, it exits non-zero instead.
  let preparing: Promise<unknown> | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (alive(current)) {
      const child = current;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => {
        console.error(`The app server did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it.`);
        code = code || 1;
        child.kill("SIGKILL");
      }, STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    // A migration or the demo load under way is finished, never cut (its connection would die
    // under it); then the database goes, after the app closed its connections.
    if (preparing) {
      console.log("      waiting for the database preparation to finish");
      await preparing.catch(() => undefined);
    }
    const database = await opening.catch(() => undefined);
    await database?.release().catch((error: unknown) => {
      console.error("The embedded database did not stop cleanly:", error);
      code = code || 1;
    });
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (!stopping) console.log(`${signal}: stopping`);
      void shutdown(0);
    });
  }

  step(1, "database");
  // Signals are events of later ticks: the shutdown always finds `opening` set.
  const opening = openDatabase({ ownSignals: true });
  let database: DatabaseHandle;
  try {
    database = await opening;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return shutdown(1);
  }
  console.log(`      ${database.kind}: ${redactUrl(database.url)}`);

  try {
    const migrate = process.env.MIGRATE_ON_START !== "off";
    step(2, migrate ? "migrations" : "migrations skipped (MIGRATE_ON_START=off; run `npm run db:migrate`)");
    step(3, "demo data");
    const preparation = prepareDatabase(database.url, { kind: database.kind, demoRequested, migrate, log: (line) => console.log(`      ${line}`) });
    preparing = preparation;
    const prepared = await preparation.finally(() => (preparing = undefined));
    if (migrate) console.log(prepared.applied.length ? `      applied ${prepared.applied.join(", ")}` : "      migrations up to date");
    if (prepared.demoLoaded) console.log("      demo data loaded");
    else if (database.kind === "postgresql" && !demoRequested) console.log("      external database: no demo (npm start -- --demo loads it into an empty one)");
    else console.log("      existing data kept");
    if (prepared.needsAdministrator) console.log("      no user yet: create the first administrator with `npm run admin:create -- --email you@example.gov.cn`");

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      CHUANGJIAN_DATABASE_KIND: database.kind,
      CHUANGJIAN_DATA_DIR: DATA_DIR,
      AUTH_SECRET: await authSecret(),
      PORT: String(port),
      HOSTNAME: host,
    };
    delete env.NODE_OPTIONS;

    // A signal during the preparation: the shutdown is under way, start nothing more.
    if (stopping) return;
    // Node runs Next directly (no npx in between): a signal to this child reaches Next itself.
    const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
    if (dev) {
      step(4, "development server (next dev)");
      step(5, `http://${displayHost(host)}:${port}`);
      current = spawn(process.execPath, [nextBin, "dev", "-p", String(port), "-H", host], { stdio: "inherit", env: { ...env, NODE_ENV: "development" } });
    } else {
      if (await buildIsStale(root)) {
        step(4, "building the app (first start or changed sources: 1–3 minutes)");
        await run(process.execPath, [nextBin, "build"], { ...env, NODE_ENV: "production" });
        // The standalone server serves static files only from its own folder.
        await cp(path.join(root, ".next", "static"), path.join(root, ".next", "standalone", ".next", "static"), { recursive: true });
        await cp(path.join(root, "public"), path.join(root, ".next", "standalone", "public"), { recursive: true });
      } else {
        step(4, "build is up to date");
      }
      if (stopping) return;
      step(5, `serving http://${displayHost(host)}:${port}${host === "0.0.0.0" || host === "::" ? " (all interfaces)" : ""}`);
      current = spawn(process.execPath, [path.join(root, ".next", "standalone", "server.js")], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
    }
    const server = current;
    console.log(`      app server pid ${server.pid}`);
    server.on("exit", (code, signal) => {
      if (stopping) return;
      console.error(`The app server exited (${signal ? `signal ${signal}` : `code ${code}`}); stopping.`);
      void shutdown(exitCodeAfterServerDied(code, signal));
    });
  } catch (error) {
    // A build cut short by the shutdown is no error of its own.
    if (stopping) return;
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  }
}

await main();
