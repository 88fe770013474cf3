// The consistency rules of resource records, shared by the zod schemas. Pure; messages
// are i18n keys without values. Amounts and areas arrive as exact decimal text.
import type { FundingStatus } from "@/lib/db/generated/enums";
import { compareDecimals } from "@/lib/server/exact-decimal";

export interface RuleIssue<F extends string = string> {
  field: F;
  key: string;
}

/** Dates given in a sequence must not run backwards ("YYYY-MM-DD", null = not given). */
export function dateOrderIssues<F extends string>(sequence: [F, string | null][]): RuleIssue<F>[] {
  const issues: RuleIssue<F>[] = [];
  let latest: string | null = null;
  for (const [field, value] of sequence) {
    if (!value) continue;
    if (latest && value < latest) issues.push({ field, key: "resources.validation.dateOrder" });
    else latest = value;
  }
  return issues;
}

export type FundingStatusName = FundingStatus;

export interface FundingFacts {
  status: FundingStatusName;
  amountApproved: string;
  amountArrived: string;
  appliedAt: string | null;
  approvedAt: string | null;
  arrivedAt: string | null;
}

/**
 * Status and amounts tell one story, so that totals per status mean something: nothing is
 * approved before approval; an approved item has an approved amount; "partly arrived" is
 * strictly between nothing and the approved amount; "arrived" is all of it.
 */
export function fundingIssues(facts: FundingFacts): RuleIssue<keyof FundingFacts>[] {
  const issues: RuleIssue<keyof FundingFacts>[] = [];
  const approved = compareDecimals(facts.amountApproved, "0", 2);
  const arrived = compareDecimals(facts.amountArrived, "0", 2);
  const arrivedVsApproved = compareDecimals(facts.amountArrived, facts.amountApproved, 2);
  const granted = facts.status === "APPROVED" || facts.status === "PARTLY_ARRIVED" || facts.status === "ARRIVED";
  if (arrivedVsApproved > 0) issues.push({ field: "amountArrived", key: "resources.validation.arrivedAboveApproved" });
  if (granted && approved <= 0) issues.push({ field: "amountApproved", key: "resources.validation.approvedAmountRequired" });
  if (!granted && approved > 0) issues.push({ field: "status", key: "resources.validation.notYetApproved" });
  if (facts.status === "APPROVED" && arrived > 0) issues.push({ field: "status", key: "resources.validation.arrivedNeedsStatus" });
  if (facts.status === "PARTLY_ARRIVED" && (arrived <= 0 || arrivedVsApproved >= 0)) issues.push({ field: "amountArrived", key: "resources.validation.partlyArrived" });
  if (facts.status === "ARRIVED" && approved > 0 && arrivedVsApproved !== 0) issues.push({ field: "amountArrived", key: "resources.validation.fullyArrived" });
  issues.push(...dateOrderIssues<keyof FundingFacts>([["appliedAt", facts.appliedAt], ["approvedAt", facts.approvedAt], ["arrivedAt", facts.arrivedAt]]));
  return issues;
}

/** A part (approved, built) never exceeds its whole (requested, planned). */
export function partOfWholeIssues<F extends string>(part: [F, string | null], whole: string | null, key: string): RuleIssue<F>[] {
  if (part[1] === null || whole === null) return [];
  return compareDecimals(part[1], whole, 2) > 0 ? [{ field: part[0], key }] : [];
}

/** An approval (designation, planning adjustment) that is approved says when. */
export function approvalIssues(facts: { status: string; appliedAt: string | null; approvedAt: string | null }, appliedField: "appliedAt" | "submittedAt"): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (facts.status === "APPROVED" && !facts.approvedAt) issues.push({ field: "approvedAt", key: "resources.validation.approvedDateRequired" });
  issues.push(...dateOrderIssues<string>([[appliedField, facts.appliedAt], ["approvedAt", facts.approvedAt]]));
  return issues;
}
