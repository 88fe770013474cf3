// The authorization matrix (issue 10): every server action of the product × every role ×
// own unit / other unit, driven by tests/integration/support/action-registry.ts. Each call
// must be refused or allowed exactly as lib/auth/permissions.ts says; a refused call writes
// nothing and audits nothing (a trigger notes every row any statement touches, see
// support/writes.ts); an allowed one does its work (and audits it). The first test fails
// when a "use server" file exports an action the registry lacks.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";

// Attachments of this file go to a throwaway data directory (set before lib/data-dir is read).
await vi.hoisted(async () => {
  const [{ mkdtempSync }, os, nodePath] = await Promise.all([import("node:fs"), import("node:os"), import("node:path")]);
  process.env.CHUANGJIAN_DATA_DIR = mkdtempSync(nodePath.join(os.tmpdir(), "chuangjian-matrix-"));
});

// setLocale writes a cookie: a jar that records and never answers, so the language stays zh-CN.
const cookieJar = vi.hoisted(() => ({ set: [] as unknown[], get: () => undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: cookieJar.get, set: (...args: unknown[]) => cookieJar.set.push(args) }),
  headers: async () => new Headers(),
}));

import { ROLES, scopeOf, type Role } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { formatIsoWeek, localDateKey } from "@/lib/dates/zone-time";
import { translatorFor } from "@/lib/i18n/server";
import { loadZoneCalendar } from "@/lib/calendar/load";
import { currentReportWeek } from "@/lib/reports/week";
import { ACTION_REGISTRY, type ActionEntry, type MatrixContext, type Target } from "./support/action-registry";
import { actAs, form } from "./support/session";
import { describeWrites, writeMark, writesSince } from "./support/writes";
import { startTestWorkers, unitEvaluationsIdle } from "./support/jobs";

const ROOT = path.resolve(import.meta.dirname, "../..");
const REGISTRY_FILE = "tests/integration/support/action-registry.ts";
const t = translatorFor("zh-CN");

/** Who plays each role, and the unit that is "another unit" for them. */
const CAST: Record<Role, { email: string; otherUnitCode: string }> = {
  REPORTER: { email: "kjj@demo.gov.cn", otherUnitCode: "xcl" },
  SUPERVISOR: { email: "office@demo.gov.cn", otherUnitCode: "kjj" },
  LEADER: { email: "leader@demo.gov.cn", otherUnitCode: "kjj" },
  ADMIN: { email: "admin@demo.gov.cn", otherUnitCode: "kjj" },
};
const MEMBER_UNIT_CODE = "kjj";

type Outcome = "allowed" | "forbidden" | "notFound" | "noop";

/** What the permission table says this role may do to this target. */
function expectedOutcome(entry: ActionEntry, role: Role, target: Target | null): Outcome {
  if (entry.permission === null) return target === "other" && entry.otherUnit === "noop" ? "noop" : "allowed";
  const scope = scopeOf({ role }, entry.permission);
  if (!scope) return "forbidden";
  if (target === "other" && entry.otherUnit === "noop") return "noop";
  return target === "other" && scope === "own" ? "notFound" : "allowed";
}

// ───── finding every server action ─────

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const relative = path.join(dir, name);
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) return [];
    if (statSync(path.join(ROOT, relative)).isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx)$/.test(name) ? [relative] : [];
  });
}

/** A "use server" directive before any statement: the whole module is server actions. */
const MODULE_DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;

