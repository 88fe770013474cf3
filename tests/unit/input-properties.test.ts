// Property-based tests (fast-check) of the form parser and of every zod input schema of the
// product (every schema exported from lib/*/schema.ts, plus the warning rule parameters),
// fed hostile keys and values: prototype names, NUL and other control characters, huge
// strings, odd unicode, numbers as strings, arrays where scalars are expected, files, nesting.
// Whatever comes in: no built-in prototype changes, no exception but a parse failure (and
// the form's refusal of a prototype name), failures are field errors, and what passes never
// carries a control character to the database.
import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { translatorFor } from "@/lib/i18n/server";
import { hasControlCharacters } from "@/lib/server/fields";
import { processIntegrityProblems } from "@/lib/server/integrity";
import { formNode, isFormNode, nestFields } from "@/lib/server/nested-form";
import { FORBIDDEN_KEYS, UnsafeKeyError } from "@/lib/server/safe-object";
import { formDataToObject, parseWith } from "@/lib/server/validation";
import { RULE_SCHEMAS } from "@/lib/warnings/rules";

const RUNS = Number(process.env.FAST_CHECK_RUNS ?? 60);
/** Room for the runs on a busy machine (this is not a timing test). */
const SLOW = { timeout: 60_000 };
const t = translatorFor("zh-CN");
const ROOT = path.resolve(import.meta.dirname, "../..");

// ───── hostile material ─────

const PROTOTYPE_NAMES = [...FORBIDDEN_KEYS, "toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "__defineGetter__", "__lookupSetter__", "then", "length"];
const MEGABYTE = "长".repeat(1_000_000);
const ODD_TEXT = [
  "",
  " ",
  "\u0000",
  "进展\u0000",
  "\u0000".repeat(10_000),
  "a\u0007b",
  "\u001b[31m",
  "\u007f",
  "\u0085",
  "\r\n",
  "\t",
  "\u202e反转",
  "\u200b",
  "\ufeff",
  "\ud800",
  "\udfff\ud800",
  "🙂",
  "𠀀𠀁",
  "ｆｕｌｌｗｉｄｔｈ",
  "e\u0301",
  "on",
  "true",
  "false",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-Infinity",
  "-0",
  "1e308",
  "1e-400",
  "0x1F",
  "1,234.5",
  "９９",
  "2026-13",
  "2026-00",
  "2026-02-30",
  "9999-12-31",
  "0000-01-01",
  "0001-W01",
  "2026-W54",
  "2026-W00",
  "2026-Q5",
  "0001-Q1",
  "[object Object]",
  MEGABYTE,
  "x".repeat(70_000),
  ...PROTOTYPE_NAMES,
];

const hostileText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ODD_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }).map((date) => (Number.isNaN(date.getTime()) ? "Invalid" : date.toISOString().slice(0, 10))) },
);

const hostileKey = (known: string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...(known.length > 0 ? known : ["id"])) },
    { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );

const hostileFile = fc.constantFrom(
  new File([], ""),
  new File(["%PDF-1.4"], "报告.pdf", { type: "application/pdf" }),
  new File(["x"], "x.constructor"),
  new File(["\u0000"], "\u0000.txt"),
);

/** Objects are built with Object.fromEntries, so "__proto__" is an own key as JSON.parse makes it. */
function hostileValue(known: string[]) {
  return fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: "small", maxDepth: 3 },
      { weight: 6, arbitrary: hostileText },
      { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.bigInt()) },
      { weight: 1, arbitrary: hostileFile },
      { weight: 1, arbitrary: fc.array(tie("value"), { maxLength: 3 }) },
      { weight: 1, arbitrary: fc.array(fc.tuple(hostileKey(known), tie("value")), { maxLength: 4 }).map((entries) => Object.fromEntries(entries)) },
      {
        weight: 1,
        // A nested object as the form parser builds it (a forbidden name never gets this far).
        arbitrary: fc.array(fc.tuple(hostileKey(known).filter((key) => !FORBIDDEN_KEYS.has(key)), tie("value")), { maxLength: 4 }).map((entries) => Object.assign(formNode(), Object.fromEntries(entries))),
      },
    ),
  })).value;
}

/** An input for a schema: mostly objects with its own keys (so parsing goes deep), sometimes anything. */
function hostileInput(known: string[]) {
  const value = hostileValue(known);
  return fc.oneof(
    { weight: 5, arbitrary: fc.array(fc.tuple(hostileKey(known), value), { maxLength: 12 }).map((entries) => Object.fromEntries(entries)) },
    { weight: 2, arbitrary: fc.array(fc.tuple(fc.constantFrom(...(known.length > 0 ? known : ["id"])), value), { maxLength: 12 }).map((entries) => Object.fromEntries(entries)) },
    { weight: 1, arbitrary: value },
  );
}

