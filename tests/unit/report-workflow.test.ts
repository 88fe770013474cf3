import { describe, expect, it } from "vitest";
import { entryErrors, indicatorRecord, isRegression, prefillEntry, type EntryValues } from "@/lib/reports/entry-rules";
import { boardStatus, isEditable, nextStatus, REPORT_STATUSES, statusesAllowing, type ReportAction, type ReportStatus } from "@/lib/reports/workflow";
import { DomainError } from "@/lib/server/errors";

describe("the weekly report state machine", () => {
  it("walks draft → submitted → returned → submitted → accepted", () => {
    let status: ReportStatus = nextStatus(null, "save");
    expect(status).toBe("DRAFT");
    expect(nextStatus(status, "save")).toBe("DRAFT");
    status = nextStatus(status, "submit");
    expect(status).toBe("SUBMITTED");
    status = nextStatus(status, "return");
    expect(status).toBe("RETURNED");
    expect(nextStatus(status, "save")).toBe("RETURNED");
    status = nextStatus(status, "submit");
    expect(status).toBe("SUBMITTED");
    expect(nextStatus(status, "accept")).toBe("ACCEPTED");
    expect(nextStatus(null, "submit")).toBe("SUBMITTED");
  });

  const legal: Record<ReportAction, (ReportStatus | null)[]> = {
    save: [null, "DRAFT", "RETURNED"],
    submit: [null, "DRAFT", "RETURNED"],
    return: ["SUBMITTED"],
    accept: ["SUBMITTED"],
  };

  it("refuses every other move with a domain error", () => {
    let refused = 0;
    for (const action of Object.keys(legal) as ReportAction[]) {
      for (const status of [null, ...REPORT_STATUSES]) {
        if (legal[action].includes(status)) {
          expect(() => nextStatus(status, action)).not.toThrow();
        } else {
          expect(() => nextStatus(status, action), `${action} from ${status}`).toThrow(DomainError);
          refused += 1;
        }
      }
    }
    expect(refused).toBe(4 * 5 - 8);
  });

  it("names why: locked after submission, final after acceptance, nothing to review", () => {
    const key = (status: ReportStatus | null, action: ReportAction) => {
      try {
        nextStatus(status, action);
      } catch (error) {
        return (error as DomainError).messageKey;
      }
      return null;
    };
    expect(key("SUBMITTED", "save")).toBe("reports.errors.locked");
    expect(key("ACCEPTED", "submit")).toBe("reports.errors.accepted");
    expect(key("DRAFT", "accept")).toBe("reports.errors.notAwaitingReview");
    expect(key("RETURNED", "return")).toBe("reports.errors.notAwaitingReview");
    expect(key(null, "return")).toBe("errors.notFound");
  });

  it("lists the statuses an action starts from, for guarded updates", () => {
    expect(statusesAllowing("submit")).toEqual(["DRAFT", "RETURNED"]);
    expect(statusesAllowing("accept")).toEqual(["SUBMITTED"]);
    expect(isEditable("RETURNED")).toBe(true);
    expect(isEditable("SUBMITTED")).toBe(false);
    expect(isEditable(null)).toBe(true);
  });

  it("places reports on the board by status and the lateness of the first submission", () => {
    expect(boardStatus(null)).toBe("NOT_STARTED");
    expect(boardStatus({ status: "DRAFT", lateMinutes: null })).toBe("DRAFT");
    expect(boardStatus({ status: "SUBMITTED", lateMinutes: 0 })).toBe("ON_TIME");
    expect(boardStatus({ status: "SUBMITTED", lateMinutes: 1 })).toBe("LATE");
    expect(boardStatus({ status: "RETURNED", lateMinutes: 30 })).toBe("RETURNED");
    expect(boardStatus({ status: "ACCEPTED", lateMinutes: 30 })).toBe("ACCEPTED");
  });
});

