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

vi.mock("@/lib/auth", () => ({
  auth: async () =>
    testSession.userId ? { user: { id: testSession.userId }, sessionVersion: testSession.sessionVersion, expires: new Date(Date.now() + 3_600_000).toISOString() } : null,
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
  // The queue connection a submission opened (it queues the unit's evaluation), workers or not.
  await stopWorkers(5000);
  setJobQueue(undefined);
  await prisma?.$disconnect();
  setDb(undefined);
  await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
});