// ───── the schemas ─────

type Named = { name: string; schema: z.ZodType };

/** The keys an object schema reads, looking through pipes, transforms, defaults and optionals. */
function shapeKeys(schema: z.ZodType, depth = 0): string[] {
  if (depth > 6) return [];
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodPipe) return [...shapeKeys(schema.in as z.ZodType, depth + 1), ...shapeKeys(schema.out as z.ZodType, depth + 1)];
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) return shapeKeys(schema.unwrap() as z.ZodType, depth + 1);
  return [];
}

/** Every string in a parsed value (keys included); files and numbers are not text. */
function stringsIn(value: unknown, found: { key: string; text: string }[] = [], key = ""): { key: string; text: string }[] {
  if (typeof value === "string") found.push({ key, text: value });
  else if (Array.isArray(value)) value.forEach((item) => stringsIn(item, found, key));
  else if (typeof value === "object" && value !== null && !(value instanceof File) && !(value instanceof Date)) {
    for (const [name, child] of Object.entries(value)) {
      found.push({ key: name, text: name });
      stringsIn(child, found, name);
    }
  }
  return found;
}

function checkParse(named: Named, input: unknown): void {
  const parsed = parseWith(named.schema, input, t); // throws only on a bug: fast-check reports it
  expect(processIntegrityProblems()).toEqual([]);
  if (parsed.ok) {
    // Passwords are hashed or compared, never stored as text (their policy: lib/auth/password-policy.ts).
    const texts = stringsIn(parsed.data).filter((entry) => !/password/i.test(entry.key));
    expect(texts.filter((entry) => hasControlCharacters(entry.text)).map((entry) => entry.key)).toEqual([]);
    return;
  }
  expect(Object.getPrototypeOf(parsed.fieldErrors)).toBe(Object.prototype);
  expect(typeof parsed.message).toBe("string");
  const fields = Object.entries(parsed.fieldErrors);
  expect(fields.length).toBeGreaterThan(0);
  for (const [field, messages] of fields) {
    expect(field.length).toBeGreaterThan(0);
    expect(messages.length).toBeGreaterThan(0);
    // Localized text, never an untranslated key or zod's English.
    for (const message of messages) expect(message, `${named.name} ${field}`).toMatch(/[\u4e00-\u9fff]/);
  }
}

const schemas: Named[] = [];
const parsers: { name: string; parse: (value: unknown) => unknown }[] = [];

// Found before the tests are declared, so that each schema is a test of its own.
{
  const domains = readdirSync(path.join(ROOT, "lib"), { withFileTypes: true }).filter((entry) => entry.isDirectory());
  for (const domain of domains) {
    const file = path.join(ROOT, "lib", domain.name, "schema.ts");
    if (!readdirSync(path.join(ROOT, "lib", domain.name)).includes("schema.ts")) continue;
    const exports = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (value instanceof z.ZodType) schemas.push({ name: `lib/${domain.name}/schema.ts#${name}`, schema: value });
      else if (typeof value === "function" && /^parse[A-Z]/.test(name)) parsers.push({ name: `lib/${domain.name}/schema.ts#${name}`, parse: value as (value: unknown) => unknown });
    }
  }
  for (const [kind, schema] of Object.entries(RULE_SCHEMAS)) schemas.push({ name: `lib/warnings/rules.ts#RULE_SCHEMAS.${kind}`, schema });
}

