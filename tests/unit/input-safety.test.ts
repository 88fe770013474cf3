// The input side of issue 10: field names never reach a prototype, permissions are read
// from the table's own keys only, a broken process is noticed, text and dates are bounded.
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { checkAttachment } from "@/lib/attachments/policy";
import { auditSnapshot } from "@/lib/audit/record";
import { authorize, can, PERMISSIONS, permissionTableIntact, scopeOf, type Actor } from "@/lib/auth/permissions";
import { translatorFor } from "@/lib/i18n/server";
import { ForbiddenError } from "@/lib/server/errors";
import { dateBounds, dateInBounds, dateKeyField, id, isoWeekField, monthKeyField, optionalDateKey, optionalText, parseMonthKey, plainText, requiredText } from "@/lib/server/fields";
import { processIntegrityProblems } from "@/lib/server/integrity";
import { fieldPath, isFormNode, nestFields } from "@/lib/server/nested-form";
import { searchRecord, UnsafeKeyError } from "@/lib/server/safe-object";
import { formDataToObject, parseWith } from "@/lib/server/validation";

const zh = translatorFor("zh-CN");
const reporter: Actor = { id: "u1", role: "REPORTER", unitId: "unit-a", zoneId: "zone-1" };

function formOf(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

/** Writes a property onto Object.prototype for the length of `body`, as a successful attack would. */
function withPollutedPrototype(key: string, value: unknown, body: () => void): void {
  Object.defineProperty(Object.prototype, key, { value, enumerable: true, configurable: true, writable: true });
  try {
    body();
  } finally {
    delete (Object.prototype as Record<string, unknown>)[key];
  }
}

afterEach(() => {
  expect(Object.keys(Object.prototype)).toEqual([]);
});

describe("the form parser", () => {
  it("nests bracketed names, turns index objects into arrays, keeps repeated names as arrays", () => {
    const object = formDataToObject(
      formOf([
        ["entries[wi-1][progress]", "40"],
        ["entries[wi-1][doneThisWeek]", "调研"],
        ["decisions[1][content]", "第二项"],
        ["decisions[0][content]", "第一项"],
        ["attendeeIds", "a"],
        ["attendeeIds", "b"],
        ["$ACTION_ID_abc", "ignored"],
      ]),
    );
    const nested = nestFields(object);
    expect(JSON.parse(JSON.stringify(nested))).toEqual({
      entries: { "wi-1": { progress: "40", doneThisWeek: "调研" } },
      decisions: [{ content: "第一项" }, { content: "第二项" }],
      attendeeIds: ["a", "b"],
    });
    // No prototype anywhere a name could write to or inherit from.
    expect(Object.getPrototypeOf(object)).toBeNull();
    for (const node of [nested, nested.entries, (nested.entries as Record<string, unknown>)["wi-1"]]) {
      expect(isFormNode(node)).toBe(true);
      const prototype = Object.getPrototypeOf(node);
      expect(Object.getOwnPropertyNames(prototype)).toEqual([]);
      expect(Object.isFrozen(prototype)).toBe(true);
      expect(Object.getPrototypeOf(prototype)).toBeNull();
    }
  });

  it("refuses the attack of the security test, and every other name that addresses a prototype", () => {
    for (const name of ["__proto__[REPORTER]", "constructor[prototype][REPORTER]", "entries[__proto__][progress]", "entries[x][constructor]", "a[prototype]", "__proto__", "constructor", "prototype"]) {
      expect(() => nestFields(formDataToObject(formOf([[name, "any"]]))), name).toThrow(UnsafeKeyError);
    }
    expect(({} as Record<string, unknown>).REPORTER).toBeUndefined();
    expect(scopeOf(reporter, "user.manage")).toBeNull();
  });

  it("keeps names that merely look like Object.prototype's members as data", () => {
    // A plain object answered `"toString" in object` with true and made the value an array.
    const object = formDataToObject(formOf([["toString", "x"], ["hasOwnProperty", "y"]]));
    expect(object.toString).toBe("x");
    expect(object.hasOwnProperty).toBe("y");
    expect(fieldPath("entries[toString][valueOf]")).toEqual(["entries", "toString", "valueOf"]);
  });

  it("gives a schema that coerces a nested object NaN or text, never an exception", () => {
    const nested = nestFields(formDataToObject(formOf([["sortOrder[x]", "1"], ["title[length][valueOf]", "x"]])));
    expect(Number(nested.sortOrder)).toBeNaN();
    expect(String(nested.sortOrder)).toBe("");
    const parsed = parseWith(z.object({ sortOrder: z.coerce.number().int(), title: z.string().min(1).max(10) }), nested, zh);
    expect(parsed.ok === false && parsed.fieldErrors).toEqual({ sortOrder: ["请输入数字"], title: ["格式不正确"] });
  });

  it("reads a name it cannot split as one segment", () => {
    expect(fieldPath("a[b]c")).toEqual(["a[b]c"]);
    expect(fieldPath("[x]")).toEqual(["[x]"]);
    expect(fieldPath("a[]")).toEqual(["a", ""]);
  });
});

describe("field errors", () => {
  it("are a plain object even when the path is a key the user chose", () => {
    const schema = z.object({ entries: z.record(z.string(), z.object({ progress: z.number() })) });
    const input = JSON.parse('{"entries":{"__proto__":{"progress":"x"},"toString":{"progress":"y"}}}');
    const parsed = parseWith(schema, input, zh);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.getPrototypeOf(parsed.fieldErrors)).toBe(Object.prototype);
    expect(Object.keys(parsed.fieldErrors).sort()).toEqual(["entries.toString.progress"]);
  });

  it("pass a custom issue's params to its message", () => {
    const parsed = parseWith(z.object({ due: z.string().superRefine((_, ctx) => ctx.addIssue({ code: "custom", message: "validation.dateRange", params: { min: "2006-01-01", max: "2031-12-31" } })) }), { due: "x" }, zh);
    expect(parsed.ok === false && parsed.fieldErrors.due).toEqual(["日期须在 2006-01-01 至 2031-12-31 之间"]);
  });
});

