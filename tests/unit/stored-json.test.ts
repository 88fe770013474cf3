// Stored JSON columns are read through their zod schema: a row as older versions stored it
// still reads (defaults filled in, version 1 when it has none), and a malformed row is refused
// with an error that names the column and the field.
import { describe, expect, it } from "vitest";
import { auditReason } from "@/lib/audit/schema";
import { parsePublishedRanking, parseRoundWeights, readStoredPart } from "@/lib/assessment/schema";
import { parseBriefingSnapshot } from "@/lib/briefings/schema";
import { parseNotificationMessage } from "@/lib/notifications/schema";
import { parsePlannedPoints } from "@/lib/plan/schema";
import { StoredJsonError } from "@/lib/server/stored-json";
import { MONTHLY_SNAPSHOT_VERSION, parseMonthlySnapshot, toMonthlySnapshotJson } from "@/lib/supervision/schema";
import { parseWarningEvidence, recordedWarningEvidence } from "@/lib/warnings/schema";

function refusal(read: () => unknown): StoredJsonError {
  try {
    read();
  } catch (error) {
    if (error instanceof StoredJsonError) return error;
    throw error;
  }
  throw new Error("the value was read");
}

describe("Warning.evidence", () => {
  const stored = {
    rule: "MISSING_REPORT",
    threshold: { yellowWeeks: 1, orangeWeeks: 2, redWeeks: 3 },
    figures: { missing: 2, missingWeeks: ["2026-W46", "2026-W47"], suggestNotice: false, lastSubmitted: null },
    reports: [{ id: "r1", week: "2026-W45" }],
    subject: { unitName: "市发改委" },
  };

  it("reads what the engine stored", () => {
    const evidence = parseWarningEvidence(stored);
    expect(evidence.figures.missingWeeks).toEqual(["2026-W46", "2026-W47"]);
    expect(evidence.subject).toEqual({ unitName: "市发改委" });
    expect(evidence.reports).toEqual([{ id: "r1", week: "2026-W45" }]);
  });

  it("reads an old row without reports or rule, and {} as empty evidence", () => {
    const { rule: _rule, reports: _reports, ...old } = stored;
    expect(parseWarningEvidence(old).reports).toEqual([]);
    expect(parseWarningEvidence({})).toEqual({ threshold: {}, figures: {}, reports: [], subject: { unitName: "" } });
    expect(recordedWarningEvidence({})).toBeNull();
    expect(recordedWarningEvidence(stored)?.subject.unitName).toBe("市发改委");
  });

  it("refuses a malformed row, naming the column and the field", () => {
    const error = refusal(() => parseWarningEvidence({ ...stored, figures: { missing: { weeks: 2 } } }));
    expect(error.column).toBe("Warning.evidence");
    expect(error.message).toContain("Warning.evidence");
    expect(error.message).toContain("figures.missing");
    expect(refusal(() => parseWarningEvidence({ ...stored, rule: "LAZY" })).message).toContain("rule");
    expect(() => parseWarningEvidence("text")).toThrow(StoredJsonError);
  });
});

describe("MonthlyReport.snapshot", () => {
  // Published before the snapshot carried a version.
  const old = {
    period: { year: 2026, month: 10, first: "2026-10-01", last: "2026-10-31", asOf: "2026-10-31T15:59:59.999Z", weeks: ["2026-W41", "2026-W42"] },
    summary: {
      units: 1, owed: 2, submitted: 1, onTime: 1, late: 0, missing: 1, submissionRate: 50, onTimeRate: 50, items: 3, completed: 0,
      progressStart: 10, progressEnd: 20.5, warningsOpened: 1, warningsResolved: 0, inspections: 0, decisions: 0, decisionsDone: 0, decisionsOverdue: 0,
    },
    units: [
      {
        unitId: "u1", name: "市发改委", park: null, owed: 2, onTime: 1, late: 0, missing: 1, submissionRate: 50, onTimeRate: 50, averageLateMinutes: null,
        items: 3, progressStart: 10, progressEnd: 20.5, progressMoved: 10.5, completed: 0, warningsOpened: 1, warningsResolved: 0, ratings: [],
      },
    ],
    completedItems: [],
    warnings: { opened: { BLUE: 0, YELLOW: 1, ORANGE: 0, RED: 0 }, resolved: 0 },
    inspections: [],
    ratings: { EXCELLENT: 0, GOOD: 0, FAIR: 0, POOR: 0 },
    decisions: [],
  };

  it("reads a row without a version as version 1, and writes the version", () => {
    const snapshot = parseMonthlySnapshot(old);
    expect(snapshot.units[0].progressMoved).toBe(10.5);
    expect(snapshot).not.toHaveProperty("version");
    expect(toMonthlySnapshotJson(snapshot)).toEqual({ version: 1, ...old });
    expect(MONTHLY_SNAPSHOT_VERSION).toBe(1);
    expect(parseMonthlySnapshot(toMonthlySnapshotJson(snapshot))).toEqual(snapshot);
  });

  it("refuses a later version it cannot read and a malformed row", () => {
    expect(refusal(() => parseMonthlySnapshot({ ...old, version: 2 })).message).toContain("version");
    const error = refusal(() => parseMonthlySnapshot({ ...old, summary: { ...old.summary, owed: "2" } }));
    expect(error.message).toContain("MonthlyReport.snapshot");
    expect(error.message).toContain("summary.owed");
  });
});

