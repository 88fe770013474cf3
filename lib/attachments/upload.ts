// Checking and storing the files of a form: every file is checked before anything is written,
// and stored files are removed again when the database transaction fails.
import type { Translator } from "@/lib/i18n/server";
import { MAX_ATTACHMENT_BYTES } from "./policy";
import { inspectFile, removeStoredFiles, storeFile, type StoredFile } from "./storage";

/** One localized message per file that may not be attached ("name: reason"). */
export async function attachmentErrors(files: File[], t: Translator): Promise<string[]> {
  const errors: string[] = [];
  for (const file of files) {
    const check = await inspectFile(file);
    if (check.ok) continue;
    const reason =
      check.reason === "tooLarge"
        ? t("validation.attachmentTooLarge", { max: MAX_ATTACHMENT_BYTES / 1024 / 1024 })
        : t(check.reason === "empty" ? "validation.attachmentEmpty" : "validation.attachmentType");
    errors.push(`${file.name}: ${reason}`);
  }
  return errors;
}

/** Stores already checked files; on failure removes the ones stored so far and rethrows. */
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
