// Attachment files live in the store (lib/storage: the data directory's attachments/
// folder by default, or an S3 bucket), under "attachments/<month>/<random uuid>"; the
// database row keeps the original name, type, size and SHA-256 and the key without its
// "attachments/" prefix. Every access to stored files goes through this module.
import { createHash, randomUUID } from "node:crypto";
import path from "node:path";
import { DATA_DIR } from "@/lib/data-dir";
import { getStorage } from "@/lib/storage";
import { checkAttachment, cleanFileName, type AttachmentCheck } from "./policy";

/** Where the data-directory store keeps attachments (the files an operator sees). */
export const ATTACHMENTS_DIR = path.join(DATA_DIR, "attachments");
/** The attachments' part of the store. */
export const ATTACHMENTS_PREFIX = "attachments/";

export interface StoredFile {
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
}

const KEY = /^[0-9]{6}\/[0-9a-f-]{36}$/;

function objectKey(storageKey: string): string {
  if (!KEY.test(storageKey)) throw new Error(`bad storage key ${storageKey}`);
  return `${ATTACHMENTS_PREFIX}${storageKey}`;
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
  await (await getStorage()).put(objectKey(storageKey), bytes, mimeType);
  return {
    fileName: cleanFileName(file.name),
    mimeType,
    sizeBytes: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    storageKey,
  };
}

export async function readStoredFile(storageKey: string): Promise<Buffer> {
  return (await getStorage()).get(objectKey(storageKey));
}

export async function removeStoredFiles(storageKeys: string[]): Promise<void> {
  const storage = await getStorage();
  await Promise.allSettled(storageKeys.map((key) => storage.delete(objectKey(key))));
}

export interface StoredObject {
  storageKey: string;
  /** When the file was last written. */
  modifiedAt: Date;
}

/** Every stored attachment file, in key order, for the sweep of files no row points to. */
export async function* listStoredFiles(): AsyncGenerator<StoredObject> {
  for await (const entry of (await getStorage()).list(ATTACHMENTS_PREFIX)) {
    const storageKey = entry.key.slice(ATTACHMENTS_PREFIX.length);
    // Anything else in the folder (a README an operator left) is not an attachment.
    if (KEY.test(storageKey)) yield { storageKey, modifiedAt: entry.modifiedAt };
  }
}
