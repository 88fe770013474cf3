// Where the database is, for Node tooling (start script, CLIs): DATABASE_URL when set,
// otherwise the embedded PostgreSQL in the data directory (started, or joined when the
// app already runs it).
import path from "node:path";
import { DATA_DIR } from "../data-dir";
import { DEFAULT_EMBEDDED_PORT, startEmbeddedPostgres } from "./embedded";

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

export async function openDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, kind: "postgresql", release: async () => {} };
  const server = await startEmbeddedPostgres({
    clusterDir: EMBEDDED_CLUSTER_DIR,
    database: EMBEDDED_DATABASE,
    port: Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT),
  });
  return { url: server.url, kind: "embedded", release: () => server.stop() };
}
