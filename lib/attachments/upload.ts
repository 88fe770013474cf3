// Files posted with a form: validated all first (nothing is written when one is refused),
// then stored. The caller writes the Attachment rows in its transaction and removes the
// stored files again if that transaction fails (removeStoredFiles).
import { DomainError } from "@/lib/server/errors";
import { extensionOf, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_RECORD } from "./policy";
import { inspectFile, removeStoredFiles, storeFile, type StoredFile } from "./storage";

/**
 * The files of a form field (one or many). A file input left empty still posts an empty
 * part whose name is "" (or "blob"/"undefined", depending on the client): that is no file.
 */
export function filesFrom(value: unknown): File[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((item): item is File => item instanceof File && (item.size > 0 || extensionOf(item.name) !== ""));
}

export async function storeUploads(files: File[], field: string, alreadyAttached = 0): Promise<StoredFile[]> {
  if (files.length + alreadyAttached > MAX_ATTACHMENTS_PER_RECORD) {
    throw new DomainError("validation.tooManyAttachments", { max: MAX_ATTACHMENTS_PER_RECORD }, field);
  }
  const checks = await Promise.all(files.map(inspectFile));
  for (const check of checks) {
    if (check.ok) continue;
    if (check.reason === "empty") throw new DomainError("validation.attachmentEmpty", {}, field);
    if (check.reason === "tooLarge") throw new DomainError("validation.attachmentTooLarge", { max: MAX_ATTACHMENT_BYTES / 1024 / 1024 }, field);
    throw new DomainError("validation.attachmentType", {}, field);
  }
  const stored: StoredFile[] = [];
  try {
    for (const [index, file] of files.entries()) {
      const check = checks[index];
      if (check.ok) stored.push(await storeFile(file, check.mimeType));
    }
  } catch (error) {
    await removeStoredFiles(stored.map((file) => file.storageKey));
    throw error;
  }
  return stored;
}