function serverActionFiles(): { modules: string[]; inline: string[] } {
  const files = ["lib", "app", "components"].flatMap(sourceFiles).map((file) => file.split(path.sep).join("/"));
  const modules: string[] = [];
  const inline: string[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    if (MODULE_DIRECTIVE.test(text)) modules.push(file);
    else if (/["']use server["']/.test(text)) inline.push(file);
  }
  return { modules, inline };
}

async function actionFunction(key: string): Promise<(...args: unknown[]) => Promise<unknown>> {
  const [file, name] = key.split("#");
  const exports = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
  const action = exports[name];
  if (typeof action !== "function") throw new Error(`${key} is not an exported function`);
  return action as (...args: unknown[]) => Promise<unknown>;
}

describe("the registry of server actions", () => {
  it("lists every export of every \"use server\" file, and nothing else", async () => {
    const { modules, inline } = serverActionFiles();
    expect(modules.length, "no \"use server\" file found: the scan is broken").toBeGreaterThan(10);
    expect(inline, "inline \"use server\" functions: move them into lib/<domain>/actions.ts and register them").toEqual([]);
    const found: string[] = [];
    for (const file of modules) {
      const exports = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) if (typeof value === "function") found.push(`${file}#${name}`);
    }
    const missing = found.filter((key) => !Object.hasOwn(ACTION_REGISTRY, key));
    expect(missing, `server actions missing from ${REGISTRY_FILE}: add an entry for each (the comment at the top of that file says how)`).toEqual([]);
    const stale = Object.keys(ACTION_REGISTRY).filter((key) => !found.includes(key));
    expect(stale, `${REGISTRY_FILE} lists actions that no "use server" file exports: remove or rename them`).toEqual([]);
  });

  it("says why an action is outside the matrix, and the test that covers it exists", () => {
    for (const [key, entry] of Object.entries(ACTION_REGISTRY)) {
      if (!entry.outsideMatrix) continue;
      expect(entry.outsideMatrix.reason.length, key).toBeGreaterThan(10);
      expect(statSync(path.join(ROOT, entry.outsideMatrix.coveredBy)).isFile(), key).toBe(true);
    }
  });
});

// ───── the matrix ─────

let n = 0;
let today = "";
let week = "";
let memberUnitId = "";
const otherUnitIds = new Map<Role, string>();

beforeAll(async () => {
  // Channel secrets are encrypted with a key derived from AUTH_SECRET when CHANNEL_SECRET_KEY is unset.
  process.env.AUTH_SECRET ??= "integration-test-secret";
  // A submission's warning evaluation is a job: this file's worker runs it.
  await startTestWorkers();
  const zone = await loadZoneCalendar(db, (await db.zone.findFirstOrThrow({ select: { id: true } })).id);
  today = localDateKey(new Date(), zone.zone.timeZone);
  week = formatIsoWeek(currentReportWeek(new Date(), zone));
  memberUnitId = (await db.unit.findFirstOrThrow({ where: { code: MEMBER_UNIT_CODE }, select: { id: true } })).id;
  for (const role of ROLES) otherUnitIds.set(role, (await db.unit.findFirstOrThrow({ where: { code: CAST[role].otherUnitCode }, select: { id: true } })).id);
});

async function contextFor(role: Role, target: Target | null): Promise<MatrixContext> {
  await actAs(CAST[role].email);
  const actor = (await getCurrentUser())!;
  expect(actor.role).toBe(role);
  const unitId = target === "own" ? actor.unitId : target === "other" ? otherUnitIds.get(role)! : memberUnitId;
  return { role, actor, unitId, target, memberUnitId, today, week, n: ++n };
}

type Result = { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> } | undefined;

describe("the authorization matrix", () => {
  for (const [key, entry] of Object.entries(ACTION_REGISTRY)) {
    if (entry.outsideMatrix) continue;
    describe(key, () => {
      for (const role of ROLES) {
        for (const target of entry.scoped ? (["own", "other"] as const) : [null]) {
          const outcome = expectedOutcome(entry, role, target);
          it(`${role}${target ? `, ${target} unit` : ""}: ${outcome}`, async () => {
            const action = await actionFunction(key);
            const ctx = await contextFor(role, target);
            const values = await entry.input(ctx);
            const data = form(values);
            // A submission's warning evaluation runs after it answers: let the previous call's finish
            // before marking, and this call's inside its own window.
            await unitEvaluationsIdle();
            const mark = await writeMark();
            const result = (await (entry.call ? entry.call(action as never, values, data) : action(null, data))) as Result;
            await unitEvaluationsIdle();
            await entry.settle?.(result);
            const writes = await writesSince(mark);
            const written = describeWrites(writes);
            const audited = writes.some((write) => write.table === "AuditLog");

            if (outcome === "forbidden" || outcome === "notFound") {
              const message = t(outcome === "forbidden" ? "errors.forbidden" : "errors.notFound");
              expect(result, `${key} as ${role}`).toEqual({ ok: false, message, fieldErrors: {} });
              expect(written, "a refused call wrote").toBe("nothing");
              return;
            }
            if (result !== undefined) expect(result, `${key} as ${role} should succeed`).toMatchObject({ ok: true });
            if (outcome === "noop") {
              expect(written, "a call on another unit's rows changed something").toBe("nothing");
              return;
            }
            const writesExpected = entry.writes ?? "audited";
            if (writesExpected === "nothing") expect(written).toBe("nothing");
            else {
              expect(writes.length, "an allowed call wrote nothing").toBeGreaterThan(0);
              expect(audited, `audit rows (writes: ${written})`).toBe(writesExpected === "audited");
            }
          });
        }
      }
    });
  }
});
