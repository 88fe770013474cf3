// The production server for the benchmark: the `next build` output (built once, reused while
// the sources have not changed), started on a free loopback port against the benchmark's
// throwaway database, with its RSS sampled from /proc and its SQL traceable (sql-trace.cjs).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cp, readFile, stat } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { buildIsStale } from "../support/build";

const root = process.cwd();
const standalone = path.join(root, ".next", "standalone");

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"], env });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

/**
 * Builds when the sources changed since the last build (`force`: always; `reuse`: never, while
 * iterating on the benchmark itself); copies the static files the standalone server serves.
 */
export async function ensureBuild({ force = false, reuse = false } = {}): Promise<{ built: boolean; stale: boolean }> {
  const stale = force || !(await hasBuild()) || (!reuse && (await buildIsStale(root)));
  if (stale) {
    console.log("building the app (next build; reused by later runs while the sources are unchanged)…");
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
    delete env.NODE_OPTIONS;
    await run("npx", ["next", "build"], env);
  }
  await cp(path.join(root, ".next", "static"), path.join(standalone, ".next", "static"), { recursive: true });
  await cp(path.join(root, "public"), path.join(standalone, "public"), { recursive: true });
  return { built: stale, stale: reuse && (await buildIsStale(root)) };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Resident set size of a process in MB, from /proc (null when it is gone). */
async function rssMb(pid: number): Promise<{ rss: number; hwm: number } | null> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => null);
  if (!status) return null;
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) / 1024;
  return { rss: field("VmRSS"), hwm: field("VmHWM") };
}

export interface BenchServer {
  origin: string;
  pid: number;
  traceFile: string;
  /** Starts recording the peak RSS; stop() returns it in MB. */
  sampleRss(): { stop(): Promise<number> };
  rss(): Promise<number>;
  /** Turns the SQL trace on or off (SIGUSR2 to the server). */
  toggleTrace(): void;
  stop(): Promise<void>;
}

/** `profileDir`: the server writes a V8 CPU profile there when it stops (`--profile DIR`). */
export async function startServer(databaseUrl: string, traceFile: string, profileDir?: string): Promise<BenchServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_URL: origin,
    AUTH_TRUST_HOST: "true",
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    // The benchmark times what users trigger; the hourly schedule would only add noise.
    WARNINGS_SCHEDULE: "off",
    BENCH_SQL_TRACE: traceFile,
    BENCH_PG_PATH: path.join(standalone, "node_modules", "pg"),
  };
  delete env.NODE_OPTIONS;
  const child: ChildProcess = spawn(process.execPath, [...(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []), "--require", path.join(root, "scripts", "bench", "sql-trace.cjs"), path.join(standalone, "server.js")], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString());
    if (log.length > 200) log.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${log.join("")}`);
    const up = await fetch(`${origin}/api/health`).then((response) => response.status < 500).catch(() => false);
    if (up) break;
    if (Date.now() > deadline) throw new Error(`the server did not answer within 60 s:\n${log.join("")}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const pid = child.pid!;
  return {
    origin,
    pid,
    traceFile,
    sampleRss() {
      let peak = 0;
      let running = true;
      const loop = (async () => {
        while (running) {
          peak = Math.max(peak, (await rssMb(pid))?.rss ?? 0);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      })();
      return {
        async stop() {
          running = false;
          await loop;
          return Math.round(peak * 10) / 10;
        },
      };
    },
    async rss() {
      return Math.round(((await rssMb(pid))?.rss ?? 0) * 10) / 10;
    },
    toggleTrace() {
      child.kill("SIGUSR2");
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

/** The standalone server's build is there (bench runs without building fail early otherwise). */
export async function hasBuild(): Promise<boolean> {
  return Boolean(await stat(path.join(standalone, "server.js")).catch(() => null));
}
