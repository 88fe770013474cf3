// The namespaces each <ClientMessages> layout sends to the browser are exactly the ones the
// client components under it use (lib/i18n/client-messages.tsx). The test reads the sources:
// from every route file it follows the imports to the client components ("use client" and all
// they import), collects the namespaces their useTranslations() calls name, and compares with
// the namespaces of the nearest layout that renders <ClientMessages>.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pickNamespaces } from "@/lib/i18n/client-messages";
import { messagesFor, namespaces as catalogue } from "@/lib/i18n/messages";

const root = path.resolve(import.meta.dirname, "../..");
const known = new Set(catalogue.flatMap((namespace) => Object.keys(namespace["zh-CN"])));
const ROUTE_FILES = new Set(["page.tsx", "layout.tsx", "error.tsx", "not-found.tsx", "forbidden.tsx", "loading.tsx", "template.tsx"]);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const sources = new Map<string, string>();
function source(file: string): string {
  let text = sources.get(file);
  if (text === undefined) {
    text = readFileSync(file, "utf8");
    sources.set(file, text);
  }
  return text;
}

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Modules a file pulls in at run time (type-only imports left out, dynamic import() kept). */
function imports(file: string): string[] {
  const text = source(file);
  const specifiers = [
    ...[...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?["']([^"']+)["']/gm)].map((match) => match[1]),
    ...[...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]),
  ];
  return specifiers.map((specifier) => resolveImport(file, specifier)).filter((resolved): resolved is string => resolved !== null);
}

const directive = (file: string, name: string) => new RegExp(`^\\s*(?:\\/\\/[^\\n]*\\n\\s*)*["']${name}["']`).test(source(file));

/** Top-level namespaces a client module's useTranslations() calls use. */
function namespacesIn(file: string): Set<string> {
  const text = source(file);
  const used = new Set<string>();
  for (const match of text.matchAll(/useTranslations\(\s*["'`]([A-Za-z]+)/g)) used.add(match[1]);
  // useTranslations() without a namespace: its keys are written in full ("warnings.levels.…").
  if (/useTranslations\(\s*\)/.test(text)) {
    for (const match of text.matchAll(/["'`]([A-Za-z]+)\.[A-Za-z$]/g)) if (known.has(match[1])) used.add(match[1]);
  }
  return used;
}

/** The namespaces the client components reachable from a route file use. */
function clientNamespacesOf(entry: string): Set<string> {
  const used = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, client: boolean) => {
    const key = `${client}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    // A server action module is a reference on the client side, not code that renders text.
    if (directive(file, "use server")) return;
    const isClient = client || directive(file, "use client");
    if (isClient) for (const namespace of namespacesIn(file)) used.add(namespace);
    for (const imported of imports(file)) visit(imported, isClient);
  };
  visit(entry, false);
  return used;
}

/** The namespaces a layout passes to <ClientMessages namespaces={[…]}>, or null if it has none. */
function declaredBy(layout: string): string[] | null {
  const match = /<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/.exec(source(layout));
  return match ? [...match[1].matchAll(/["']([A-Za-z]+)["']/g)].map((m) => m[1]) : null;
}

const routeFiles = walk(path.join(root, "app")).filter((file) => ROUTE_FILES.has(path.basename(file)));
const providers = routeFiles.filter((file) => path.basename(file) === "layout.tsx" && declaredBy(file) !== null);

/** The <ClientMessages> layout whose provider a route file's client components read from. */
function governingLayout(file: string): string | undefined {
  // A layout with <ClientMessages> wraps everything it renders; any other route file reads
  // the nearest one at or above its own folder (a layout: strictly above it).
  if (providers.includes(file)) return file;
  let dir = path.dirname(file);
  if (path.basename(file) === "layout.tsx") dir = path.dirname(dir);
  while (dir.startsWith(path.join(root, "app"))) {
    const layout = path.join(dir, "layout.tsx");
    if (providers.includes(layout) && layout !== file) return layout;
    dir = path.dirname(dir);
  }
  return undefined;
}

describe("client messages", () => {
  it("picks the named namespaces and nothing else", () => {
    const messages = { common: { save: "保存" }, reports: { title: "周报" }, warnings: { title: "预警" } };
    expect(pickNamespaces(messages, ["common", "warnings"])).toEqual({ common: { save: "保存" }, warnings: { title: "预警" } });
    expect(pickNamespaces(messages, [])).toEqual({});
  });

  it("the scanner finds the namespaces a known client component uses", () => {
    // components/warnings/warning-table.tsx calls useTranslations() and writes full keys.
    const table = namespacesIn(path.join(root, "components/warnings/warning-table.tsx"));
    expect(table.has("warnings")).toBe(true);
    expect(table.has("enums")).toBe(true);
    // The login page's form is a client component using "auth".
    expect(clientNamespacesOf(path.join(root, "app/login/page.tsx")).has("auth")).toBe(true);
  });

  it("every layout's <ClientMessages> lists exactly the namespaces its client components use", () => {
    expect(providers.length).toBeGreaterThan(1);
    const needed = new Map<string, Set<string>>(providers.map((layout) => [layout, new Set()]));
    for (const file of routeFiles) {
      const used = clientNamespacesOf(file);
      const layout = governingLayout(file);
      if (used.size === 0) continue;
      expect(layout, `${path.relative(root, file)} renders client text outside any <ClientMessages>`).toBeDefined();
      for (const namespace of used) needed.get(layout!)!.add(namespace);
    }
    for (const [layout, used] of needed) {
      expect([...(declaredBy(layout) ?? [])].sort(), path.relative(root, layout)).toEqual([...used].sort());
    }
  });

  it("the app shell sends a small part of the catalogue", () => {
    const shell = declaredBy(path.join(root, "app/(app)/layout.tsx")) ?? [];
    const all = JSON.stringify(messagesFor("zh-CN")).length;
    const sent = JSON.stringify(pickNamespaces(messagesFor("zh-CN") as Record<string, unknown>, shell)).length;
    expect(shell.length).toBeGreaterThan(0);
    expect(sent).toBeLessThan(all / 4);
  });
});

/** Every module that ends up in the browser's bundle, from any route file. */
function clientModules(): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, client: boolean) => {
    const key = `${client}:${file}`;
    if (seen.has(key) || directive(file, "use server")) return;
    seen.add(key);
    const isClient = client || directive(file, "use client");
    if (isClient) found.add(file);
    for (const imported of imports(file)) visit(imported, isClient);
  };
  for (const file of routeFiles) visit(file, false);
  return found;
}

describe("client bundle", () => {
  it("keeps zod off the client: forms import their option lists from zod-free modules", () => {
    const modules = clientModules();
    expect(modules.has(path.join(root, "components/warnings/rule-form.tsx"))).toBe(true);
    const withZod = [...modules].filter((file) => /from\s+["']zod["']/.test(source(file))).map((file) => path.relative(root, file));
    expect(modules.has(path.join(root, "lib/plan/sheet-fields.ts"))).toBe(true);
    expect(withZod.sort()).toEqual([]);
  });
});
