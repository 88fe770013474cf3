// Whether the production build (.next/standalone) is older than the sources it was built from:
// `npm start` and `npm run bench` rebuild only then.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

async function newestMtime(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(entry);
  const times = await Promise.all(children.filter((name) => name !== "generated").map((name) => newestMtime(path.join(entry, name))));
  return Math.max(info.mtimeMs, ...times);
}

const BUILD_INPUTS = ["app", "components", "lib", "public", "proxy.ts", "instrumentation.ts", "next.config.ts", "package.json", "prisma/schema.prisma", "postcss.config.mjs"];

export async function buildIsStale(root: string): Promise<boolean> {
  const built = await stat(path.join(root, ".next", "standalone", "server.js")).catch(() => null);
  if (!built) return true;
  const newest = Math.max(...(await Promise.all(BUILD_INPUTS.map((entry) => newestMtime(path.join(root, entry))))));
  return newest > built.mtimeMs;
}
