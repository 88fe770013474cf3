// npm start: everything a new user needs, in order, with progress on the console.
//   1. the database: DATABASE_URL, or the embedded PostgreSQL in .data/ (started here)
//   2. pending migrations applied (under an advisory lock; MIGRATE_ON_START=off skips them)
//   3. the demo seeded into an empty embedded database (an external one only with --demo)
//   4. a production build when the sources changed since the last one (`--dev`: next dev)
//   5. the server on $HOST:$PORT (0.0.0.0:3000), stopped cleanly with Ctrl-C
// When the app server dies on its own, this script exits non-zero (so systemd restarts it).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { constants as osConstants } from "node:os";
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { redactUrl } from "../lib/db/connection";
import { prepareDatabase } from "../lib/db/prepare";
import { DATA_DIR, openDatabase } from "../lib/db/runtime";
import { missingProductionSecret } from "../lib/deploy/config";
import { buildIsStale } from "./support/build";

const dev = process.argv.includes("--dev");
const demoRequested = process.argv.includes("--demo");
const port = Number(process.env.PORT ?? 3000);
// The address to listen on: HOST, never the shell's HOSTNAME (a machine name, set by
// many shells and containers). 0.0.0.0: every interface; 127.0.0.1: this machine only.
const host = process.env.HOST?.trim() || "0.0.0.0";
const root = process.cwd();
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

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
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
  step(1, "database");
  const database = await openDatabase();
  console.log(`      ${database.kind}: ${redactUrl(database.url)}`);

  let child: ChildProcess | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // A child killed by a signal has a signalCode and no exitCode: it is gone too.
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child?.once("exit", resolve));
    }
    await database.release(); // after the app closed its connections
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    const migrate = process.env.MIGRATE_ON_START !== "off";
    step(2, migrate ? "migrations" : "migrations skipped (MIGRATE_ON_START=off; run `npm run db:migrate`)");
    step(3, "demo data");
    const prepared = await prepareDatabase(database.url, { kind: database.kind, demoRequested, migrate, log: (line) => console.log(`      ${line}`) });
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

    if (dev) {
      step(4, "development server (next dev)");
      step(5, `http://${displayHost(host)}:${port}`);
      // Node runs Next directly (no npx in between): killing this child stops the server itself.
      child = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "dev", "-p", String(port), "-H", host], { stdio: "inherit", env: { ...env, NODE_ENV: "development" } });
    } else {
      if (await buildIsStale(root)) {
        step(4, "building the app (first start or changed sources: 1–3 minutes)");
        await run("npx", ["next", "build"], { ...env, NODE_ENV: "production" });
        // The standalone server serves static files only from its own folder.
        await cp(path.join(root, ".next", "static"), path.join(root, ".next", "standalone", ".next", "static"), { recursive: true });
        await cp(path.join(root, "public"), path.join(root, ".next", "standalone", "public"), { recursive: true });
      } else {
        step(4, "build is up to date");
      }
      step(5, `serving http://${displayHost(host)}:${port}${host === "0.0.0.0" || host === "::" ? " (all interfaces)" : ""}`);
      child = spawn(process.execPath, [path.join(root, ".next", "standalone", "server.js")], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
    }
    console.log(`      app server pid ${child.pid}`);
    child.on("exit", (code, signal) => {
      if (stopping) return;
      console.error(`The app server exited (${signal ? `signal ${signal}` : `code ${code}`}); stopping.`);
      void shutdown(exitCodeAfterServerDied(code, signal));
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  }
}

await main();