describe("the permission table", () => {
  it("grants nothing through a key inherited from a polluted Object.prototype", () => {
    withPollutedPrototype("REPORTER", "any", () => {
      expect(scopeOf(reporter, "user.manage")).toBeNull();
      expect(can(reporter, "report.review")).toBe(false);
      expect(() => authorize(reporter, "audit.read")).toThrow(ForbiddenError);
      // The health check sees the broken process.
      expect(processIntegrityProblems()).toEqual(["Object.prototype has enumerable properties: REPORTER"]);
    });
    withPollutedPrototype("__proto__x", "any", () => expect(scopeOf(reporter, "__proto__x" as never)).toBeNull());
    expect(processIntegrityProblems()).toEqual([]);
  });

  it("cannot be changed at run time and answers as built", () => {
    expect(() => {
      (PERMISSIONS["user.manage"] as Record<string, string>).REPORTER = "any";
    }).toThrow(TypeError);
    expect(() => {
      (PERMISSIONS as Record<string, unknown>)["report.write"] = {};
    }).toThrow(TypeError);
    expect(permissionTableIntact()).toBe(true);
    expect(scopeOf(reporter, "report.write")).toBe("own");
  });

  it("notices a polluted Array.prototype too", () => {
    Object.defineProperty(Array.prototype, "polluted", { value: 1, enumerable: true, configurable: true });
    try {
      expect(processIntegrityProblems()).toEqual(["Array.prototype has enumerable properties: polluted"]);
    } finally {
      delete (Array.prototype as unknown as Record<string, unknown>).polluted;
    }
  });
});

