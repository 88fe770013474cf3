// Which files may be attached: office documents, PDFs, images and archives, as the
// offices exchange them (WPS and Microsoft formats alike). Pure, so it is unit-tested.

const MB = 1024 * 1024;
export const MAX_ATTACHMENT_BYTES = 20 * MB;
export const MAX_ATTACHMENTS_PER_RECORD = 10;
/**
 * The files one form post may carry together. The report form sends more in several posts;
 * the single-post forms (a notice response, an inspection) refuse a larger choice before
 * sending it.
 */
export const MAX_FILES_PER_REQUEST_BYTES = 50 * MB;
/**
 * The body of one form post: its files and, well above what any form's text needs, its
 * fields. next.config.ts gives this limit to the server actions and to the proxy's copy of
 * the body, so a post the policy allows arrives whole.
 */
export const MAX_REQUEST_BYTES = MAX_FILES_PER_REQUEST_BYTES + 4 * MB;

/** Megabytes for messages ("文件不能超过 20 MB"). */
export const megabytes = (bytes: number) => Math.round(bytes / MB);

type Signature = "pdf" | "png" | "jpeg" | "gif" | "webp" | "zip" | "ole" | "text" | "rar" | "7z";

/** Extension → the mime type we store and the file signatures its content may have. */
const ALLOWED: Record<string, { mime: string; signatures: Signature[] }> = {
  pdf: { mime: "application/pdf", signatures: ["pdf"] },
  png: { mime: "image/png", signatures: ["png"] },
  jpg: { mime: "image/jpeg", signatures: ["jpeg"] },
  jpeg: { mime: "image/jpeg", signatures: ["jpeg"] },
  gif: { mime: "image/gif", signatures: ["gif"] },
  webp: { mime: "image/webp", signatures: ["webp"] },
  doc: { mime: "application/msword", signatures: ["ole"] },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", signatures: ["zip"] },
  xls: { mime: "application/vnd.ms-excel", signatures: ["ole"] },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", signatures: ["zip"] },
  ppt: { mime: "application/vnd.ms-powerpoint", signatures: ["ole"] },
  pptx: { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", signatures: ["zip"] },
  wps: { mime: "application/vnd.ms-works", signatures: ["ole", "zip"] },
  et: { mime: "application/vnd.ms-excel", signatures: ["ole", "zip"] },
  dps: { mime: "application/vnd.ms-powerpoint", signatures: ["ole", "zip"] },
  ofd: { mime: "application/ofd", signatures: ["zip"] },
  txt: { mime: "text/plain", signatures: ["text"] },
  csv: { mime: "text/csv", signatures: ["text"] },
  zip: { mime: "application/zip", signatures: ["zip"] },
  rar: { mime: "application/vnd.rar", signatures: ["rar"] },
  "7z": { mime: "application/x-7z-compressed", signatures: ["7z"] },
};

export const ALLOWED_EXTENSIONS = Object.keys(ALLOWED);
/** For <input accept="…">. */
export const ACCEPT_ATTRIBUTE = ALLOWED_EXTENSIONS.map((extension) => `.${extension}`).join(",");

function startsWith(bytes: Uint8Array, prefix: number[], offset = 0): boolean {
  return prefix.every((byte, index) => bytes[offset + index] === byte);
}

export function detectSignature(head: Uint8Array): Signature | null {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return "pdf";
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47])) return "png";
  if (startsWith(head, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(head, [0x47, 0x49, 0x46, 0x38])) return "gif";
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50], 8)) return "webp";
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return "zip";
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "ole";
  if (startsWith(head, [0x52, 0x61, 0x72, 0x21])) return "rar";
  if (startsWith(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return "7z";
  // Text: no NUL bytes and valid UTF-8 in the first block.
  if (!head.includes(0)) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(head.length === 4096 ? head.subarray(0, 4090) : head);
      return "text";
    } catch {
      return null;
    }
  }
  return null;
}

export function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return match ? match[1].toLowerCase() : "";
}

/**
 * The files of a form field (one or many). A file input left empty still posts an empty
 * part whose name is "" (or "blob"/"undefined", depending on the client): that is no file.
 */
export function filesFrom(value: unknown): File[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((item): item is File => item instanceof File && (item.size > 0 || extensionOf(item.name) !== ""));
}

export type AttachmentCheck = { ok: true; mimeType: string } | { ok: false; reason: "empty" | "tooLarge" | "type" };

/** Checks a file by its name, size and first bytes (the browser's claimed type is not trusted). */
export function checkAttachment(fileName: string, size: number, head: Uint8Array): AttachmentCheck {
  if (size === 0) return { ok: false, reason: "empty" };
  if (size > MAX_ATTACHMENT_BYTES) return { ok: false, reason: "tooLarge" };
  const extension = extensionOf(fileName);
  // Own keys only: "x.constructor" or "x.toString" must not find Object.prototype's members.
  const allowed = Object.hasOwn(ALLOWED, extension) ? ALLOWED[extension] : undefined;
  if (!allowed) return { ok: false, reason: "type" };
  const signature = detectSignature(head);
  if (!signature || !allowed.signatures.includes(signature)) return { ok: false, reason: "type" };
  return { ok: true, mimeType: allowed.mime };
}

export type SelectionProblem = { reason: "tooLarge"; fileName: string } | { reason: "totalTooLarge" } | { reason: "tooMany" };

/**
 * What the browser checks before a choice of files is sent (the server checks again): each
 * file within the attachment limit and, for a form that sends its files in one post, the
 * total within that post's budget and the count within what the record may still take.
 */
export function checkSelection(files: { name: string; size: number }[], limits: { maxTotalBytes?: number; maxFiles?: number } = {}): SelectionProblem[] {
  const problems: SelectionProblem[] = files.filter((file) => file.size > MAX_ATTACHMENT_BYTES).map((file) => ({ reason: "tooLarge", fileName: file.name }));
  if (limits.maxTotalBytes !== undefined && files.reduce((sum, file) => sum + file.size, 0) > limits.maxTotalBytes) problems.push({ reason: "totalTooLarge" });
  if (limits.maxFiles !== undefined && files.length > limits.maxFiles) problems.push({ reason: "tooMany" });
  return problems;
}

/**
 * The files of the next post of a form that uploads as it goes: in order, as many as fit in
 * one post's budget (at least one, which the per-file limit makes fit).
 */
export function nextUploadBatch<F extends { size: number }>(queue: F[], budget = MAX_FILES_PER_REQUEST_BYTES): F[] {
  const batch: F[] = [];
  let total = 0;
  for (const file of queue) {
    if (batch.length > 0 && total + file.size > budget) break;
    batch.push(file);
    total += file.size;
  }
  return batch;
}

/** A file name safe to keep: no directories, no control characters, at most 120 characters. */
export function cleanFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "file";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "_").trim();
  return (cleaned || "file").slice(-120);
}
