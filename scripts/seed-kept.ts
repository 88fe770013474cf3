// Seeds a kept database at a bench scale (for EXPLAIN ANALYZE of a page's statements):
// tsx --import ./scripts/support/allow-server-only.mjs scripts/seed-kept.ts <scale> <database>
import pg from "pg";
import { createPrismaClient, setDb } from "../lib/db/client";
import { poolConfigFromUrl, withDatabase } from "../lib/db/connection";
import { openDatabase } from "../lib/db/runtime";
import { applyMigrations } from "../lib/db/schema-engine";
import { seedDemo, type Scale } from "../lib/seed";
import { addWarningHistory } from "./bench-history";

const [scale = "l", name = `chuangjian_kept_${scale}`] = process.argv.slice(2);
const database = await openDatabase();
const url = withDatabase(database.url, name);
const admin = new pg.Client(poolConfigFromUrl(database.url));
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${name}"`);
await admin.end();
await applyMigrations(url);
const prisma = createPrismaClient(url, 10);
setDb(prisma);
const seeded = await seedDemo(prisma, { scale: scale as Scale });
await addWarningHistory(prisma, seeded.data);
const pool = new pg.Pool(poolConfigFromUrl(url));
await pool.query("ANALYZE");
await pool.end();
console.log(url);
process.exit(0);
