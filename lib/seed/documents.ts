// Demo documents: the zone's document settings and issued bulletins (简报) of past weeks, made
// through the same service as the office's "issue" button, at the Monday after each week.
import type { TxClient } from "@/lib/db/client";
import { getWeeklyBriefing } from "@/lib/dashboard/briefing";
import { shiftIsoWeek, zonedInstant, addDaysToKey, isoWeekMondayKey } from "@/lib/dates/zone-time";
import { draftEdition, issueEdition } from "@/lib/briefings/service";
import { resolveDocumentSettings } from "@/lib/documents/settings";
import type { DemoData } from "./types";

/** Past weeks that carry an issued bulletin: the three before the last one (which stays a draft for the office). */
const ISSUED_WEEKS_BACK = [4, 3, 2];

export async function seedDocuments(tx: TxClient, data: DemoData): Promise<void> {
  const zone = data.zones[0];
  const office = data.units.find((unit) => unit.kind === "OFFICE");
  const stored = {
    issuerName: office?.name ?? zone.name,
    copyTo: ["市政府分管副市长"],
    briefingName: "创建工作简报",
    briefingReportTo: ["市委、市政府主要领导", "市创建国家高新区工作领导小组组长、副组长"],
    briefingSendTo: ["领导小组各成员单位", "各园区管委会"],
  };
  await tx.zoneDocumentSettings.create({ data: { zoneId: zone.id, ...stored } });
  const settings = resolveDocumentSettings(stored, office?.name ?? zone.name);

  const { timeZone, currentWeek, today } = data.meta;
  const supervisor = await tx.user.findFirstOrThrow({ where: { zoneId: zone.id, role: "SUPERVISOR" }, orderBy: { email: "asc" }, select: { id: true, role: true, unitId: true, zoneId: true } });
  for (const back of ISSUED_WEEKS_BACK) {
    const week = shiftIsoWeek(currentWeek, -back);
    // Issued on the Monday after the week, at 10:00.
    const issuedAt = zonedInstant(addDaysToKey(isoWeekMondayKey(week), 7), "10:00", timeZone);
    if (issuedAt.getTime() >= today.getTime()) continue;
    const live = await getWeeklyBriefing(supervisor, week, { now: issuedAt, client: tx });
    const { id } = await draftEdition(tx, supervisor, week, live, settings);
    await issueEdition(tx, supervisor, id, live, issuedAt);
  }
}
