import { describe, expect, it } from "vitest";
import { canInstruct, canTransition, COORDINATION_STATUSES, editableByRaisingUnit, outcomeRequired, statusAfterInstruction } from "@/lib/coordination/workflow";
import { parseCurvePoints } from "@/lib/plan/curve-points";
import { dateOrderIssues, fundingIssues, partOfWholeIssues } from "@/lib/resources/rules";

const funding = (facts: Partial<Parameters<typeof fundingIssues>[0]>) =>
  fundingIssues({ status: "APPLIED", amountApproved: "0", amountArrived: "0", appliedAt: null, approvedAt: null, arrivedAt: null, ...facts }).map((issue) => `${issue.field}:${issue.key.split(".").pop()}`);

describe("funding rules", () => {
  it("accept each status with amounts that tell its story", () => {
    expect(funding({})).toEqual([]);
    expect(funding({ status: "APPROVED", amountApproved: "200000000" })).toEqual([]);
    expect(funding({ status: "PARTLY_ARRIVED", amountApproved: "5000000", amountArrived: "2000000" })).toEqual([]);
    expect(funding({ status: "ARRIVED", amountApproved: "3000000", amountArrived: "3000000" })).toEqual([]);
  });

  it("refuse amounts that contradict the status", () => {
    expect(funding({ amountApproved: "1" })).toEqual(["status:notYetApproved"]);
    expect(funding({ status: "APPROVED" })).toEqual(["amountApproved:approvedAmountRequired"]);
    expect(funding({ status: "APPROVED", amountApproved: "10", amountArrived: "5" })).toEqual(["status:arrivedNeedsStatus"]);
    expect(funding({ status: "PARTLY_ARRIVED", amountApproved: "10", amountArrived: "10" })).toEqual(["amountArrived:partlyArrived"]);
    expect(funding({ status: "ARRIVED", amountApproved: "10", amountArrived: "9.99" })).toEqual(["amountArrived:fullyArrived"]);
    expect(funding({ status: "ARRIVED", amountApproved: "10", amountArrived: "10.01" })).toEqual(["amountArrived:arrivedAboveApproved", "amountArrived:fullyArrived"]);
  });

  it("keep dates in order, skipping blanks", () => {
    expect(funding({ appliedAt: "2026-05-01", approvedAt: null, arrivedAt: "2026-04-30", status: "ARRIVED", amountApproved: "1", amountArrived: "1" })).toEqual(["arrivedAt:dateOrder"]);
    expect(dateOrderIssues([["a", "2026-01-01"], ["b", null], ["c", "2026-01-01"]])).toEqual([]);
  });

  it("keep a part within its whole", () => {
    expect(partOfWholeIssues(["builtAreaKm2", "1.29"], "3.99", "k")).toEqual([]);
    expect(partOfWholeIssues(["builtAreaKm2", "4"], "3.99", "k")).toEqual([{ field: "builtAreaKm2", key: "k" }]);
  });
});

describe("the coordination workflow", () => {
  it("goes from open to a leader, to coordination, to a finish that can be reopened", () => {
    expect(canTransition("OPEN", "WAITING_LEADER")).toBe(true);
    expect(canTransition("WAITING_LEADER", "IN_PROGRESS")).toBe(true);
    expect(canTransition("IN_PROGRESS", "RESOLVED")).toBe(true);
    expect(canTransition("RESOLVED", "IN_PROGRESS")).toBe(true);
    expect(canTransition("RESOLVED", "CLOSED")).toBe(false);
    expect(canTransition("CLOSED", "WAITING_LEADER")).toBe(false);
    for (const status of COORDINATION_STATUSES) expect(canTransition(status, status)).toBe(false);
  });

  it("moves a request on when a leader instructs, and only while it is open", () => {
    expect(statusAfterInstruction("WAITING_LEADER")).toBe("IN_PROGRESS");
    expect(statusAfterInstruction("OPEN")).toBe("IN_PROGRESS");
    expect(statusAfterInstruction("IN_PROGRESS")).toBe("IN_PROGRESS");
    expect(COORDINATION_STATUSES.filter(canInstruct)).toEqual(["OPEN", "WAITING_LEADER", "IN_PROGRESS"]);
    expect(COORDINATION_STATUSES.filter(outcomeRequired)).toEqual(["RESOLVED", "CLOSED"]);
    expect(COORDINATION_STATUSES.filter(editableByRaisingUnit)).toEqual(["OPEN"]);
  });
});

describe("custom curve points as text", () => {
  it("reads points separated by new lines or semicolons, with or without %", () => {
    expect(parseCurvePoints("2026-06-30=30%\n2026/9/30 = 70")).toEqual({ ok: true, points: [{ date: "2026-06-30", percent: 30 }, { date: "2026-09-30", percent: 70 }] });
    expect(parseCurvePoints("2026-06-30=30.5%；2026-09-30=70%")).toMatchObject({ ok: true, points: [{ percent: 30.5 }, { percent: 70 }] });
    expect(parseCurvePoints("")).toEqual({ ok: true, points: [] });
    expect(parseCurvePoints("明年年中=30%")).toEqual({ ok: false, entry: "明年年中=30%" });
  });
});
