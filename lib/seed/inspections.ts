// The demo generator's inspections builder (lib/seed/generate.ts calls the builders in order). Pure.
import { addDaysToKey, dateFromKey, dateKey } from "@/lib/dates/zone-time";
import { INSPECTION_FINDINGS, INSPECTORS } from "./catalog";
import { monthKey, toWorkday } from "./dates";
import type { InspectionRow, RatingName } from "./types";
import { ZONE_ID, SUPERVISOR_ID, unitId, type DemoContext } from "./context";
import type { DemoOrg } from "./org";
import type { DemoMeetings } from "./meetings";
import type { DemoWeeklyReports } from "./weekly-reports";

/** The monthly inspections of reporting units (weaker ratings for late and stopped units) and at least two rectification orders. */
export function buildInspections(ctx: DemoContext, org: DemoOrg, meetings: DemoMeetings, reports: DemoWeeklyReports) {
  const { root, todayKey, campaignStartKey, at } = ctx;
  const { profiles } = org;
  const { months } = meetings;
  const { reportingUnits } = reports;
  const inspections: InspectionRow[] = [];
  const inspectable = reportingUnits.map((unit) => unit.code);
  for (const { year, month } of months) {
    const rng = root.fork(`inspections:${year}-${month}`);
    const ym = monthKey(year, month, 1).slice(0, 7);
    for (const code of rng.sample(inspectable, Math.min(8, inspectable.length))) {
      const key = toWorkday(monthKey(year, month, rng.int(8, 22)));
      if (key < campaignStartKey || key >= todayKey) continue;
      const profile = profiles[code];
      const recentlyStopped = profile === "stopped" && key >= addDaysToKey(todayKey, -35);
      const rating: RatingName = recentlyStopped
        ? "POOR"
        : profile === "late" || profile === "stopped"
          ? rng.weighted<RatingName>([["GOOD", 30], ["FAIR", 50], ["POOR", 20]])
          : rng.weighted<RatingName>([["EXCELLENT", 35], ["GOOD", 50], ["FAIR", 15]]);
      const rectificationRequired = rating === "POOR" || (rating === "FAIR" && rng.chance(0.2));
      const rectificationDueKey = rectificationRequired ? addDaysToKey(key, rng.int(15, 30)) : null;
      const rectified = rectificationDueKey !== null && rectificationDueKey < todayKey && rng.chance(0.75);
      const createdAt = at(key, 17 * 60 + rng.int(0, 50));
      inspections.push({
        id: `demo-insp-${ym}-${code}`,
        zoneId: ZONE_ID,
        unitId: unitId(code),
        date: dateFromKey(key),
        inspectors: rng.pick(INSPECTORS),
        findings: rng.pick(INSPECTION_FINDINGS[rating]) + (recentlyStopped ? "近期连续未报送周报，要求立即整改并书面说明原因。" : ""),
        rating,
        rectificationRequired,
        rectificationDue: rectificationDueKey ? dateFromKey(rectificationDueKey) : null,
        rectifiedAt: rectified ? at(addDaysToKey(rectificationDueKey!, -rng.int(1, 10)), rng.int(9 * 60, 17 * 60)) : null,
        createdById: SUPERVISOR_ID,
        createdAt,
        updatedAt: createdAt,
      });
    }
  }

  // A couple of rectification orders at least, on the weakest recent inspections.
  const severity: Record<RatingName, number> = { POOR: 3, FAIR: 2, GOOD: 1, EXCELLENT: 0 };
  const weakest = inspections
    .filter((inspection) => !inspection.rectificationRequired)
    .sort((a, b) => severity[b.rating] - severity[a.rating] || b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
  const rectifyRng = root.fork("rectification");
  for (const inspection of weakest.slice(0, Math.max(0, 2 - inspections.filter((row) => row.rectificationRequired).length))) {
    if (severity[inspection.rating] < 2) {
      inspection.rating = "FAIR";
      inspection.findings = INSPECTION_FINDINGS.FAIR[0];
    }
    const dueKey = addDaysToKey(dateKey(inspection.date), rectifyRng.int(15, 30));
    inspection.rectificationRequired = true;
    inspection.rectificationDue = dateFromKey(dueKey);
    inspection.rectifiedAt = dueKey < todayKey ? at(addDaysToKey(dueKey, -rectifyRng.int(1, 10)), rectifyRng.int(9 * 60, 17 * 60)) : null;
  }
  return { inspections };
}

export type DemoInspections = ReturnType<typeof buildInspections>;