describe("every zod input schema", () => {
  it("is found: the schema modules of every domain", () => {
    const files = new Set(schemas.map((named) => named.name.split("#")[0]));
    for (const domain of ["assessment", "auth", "coordination", "notices", "org", "plan", "reports", "resources", "supervision", "warnings"]) {
      expect([...files]).toContain(`lib/${domain}/schema.ts`);
    }
    expect(schemas.length).toBeGreaterThan(60);
    expect(parsers.map((parser) => parser.name)).toContain("lib/dashboard/schema.ts#parseDashboardFilters");
  });

  describe.each(schemas.map((named) => [named.name, named] as const))("%s", (_, named) => {
    it("parses hostile objects into data without control characters, or into localized field errors", SLOW, () => {
      fc.assert(
        fc.property(hostileInput(shapeKeys(named.schema)), (input) => checkParse(named, input)),
        { numRuns: RUNS, seed: Number(process.env.FAST_CHECK_SEED ?? 20261202) },
      );
    });

    it("parses hostile forms (names and values as a browser or a script sends them)", SLOW, () => {
      const known = shapeKeys(named.schema);
      const name = fc.oneof(
        fc.constantFrom(...(known.length > 0 ? known : ["id"])),
        fc.tuple(fc.constantFrom(...(known.length > 0 ? known : ["id"])), fc.array(fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES, "0", "1", "99", ""), fc.string({ maxLength: 6 })), { maxLength: 3 })).map(
          ([head, rest]) => `${head}${rest.map((segment) => `[${segment}]`).join("")}`,
        ),
        fc.string({ maxLength: 20 }),
      );
      const value = fc.oneof(hostileText, hostileFile);
      fc.assert(
        fc.property(fc.array(fc.tuple(name, value), { maxLength: 10 }), (fields) => {
          const data = new FormData();
          for (const [field, content] of fields) data.append(field, content);
          let input: unknown;
          try {
            input = nestFields(formDataToObject(data));
          } catch (error) {
            // The one refusal before parsing: a name with a prototype segment.
            expect(error).toBeInstanceOf(UnsafeKeyError);
            expect(fields.some(([field]) => [...FORBIDDEN_KEYS].some((key) => field.includes(key)))).toBe(true);
            expect(processIntegrityProblems()).toEqual([]);
            return;
          }
          checkParse(named, input);
        }),
        { numRuns: RUNS, seed: Number(process.env.FAST_CHECK_SEED ?? 20261202) },
      );
    });
  });

  it("URL filter parsers never throw, whatever the search parameters", SLOW, () => {
    for (const parser of parsers) {
      fc.assert(
        fc.property(hostileInput(["park", "task", "unit", "status", "period", "week", "year", "quarter"]), (search) => {
          parser.parse(typeof search === "object" && search !== null ? search : { value: search });
          expect(processIntegrityProblems()).toEqual([]);
        }),
        { numRuns: RUNS, seed: Number(process.env.FAST_CHECK_SEED ?? 20261202) },
      );
    }
  });

  it("refuses an object whose length cannot become a number in place of any field (found by fast-check: zod threw on it)", () => {
    const hostile = { length: { toString: "" } };
    for (const named of schemas) {
      const keys = shapeKeys(named.schema);
      const input = Object.fromEntries((keys.length > 0 ? keys : ["id"]).map((key) => [key, hostile]));
      expect(() => checkParse(named, input), named.name).not.toThrow();
      expect(() => checkParse(named, hostile), named.name).not.toThrow();
    }
  });

  it("URL filter parsers treat a value that is not text as absent (found by fast-check: zod's length checks threw on it)", () => {
    // An object whose length cannot become a number: zod ran .min()/.max() on it after the type issue and threw.
    const hostile = { length: { toString: "" } };
    expect(parsers.length).toBeGreaterThan(4);
    for (const parser of parsers) {
      expect(() => parser.parse(hostile), parser.name).not.toThrow();
      expect(() => parser.parse({ park: hostile, task: hostile, unit: hostile, status: hostile, period: hostile, year: hostile, quarter: hostile }), parser.name).not.toThrow();
    }
  });
});

describe("the form parser", () => {
  const segment = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES, "entries", "0", "1", "10", "wi-1", "", "a.b"), fc.string({ maxLength: 8 }).filter((text) => !/[[\]]/.test(text)));

  it("refuses a form exactly when a name has a prototype segment, and never builds a prototype", SLOW, () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(segment, { minLength: 1, maxLength: 4 }), hostileText), { maxLength: 8 }), (fields) => {
        const named = fields.filter(([segments]) => segments[0] !== "");
        const data = new FormData();
        for (const [segments, value] of named) data.append(`${segments[0]}${segments.slice(1).map((part) => `[${part}]`).join("")}`, value);
        const hostile = named.some(([segments]) => segments.some((part) => FORBIDDEN_KEYS.has(part)));
        let nested: unknown;
        try {
          nested = nestFields(formDataToObject(data));
        } catch (error) {
          expect(error).toBeInstanceOf(UnsafeKeyError);
          expect(hostile).toBe(true);
          return;
        }
        expect(hostile).toBe(false);
        expect(processIntegrityProblems()).toEqual([]);
        // Every object built is a parser node, inheriting no key (arrays are arrays).
        const walk = (value: unknown): void => {
          if (Array.isArray(value)) value.forEach(walk);
          else if (typeof value === "object" && value !== null && !(value instanceof File)) {
            expect(isFormNode(value)).toBe(true);
            Object.values(value).forEach(walk);
          }
        };
        walk(nested);
      }),
      { numRuns: RUNS * 10 },
    );
  });
});
