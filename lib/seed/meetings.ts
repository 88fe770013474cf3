// The demo generator's meetings builder (lib/seed/generate.ts calls the builders in order). Pure.
import { addDaysToKey, dateFromKey } from "@/lib/dates/zone-time";
import { DECISION_DONE_PHRASES, DECISION_TEMPLATES, MEETING_LOCATIONS, MEMBER_UNITS, MINUTES_CLOSINGS, MINUTES_OPENINGS, OFFICE_UNIT, phraseKindOf, ZONE, type BehaviourName } from "./catalog";
import { minKey, monthKey, monthsBetween, toWorkday } from "./dates";
import type { MeetingAttendeeRow, MeetingDecisionRow, MeetingRow, WorkItemRow } from "./types";
import { ZONE_ID, SUPERVISOR_ID, unitId, itemId, type ItemSim, type DemoContext } from "./context";
import type { DemoOrg } from "./org";
import type { DemoPlan } from "./plan";

/** The monthly dispatch meetings (and the kickoff) with their attendees and decisions; each decision is tracked as a work item of the plan (added to plan.workItems and plan.sims). */
export function buildMeetings(ctx: DemoContext, org: DemoOrg, plan: DemoPlan) {
  const { root, todayKey, campaignStartKey, campaignEndKey, at } = ctx;
  const { reporterOf } = org;
  const { workItems, sims, makeSim } = plan;
  const meetings: MeetingRow[] = [];
  const attendees: MeetingAttendeeRow[] = [];
  const decisions: MeetingDecisionRow[] = [];
  const decisionSims: { decision: MeetingDecisionRow; sim: ItemSim }[] = [];
  const meetingRng = root.fork("meetings");
  const memberCodes = MEMBER_UNITS.map((unit) => unit.code).filter((code) => code !== OFFICE_UNIT);
  const decisionCounter = new Map<string, number>();
  const months = monthsBetween(campaignStartKey, todayKey);
  const kickoffKey = addDaysToKey(campaignStartKey, 2);
  const meetingDays: { key: string; kind: "MONTHLY" | "JOINT_CONFERENCE" }[] = [{ key: kickoffKey, kind: "JOINT_CONFERENCE" }];
  for (const { year, month } of months) {
    const key = toWorkday(monthKey(year, month, 25));
    if (key > addDaysToKey(kickoffKey, 7) && key < todayKey) meetingDays.push({ key, kind: "MONTHLY" });
  }
  for (const { key, kind } of meetingDays) {
    if (key >= todayKey) continue;
    const year = Number(key.slice(0, 4));
    const month = Number(key.slice(5, 7));
    const ym = key.slice(0, 7);
    const id = kind === "MONTHLY" ? `demo-meeting-${ym}` : `demo-meeting-${ym}-kickoff`;
    const title =
      kind === "MONTHLY"
        ? `${year}年${month}月创建国家高新区工作调度会`
        : `${ZONE.shortName}创建国家高新区工作领导小组第一次全体会议暨动员部署会`;
    const picked = meetingRng.sample(DECISION_TEMPLATES, kind === "MONTHLY" ? meetingRng.int(2, 4) : 3);
    const others = meetingRng.sample(memberCodes.filter((code) => !picked.some((d) => d.assignee === code)), kind === "MONTHLY" ? meetingRng.int(8, 14) : memberCodes.length);
    const attending = [OFFICE_UNIT, ...new Set([...picked.map((d) => d.assignee), ...others])];
    const decisionLines = picked.map((decision, index) => {
      const unit = MEMBER_UNITS.find((spec) => spec.code === decision.assignee)!;
      return `${"一二三四"[index]}、${unit.shortName}：${decision.content}。`;
    });
    const minutes = [
      kind === "MONTHLY"
        ? meetingRng.pick(MINUTES_OPENINGS)
        : "会议传达了省委、省政府关于支持创建国家高新区的工作要求，宣读了创建工作领导小组成员名单和创建工作实施方案，对创建工作进行了全面动员部署。",
      `会议议定：${decisionLines.join("")}`,
      meetingRng.pick(MINUTES_CLOSINGS),
    ].join("\n");
    const createdAt = at(addDaysToKey(key, 1), 10 * 60);
    meetings.push({
      id,
      zoneId: ZONE_ID,
      kind,
      title,
      date: dateFromKey(key),
      location: kind === "MONTHLY" ? meetingRng.pick(MEETING_LOCATIONS) : "市政府第一会议室",
      minutes,
      createdById: SUPERVISOR_ID,
      createdAt,
      updatedAt: createdAt,
    });
    for (const code of attending) attendees.push({ meetingId: id, unitId: unitId(code) });
    picked.forEach((decision, index) => {
      const sequence = (decisionCounter.get(ym) ?? 0) + 1;
      decisionCounter.set(ym, sequence);
      const code = `D${ym}-${sequence}`;
      const dueKey = minKey(addDaysToKey(key, meetingRng.int(14, 56)), campaignEndKey);
      const behaviour: BehaviourName =
        dueKey < addDaysToKey(todayKey, -7) ? (meetingRng.chance(0.15) ? "overdue" : "onplan") : meetingRng.chance(0.4) ? "ahead" : "onplan";
      const row: WorkItemRow = {
        id: itemId(code),
        zoneId: ZONE_ID,
        measureId: null,
        source: "MEETING_DECISION",
        code,
        title: decision.content,
        description: `${title}议定事项`,
        leadUnitId: unitId(decision.assignee),
        startDate: dateFromKey(key),
        dueDate: dateFromKey(dueKey),
        deliverable: "议定事项落实情况报告",
        leaderName: null,
        ownerName: reporterOf.get(decision.assignee)?.name ?? null,
        recurrence: "NONE",
        plannedCurve: "LINEAR",
        status: "ACTIVE",
        progress: 0,
        lastReportedAt: null,
        completedAt: null,
        sortOrder: workItems.length + 1,
        createdAt,
        updatedAt: createdAt,
      };
      workItems.push(row);
      const decisionRow: MeetingDecisionRow = {
        id: `demo-decision-${code}`,
        meetingId: id,
        seq: index + 1,
        content: decision.content,
        assigneeUnitId: unitId(decision.assignee),
        dueDate: dateFromKey(dueKey),
        status: "OPEN",
        workItemId: row.id,
        createdAt,
        updatedAt: createdAt,
      };
      decisions.push(decisionRow);
      const sim = makeSim(row, decision.assignee, phraseKindOf(decision.content), DECISION_DONE_PHRASES, behaviour, [], key, dueKey);
      sims.push(sim);
      decisionSims.push({ decision: decisionRow, sim });
    });
  }
  return { meetings, attendees, decisions, decisionSims, months };
}

export type DemoMeetings = ReturnType<typeof buildMeetings>;
