// Every point a unit's quarter score gained or lost, with the event behind it and where to
// open it: the "加减分明细" of the unit's assessment page. Pure: read from the stored evidence.
import { WARNING_DEDUCTION, type Component } from "./scoring";

export interface PointLine {
  component: Component | null;
  kind: "WARNING" | "NOTICE" | "RECTIFICATION" | "ADJUSTMENT" | "APPEAL";
  /** Points on the part's 0–100 scale (negative: deducted); for an adjustment, points of the total. */
  points: number;
  /** Points of the total: points × the part's applied weight / 100 (an adjustment counts in full). */
  totalPoints: number;
  /** Why an event deducted nothing ("noticeCounted", "escalation"); null when it counted. */
  notDeducted: string | null;
  label: string;
  level?: string;
  href: string | null;
}

type Part = { component: Component; weight: number; rawScore: number | null; evidence: Record<string, unknown> };
type Row = Record<string, unknown>;
const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);
// `|| 0`: a deduction of nothing is 0, not −0.
const round2 = (value: number) => Math.round(value * 100) / 100 || 0;
const negative = (value: number) => -value || 0;

export function pointLines(parts: Part[], adjustment: { points: number; reason: string | null }, appeals: { id: string; component: Component; rawBefore: number | null; correctedRaw: number | null; status: string }[]): PointLine[] {
  const lines: PointLine[] = [];
  const weighted = (part: Part, points: number) => round2((points * part.weight) / 100);
  for (const part of parts) {
    if (part.rawScore === null) continue;
    if (part.component === "WARNINGS") {
      for (const warning of rows(part.evidence.warnings)) {
        const level = String(warning.level);
        // Evidence stored before one-event-one-deduction has no points: its level's deduction.
        const points = negative(typeof warning.points === "number" ? warning.points : WARNING_DEDUCTION[level as keyof typeof WARNING_DEDUCTION] ?? 0);
        lines.push({ component: part.component, kind: "WARNING", points, totalPoints: weighted(part, points), notDeducted: (warning.notDeducted as string | null) ?? null, label: String(warning.title), level, href: warning.id ? `/warnings/${String(warning.id)}` : null });
      }
      for (const notice of rows(part.evidence.notices).filter((row) => row.late)) {
        const points = negative(typeof notice.points === "number" ? notice.points : 10);
        lines.push({ component: part.component, kind: "NOTICE", points, totalPoints: weighted(part, points), notDeducted: null, label: String(notice.number), href: notice.id ? `/notices/${String(notice.id)}` : null });
      }
    }
    if (part.component === "INSPECTIONS") {
      for (const inspection of rows(part.evidence.inspections).filter((row) => row.rectificationOverdue)) {
        const points = negative(typeof inspection.points === "number" ? inspection.points : 10);
        lines.push({ component: part.component, kind: "RECTIFICATION", points, totalPoints: weighted(part, points), notDeducted: null, label: String(inspection.date), href: inspection.id ? `/supervision/inspections/${String(inspection.id)}` : null });
      }
    }
  }
  for (const appeal of appeals.filter((row) => row.status === "ACCEPTED" && row.correctedRaw !== null)) {
    const part = parts.find((candidate) => candidate.component === appeal.component);
    const points = round2(appeal.correctedRaw! - (appeal.rawBefore ?? 0));
    lines.push({ component: appeal.component, kind: "APPEAL", points, totalPoints: part ? weighted(part, points) : 0, notDeducted: null, label: appeal.id, href: "#appeals" });
  }
  if (adjustment.points !== 0) lines.push({ component: null, kind: "ADJUSTMENT", points: adjustment.points, totalPoints: adjustment.points, notDeducted: null, label: adjustment.reason ?? "", href: null });
  return lines;
}
