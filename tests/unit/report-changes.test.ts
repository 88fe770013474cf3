import { describe, expect, it } from "vitest";
import type { EntryValues } from "@/lib/reports/entry-rules";
import { reportChanges } from "@/lib/reports/report-changes";

const entry = (values: Partial<EntryValues> = {}): EntryValues => ({ progress: 40, indicators: {}, doneThisWeek: "完成用地预审", planNextWeek: "报批", problems: "", needsCoordination: false, regressionReason: null, ...values });
const unchanged = { exists: true, status: { from: "DRAFT", to: "DRAFT" }, summary: { from: "总体顺利", to: "总体顺利" } };

describe("what a report save changed", () => {
  it("is nothing for an autosave of the same form", () => {
    const changes = reportChanges({ ...unchanged, entries: [{ code: "1.1.1", before: entry(), after: entry(), attachmentsBefore: ["a.pdf"], attachmentsAfter: ["a.pdf"] }] });
    expect(changes.changed).toBe(false);
    expect(changes.before.items["1.1.1"]).toBeUndefined();
  });

  it("keeps each changed field and the attachment lists, before → after, by item code", () => {
    const changes = reportChanges({
      ...unchanged,
      summary: { from: "总体顺利", to: "总体顺利，个别滞后" },
      entries: [
        { code: "1.1.1", before: entry(), after: entry({ progress: 55, needsCoordination: true, problems: "缺指标" }), attachmentsBefore: ["a.pdf", "b.pdf"], attachmentsAfter: ["b.pdf", "c.docx"] },
        { code: "1.1.2", before: entry(), after: entry(), attachmentsBefore: [], attachmentsAfter: [] },
      ],
    });
    expect(changes.changed).toBe(true);
    expect(changes.before).toEqual({ summary: "总体顺利", items: { "1.1.1": { progress: 40, problems: "", needsCoordination: false, attachments: ["a.pdf", "b.pdf"] } } });
    expect(changes.after).toEqual({ summary: "总体顺利，个别滞后", items: { "1.1.1": { progress: 55, problems: "缺指标", needsCoordination: true, attachments: ["b.pdf", "c.docx"] } } });
  });

  it("shows a new entry's values against empty, and a submission's status", () => {
    const changes = reportChanges({ exists: true, status: { from: "RETURNED", to: "SUBMITTED" }, summary: { from: "", to: "" }, entries: [{ code: "D2026-11-1", before: null, after: entry({ planNextWeek: "" }), attachmentsBefore: [], attachmentsAfter: [] }] });
    expect(changes.before).toEqual({ status: "RETURNED", items: { "D2026-11-1": { progress: null, doneThisWeek: "" } } });
    expect(changes.after).toEqual({ status: "SUBMITTED", items: { "D2026-11-1": { progress: 40, doneThisWeek: "完成用地预审" } } });
  });

  it("counts creating the report or an entry as a change even with nothing filled in", () => {
    const empty = entry({ progress: null, doneThisWeek: "", planNextWeek: "" });
    expect(reportChanges({ ...unchanged, exists: false, status: { from: null, to: "DRAFT" }, entries: [] }).changed).toBe(true);
    expect(reportChanges({ ...unchanged, entries: [{ code: "1.1.1", before: null, after: empty, attachmentsBefore: [], attachmentsAfter: [] }] }).changed).toBe(true);
  });

  it("keys items by code on objects without a prototype", () => {
    const changes = reportChanges({ ...unchanged, entries: [{ code: "__proto__", before: entry(), after: entry({ progress: 50 }), attachmentsBefore: [], attachmentsAfter: [] }] });
    expect(Object.keys(changes.after.items)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).progress).toBeUndefined();
  });

  it("compares indicator values one by one, and leaves out those the save does not give", () => {
    const before = entry({ indicators: { 高新技术企业数: "90", 当年申报企业数: null } });
    const changes = reportChanges({
      ...unchanged,
      entries: [{ code: "1.1.2", before, after: entry({ indicators: { 高新技术企业数: "90", 当年申报企业数: "12" } }), attachmentsBefore: [], attachmentsAfter: [] }],
    });
    expect(changes.before.items["1.1.2"]).toEqual({ indicators: { 当年申报企业数: null } });
    expect(changes.after.items["1.1.2"]).toEqual({ indicators: { 当年申报企业数: "12" } });
    const partial = reportChanges({ ...unchanged, entries: [{ code: "1.1.2", before, after: entry({ indicators: { 高新技术企业数: "90" } }), attachmentsBefore: [], attachmentsAfter: [] }] });
    expect(partial.changed).toBe(false);
  });
});
