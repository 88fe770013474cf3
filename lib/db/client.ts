// The one PrismaClient of the app, talking to PostgreSQL through the pg driver adapter.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { poolConfigFromUrl } from "./connection";

export type { Prisma } from "./generated/client";

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm start` (or `npm run dev`), which provides one.");
  }
  return url;
}

export function createPrismaClient(url = databaseUrl(), poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10)): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ ...poolConfigFromUrl(url), max: poolSize }) });
}

const globalForPrisma = globalThis as typeof globalThis & { prisma?: PrismaClient };

/** Lazily created so that importing a module never needs a database. */
export function getDb(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient();
  return globalForPrisma.prisma;
}

/** `db.user.findMany()` without creating the client at import time. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** For tests and scripts that open their own client. */
export function setDb(client: PrismaClient | undefined): void {
  globalForPrisma.prisma = client;
}

export type DbClient = PrismaClient;
export type TxClient = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
