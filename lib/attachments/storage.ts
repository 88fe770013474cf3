// Attachment files live in the data directory (CHUANGJIAN_DATA_DIR/attachments), named by
// a random key; the database row keeps the original name, type, size and SHA-256. Every
// access to stored files goes through this module (another store, S3 say, replaces it).
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { DATA_DIR } from "@/lib/data-dir";
import { checkAttachment, cleanFileName, type AttachmentCheck } from "./policy";

export const ATTACHMENTS_DIR = path.join(DATA_DIR, "attachments");

export interface StoredFile {
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
}

const MONTH = /^[0-9]{6}$/;
const KEY = /^[0-9]{6}\/[0-9a-f-]{36}$/;

function pathOf(storageKey: string): string {
  if (!KEY.test(storageKey)) throw new Error(`bad storage key ${storageKey}`);
  return path.join(ATTACHMENTS_DIR, storageKey);
}

/** Validates a File without writing it. */
export async function inspectFile(file: File): Promise<AttachmentCheck> {
  const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
  return checkAttachment(file.name, file.size, head);
}

/**
 * Writes an already validated file. Call before the database transaction and remove the
 * file again if the transaction fails (see removeStoredFiles), so no row points nowhere.
 */
export async function storeFile(file: File, mimeType: string, now = new Date()): Promise<StoredFile> {
  const bytes = Buffer.from(await file.arrayBuffer());
  const month = `${now.getUTCFullYear()}${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
  const storageKey = `${month}/${randomUUID()}`;
  await mkdir(path.join(ATTACHMENTS_DIR, month), { recursive: true });
  await writeFile(pathOf(storageKey), bytes, { flag: "wx" });
  return {
    fileName: cleanFileName(file.name),
    mimeType,
    sizeBytes: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    storageKey,
  };
}

export function readStoredFile(storageKey: string): Promise<Buffer> {
  return readFile(pathOf(storageKey));
}

export async function removeStoredFiles(storageKeys: string[]): Promise<void> {
  await Promise.allSettled(storageKeys.map((key) => rm(pathOf(key), { force: true })));
}

export interface StoredObject {
  storageKey: string;
  /** When the file was last written. */
  modifiedAt: Date;
}

/** Every stored file (month folder by month folder), for the sweep of files no row points to. */
export async function* listStoredFiles(): AsyncGenerator<StoredObject> {
  const months = await readdir(ATTACHMENTS_DIR).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    throw error;
  });
  for (const month of months.filter((name) => MONTH.test(name)).sort()) {
    for (const name of (await readdir(path.join(ATTACHMENTS_DIR, month))).sort()) {
      const storageKey = `${month}/${name}`;
      if (!KEY.test(storageKey)) continue;
      const info = await stat(pathOf(storageKey)).catch(() => null);
      if (info?.isFile()) yield { storageKey, modifiedAt: info.mtime };
    }
  }
}
