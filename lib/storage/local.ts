// The default store: files under a directory (the data directory), one file per key.
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { assertSafeKey, StorageNotFoundError, type StorageProvider, type StoredEntry } from "./types";

const SAFE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

export class LocalStorage implements StorageProvider {
  readonly kind = "local" as const;
  readonly description: string;

  constructor(private readonly root: string) {
    this.description = `data directory ${root}`;
  }

  private pathOf(key: string): string {
    assertSafeKey(key);
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // "wx": a key is written once; an existing file is never overwritten.
    await writeFile(file, bytes, { flag: "wx" });
  }

  async get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key)).catch((error: NodeJS.ErrnoException) => {
      throw error.code === "ENOENT" || error.code === "EISDIR" ? new StorageNotFoundError(key) : error;
    });
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    const info = await stat(this.pathOf(key)).catch(() => null);
    return Boolean(info?.isFile());
  }

  async *list(prefix: string): AsyncGenerator<StoredEntry> {
    // The folder the prefix names (or lies in), walked in key order.
    const slash = prefix.lastIndexOf("/");
    const base = slash >= 0 ? prefix.slice(0, slash) : "";
    for await (const entry of this.walk(base)) if (entry.key.startsWith(prefix)) yield entry;
  }

  private async *walk(folder: string): AsyncGenerator<StoredEntry> {
    const directory = folder ? this.pathOf(folder) : this.root;
    const names = await readdir(directory, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" || error.code === "ENOTDIR") return [];
      throw error;
    });
    for (const entry of names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      // A name no key could have (a stray "notes 1.txt") is not ours.
      if (!SAFE_NAME.test(entry.name)) continue;
      const key = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        yield* this.walk(key);
      } else if (entry.isFile()) {
        const info = await stat(path.join(directory, entry.name)).catch(() => null);
        if (info?.isFile()) yield { key, sizeBytes: info.size, modifiedAt: info.mtime };
      }
    }
  }
}