describe("BriefingEdition.snapshot", () => {
  const briefing = {
    week: { isoYear: 2026, isoWeek: 47 },
    monday: "2026-11-16",
    submission: { expected: 1, submitted: 1, onTime: 1, ranking: [{ rank: 1, unitId: "u1", unit: "发改委", unitName: "市发改委", outcome: "ON_TIME", submittedAt: "2026-11-20T08:00:00.000Z", lateMinutes: null }] },
    progress: [],
    newRedWarnings: [],
    noticesIssued: [],
    noticesClosed: [],
    completed: [],
  };

  it("reads an edition issued without a version (as version 1) and before the readiness line", () => {
    const read = parseBriefingSnapshot({ briefing });
    expect(read.readiness).toBeNull();
    expect(read.submission.ranking[0].submittedAt).toEqual(new Date("2026-11-20T08:00:00.000Z"));
  });

  it("refuses a malformed edition", () => {
    const error = refusal(() => parseBriefingSnapshot({ version: 1, briefing: { ...briefing, noticesIssued: [{ id: "n1" }] } }));
    expect(error.message).toContain("BriefingEdition.snapshot");
    expect(error.message).toContain("briefing.noticesIssued.0");
  });
});

describe("assessment columns", () => {
  it("reads a round's weights, a missing component weighing 0", () => {
    expect(parseRoundWeights({ TIMELINESS: 20, PROGRESS: 35, INDICATORS: 20, WARNINGS: 15, INSPECTIONS: 10 })).toEqual({ TIMELINESS: 20, PROGRESS: 35, INDICATORS: 20, WARNINGS: 15, INSPECTIONS: 10 });
    expect(parseRoundWeights({ TIMELINESS: 25, PROGRESS: 40, INDICATORS: 20, WARNINGS: 15 }).INSPECTIONS).toBe(0);
    expect(refusal(() => parseRoundWeights({ TIMELINESS: "20" })).message).toContain("AssessmentRound.weights");
  });

  it("reads a part's evidence with its bookkeeping and free-form figures", () => {
    expect(readStoredPart(undefined)).toEqual({});
    expect(readStoredPart({ expected: 13, onTime: 12, applicable: true })).toEqual({ expected: 13, onTime: 12, applicable: true });
    expect(refusal(() => readStoredPart({ applicable: "yes" })).message).toContain("applicable");
  });

  it("reads a published ranking, written before category ranks", () => {
    expect(parsePublishedRanking([{ unitId: "u1", total: 91.5, rank: 1 }])).toEqual([{ unitId: "u1", total: 91.5, rank: 1 }]);
    expect(refusal(() => parsePublishedRanking({ u1: 1 })).message).toContain("AssessmentPublication.ranking");
  });
});

describe("other columns", () => {
  it("reads a custom curve's points, null for the other curves", () => {
    expect(parsePlannedPoints(null)).toBeNull();
    expect(parsePlannedPoints([{ date: "2026-03-31", percent: 30 }])).toEqual([{ date: "2026-03-31", percent: 30 }]);
    expect(refusal(() => parsePlannedPoints([{ date: "31/03/2026", percent: 30 }])).message).toContain("WorkItem.plannedPoints");
  });

  it("reads a notification's message keys, and rows from before them", () => {
    expect(parseNotificationMessage(null)).toEqual({ title: null, body: null });
    expect(parseNotificationMessage({ title: { key: "supervision.notify.decisionTitle", values: { week: "2026-W47" } }, body: null })).toEqual({
      title: { key: "supervision.notify.decisionTitle", values: { week: "2026-W47" } },
      body: null,
    });
    expect(refusal(() => parseNotificationMessage({ title: 42 })).message).toContain("Notification.message");
  });

  it("reads an audit step's reason", () => {
    expect(auditReason({ status: "RETURNED", reason: "请补充佐证材料" })).toBe("请补充佐证材料");
    expect(auditReason({ status: "ACCEPTED" })).toBeNull();
    expect(auditReason(null)).toBeNull();
    expect(refusal(() => auditReason({ reason: 3 })).message).toContain("AuditLog.after");
  });
});
