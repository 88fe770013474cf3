// CPU time (user + system) spent by the app server, by PostgreSQL (the benchmark database's
// postmaster and its children: backends, background workers; not another cluster on the
// machine) and by this process, between
// start and stop, from /proc/<pid>/stat. A backend that exits in between takes its ticks along;
// the pools keep theirs open, so that is rare. Resolution: one clock tick (10 ms).
import { readdir, readFile } from "node:fs/promises";

const TICK_MS = 10;

async function ticksOf(pid: number | string): Promise<{ comm: string; parent: number; ticks: number } | null> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => null);
  if (!stat) return null;
  // The command name is in parentheses and may hold spaces; the fields after it are plain.
  const close = stat.lastIndexOf(")");
  const comm = stat.slice(stat.indexOf("(") + 1, close);
  const fields = stat.slice(close + 2).split(" ");
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
  return { comm, parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
}

async function postgresTicks(postmaster: number): Promise<Map<string, number>> {
  const byPid = new Map<string, number>();
  for (const pid of await readdir("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    const entry = await ticksOf(pid);
    if (entry && (Number(pid) === postmaster || entry.parent === postmaster)) byPid.set(pid, entry.ticks);
  }
  return byPid;
}

/** `backendPid`: any backend of the benchmark's cluster (SELECT pg_backend_pid()); its parent is the postmaster. */
export async function cpuMeter(serverPid: number, backendPid: number): Promise<{ stop(): Promise<{ server: number; postgres: number; client: number }> }> {
  const postmaster = (await ticksOf(backendPid))?.parent ?? -1;
  const server = (await ticksOf(serverPid))?.ticks ?? 0;
  const postgres = await postgresTicks(postmaster);
  const client = process.cpuUsage();
  return {
    async stop() {
      const serverAfter = (await ticksOf(serverPid))?.ticks ?? server;
      let postgresMs = 0;
      for (const [pid, ticks] of await postgresTicks(postmaster)) postgresMs += (ticks - (postgres.get(pid) ?? 0)) * TICK_MS;
      const used = process.cpuUsage(client);
      return { server: (serverAfter - server) * TICK_MS, postgres: postgresMs, client: (used.user + used.system) / 1000 };
    },
  };
}
