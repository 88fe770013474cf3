import { describe, expect, it } from "vitest";
import { availableSteps, formatNoticeNumber, isUnanswered, nextStatus, NOTICE_STATUSES, NOTICE_STEPS, type NoticeStatus, type NoticeStep } from "@/lib/notices/workflow";

describe("the notice state machine", () => {
  it("walks the happy path and the return loop", () => {
    const path: [NoticeStep, NoticeStatus][] = [
      ["sign", "SIGNED"],
      ["start", "IN_PROGRESS"],
      ["respond", "RESPONDED"],
      ["return", "RETURNED"],
      ["start", "IN_PROGRESS"],
      ["respond", "RESPONDED"],
      ["review", "REVIEWED"],
      ["return", "RETURNED"],
      ["respond", "RESPONDED"],
      ["review", "REVIEWED"],
      ["close", "CLOSED"],
    ];
    let status: NoticeStatus = "ISSUED";
    for (const [step, expected] of path) {
      const next = nextStatus(status, step);
      expect(next, `${status} --${step}-->`).toBe(expected);
      status = next!;
    }
  });

  it("allows exactly these steps from each status", () => {
    const allowed = Object.fromEntries(NOTICE_STATUSES.map((status) => [status, NOTICE_STEPS.filter((step) => nextStatus(status, step) !== null)]));
    expect(allowed).toEqual({
      ISSUED: ["sign", "chase"],
      SIGNED: ["start", "respond", "chase"],
      IN_PROGRESS: ["respond", "chase"],
      RESPONDED: ["review", "return"],
      REVIEWED: ["return", "close"],
      RETURNED: ["start", "respond", "chase"],
      CLOSED: [],
    });
  });

  it("keeps the status on a chase and counts only unanswered notices as chaseable", () => {
    expect(nextStatus("SIGNED", "chase")).toBe("SIGNED");
    expect(NOTICE_STATUSES.filter(isUnanswered)).toEqual(["ISSUED", "SIGNED", "IN_PROGRESS", "RETURNED"]);
  });

  it("offers the unit's steps to the unit and the office's to the office", () => {
    expect(availableSteps("SIGNED", { respond: true, manage: false })).toEqual(["start", "respond"]);
    expect(availableSteps("SIGNED", { respond: false, manage: true })).toEqual(["chase"]);
    expect(availableSteps("RESPONDED", { respond: true, manage: false })).toEqual([]);
    expect(availableSteps("RESPONDED", { respond: false, manage: true })).toEqual(["review", "return"]);
    expect(availableSteps("CLOSED", { respond: true, manage: true })).toEqual([]);
  });

  it("numbers notices in the official form", () => {
    expect(formatNoticeNumber(2026, 7)).toBe("督办〔2026〕7号");
  });
});
