// npm run backup and npm run restore, as an operator runs them: back up, change the data,
// restore into an empty installation, and find the data and the attachments as they were.
import { spawn } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storeFile } from "@/lib/attachments/storage";
import { createPrismaClient, db, type DbClient } from "@/lib/db/client";
import { withDatabase } from "@/lib/db/connection";
import { PgToolError, serverMajor, toolFor } from "@/lib/deploy/pg-tools";
import { setStorage } from "@/lib/storage";
import { LocalStorage } from "@/lib/storage/local";
import { adminQuery } from "./support/admin";

const root = process.cwd();
const TSX = path.join(root, "node_modules", ".bin", "tsx");
const admin = (sql: string) => adminQuery(inject("serverUrl"), sql);
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function cli(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const key of ["NODE_OPTIONS", "VITEST", "VITEST_POOL_ID", "VITEST_WORKER_ID", "S3_BUCKET"]) delete childEnv[key];
  const child = spawn(TSX, ["--import", "./scripts/support/allow-server-only.mjs", script, ...args], { cwd: root, env: childEnv });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += String(chunk)));
  child.stderr.on("data", (chunk) => (stderr += String(chunk)));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
}

describe("backup and restore", () => {
  let work: string;
  let sourceDir: string;
  let targetDir: string;
  const targetName = `restore_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const targetUrl = withDatabase(inject("serverUrl"), targetName);
  let target: DbClient | undefined;

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), "chuangjian-backup-test-"));
    sourceDir = path.join(work, "source");
    targetDir = path.join(work, "target");
    setStorage(new LocalStorage(sourceDir));
    await admin(`CREATE DATABASE "${targetName}"`);
  });

  afterAll(async () => {
    setStorage(undefined);
    await target?.$disconnect();
    await admin(`DROP DATABASE IF EXISTS "${targetName}" WITH (FORCE)`);
    await rm(work, { recursive: true, force: true });
  });

  it("round-trips the database, the attachments and the generated secret into an empty installation", async () => {
    const major = await serverMajor(process.env.DATABASE_URL!);
    const usable = await toolFor("pg_dump", major).catch((error: unknown) => error);
    if (usable instanceof PgToolError) {
      // No client tools for this server here: the backup says what to install, writes nothing.
      const refused = await cli("scripts/backup.ts", ["--output", path.join(work, "b.tar.gz")], { DATABASE_URL: process.env.DATABASE_URL!, CHUANGJIAN_DATA_DIR: sourceDir });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`postgresql-client-${major}`);
      expect(existsSync(path.join(work, "b.tar.gz"))).toBe(false);
      return;
    }

    // Two attachments of a meeting, and the secret an installation without AUTH_SECRET generated.
    const zone = await db.zone.findFirstOrThrow({ select: { id: true, name: true } });
    const meeting = await db.meeting.findFirstOrThrow({ where: { zoneId: zone.id }, select: { id: true } });
    const pdf = new TextEncoder().encode("%PDF-1.7\n会议纪要\n%%EOF");
    const text = new TextEncoder().encode("签到表：张三、李四");
    const first = await storeFile(new File([pdf], "会议纪要.pdf"), "application/pdf");
    const second = await storeFile(new File([text], "签到表.txt"), "text/plain");
    const rows = [
      await db.attachment.create({ data: { ...first, zoneId: zone.id, meetingId: meeting.id } }),
      await db.attachment.create({ data: { ...second, zoneId: zone.id, meetingId: meeting.id } }),
    ];
    await writeFile(path.join(sourceDir, "auth-secret"), "the-generated-secret-of-this-installation", { mode: 0o600 });
    const usersBefore = await db.user.count();
    const reportsBefore = await db.weeklyReport.count();

    const archive = path.join(work, "backup.tar.gz");
    const backup = await cli("scripts/backup.ts", ["--output", archive], { DATABASE_URL: process.env.DATABASE_URL!, CHUANGJIAN_DATA_DIR: sourceDir });
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain("2 attachment file(s)");

    // After the backup, life goes on: renamed zone, a removed attachment, a new user.
    await db.zone.update({ where: { id: zone.id }, data: { name: "改过的名字" } });
    await db.attachment.delete({ where: { id: rows[1].id } });
    await rm(path.join(sourceDir, "attachments", ...second.storageKey.split("/")));
    const unit = await db.unit.findFirstOrThrow({ where: { zoneId: zone.id }, select: { id: true } });
    await db.user.create({ data: { zoneId: zone.id, unitId: unit.id, email: "after-backup@example.gov.cn", name: "后来者", role: "REPORTER", passwordHash: "x" } });

    // A restore refuses an installation that holds data.
    const refused = await cli("scripts/restore.ts", [archive], { DATABASE_URL: process.env.DATABASE_URL!, CHUANGJIAN_DATA_DIR: path.join(work, "elsewhere") });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("already holds data");

    const restored = await cli("scripts/restore.ts", [archive], { DATABASE_URL: targetUrl, CHUANGJIAN_DATA_DIR: targetDir });
    expect(restored.stderr).toBe("");
    expect(restored.code).toBe(0);

    target = createPrismaClient(targetUrl, 2);
    expect((await target.zone.findUniqueOrThrow({ where: { id: zone.id } })).name).toBe(zone.name);
    expect(await target.user.count()).toBe(usersBefore);
    expect(await target.user.findUnique({ where: { email: "after-backup@example.gov.cn" } })).toBeNull();
    expect(await target.weeklyReport.count()).toBe(reportsBefore);
    const restoredRows = await target.attachment.findMany({ where: { id: { in: rows.map((row) => row.id) } }, orderBy: { fileName: "asc" } });
    expect(restoredRows.map((row) => ({ fileName: row.fileName, sha256: row.sha256, storageKey: row.storageKey }))).toEqual([
      { fileName: "会议纪要.pdf", sha256: sha256(pdf), storageKey: first.storageKey },
      { fileName: "签到表.txt", sha256: sha256(text), storageKey: second.storageKey },
    ]);
    for (const row of restoredRows) {
      const bytes = await readFile(path.join(targetDir, "attachments", ...row.storageKey.split("/")));
      expect(sha256(bytes)).toBe(row.sha256);
    }
    expect(await readFile(path.join(targetDir, "auth-secret"), "utf8")).toBe("the-generated-secret-of-this-installation");
    // The migrations came along: the restored database is current.
    const migrated = await target.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM _prisma_migrations`;
    const source = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM _prisma_migrations`;
    expect(Number(migrated[0].n)).toBe(Number(source[0].n));
  });
});
