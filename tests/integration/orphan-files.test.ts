import { existsSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

// Attachments of this file go to a throwaway data directory (set before lib/data-dir is read).
const dataDir = await vi.hoisted(async () => {
  const [{ mkdtempSync }, os, nodePath] = await Promise.all([import("node:fs"), import("node:os"), import("node:path")]);
  const dir = mkdtempSync(nodePath.join(os.tmpdir(), "chuangjian-orphans-"));
  process.env.CHUANGJIAN_DATA_DIR = dir;
  return dir;
});

import { sweepOrphanFiles } from "@/lib/attachments/orphans";
import { ATTACHMENTS_DIR, storeFile } from "@/lib/attachments/storage";
import { storeUploads } from "@/lib/attachments/upload";
import { db } from "@/lib/db/client";
import { addDaysToKey, localDateKey } from "@/lib/dates/zone-time";
import { issueNoticeAction, respondNotice } from "@/lib/notices/actions";
import { actAs, form } from "./support/session";

const PDF = new TextEncoder().encode("%PDF-1.7\n佐证\n%%EOF");
const HOUR = 3_600_000;

function pathOf(storageKey: string) {
  return path.join(dataDir, "attachments", storageKey);
}

/** Sets a stored file's time back, as if it had been written `ms` ago. */
function age(storageKey: string, ms: number) {
  const then = new Date(Date.now() - ms);
  utimesSync(pathOf(storageKey), then, then);
}

function allFiles(): string[] {
  if (!existsSync(ATTACHMENTS_DIR)) return [];
  return readdirSync(ATTACHMENTS_DIR).flatMap((month) => readdirSync(path.join(ATTACHMENTS_DIR, month)).map((name) => `${month}/${name}`));
}

describe("orphaned attachment files", () => {
  it("removes a file no row references once it is over an hour old; keeps a fresh one and a referenced one", async () => {
    expect(ATTACHMENTS_DIR).toBe(path.join(dataDir, "attachments"));
    const file = () => new File([PDF], "材料.pdf");
    // What a process killed between storing and committing leaves behind.
    const [orphan] = await storeUploads([file()], "attachments");
    const [fresh] = await storeUploads([file()], "attachments");
    const referenced = await storeFile(file(), "application/pdf");
    const zone = await db.zone.findFirstOrThrow({ select: { id: true } });
    await db.attachment.create({ data: { ...referenced, zoneId: zone.id } });
    age(orphan.storageKey, HOUR + 60_000);
    age(fresh.storageKey, HOUR - 60_000);
    age(referenced.storageKey, 30 * 24 * HOUR);
    // Not a stored file's name: not the sweep's to touch.
    writeFileSync(path.join(ATTACHMENTS_DIR, orphan.storageKey.split("/")[0], "README.txt"), "kept");

    const outcome = await sweepOrphanFiles();
    expect(outcome).toEqual({ checked: 3, removed: [orphan.storageKey] });
    expect(existsSync(pathOf(orphan.storageKey))).toBe(false);
    expect(existsSync(pathOf(fresh.storageKey))).toBe(true);
    expect(existsSync(pathOf(referenced.storageKey))).toBe(true);
    expect(existsSync(path.join(ATTACHMENTS_DIR, orphan.storageKey.split("/")[0], "README.txt"))).toBe(true);
    // Idempotent: a second sweep finds nothing more.
    expect(await sweepOrphanFiles()).toEqual({ checked: 2, removed: [] });
    // The fresh one goes too once it is old enough.
    expect(await sweepOrphanFiles({ now: new Date(Date.now() + 2 * 60_000) })).toEqual({ checked: 2, removed: [fresh.storageKey] });
  });

  it("removes the files of an action at once when its transaction fails", async () => {
    await actAs("office@demo.gov.cn");
    const unit = await db.unit.findFirstOrThrow({ where: { code: "jrj" }, select: { id: true } });
    const zone = await db.zone.findFirstOrThrow({ select: { timeZone: true } });
    const issued = await issueNoticeAction(
      null,
      form({ unitId: unit.id, title: "关于报送整改材料的督办通知", matter: "材料缺失。", requiredAction: "补充材料。", responseDue: addDaysToKey(localDateKey(new Date(), zone.timeZone), 5), level: "YELLOW" }),
    );
    if (!issued.ok) throw new Error(issued.message);
    await actAs("jrj@demo.gov.cn");
    const before = allFiles();
    // Not signed yet: the response is refused inside the transaction, after its file was stored.
    const response = form({ id: issued.data.id, content: "先行反馈" });
    response.append("attachments", new File([PDF], "整改材料.pdf"));
    expect(await respondNotice(null, response)).toMatchObject({ ok: false, message: "该通知当前状态下不能执行此操作。" });
    expect(await db.noticeResponse.count({ where: { noticeId: issued.data.id } })).toBe(0);
    expect(allFiles()).toEqual(before);
  });
});
