// A small zone built row by row for the dashboard tests, so that every aggregate can be
// worked out by hand (the expected values are derived in dashboard.test.ts).
//
// "Now" is Wednesday 2026-03-11 10:00 in Shanghai (ISO week 2026-W11). The last closed report
// week is W10 (Mon 2 Mar – Sun 8 Mar, deadline Fri 6 Mar 18:00 = 10:00 UTC).
import { db, type Prisma } from "@/lib/db/client";

export const NOW = new Date("2026-03-11T02:00:00Z");

const day = (key: string) => new Date(`${key}T00:00:00Z`);
const at = (iso: string) => new Date(iso);

export interface DashboardFixture {
  zoneId: string;
  parks: { p1: string; p2: string };
  units: { u1: string; u2: string; u3: string; office: string };
  items: Record<"A" | "B" | "C" | "D" | "E" | "F" | "G", string>;
  users: { leader: string; reporter: string };
  emails: { leader: string; reporter: string };
}

export async function createDashboardFixture(prefix = "fx"): Promise<DashboardFixture> {
  const id = (name: string) => `${prefix}-${name}`;
  const zoneId = id("zone");
  await db.zone.create({
    data: {
      id: zoneId,
      code: prefix,
      name: "测试高新区",
      shortName: "测试区",
      timeZone: "Asia/Shanghai",
      campaignStart: day("2026-01-01"),
      campaignEnd: day("2027-12-31"),
      landNeededMu: 1000,
    },
  });
  await db.park.createMany({
    data: [
      { id: id("p1"), zoneId, code: "p1", name: "一号园区", shortName: "一园", kind: "CORE", sortOrder: 1 },
      { id: id("p2"), zoneId, code: "p2", name: "二号园区", shortName: "二园", kind: "INDUSTRIAL", sortOrder: 2 },
    ],
  });
  await db.unit.createMany({
    data: [
      { id: id("office"), zoneId, code: "office", name: "测试创建办", shortName: "创建办", kind: "OFFICE", sortOrder: 0 },
      { id: id("u1"), zoneId, parkId: id("p1"), code: "u1", name: "一园管委会", shortName: "一园委", kind: "PARK", sortOrder: 1 },
      { id: id("u2"), zoneId, parkId: id("p2"), code: "u2", name: "二园管委会", shortName: "二园委", kind: "PARK", sortOrder: 2 },
      { id: id("u3"), zoneId, code: "u3", name: "测试科技局", shortName: "科技局", kind: "DEPARTMENT", sortOrder: 3 },
    ],
  });
  const emails = { leader: `${prefix}-leader@test.gov.cn`, reporter: `${prefix}-reporter@test.gov.cn` };
  await db.user.createMany({
    data: [
      { id: id("leader"), zoneId, unitId: id("office"), email: emails.leader, name: "测试领导", role: "LEADER", passwordHash: "x" },
      { id: id("reporter"), zoneId, unitId: id("u1"), email: emails.reporter, name: "测试填报员", role: "REPORTER", passwordHash: "x" },
    ],
  });
  await db.task.createMany({
    data: [
      { id: id("t1"), zoneId, code: "1", title: "任务一", sortOrder: 1 },
      { id: id("t2"), zoneId, code: "2", title: "任务二", sortOrder: 2 },
    ],
  });
  await db.measure.createMany({
    data: [
      { id: id("m11"), zoneId, taskId: id("t1"), code: "1.1", title: "措施一", sortOrder: 1 },
      { id: id("m21"), zoneId, taskId: id("t2"), code: "2.1", title: "措施二", sortOrder: 1 },
    ],
  });
  const item = (code: string, data: Omit<Prisma.WorkItemCreateManyInput, "id" | "zoneId" | "code" | "title">): Prisma.WorkItemCreateManyInput => ({ id: id(`wi-${code}`), zoneId, code, title: `事项${code}`, ...data });
  await db.workItem.createMany({
    data: [
      // planned on 11 Mar: 10/20 days → 50
      item("A", { measureId: id("m11"), leadUnitId: id("u1"), startDate: day("2026-03-02"), dueDate: day("2026-03-21"), progress: 30, sortOrder: 1 }),
      // due today → 100; completed in W10
      item("B", { measureId: id("m11"), leadUnitId: id("u2"), startDate: day("2026-03-02"), dueDate: day("2026-03-11"), progress: 100, status: "COMPLETED", completedAt: at("2026-03-06T03:00:00Z"), sortOrder: 2 }),
      // 10/30 days → 33.33
      item("C", { measureId: id("m21"), leadUnitId: id("u3"), startDate: day("2026-03-02"), dueDate: day("2026-03-31"), progress: 40, sortOrder: 1 }),
      // not started → 0
      item("D", { measureId: id("m21"), leadUnitId: id("u1"), startDate: day("2026-04-01"), dueDate: day("2026-06-30"), progress: 0, sortOrder: 2 }),
      // archived: never counted
      item("E", { measureId: id("m11"), leadUnitId: id("u2"), startDate: day("2026-03-02"), dueDate: day("2026-03-31"), progress: 77, status: "ARCHIVED", archivedAt: at("2026-03-05T00:00:00Z"), sortOrder: 3 }),
      // a meeting decision, back-loaded: (10/15)² → 44.44
      item("F", { source: "MEETING_DECISION", leadUnitId: id("u2"), startDate: day("2026-03-02"), dueDate: day("2026-03-16"), plannedCurve: "BACK_LOADED", progress: 20 }),
      // overdue → 100; an indicator that goes down (baseline 100 → target 50)
      item("G", { measureId: id("m21"), leadUnitId: id("u3"), startDate: day("2026-02-02"), dueDate: day("2026-03-01"), progress: 60, sortOrder: 3 }),
    ],
  });
  await db.workItemIndicator.createMany({
    data: [
      { id: id("ind-A"), workItemId: id("wi-A"), seq: 1, name: "高新技术企业数", unit: "家", baseline: 10, target: 30, currentValue: 15 },
      { id: id("ind-G"), workItemId: id("wi-G"), seq: 1, name: "单位能耗", unit: "吨标煤", direction: "FALLING", baseline: 100, target: 50, currentValue: 80 },
    ],
  });

  // Weekly reports. W09: Mon 23 Feb (= 22 Feb 16:00 UTC), deadline Fri 27 Feb 10:00 UTC.
  const w09 = { isoYear: 2026, isoWeek: 9, weekStart: at("2026-02-22T16:00:00Z"), deadline: at("2026-02-27T10:00:00Z") };
  const w10 = { isoYear: 2026, isoWeek: 10, weekStart: at("2026-03-01T16:00:00Z"), deadline: at("2026-03-06T10:00:00Z") };
  await db.weeklyReport.createMany({
    data: [
      { id: id("r-u1-w09"), zoneId, unitId: id("u1"), ...w09, status: "ACCEPTED", submittedAt: at("2026-02-27T02:00:00Z"), lateMinutes: 0 },
      { id: id("r-u1-w10"), zoneId, unitId: id("u1"), ...w10, status: "SUBMITTED", submittedAt: at("2026-03-06T09:00:00Z"), lateMinutes: 0 },
      { id: id("r-u2-w10"), zoneId, unitId: id("u2"), ...w10, status: "SUBMITTED", submittedAt: at("2026-03-06T12:00:00Z"), lateMinutes: 120 },
      { id: id("r-u3-w10"), zoneId, unitId: id("u3"), ...w10, status: "DRAFT" },
      // The office reports too, but is never due: it must not count.
      { id: id("r-office-w10"), zoneId, unitId: id("office"), ...w10, status: "SUBMITTED", submittedAt: at("2026-03-05T02:00:00Z"), lateMinutes: 0 },
    ],
  });
  await db.reportEntry.createMany({
    data: [
      { reportId: id("r-u1-w10"), workItemId: id("wi-A"), progress: 30 },
      { reportId: id("r-u2-w10"), workItemId: id("wi-B"), progress: 100 },
      { reportId: id("r-u2-w10"), workItemId: id("wi-F"), progress: 20 },
      { reportId: id("r-u3-w10"), workItemId: id("wi-C"), progress: 40 },
    ],
  });

  // Warnings. W10 ends Mon 9 Mar 00:00 Shanghai = 8 Mar 16:00 UTC.
  const warning = (name: string, data: Omit<Prisma.WarningCreateManyInput, "id" | "zoneId" | "dedupeKey" | "evidence" | "title" | "lastEvaluatedAt">): Prisma.WarningCreateManyInput => ({ id: id(name), zoneId, dedupeKey: name, evidence: {}, title: `预警${name}`, lastEvaluatedAt: NOW, ...data });
  await db.warning.createMany({
    data: [
      // yellow in W10, orange since 10 Mar
      warning("w1", { kind: "BEHIND_PLAN", level: "ORANGE", unitId: id("u1"), workItemId: id("wi-A"), firstSeenAt: at("2026-03-04T02:00:00Z") }),
      // red from 7 Mar, resolved 10 Mar
      warning("w2", { kind: "MISSING_REPORT", level: "RED", status: "RESOLVED", unitId: id("u2"), firstSeenAt: at("2026-03-07T02:00:00Z"), resolvedAt: at("2026-03-10T02:00:00Z"), resolvedReason: "已补报" }),
      // no history: blue since 10 Mar
      warning("w3", { kind: "STALLED", level: "BLUE", unitId: id("u3"), workItemId: id("wi-C"), firstSeenAt: at("2026-03-10T02:00:00Z") }),
      // resolved 3 Mar, reopened 5 Mar (the old resolution time is kept)
      warning("w5", { kind: "MISSING_REPORT", level: "YELLOW", unitId: id("u3"), firstSeenAt: at("2026-03-02T02:00:00Z"), resolvedAt: at("2026-03-03T02:00:00Z") }),
      // no history: red 3–5 Mar, resolved before the end of W10
      warning("w4", { kind: "OVERDUE", level: "RED", status: "RESOLVED", unitId: id("u2"), workItemId: id("wi-F"), firstSeenAt: at("2026-03-03T02:00:00Z"), resolvedAt: at("2026-03-05T02:00:00Z") }),
    ],
  });
  await db.warningEvent.createMany({
    data: [
      { warningId: id("w1"), type: "OPENED", toLevel: "YELLOW", at: at("2026-03-04T02:00:00Z") },
      { warningId: id("w1"), type: "LEVEL_CHANGED", fromLevel: "YELLOW", toLevel: "ORANGE", at: at("2026-03-10T02:00:00Z") },
      { warningId: id("w2"), type: "OPENED", toLevel: "RED", at: at("2026-03-07T02:00:00Z") },
      { warningId: id("w2"), type: "RESOLVED", fromLevel: "RED", at: at("2026-03-10T02:00:00Z") },
      { warningId: id("w5"), type: "OPENED", toLevel: "YELLOW", at: at("2026-03-02T02:00:00Z") },
      { warningId: id("w5"), type: "RESOLVED", fromLevel: "YELLOW", at: at("2026-03-03T02:00:00Z") },
      { warningId: id("w5"), type: "REOPENED", toLevel: "YELLOW", at: at("2026-03-05T02:00:00Z") },
    ],
  });

  await db.supervisionNotice.createMany({
    data: [
      // issued and closed in W10
      { id: id("n1"), zoneId, year: 2026, seq: 1, number: "督办〔2026〕1号", unitId: id("u1"), title: "督办一", matter: "事项", requiredAction: "整改", responseDue: day("2026-03-06"), level: "YELLOW", status: "CLOSED", issuedAt: at("2026-03-04T02:00:00Z"), respondedAt: at("2026-03-05T02:00:00Z"), closedAt: at("2026-03-06T02:00:00Z") },
      // open, past its response date
      { id: id("n2"), zoneId, year: 2026, seq: 2, number: "督办〔2026〕2号", unitId: id("u2"), title: "督办二", matter: "事项", requiredAction: "整改", responseDue: day("2026-03-10"), level: "ORANGE", status: "SIGNED", issuedAt: at("2026-03-09T02:00:00Z") },
      // open, not yet due
      { id: id("n3"), zoneId, year: 2026, seq: 3, number: "督办〔2026〕3号", unitId: id("u3"), title: "督办三", matter: "事项", requiredAction: "整改", responseDue: day("2026-03-20"), level: "YELLOW", status: "ISSUED", issuedAt: at("2026-03-10T02:00:00Z") },
    ],
  });

  await db.landBatch.createMany({
    data: [
      { zoneId, parkId: id("p1"), seq: 1, name: "第一批", areaMu: 300, approvedMu: 200, status: "PARTLY_APPROVED" },
      { zoneId, parkId: id("p2"), seq: 2, name: "第二批", areaMu: 150, status: "SUBMITTED" },
      { zoneId, seq: 3, name: "第三批", areaMu: 100, status: "PREPARING" },
    ],
  });
  await db.fundingItem.createMany({
    data: [
      { zoneId, parkId: id("p1"), name: "资金一", sourceLevel: "PROVINCIAL", kind: "GRANT", amountSought: 5_000_000, amountApproved: 3_000_000, amountArrived: 1_000_000, status: "PARTLY_ARRIVED" },
      { zoneId, parkId: id("p2"), name: "资金二", sourceLevel: "NATIONAL", kind: "LOAN", amountSought: 2_000_000, status: "APPLIED" },
      { zoneId, name: "资金三", sourceLevel: "PROVINCIAL", kind: "GRANT", amountSought: 9_999_999, status: "REJECTED" },
    ],
  });
  await db.designation.createMany({
    data: [
      { zoneId, parkId: id("p1"), name: "资质一", level: "PROVINCIAL", status: "APPROVED" },
      { zoneId, name: "资质二", level: "NATIONAL", status: "PREPARING" },
    ],
  });
  await db.coordinationRequest.createMany({
    data: [
      { id: id("c1"), zoneId, unitId: id("u1"), workItemId: id("wi-A"), title: "协调一", content: "内容", addresseeKind: "CITY_LEADER", addressee: "市长", status: "WAITING_LEADER", dueDate: day("2026-03-20") },
      { id: id("c2"), zoneId, unitId: id("u3"), title: "协调二", content: "内容", addresseeKind: "PROVINCIAL_DEPARTMENT", addressee: "省科技厅", status: "WAITING_LEADER" },
      { id: id("c3"), zoneId, unitId: id("u2"), title: "协调三", content: "内容", addresseeKind: "OTHER", addressee: "其他", status: "OPEN" },
    ],
  });

  const round = await db.assessmentRound.create({ data: { zoneId, year: 2026, quarter: 1, status: "PUBLISHED", weights: {}, publishedAt: at("2026-04-05T02:00:00Z") } });
  await db.assessment.createMany({
    data: [
      { roundId: round.id, unitId: id("u1"), stage: "PUBLISHED", computedScore: 88, adjustment: 2, adjustmentReason: "加分", totalScore: 90, rank: 1 },
      { roundId: round.id, unitId: id("u2"), stage: "PUBLISHED", computedScore: 80, totalScore: 80, rank: 2 },
      { roundId: round.id, unitId: id("u3"), stage: "DRAFT", computedScore: 99, totalScore: 99 },
    ],
  });

  return {
    zoneId,
    parks: { p1: id("p1"), p2: id("p2") },
    units: { u1: id("u1"), u2: id("u2"), u3: id("u3"), office: id("office") },
    items: { A: id("wi-A"), B: id("wi-B"), C: id("wi-C"), D: id("wi-D"), E: id("wi-E"), F: id("wi-F"), G: id("wi-G") },
    users: { leader: id("leader"), reporter: id("reporter") },
    emails,
  };
}
