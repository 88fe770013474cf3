// The S3 backend of the storage interface against a real S3-compatible server (s3rver on
// loopback), configured the way an operator configures it: through the environment.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sweepOrphanFiles } from "@/lib/attachments/orphans";
import { getAttachmentForDownload } from "@/lib/attachments/queries";
import { readStoredFile, storeFile } from "@/lib/attachments/storage";
import { storeUploads } from "@/lib/attachments/upload";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { s3SettingsFrom, setStorage, storageFrom, StorageNotFoundError, type StorageProvider } from "@/lib/storage";
import { startLocalS3, type LocalS3 } from "../support/s3";
import { actAs } from "./support/session";

const HOUR = 3_600_000;
const env = (values: Record<string, string>) => values as NodeJS.ProcessEnv;
const PDF = new TextEncoder().encode("%PDF-1.7\n对象存储中的佐证\n%%EOF");

let s3: LocalS3;
let storage: StorageProvider;

beforeAll(async () => {
  s3 = await startLocalS3();
  storage = await storageFrom(env(s3.env));
  setStorage(storage);
});

afterAll(async () => {
  setStorage(undefined);
  await s3?.stop();
});

describe("S3 storage", () => {
  it("is chosen by S3_BUCKET, with the bucket in the path for a custom endpoint, and refuses a half configuration", () => {
    expect(storage.kind).toBe("s3");
    expect(s3SettingsFrom(env(s3.env))).toMatchObject({ bucket: "chuangjian", forcePathStyle: true, region: "us-east-1" });
    expect(s3SettingsFrom(env({ ...s3.env, S3_FORCE_PATH_STYLE: "false" }))?.forcePathStyle).toBe(false);
    expect(s3SettingsFrom(env({}))).toBeNull();
    expect(() => s3SettingsFrom(env({ S3_BUCKET: "chuangjian", S3_ACCESS_KEY_ID: "x" }))).toThrow(/S3_SECRET_ACCESS_KEY/);
  });

  it("stores, reads, lists, tells what exists and deletes", async () => {
    const bytes = new TextEncoder().encode("第一份材料");
    await storage.put("probe/a/one.txt", bytes, "text/plain");
    await storage.put("probe/a/two.txt", new Uint8Array([1, 2, 3]));
    await storage.put("probe/b/three.txt", new Uint8Array([4]));
    await storage.put("other/four.txt", new Uint8Array([5]));

    expect((await storage.get("probe/a/one.txt")).toString("utf8")).toBe("第一份材料");
    expect(await storage.exists("probe/a/two.txt")).toBe(true);
    expect(await storage.exists("probe/a/none.txt")).toBe(false);
    const listed = [];
    for await (const entry of storage.list("probe/")) listed.push({ key: entry.key, sizeBytes: entry.sizeBytes });
    expect(listed).toEqual([
      { key: "probe/a/one.txt", sizeBytes: 15 },
      { key: "probe/a/two.txt", sizeBytes: 3 },
      { key: "probe/b/three.txt", sizeBytes: 1 },
    ]);

    await storage.delete("probe/a/one.txt");
    expect(await storage.exists("probe/a/one.txt")).toBe(false);
    await expect(storage.get("probe/a/one.txt")).rejects.toBeInstanceOf(StorageNotFoundError);
    // Deleting what is gone is no error.
    await storage.delete("probe/a/one.txt");
    await expect(storage.exists("../etc/passwd")).rejects.toThrow(/bad storage key/);
  });

  it("holds attachments: an upload is stored in the bucket, downloads with its permission, and orphans are swept", async () => {
    const file = () => new File([PDF], "督办材料.pdf");
    const [orphan] = await storeUploads([file()], "attachments");
    const referenced = await storeFile(file(), "application/pdf");
    expect(await storage.exists(`attachments/${referenced.storageKey}`)).toBe(true);
    expect(Buffer.from(await readStoredFile(referenced.storageKey)).equals(Buffer.from(PDF))).toBe(true);

    // An attachment of a monthly meeting, which every supervisor may read.
    await actAs("office@demo.gov.cn");
    const supervisor = (await getCurrentUser())!;
    const meeting = await db.meeting.findFirstOrThrow({ where: { zoneId: supervisor.zoneId }, select: { id: true } });
    const row = await db.attachment.create({ data: { ...referenced, zoneId: supervisor.zoneId, meetingId: meeting.id } });
    const download = await getAttachmentForDownload(supervisor, row.id);
    expect(download).toMatchObject({ fileName: "督办材料.pdf", mimeType: "application/pdf" });
    expect(download.bytes.equals(Buffer.from(PDF))).toBe(true);

    // Nothing is old enough yet; two hours on, only the orphan goes.
    const now = await sweepOrphanFiles();
    expect(now.removed).toEqual([]);
    const later = await sweepOrphanFiles({ now: new Date(Date.now() + 2 * HOUR) });
    expect(later.removed).toContain(orphan.storageKey);
    expect(later.removed).not.toContain(referenced.storageKey);
    expect(await storage.exists(`attachments/${orphan.storageKey}`)).toBe(false);
    expect(await storage.exists(`attachments/${referenced.storageKey}`)).toBe(true);
  });
});