describe("other objects built from user keys", () => {
  it("URL parameters: no prototype, forbidden names dropped", () => {
    const search = searchRecord(new URLSearchParams("week=2026-W10&__proto__=x&constructor=y&toString=z&week=2026-W11"));
    expect(Object.getPrototypeOf(search)).toBeNull();
    expect({ ...search }).toEqual({ week: "2026-W11", toString: "z" });
  });

  it("audit snapshots keep a '__proto__' of the data as data", () => {
    const snapshot = auditSnapshot(JSON.parse('{"a":1,"__proto__":{"polluted":true},"password":"secret"}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(snapshot)).toBe(Object.prototype);
    expect(Object.keys(snapshot)).toEqual(["a", "__proto__"]);
    expect((snapshot as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("an attachment named x.constructor or x.toString is an unsupported type, not a crash", () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
    expect(checkAttachment("报告.constructor", 5, pdf)).toEqual({ ok: false, reason: "type" });
    expect(checkAttachment("报告.toString", 5, pdf)).toEqual({ ok: false, reason: "type" });
    expect(checkAttachment("报告.pdf", 5, pdf)).toEqual({ ok: true, mimeType: "application/pdf" });
  });
});

describe("text and date fields", () => {
  const errorsOf = (schema: z.ZodType, value: unknown) => {
    const parsed = parseWith(z.object({ field: schema }), { field: value }, zh);
    return parsed.ok ? null : parsed.fieldErrors.field;
  };

  it("refuse NUL and other control characters, keep tabs and line breaks", () => {
    expect(errorsOf(requiredText(100), "进展\u0000")).toEqual(["含有不可见的控制字符，请删除后再提交"]);
    expect(errorsOf(optionalText(100), "\u0007")).toEqual(["含有不可见的控制字符，请删除后再提交"]);
    expect(errorsOf(plainText(100), "a\u001bb")).toEqual(["含有不可见的控制字符，请删除后再提交"]);
    expect(errorsOf(plainText(100), "a\u0085b")).toEqual(["含有不可见的控制字符，请删除后再提交"]);
    expect(errorsOf(plainText(100), "第一行\r\n第二行\t完")).toBeNull();
    expect(errorsOf(id, "wi\u0000")).toEqual(["格式不正确"]);
    expect(errorsOf(id, "__proto__")).toEqual(["格式不正确"]);
    expect(errorsOf(id, "demo-wi-1.2.3")).toBeNull();
  });

  it("bound every date to twenty years back and five ahead of the current year", () => {
    const now = new Date("2026-05-20T12:00:00Z");
    expect(dateBounds(now)).toEqual({ min: "2006-01-01", max: "2031-12-31" });
    expect(dateInBounds("2006-01-01", now)).toBe(true);
    expect(dateInBounds("2005-12-31", now)).toBe(false);
    expect(dateInBounds("2031-12-31", now)).toBe(true);
    expect(dateInBounds("2032-01-01", now)).toBe(false);
    // The fields use the real clock.
    const { min, max } = dateBounds();
    const year = new Date().getUTCFullYear();
    const outOfRange = [`日期须在 ${min} 至 ${max} 之间`];
    expect(errorsOf(dateKeyField, "9999-12-31")).toEqual(outOfRange);
    expect(errorsOf(dateKeyField, `${year}-02-30`)).toEqual(["请输入有效的日期"]);
    expect(errorsOf(dateKeyField, `${year}-02-28`)).toBeNull();
    expect(errorsOf(optionalDateKey, "")).toBeNull();
    expect(errorsOf(optionalDateKey, "0001-01-01")).toEqual(outOfRange);
    expect(errorsOf(isoWeekField, `${year}-W54`)).toEqual(["格式不正确"]);
    expect(errorsOf(isoWeekField, "0001-W01")).toEqual(outOfRange);
    expect(errorsOf(isoWeekField, `${year}-W10`)).toBeNull();
    expect(errorsOf(monthKeyField, `${year}-13`)).toEqual(["格式不正确"]);
    expect(errorsOf(monthKeyField, `${year}-00`)).toEqual(["格式不正确"]);
    expect(errorsOf(monthKeyField, "9999-12")).toEqual(outOfRange);
    expect(parseMonthKey(`${year}-13`)).toBeNull();
    expect(parseMonthKey(`${year}-02`)).toEqual({ year, month: 2 });
  });
});
