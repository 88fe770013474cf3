import { describe, expect, it } from "vitest";
import { coalesceAudit } from "@/lib/audit/coalesce";

describe("coalescing audit rows", () => {
  it("keeps the first before and the last after over the union of the fields", () => {
    const first = { before: { summary: "a", items: { X1: { progress: 10 } } }, after: { week: "2026-W49", summary: "b", items: { X1: { progress: 20 } }, version: 2 } };
    const next = { before: { summary: "b", items: { X1: { progress: 20 }, X2: { problems: "" } } }, after: { week: "2026-W49", summary: "c", items: { X1: { progress: 30 }, X2: { problems: "缺地" } }, version: 3 } };
    expect(coalesceAudit(first, next)).toEqual({
      before: { summary: "a", items: { X1: { progress: 10 }, X2: { problems: "" } } },
      after: { week: "2026-W49", summary: "c", items: { X1: { progress: 30 }, X2: { problems: "缺地" } }, version: 3 },
    });
  });

  it("drops a field changed and changed back, and an item left with nothing, but keeps the top level", () => {
    const first = { before: { items: { X1: { progress: 10, problems: "" } } }, after: { items: { X1: { progress: 20, problems: "缺地" } }, version: 2 } };
    const next = { before: { items: { X1: { progress: 20, problems: "缺地" } } }, after: { items: { X1: { progress: 10, problems: "" } }, version: 3 } };
    expect(coalesceAudit(first, next)).toEqual({ before: { items: {} }, after: { items: {}, version: 3 } });
  });

  it("compares lists whole, and keeps a creation's before null", () => {
    const listed = coalesceAudit({ before: { items: { X1: { attachments: [] } } }, after: { items: { X1: { attachments: ["a.pdf"] } } } }, { before: { items: { X1: { attachments: ["a.pdf"] } } }, after: { items: { X1: { attachments: ["a.pdf", "b.pdf"] } } } });
    expect(listed).toEqual({ before: { items: { X1: { attachments: [] } } }, after: { items: { X1: { attachments: ["a.pdf", "b.pdf"] } } } });
    const created = coalesceAudit({ before: null, after: { status: "DRAFT", items: { X1: { progress: 10 } }, version: 1 } }, { before: { items: { X1: { progress: 10 } } }, after: { items: { X1: { progress: 15 } }, version: 2 } });
    expect(created).toEqual({ before: null, after: { status: "DRAFT", items: { X1: { progress: 15 } }, version: 2 } });
  });

  it("keeps a __proto__ key of user data as data", () => {
    const merged = coalesceAudit({ before: { items: JSON.parse('{"__proto__": {"progress": 1}}') }, after: { items: JSON.parse('{"__proto__": {"progress": 2}}') } }, { before: { items: {} }, after: { items: {} } });
    expect(Object.getPrototypeOf(merged.after)).toBe(Object.prototype);
    expect(Object.keys((merged.after as { items: object }).items)).toEqual(["__proto__"]);
  });
});
