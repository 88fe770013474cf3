// Files posted with a form: validated all first (nothing is written when one is refused),
// then stored. The caller writes the Attachment rows in its transaction and removes the
// stored files again if that transaction fails (removeStoredFiles).
import type { Translator } from "@/lib/i18n/server";
import { DomainError } from "@/lib/server/errors";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_RECORD, megabytes } from "./policy";
import { inspectFile, removeStoredFiles, storeFile, type StoredFile } from "./storage";

/** One localized message per refused file ("name: reason"), for forms that show every refusal at once. */
export async function attachmentErrors(files: File[], t: Translator): Promise<string[]> {
  const errors: string[] = [];
  for (const file of files) {
    const check = await inspectFile(file);
    if (check.ok) continue;
    const reason =
      check.reason === "tooLarge"
        ? t("validation.attachmentTooLarge", { max: megabytes(MAX_ATTACHMENT_BYTES) })
        : t(check.reason === "empty" ? "validation.attachmentEmpty" : "validation.attachmentType");
    errors.push(`${file.name}: ${reason}`);
  }
  return errors;
}

/** Stores files already checked; on failure removes the ones stored so far and rethrows. */
export async function storeFiles(files: File[], now = new Date()): Promise<StoredFile[]> {
  const stored: StoredFile[] = [];
  try {
    for (const file of files) {
      const check = await inspectFile(file);
      if (!check.ok) throw new Error(`unchecked attachment ${file.name}`);
      stored.push(await storeFile(file, check.mimeType, now));
    }
    return stored;
  } catch (error) {
    await removeStoredFiles(stored.map((file) => file.storageKey));
    throw error;
  }
}

/** Checks the files (the first refusal is a DomainError at `field`), then stores them. */
export async function storeUploads(files: File[], field: string, alreadyAttached = 0): Promise<StoredFile[]> {
  if (files.length + alreadyAttached > MAX_ATTACHMENTS_PER_RECORD) {
    throw new DomainError("validation.tooManyAttachments", { max: MAX_ATTACHMENTS_PER_RECORD }, field);
  }
  for (const check of await Promise.all(files.map(inspectFile))) {
    if (check.ok) continue;
    if (check.reason === "empty") throw new DomainError("validation.attachmentEmpty", {}, field);
    if (check.reason === "tooLarge") throw new DomainError("validation.attachmentTooLarge", { max: megabytes(MAX_ATTACHMENT_BYTES) }, field);
    throw new DomainError("validation.attachmentType", {}, field);
  }
  return storeFiles(files);
}
