// First-load JavaScript of a route, from the build's manifests: the root main files every page
// loads (build-manifest.json; the nomodule polyfills are left out, modern browsers skip them)
// plus every chunk the route's client-reference manifest names for its segments (root and
// group layouts, boundaries, the page). Sizes are gzipped, as a browser downloads them.
// `scriptsOfPage` measures what one served page actually loads (its <script src> tags): the
// manifest count is an upper bound (it includes the not-found and error boundaries' chunks).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

const next = path.join(process.cwd(), ".next");

async function gzippedBytes(file: string, cache: Map<string, number>): Promise<number> {
  const cached = cache.get(file);
  if (cached !== undefined) return cached;
  const bytes = gzipSync(await readFile(path.join(next, file))).length;
  cache.set(file, bytes);
  return bytes;
}

const kb = (bytes: number) => Math.round(bytes / 100) / 10;

/** The framework's files (build-manifest's root main files), each gzipped, in bytes. */
async function frameworkFiles(): Promise<Map<string, number>> {
  const build = JSON.parse(await readFile(path.join(next, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const cache = new Map<string, number>();
  for (const file of build.rootMainFiles) await gzippedBytes(file.replace(/^\/_next\//, ""), cache);
  return cache;
}

/** The framework's share (React DOM, the App Router runtime): every route loads it, whatever the app does. */
export async function frameworkJs(): Promise<number> {
  return kb([...(await frameworkFiles()).values()].reduce((sum, bytes) => sum + bytes, 0));
}

/** The framework's share file by file (kB gz), largest first. */
export async function frameworkJsByFile(): Promise<Record<string, number>> {
  const files = [...(await frameworkFiles())].sort((a, b) => b[1] - a[1]);
  return Object.fromEntries(files.map(([file, bytes]) => [file, kb(bytes)]));
}

/** The JavaScript a served page makes the browser load before it is interactive: its <script src> tags, gzipped. */
export async function scriptsOfPage(html: string): Promise<{ kb: number; files: number }> {
  // A nomodule script (the legacy polyfills) is skipped by every browser that runs the app.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/\bnomodule\b/i.test(tag));
  const files = new Set(tags.flatMap((tag) => /\bsrc="\/_next\/([^"?]+)/.exec(tag)?.[1] ?? []));
  const cache = new Map<string, number>();
  let bytes = 0;
  for (const file of files) bytes += await gzippedBytes(file, cache);
  return { kb: kb(bytes), files: files.size };
}

interface RouteClientManifest {
  /** Turbopack: the chunks of each segment's entry. */
  entryJSFiles?: Record<string, string[]>;
  /** webpack: each client reference with its chunks as [id, file, id, file, …]. */
  clientModules: Record<string, { chunks: string[] }>;
}

function routeChunks(manifest: RouteClientManifest): string[] {
  if (manifest.entryJSFiles) return Object.values(manifest.entryJSFiles).flat();
  return Object.values(manifest.clientModules).flatMap((module) => module.chunks.filter((_, index) => index % 2 === 1));
}

export async function firstLoadJs(routes: string[]): Promise<Record<string, { kb: number; files: number }>> {
  const build = JSON.parse(await readFile(path.join(next, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const appPaths = JSON.parse(await readFile(path.join(next, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  const cache = new Map<string, number>();
  const result: Record<string, { kb: number; files: number }> = {};
  for (const route of routes) {
    const entry = Object.entries(appPaths).find(([, url]) => url === route)?.[0];
    if (!entry) continue;
    const source = await readFile(path.join(next, "server", "app", `${entry}_client-reference-manifest.js`), "utf8");
    const sandbox = { globalThis: {} as Record<string, unknown> };
    runInNewContext(source, sandbox);
    const manifests = (sandbox.globalThis.__RSC_MANIFEST ?? {}) as Record<string, RouteClientManifest>;
    const manifest = manifests[entry];
    if (!manifest) continue;
    const files = new Set([...build.rootMainFiles, ...routeChunks(manifest)].map((file) => file.replace(/^\/_next\//, "")));
    let bytes = 0;
    for (const file of files) bytes += await gzippedBytes(file, cache);
    result[route] = { kb: kb(bytes), files: files.size };
  }
  return result;
}
