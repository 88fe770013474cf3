import { describe, expect, it } from "vitest";
import { auditChanges } from "@/lib/audit/diff";

describe("what an audit row says changed", () => {
  it("lists changed leaves before → after and leaves out what stayed", () => {
    expect(auditChanges({ status: "DRAFT", items: { "1.1.1": { progress: 40, problems: "" } } }, { week: "2026-W47", status: "SUBMITTED", items: { "1.1.1": { progress: 55, problems: "" } }, version: 4 })).toEqual([
      { kind: "set", path: ["week"], value: "2026-W47" },
      { kind: "changed", path: ["status"], from: "DRAFT", to: "SUBMITTED" },
      { kind: "changed", path: ["items", "1.1.1", "progress"], from: 40, to: 55 },
      { kind: "set", path: ["version"], value: 4 },
    ]);
  });

  it("compares lists item by item: files added and removed, repeats counted", () => {
    expect(auditChanges({ attachments: ["a.pdf", "b.pdf", "b.pdf"] }, { attachments: ["b.pdf", "c.pdf"] })).toEqual([{ kind: "list", path: ["attachments"], added: ["c.pdf"], removed: ["a.pdf", "b.pdf"] }]);
    expect(auditChanges({ attachments: ["a.pdf"] }, { attachments: ["a.pdf"] })).toEqual([]);
  });

  it("reads a created record as values set, a value gone as unset, null as a value", () => {
    expect(auditChanges(null, { email: "a@b.cn", files: [{ fileName: "x.pdf" }] })).toEqual([
      { kind: "set", path: ["email"], value: "a@b.cn" },
      { kind: "set", path: ["files"], value: [{ fileName: "x.pdf" }] },
    ]);
    expect(auditChanges({ note: "旧", due: null }, { due: "2026-12-01" })).toEqual([
      { kind: "changed", path: ["due"], from: null, to: "2026-12-01" },
      { kind: "unset", path: ["note"], value: "旧" },
    ]);
    expect(auditChanges(null, null)).toEqual([]);
  });
});