describe("report entry rules", () => {
  const complete: EntryValues = {
    progress: 40,
    indicators: indicatorRecord(),
    doneThisWeek: "完成调研",
    planNextWeek: "形成方案",
    problems: "",
    needsCoordination: false,
    regressionReason: null,
  };

  it("accepts a complete entry and an incomplete draft", () => {
    expect(entryErrors(complete, { previousProgress: 30 }, "submit")).toEqual({});
    expect(entryErrors({ ...complete, progress: null, doneThisWeek: "", planNextWeek: "" }, { previousProgress: 30 }, "draft")).toEqual({});
  });

  it("requires progress, what was done and the plan at submission; not the plan once finished", () => {
    expect(entryErrors({ ...complete, progress: null, doneThisWeek: " ", planNextWeek: "" }, { previousProgress: null }, "submit")).toEqual({
      progress: "validation.required",
      doneThisWeek: "validation.required",
      planNextWeek: "validation.required",
    });
    expect(entryErrors({ ...complete, progress: 100, planNextWeek: "" }, { previousProgress: 90 }, "submit")).toEqual({});
  });

  it("refuses progress going backwards without a reason, in a draft too", () => {
    expect(entryErrors({ ...complete, progress: 29.5 }, { previousProgress: 30 }, "draft")).toEqual({ regressionReason: "reports.validation.regressionReason" });
    expect(entryErrors({ ...complete, progress: 29.5, regressionReason: "上周误报" }, { previousProgress: 30 }, "submit")).toEqual({});
    expect(entryErrors({ ...complete, progress: 30 }, { previousProgress: 30 }, "submit")).toEqual({});
    expect(isRegression(10, null)).toBe(false);
    expect(isRegression(null, 10)).toBe(false);
  });

  it("asks for the problem when coordination is needed", () => {
    expect(entryErrors({ ...complete, needsCoordination: true }, { previousProgress: null }, "submit")).toEqual({ problems: "reports.validation.coordinationNeedsProblem" });
  });

  it("pre-fills done-this-week from last week's plan and keeps last progress and indicator values", () => {
    const prefilled = prefillEntry({ progress: 35, planNextWeek: "召开座谈会", indicators: indicatorRecord([["k1", "12"]]) });
    expect(prefilled).toMatchObject({ progress: 35, doneThisWeek: "召开座谈会", planNextWeek: "" });
    expect({ ...prefilled.indicators }).toEqual({ k1: "12" });
    // A recurring item in a new period: progress starts empty again.
    expect(prefillEntry({ progress: null, planNextWeek: "", indicators: indicatorRecord() }).progress).toBeNull();
    expect(prefillEntry(null)).toMatchObject({ progress: null, doneThisWeek: "" });
  });

  it("refuses a negative value of a count indicator, and takes one of another", () => {
    const entry = { ...complete, indicators: indicatorRecord([["count", "-1"], ["ratio", "-0.5"]]) };
    expect(entryErrors(entry, { previousProgress: null, countIndicatorIds: new Set(["count"]) }, "draft")).toEqual({ "indicators.count": "reports.validation.countNotNegative" });
    expect(entryErrors({ ...complete, indicators: indicatorRecord([["count", "0"]]) }, { previousProgress: null, countIndicatorIds: new Set(["count"]) }, "submit")).toEqual({});
    // Compared exactly: the smallest negative step of a Decimal(18,4) is refused, a 17-digit count is taken.
    expect(entryErrors({ ...complete, indicators: indicatorRecord([["count", "-0.0001"]]) }, { previousProgress: null, countIndicatorIds: new Set(["count"]) }, "draft")).toEqual({ "indicators.count": "reports.validation.countNotNegative" });
    expect(entryErrors({ ...complete, indicators: indicatorRecord([["count", "1234567890123.4567"]]) }, { previousProgress: null, countIndicatorIds: new Set(["count"]) }, "submit")).toEqual({});
  });
});
