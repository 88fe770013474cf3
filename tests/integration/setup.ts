// Per test file: a private clone of the template database, and Next.js request context
// replaced by plain stand-ins (no cache to revalidate; the session is whoever actAs() names).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, inject, vi } from "vitest";
import { createPrismaClient, setDb, type DbClient } from "@/lib/db/client";
import { withDatabase } from "@/lib/db/connection";
import { setJobQueue, stopWorkers } from "@/lib/jobs";
import { adminQuery } from "./support/admin";
import { testSession } from "./support/session";

vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
  unstable_cache: <T>(fn: T) => fn,
}));

// The request's session cookie, as lib/auth/session-token.ts would read it (there is no request here).
vi.mock("@/lib/auth/session-token", () => ({
  requestSession: async () => (testSession.userId ? { userId: testSession.userId, sessionVersion: testSession.sessionVersion } : null),
}));

vi.mock("@/lib/auth", () => ({
  signIn: vi.fn(),
  signOut: vi.fn(),
  handlers: {},
}));

const serverUrl = inject("serverUrl");
const database = `t_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
let prisma: DbClient | undefined;

const admin = (sql: string) => adminQuery(serverUrl, sql);

/** Two clones of one template at the same instant can collide ("being accessed by other users"). */
async function cloneTemplate(attempts = 20): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await admin(`CREATE DATABASE "${database}" TEMPLATE "${inject("templateDatabase")}"`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "55006" || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

beforeAll(async () => {
  await cloneTemplate();
  process.env.DATABASE_URL = withDatabase(serverUrl, database);
  prisma = createPrismaClient(process.env.DATABASE_URL, 8);
  setDb(prisma);
});

afterAll(async () => {
  // An action that enqueued (a warning run, a message) opened the process's queue connection on this database.
  await stopWorkers(5000).catch(() => {});
  setJobQueue(undefined);
  await prisma?.$disconnect();
  setDb(undefined);
  await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
});
