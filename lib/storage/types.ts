// One interface for stored files (attachments today), after Documenso's storage providers:
// a key-value store of bytes. Two backends: the data directory (./local.ts, the default)
// and S3-compatible object storage (./s3.ts), chosen by the environment (./index.ts).

export interface StoredEntry {
  /** The object's key: "attachments/202611/<uuid>". */
  key: string;
  sizeBytes: number;
  /** When the object was last written. */
  modifiedAt: Date;
}

export interface StorageProvider {
  /** "data directory /srv/chuangjian/.data" or "s3 http://minio:9000 bucket chuangjian", for logs and the CLIs. */
  readonly description: string;
  readonly kind: "local" | "s3";
  /** Writes the object (keys are never reused: callers make a fresh one). */
  put(key: string, bytes: Uint8Array, contentType?: string): Promise<void>;
  /** The object's bytes; throws StorageNotFoundError when there is none. */
  get(key: string): Promise<Buffer>;
  /** Removes the object; an absent one is no error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Every object whose key starts with `prefix`, in key order. */
  list(prefix: string): AsyncGenerator<StoredEntry>;
}

export class StorageNotFoundError extends Error {
  constructor(key: string) {
    super(`no stored object ${key}`);
    this.name = "StorageNotFoundError";
  }
}

/** Keys are relative, "/"-separated, of safe characters, never climbing out ("..") of the store. */
const SAFE_KEY = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

export function assertSafeKey(key: string): void {
  if (!SAFE_KEY.test(key) || key.split("/").some((part) => part === "." || part === "..")) throw new Error(`bad storage key ${JSON.stringify(key)}`);
}
