// Which store this process uses: S3 when S3_BUCKET is set, otherwise the data directory.
import { z } from "zod";
import { DATA_DIR } from "@/lib/data-dir";
import { LocalStorage } from "./local";
import type { S3Settings } from "./s3";
import type { StorageProvider } from "./types";

export { StorageNotFoundError, type StorageProvider, type StoredEntry } from "./types";

const s3Environment = z.object({
  S3_BUCKET: z.string().trim().min(1),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().trim().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().trim().min(1, "S3_ACCESS_KEY_ID is required with S3_BUCKET"),
  S3_SECRET_ACCESS_KEY: z.string().trim().min(1, "S3_SECRET_ACCESS_KEY is required with S3_BUCKET"),
  S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).optional(),
});

/** S3 settings from the environment, or null for the data directory. Throws naming what is missing. */
export function s3SettingsFrom(env: NodeJS.ProcessEnv): S3Settings | null {
  if (!env.S3_BUCKET?.trim()) return null;
  const parsed = s3Environment.safeParse(Object.fromEntries(Object.entries(env).filter(([key, value]) => key.startsWith("S3_") && value !== "")));
  if (!parsed.success) throw new Error(`S3 storage is misconfigured: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  const settings = parsed.data;
  return {
    endpoint: settings.S3_ENDPOINT ?? null,
    bucket: settings.S3_BUCKET,
    region: settings.S3_REGION,
    accessKeyId: settings.S3_ACCESS_KEY_ID,
    secretAccessKey: settings.S3_SECRET_ACCESS_KEY,
    // A custom endpoint (MinIO, a private cloud) wants the bucket in the path unless told otherwise.
    forcePathStyle: settings.S3_FORCE_PATH_STYLE ? settings.S3_FORCE_PATH_STYLE === "true" : Boolean(settings.S3_ENDPOINT),
  };
}

export async function storageFrom(env: NodeJS.ProcessEnv, dataDir = DATA_DIR): Promise<StorageProvider> {
  const s3 = s3SettingsFrom(env);
  if (!s3) return new LocalStorage(dataDir);
  // Loaded only when used: an installation on the data directory never loads the SDK.
  const { S3Storage } = await import("./s3");
  return new S3Storage(s3);
}

const globalForStorage = globalThis as typeof globalThis & { chuangjianStorage?: Promise<StorageProvider> };

/** The process's store, made once from the environment. */
export function getStorage(): Promise<StorageProvider> {
  globalForStorage.chuangjianStorage ??= storageFrom(process.env);
  return globalForStorage.chuangjianStorage;
}

/** For tests and scripts that choose their own store. */
export function setStorage(storage: StorageProvider | undefined): void {
  globalForStorage.chuangjianStorage = storage ? Promise.resolve(storage) : undefined;
}
