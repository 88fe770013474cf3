// npm start: everything a new user needs, in order, with progress on the console.
//   1. the database: DATABASE_URL, or the embedded PostgreSQL in .data/ (started here)
//   2. pending migrations applied
//   3. the demo seeded into an empty database
//   4. a production build when the sources changed since the last one (`--dev`: next dev)
//   5. the server on $HOST:$PORT (0.0.0.0:3000), stopped cleanly with Ctrl-C
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { createPrismaClient } from "../lib/db/client";
import { redactUrl } from "../lib/db/connection";
import { DATA_DIR, openDatabase } from "../lib/db/runtime";
import { applyMigrations } from "../lib/db/schema-engine";
import { upgradeLegacyIndicators } from "../lib/db/upgrades";
import { ensureDemoSeeded } from "../lib/seed";
import { buildIsStale } from "./support/build";

const dev = process.argv.includes("--dev");
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

async function main() {
  step(1, "database");
  const database = await openDatabase();
  console.log(`      ${database.kind}: ${redactUrl(database.url)}`);

  let child: ChildProcess | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child?.once("exit", resolve));
    }
    await database.release(); // after the app closed its connections
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    step(2, "migrations");
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `      applied ${applied.join(", ")}` : "      up to date");

    step(3, "demo data");
    const prisma = createPrismaClient(database.url, 2);
    try {
      const upgraded = await upgradeLegacyIndicators(prisma);
      if (upgraded.indicators || upgraded.values) console.log(`      moved ${upgraded.indicators} indicators and ${upgraded.values} reported values to the new model`);
      const seeded = await ensureDemoSeeded(prisma);
      console.log(seeded ? "      demo data loaded" : "      existing data kept");
    } finally {
      await prisma.$disconnect();
    }

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
      child = spawn("npx", ["next", "dev", "-p", String(port), "-H", host], { stdio: "inherit", env: { ...env, NODE_ENV: "development" } });
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
    child.on("exit", (code) => void shutdown(code ?? 0));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  }
}

await main();
