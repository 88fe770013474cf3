// THE REGISTRY OF EVERY SERVER ACTION, for the authorization matrix
// (tests/integration/authorization-matrix.test.ts).
//
// ─── Added a server action? Add it here. ───────────────────────────────────────────────
// The matrix finds every export of every "use server" file and fails, naming the action,
// when it has no entry below. An entry says:
//   permission  the permission of lib/auth/permissions.ts the action needs (null: any
//               signed-in user, on their own rows only);
//   scoped      true when the action works on a record that belongs to a unit (a report, a
//               notice…): the matrix then calls it for a record of the actor's own unit and
//               of another unit, and expects "not found" where the role's scope is "own";
//   input(ctx)  a valid call for ctx.role and ctx.unitId (the target's unit): create the
//               record it needs with the fixtures below (fixture writes are not counted) and
//               return the form fields. The input must pass the schema for every role: the
//               refusal must come from the permission, not from validation;
//   writes      what an allowed call writes: "audited" (default: rows and an audit row),
//               "unaudited" (rows, no audit: the user's own notifications), "nothing".
// The matrix runs every entry for every role (× own/other unit when scoped) and asserts
// refused-or-allowed as the permission table says, with nothing written and nothing
// audited when refused. Copy the entry of a similar action; keys are "<file>#<export>".
// ────────────────────────────────────────────────────────────────────────────────────────
import { can, type Permission, type Role } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { loadWeights } from "@/lib/assessment/data";
import { COMPONENTS } from "@/lib/assessment/scoring";
import { db } from "@/lib/db/client";
import { addDaysToKey, dateFromKey, isoWeekMondayKey } from "@/lib/dates/zone-time";
import { getMyWeek } from "@/lib/reports/queries";
import { STATUS_REPORT_VERSION, STATUS_SECTIONS } from "@/lib/documents/status-report";
import { DEMO_PASSWORD } from "@/lib/seed";
import { getStorage } from "@/lib/storage";
import { workOnRun } from "@/lib/warnings/run-job";

export type Target = "own" | "other";
export type FormValues = Record<string, string | string[] | number | undefined | null>;

export interface MatrixContext {
  role: Role;
  actor: SessionUser;
  /** The unit of the record the call is about: the actor's own or another one (scoped entries); a member unit otherwise. */
  unitId: string;
  target: Target | null;
  /** A member unit of the zone (not the office), for forms that name one. */
  memberUnitId: string;
  /** The zone's today and current report week ("2026-W49"). */
  today: string;
  week: string;
  /** A number no other call of the run has. */
  n: number;
}

export interface ActionEntry {
  permission: Permission | null;
  scoped?: boolean;
  input: (ctx: MatrixContext) => Promise<FormValues>;
  writes?: "audited" | "unaudited" | "nothing";
  /** A scoped action of the user's own rows answers another unit's with "nothing changed", not "not found". */
  otherUnit?: "noop";
  /** How to call it when it is not (previousState, formData). */
  call?: (action: (...args: never[]) => Promise<unknown>, values: FormValues, form: FormData) => Promise<unknown>;
  /** Waits for work the action left running in the background. */
  settle?: (result: unknown) => Promise<void>;
  /** Not run in the matrix: why, and which test covers it instead. */
  outsideMatrix?: { reason: string; coveredBy: string };
}

// ───── fixtures: rows the calls work on, written before the call is watched ─────

let sequence = 0;
const unique = () => ++sequence;
const day = (key: string) => dateFromKey(key);

async function task(ctx: MatrixContext) {
  return db.task.create({ data: { zoneId: ctx.actor.zoneId, code: `MX${unique()}`, title: "矩阵任务" }, select: { id: true, code: true, title: true } });
}

async function measure(ctx: MatrixContext) {
  const parent = await task(ctx);
  return db.measure.create({ data: { zoneId: ctx.actor.zoneId, taskId: parent.id, code: `${parent.code}.1`, title: "矩阵措施" }, select: { id: true, taskId: true, code: true } });
}

async function workItem(ctx: MatrixContext, status: "ACTIVE" | "ARCHIVED" = "ACTIVE") {
  const parent = await measure(ctx);
  return db.workItem.create({
    data: {
      zoneId: ctx.actor.zoneId,
      measureId: parent.id,
      code: `${parent.code}.1`,
      title: "矩阵事项",
      leadUnitId: ctx.memberUnitId,
      startDate: day(ctx.today),
      dueDate: day(addDaysToKey(ctx.today, 30)),
      status,
      archivedAt: status === "ARCHIVED" ? new Date() : null,
    },
    select: { id: true, measureId: true, code: true },
  });
}

function workItemFields(ctx: MatrixContext, item: { measureId: string | null; code: string }): FormValues {
  return { measureId: item.measureId, code: item.code, title: "矩阵事项", leadUnitId: ctx.memberUnitId, startDate: ctx.today, dueDate: addDaysToKey(ctx.today, 30), plannedCurve: "LINEAR" };
}

async function user(ctx: MatrixContext) {
  const n = unique();
  return db.user.create({ data: { zoneId: ctx.actor.zoneId, unitId: ctx.memberUnitId, email: `matrix-${n}@test.gov.cn`, name: `矩阵用户${n}`, role: "REPORTER", passwordHash: "x" }, select: { id: true, email: true } });
}

async function unit(ctx: MatrixContext) {
  const n = unique();
  return db.unit.create({ data: { zoneId: ctx.actor.zoneId, code: `mx${n}`, name: `矩阵单位${n}`, shortName: `矩阵${n}`, kind: "OTHER" }, select: { id: true, code: true, name: true } });
}

function unitFields(fixture: { code: string; name: string }): FormValues {
  return { code: fixture.code, name: fixture.name, shortName: "矩阵", kind: "OTHER", sortOrder: "0" };
}

/** A report of the target unit in a long-gone week (1999), so it never meets the live weeks. */
async function report(ctx: MatrixContext, status: "DRAFT" | "SUBMITTED") {
  const n = unique();
  return db.weeklyReport.create({
    data: {
      zoneId: ctx.actor.zoneId,
      unitId: ctx.unitId,
      isoYear: 1990 + Math.floor(n / 50),
      isoWeek: (n % 50) + 1,
      weekStart: new Date("1999-01-04T00:00:00Z"),
      deadline: new Date("1999-01-08T10:00:00Z"),
      status,
      submittedAt: status === "SUBMITTED" ? new Date("1999-01-08T09:00:00Z") : null,
    },
    select: { id: true, version: true },
  });
}

/** The target unit's report of the current week is gone: the form starts a new one. */
async function clearCurrentWeek(ctx: MatrixContext): Promise<void> {
  const [isoYear, isoWeek] = ctx.week.split("-W").map(Number);
  await db.weeklyReport.deleteMany({ where: { unitId: ctx.unitId, isoYear, isoWeek } });
}

async function notice(ctx: MatrixContext, status: "ISSUED" | "SIGNED" | "RESPONDED" | "REVIEWED") {
  const n = unique();
  return db.supervisionNotice.create({
    data: {
      zoneId: ctx.actor.zoneId,
      year: 1999,
      seq: n,
      number: `督办〔1999〕${n}号`,
      unitId: ctx.unitId,
      title: "矩阵督办",
      matter: "事项",
      requiredAction: "整改",
      responseDue: day(addDaysToKey(ctx.today, 7)),
      level: "YELLOW",
      status,
    },
    select: { id: true },
  });
}

/** A WeCom robot of the zone that is never reached (its messages are never sent in the matrix). */
async function robotChannel(ctx: MatrixContext) {
  return db.deliveryChannel.create({ data: { zoneId: ctx.actor.zoneId, kind: "WECOM", name: `矩阵机器人${unique()}`, config: { url: "http://127.0.0.1:9/send" }, secret: null, enabled: true }, select: { id: true } });
}

async function deadMessage(ctx: MatrixContext) {
  const channel = await robotChannel(ctx);
  return db.outboundMessage.create({
    data: { zoneId: ctx.actor.zoneId, channelId: channel.id, channelKind: "WECOM", key: `matrix:${unique()}`, kind: "SYSTEM", address: "矩阵机器人", subject: "矩阵", body: "", status: "DEAD", attempts: 5, lastError: "HTTP 502" },
    select: { id: true },
  });
}

// The calendar fixtures count on their own: the shared sequence dates other fixtures (assessment rounds).
let calendarSequence = 0;

/** A week long gone (from 2008, within the input bounds) no report or exemption uses, "2008-W07". */
function farWeek(): string {
  const n = ++calendarSequence;
  return `${2008 + Math.floor(n / 50)}-W${String((n % 50) + 1).padStart(2, "0")}`;
}

/** A day in the first half of 2031 (the bounds' last year), "2031-03-05". */
function farDay(): string {
  const n = ++calendarSequence;
  return `2031-${String((Math.floor(n / 28) % 6) + 1).padStart(2, "0")}-${String((n % 28) + 1).padStart(2, "0")}`;
}

/** A whole week of public holidays in 2030 (after reporting started): one the office may still require. */
async function holidayWeek(ctx: MatrixContext): Promise<string> {
  const n = ++calendarSequence;
  const isoYear = 2030;
  const isoWeek = (n % 50) + 1;
  const monday = isoWeekMondayKey({ isoYear, isoWeek });
  await db.calendarDay.createMany({
    data: [0, 1, 2, 3, 4, 5, 6].map((offset) => ({ zoneId: ctx.actor.zoneId, date: day(addDaysToKey(monday, offset)), kind: "HOLIDAY" as const, name: "矩阵" })),
    skipDuplicates: true,
  });
  return `${isoYear}-W${String(isoWeek).padStart(2, "0")}`;
}

async function coordination(ctx: MatrixContext, status: "OPEN" | "WAITING_LEADER") {
  return db.coordinationRequest.create({
    data: { zoneId: ctx.actor.zoneId, unitId: ctx.unitId, title: "矩阵协调", content: "内容", addresseeKind: "CITY_LEADER", addressee: "市长", status },
    select: { id: true },
  });
}

const coordinationFields: FormValues = { title: "矩阵协调事项", content: "需要协调的内容", addresseeKind: "CITY_LEADER", addressee: "分管副市长" };

async function warning(ctx: MatrixContext) {
  const now = new Date();
  return db.warning.create({
    data: { zoneId: ctx.actor.zoneId, kind: "STALLED", level: "YELLOW", dedupeKey: `MATRIX:${unique()}`, unitId: ctx.unitId, title: "矩阵预警", evidence: {}, firstSeenAt: now, lastEvaluatedAt: now },
    select: { id: true },
  });
}

async function inspection(ctx: MatrixContext) {
  return db.inspection.create({ data: { zoneId: ctx.actor.zoneId, unitId: ctx.unitId, date: day(ctx.today), inspectors: "督查组", findings: "现场检查", rating: "GOOD" }, select: { id: true } });
}

/** A draft round of a quarter of its own, five or more years back (no live round is touched). */
/**
 * The first quarter no round holds yet, counting back from `yearsBack` years ago (the quarter
 * field accepts 20 years back: draft rounds take 1–11 years back, published ones 12 and more).
 */
async function freeQuarter(ctx: MatrixContext, yearsBack: number) {
  for (let k = 0; ; k++) {
    const year = Number(ctx.today.slice(0, 4)) - yearsBack - Math.floor(k / 4);
    const quarter = (k % 4) + 1;
    if (!(await db.assessmentRound.findFirst({ where: { zoneId: ctx.actor.zoneId, year, quarter }, select: { id: true } }))) return { year, quarter };
  }
}

async function assessmentRound(ctx: MatrixContext) {
  const { year, quarter } = await freeQuarter(ctx, 1);
  const round = await db.assessmentRound.create({ data: { zoneId: ctx.actor.zoneId, year, quarter, weights: {} }, select: { id: true } });
  const draft = await db.assessment.create({ data: { roundId: round.id, unitId: ctx.memberUnitId, stage: "DRAFT", computedScore: 80, totalScore: 80 }, select: { id: true } });
  return { label: `${year}-Q${quarter}`, draftId: draft.id };
}

/** A published round of a quarter of its own, long ago, open for appeals, with published rows of the member unit and the actor's unit. */
async function publishedRound(ctx: MatrixContext) {
  const { year, quarter } = await freeQuarter(ctx, 12);
  const round = await db.assessmentRound.create({
    data: { zoneId: ctx.actor.zoneId, year, quarter, weights: {}, status: "PUBLISHED", publishedAt: new Date(), revision: 1, appealDeadline: day(addDaysToKey(ctx.today, 30)) },
    select: { id: true },
  });
  for (const unitId of new Set([ctx.memberUnitId, ctx.actor.unitId].filter((value): value is string => Boolean(value)))) {
    await db.assessment.create({
      data: { roundId: round.id, unitId, stage: "PUBLISHED", computedScore: 80, totalScore: 80, rank: 1, components: { create: [{ component: "INSPECTIONS", weight: 10, rawScore: 70, score: 7, evidence: { applicable: true } }] } },
    });
  }
  return { id: round.id, label: `${year}-Q${quarter}` };
}

async function designation(ctx: MatrixContext) {
  return db.designation.create({ data: { zoneId: ctx.actor.zoneId, name: "矩阵资质", level: "PROVINCIAL", status: "PREPARING" }, select: { id: true } });
}

async function planning(ctx: MatrixContext) {
  return db.planningAdjustment.create({ data: { zoneId: ctx.actor.zoneId, title: "矩阵规划调整", kind: "BOUNDARY", plannedAreaKm2: 10, status: "PREPARING" }, select: { id: true } });
}

let batchSeq = 500;
async function landBatch(ctx: MatrixContext) {
  return db.landBatch.create({ data: { zoneId: ctx.actor.zoneId, seq: ++batchSeq, name: "矩阵批次", areaMu: 1000, status: "PREPARING" }, select: { id: true, seq: true } });
}

const stepFields: FormValues = { name: "矩阵步骤", status: "PENDING" };
const designationFields: FormValues = { name: "矩阵资质", level: "PROVINCIAL", status: "PREPARING" };
const fundingFields: FormValues = { name: "矩阵资金", sourceLevel: "PROVINCIAL", kind: "GRANT", amountUnit: "WAN", amountSought: "100", status: "PLANNED" };
const planningFields: FormValues = { title: "矩阵规划调整", kind: "BOUNDARY", plannedAreaKm2: "10", status: "PREPARING" };
const PASSWORD = "Matrix-Lantern-2026-q7";

/** The form of the current week with every owed item complete, as the reporter's page fills it. */
async function completeWeek(ctx: MatrixContext): Promise<FormValues> {
  const values: FormValues = { week: ctx.week, summary: "本周总体推进顺利。" };
  if (!can(ctx.actor, "report.write")) return values;
  for (const item of (await getMyWeek(ctx.actor, ctx.week)).items) {
    const fields = { progress: String(Math.min(100, Math.max(item.lastReported?.progress ?? 0, 10) + 5)), doneThisWeek: `推进${item.code}`, planNextWeek: `继续推进${item.code}` };
    for (const [field, value] of Object.entries(fields)) values[`entries[${item.id}][${field}]`] = value;
  }
  return values;
}

const byId = (permission: Permission, create: (ctx: MatrixContext) => Promise<{ id: string }>): ActionEntry => ({
  permission,
  input: async (ctx) => ({ id: (await create(ctx)).id }),
});

// ───── the registry ─────

/** A week of 2025 no other call of the run uses, with no bulletin edition yet. */
async function freeEditionWeek(ctx: MatrixContext): Promise<{ isoYear: number; isoWeek: number; key: string }> {
  const isoWeek = 1 + (ctx.n % 52);
  await db.briefingEdition.deleteMany({ where: { zoneId: ctx.actor.zoneId, isoYear: 2025, isoWeek } });
  return { isoYear: 2025, isoWeek, key: `2025-W${String(isoWeek).padStart(2, "0")}` };
}

async function draftEdition(ctx: MatrixContext) {
  const week = await freeEditionWeek(ctx);
  return db.briefingEdition.create({ data: { zoneId: ctx.actor.zoneId, isoYear: week.isoYear, isoWeek: week.isoWeek, title: "矩阵简报" }, select: { id: true } });
}

const editionText: FormValues = { title: "矩阵简报", summary: "本周总体推进有序。", praise: "", criticism: "", requirements: "", reportTo: "市委、市政府", sendTo: "各成员单位" };

async function statusReport(ctx: MatrixContext) {
  const sections = STATUS_SECTIONS.map((key) => ({ key, heading: key, facts: "矩阵事实", remarks: "" }));
  const content = { version: STATUS_REPORT_VERSION, addressee: "市委、市政府", intro: "现汇报如下：", sections, closing: "特此汇报。" };
  return db.statusReport.create({ data: { zoneId: ctx.actor.zoneId, title: "矩阵情况汇报", asOf: day(ctx.today), sections: content }, select: { id: true } });
}

/** A one-group, two-indicator catalogue version of its own (one quantitative, one qualitative). */
async function evaluationSystem(ctx: MatrixContext) {
  const n = unique();
  return db.evaluationSystem.create({
    data: {
      zoneId: ctx.actor.zoneId,
      version: `matrix-${n}`,
      name: "矩阵评价体系",
      groups: { create: [{ code: "1", name: "矩阵组", weight: 100, indicators: { create: [{ code: "1.1", name: "矩阵指标", unit: "家" }, { code: "1.2", name: "矩阵定性", qualitative: true }] } }] },
    },
    select: { id: true, groups: { select: { indicators: { orderBy: { code: "asc" }, select: { id: true } } } } },
  });
}

async function evaluationIndicator(ctx: MatrixContext, which: 0 | 1 = 0) {
  return (await evaluationSystem(ctx)).groups[0].indicators[which];
}

/** A catalogue version to import, as the .json file the admin uploads (a version no other call has). */
function catalogueFile(): File {
  const catalogue = { version: `matrix-import-${unique()}`, name: "矩阵导入体系", groups: [{ code: "1", name: "矩阵组", weight: 100, indicators: [{ code: "1.1", name: "矩阵指标", unit: "家" }] }] };
  return new File([JSON.stringify(catalogue)], "catalogue.json", { type: "application/json" });
}

export const ACTION_REGISTRY: Record<string, ActionEntry> = {
  // sign-in and language
  "lib/auth/actions.ts#login": {
    permission: null,
    input: async () => ({}),
    outsideMatrix: { reason: "signs a visitor in: there is no role or unit yet", coveredBy: "tests/integration/sign-in.test.ts" },
  },
  // Any signed-in user ends their own sessions (audited); next-auth's cookie part is mocked.
  "lib/auth/actions.ts#logout": { permission: null, input: async () => ({}), call: (action) => (action as () => Promise<unknown>)() },
  "lib/auth/actions.ts#changeOwnPassword": {
    // Every role may change its own password (scope "own": the account is the actor's own).
    permission: "account.password",
    input: async () => {
      const password = `Matrix-Lantern-${unique()}-q7`;
      return { currentPassword: DEMO_PASSWORD, password, confirmPassword: password };
    },
  },
  "lib/i18n/actions.ts#setLocale": { permission: null, writes: "nothing", input: async () => ({ locale: "en" }), call: (action, values) => (action as (locale: string) => Promise<unknown>)(String(values.locale)) },
  "lib/notifications/actions.ts#markNotificationsRead": {
    permission: "notification.read",
    scoped: true,
    otherUnit: "noop",
    writes: "unaudited",
    input: async (ctx) => {
      // Own: a notification of the actor; other: one of a user of the other unit.
      const owner = ctx.target === "own" ? ctx.actor.id : (await db.user.findFirstOrThrow({ where: { unitId: ctx.unitId, active: true }, select: { id: true } })).id;
      const row = await db.notification.create({ data: { zoneId: ctx.actor.zoneId, userId: owner, kind: "SYSTEM", title: "矩阵通知" }, select: { id: true } });
      return { id: row.id };
    },
  },

  // weekly reports
  "lib/reports/actions.ts#saveReportDraft": {
    permission: "report.write",
    scoped: true,
    input: async (ctx) => {
      if (ctx.target === "own") {
        await clearCurrentWeek(ctx);
        return { week: ctx.week, summary: "草稿" };
      }
      const other = await report(ctx, "DRAFT");
      return { week: ctx.week, reportId: other.id, version: other.version, summary: "草稿" };
    },
  },
  "lib/reports/actions.ts#submitReport": {
    permission: "report.write",
    scoped: true,
    input: async (ctx) => {
      if (ctx.target === "own") {
        await clearCurrentWeek(ctx);
        return completeWeek(ctx);
      }
      const other = await report(ctx, "DRAFT");
      return { week: ctx.week, reportId: other.id, version: other.version, summary: "提交" };
    },
  },
  "lib/reports/actions.ts#returnReport": { permission: "report.review", scoped: true, input: async (ctx) => ({ id: (await report(ctx, "SUBMITTED")).id, reason: "请补充佐证材料" }) },
  "lib/reports/actions.ts#acceptReport": { permission: "report.review", scoped: true, input: async (ctx) => ({ id: (await report(ctx, "SUBMITTED")).id }) },
  "lib/reports/actions.ts#remindUnits": { permission: "report.remind", input: async (ctx) => ({ week: ctx.week }) },
  // 免报 and required holiday weeks (weeks of the distant past or future, never the live ones)
  "lib/reports/exemption-actions.ts#excuseWeek": { permission: "report.excuse", input: async (ctx) => ({ unitId: ctx.memberUnitId, week: farWeek(), reason: "矩阵免报" }) },
  "lib/reports/exemption-actions.ts#withdrawExemption": {
    permission: "report.excuse",
    input: async (ctx) => {
      const [isoYear, isoWeek] = farWeek().split("-W").map(Number);
      return { id: (await db.reportExemption.create({ data: { zoneId: ctx.actor.zoneId, unitId: ctx.memberUnitId, isoYear, isoWeek, reason: "矩阵" }, select: { id: true } })).id };
    },
  },
  "lib/reports/exemption-actions.ts#requireHolidayWeek": { permission: "report.excuse", input: async (ctx) => ({ week: await holidayWeek(ctx), reason: "节日期间仍需报送" }) },
  "lib/reports/exemption-actions.ts#releaseHolidayWeek": {
    permission: "report.excuse",
    input: async (ctx) => {
      const week = farWeek();
      const [isoYear, isoWeek] = week.split("-W").map(Number);
      await db.requiredReportWeek.create({ data: { zoneId: ctx.actor.zoneId, isoYear, isoWeek, reason: "矩阵" } });
      return { week };
    },
  },

  // outbound channels and failed deliveries (/admin/channels), one's own settings (/account/profile)
  "lib/delivery/actions.ts#saveChannel": {
    permission: "channel.manage",
    input: async () => ({ kind: "WECOM", name: `矩阵群${unique()}`, enabled: "on", ratePerMinute: "20", url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send", key: "matrix-key" }),
  },
  "lib/delivery/actions.ts#deleteChannel": { permission: "channel.manage", input: async (ctx) => ({ id: (await robotChannel(ctx)).id }) },
  "lib/delivery/actions.ts#sendTestMessage": { permission: "channel.manage", input: async (ctx) => ({ channelId: (await robotChannel(ctx)).id, kind: "WECOM" }) },
  "lib/delivery/actions.ts#retryDelivery": { permission: "delivery.manage", input: async (ctx) => ({ id: (await deadMessage(ctx)).id }) },
  "lib/delivery/actions.ts#retryAllDeliveries": {
    permission: "delivery.manage",
    input: async (ctx) => {
      await deadMessage(ctx);
      return { channelKind: "WECOM" };
    },
  },
  "lib/delivery/profile-actions.ts#saveProfile": {
    // Every role keeps its own contact details (scope "own": the account is the actor's own).
    permission: "account.profile",
    input: async (ctx) => ({ email: ctx.actor.email, phone: "13800000000", offered: ["REPORT_RETURNED", "REPORT_ACCEPTED"], choice: ["REPORT_RETURNED:EMAIL"] }),
  },

  // the zone's calendar (/settings/calendar)
  "lib/calendar/actions.ts#saveReportingSettings": { permission: "settings.manage", input: async () => ({ reportingStartsOn: "", holidayPolicy: "BEFORE" }) },
  "lib/calendar/actions.ts#addCalendarDay": { permission: "settings.manage", input: async () => ({ date: farDay(), kind: "HOLIDAY", name: "矩阵" }) },
  "lib/calendar/actions.ts#deleteCalendarDay": {
    permission: "settings.manage",
    input: async (ctx) => ({ id: (await db.calendarDay.create({ data: { zoneId: ctx.actor.zoneId, date: day(farDay()), kind: "HOLIDAY", name: "矩阵" }, select: { id: true } })).id }),
  },
  "lib/calendar/actions.ts#importCalendarDays": { permission: "settings.manage", input: async () => ({ text: `${farDay()} 休 矩阵` }) },
  "lib/reminders/actions.ts#saveReminderSettings": {
    permission: "reminders.manage",
    input: async () => ({ slot0Days: 1, slot0Time: "16:00", slot1Days: 0, slot1Time: "14:00", dailyTime: "09:00", noticeDueSoonWorkingDays: 1, unreadChaseWorkingHours: 4, ladderREMIND: 1, ladderLIAISON: 2, ladderLEADER: 4, ladderSUPERVISION: 6, ladderBULLETIN: 10, warningLIAISON: 2, warningLEADER: 4, digestTime: "08:30" }),
  },
  "lib/calendar/actions.ts#loadStateSchedule": { permission: "settings.manage", input: async () => ({ year: 2026 }) },

  // monthly supervision
  "lib/supervision/actions.ts#createInspection": {
    permission: "inspection.manage",
    input: async (ctx) => ({ unitId: ctx.memberUnitId, date: ctx.today, inspectors: "督查组", findings: "现场检查情况良好", rating: "GOOD" }),
  },
  "lib/supervision/actions.ts#updateInspection": {
    permission: "inspection.manage",
    scoped: true,
    input: async (ctx) => ({ id: (await inspection(ctx)).id, unitId: ctx.unitId, date: ctx.today, inspectors: "督查组", findings: "复查情况", rating: "FAIR" }),
  },
  "lib/supervision/actions.ts#saveMeeting": { permission: "meeting.manage", input: async (ctx) => ({ kind: "SPECIAL", title: "矩阵专题会", date: ctx.today }) },
  "lib/supervision/actions.ts#saveMonthlyCommentary": {
    permission: "monthlyReport.manage",
    input: async (ctx) => {
      const month = ctx.today.slice(0, 7);
      await db.monthlyReport.deleteMany({ where: { zoneId: ctx.actor.zoneId, year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) } });
      return { month, commentary: "本月总体推进有序。" };
    },
  },
  "lib/supervision/actions.ts#publishMonthlyReport": {
    permission: "monthlyReport.manage",
    input: async (ctx) => {
      const month = addDaysToKey(`${ctx.today.slice(0, 7)}-01`, -1).slice(0, 7);
      await db.monthlyReport.deleteMany({ where: { zoneId: ctx.actor.zoneId, year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) } });
      return { month, commentary: "上月总体推进有序。" };
    },
  },

  // quarterly assessment
  "lib/assessment/actions.ts#saveWeights": {
    permission: "assessment.manage",
    input: async (ctx) => {
      const weights = await loadWeights(db, ctx.actor.zoneId);
      return Object.fromEntries(COMPONENTS.map((component) => [component, String(weights[component])]));
    },
  },
  "lib/assessment/actions.ts#computeAssessment": {
    permission: "assessment.manage",
    input: async (ctx) => ({ quarter: `${ctx.today.slice(0, 4)}-Q${Math.floor((Number(ctx.today.slice(5, 7)) - 1) / 3) + 1}` }),
  },
  "lib/assessment/actions.ts#adjustAssessment": { permission: "assessment.manage", input: async (ctx) => ({ id: (await assessmentRound(ctx)).draftId, adjustment: "1.5", reason: "专项加分" }) },
  "lib/assessment/actions.ts#publishAssessment": { permission: "assessment.manage", input: async (ctx) => ({ quarter: (await assessmentRound(ctx)).label }) },
  "lib/assessment/actions.ts#fileAppeal": { permission: "assessmentAppeal.file", input: async (ctx) => ({ quarter: (await publishedRound(ctx)).label, component: "INSPECTIONS", reason: "督查时已完成整改" }) },
  "lib/assessment/actions.ts#decideAppeal": {
    permission: "assessmentAppeal.decide",
    input: async (ctx) => {
      const round = await publishedRound(ctx);
      const filer = await db.user.findFirstOrThrow({ where: { zoneId: ctx.actor.zoneId, unitId: ctx.memberUnitId }, select: { id: true } });
      const appeal = await db.assessmentAppeal.create({ data: { roundId: round.id, unitId: ctx.memberUnitId, component: "INSPECTIONS", reason: "矩阵申诉", rawBefore: 70, filedById: filer.id }, select: { id: true } });
      return { id: appeal.id, decision: "REJECT", decisionReason: "经核查，评价无误" };
    },
  },

  // warnings
  "lib/warnings/actions.ts#acknowledgeWarnings": { permission: "warning.manage", scoped: true, input: async (ctx) => ({ warning: (await warning(ctx)).id }) },
  "lib/warnings/actions.ts#startWarningRun": {
    permission: "warning.manage",
    input: async () => ({}),
    // The run waits on the queue (no workers in this test): do the worker's step here, so the
    // next call is not refused as "a run is active" and its writes are not the next call's.
    settle: async (result) => {
      const run = (result as { ok: boolean; data?: { id: string; attempt: number } }).data;
      if (run) await workOnRun(db, { runId: run.id, attempt: run.attempt }, { lastAttempt: true });
    },
  },
  "lib/warnings/actions.ts#retryWarningRun": {
    permission: "warning.manage",
    input: async (ctx) => {
      const run = await db.warningRun.create({ data: { zoneId: ctx.actor.zoneId, trigger: "MANUAL", asOf: new Date(), status: "FAILED", error: "worker-stopped", jobId: "matrix", total: 0, finishedAt: new Date() }, select: { id: true } });
      return { id: run.id };
    },
    settle: async (result) => {
      const run = (result as { ok: boolean; data?: { id: string; attempt: number } }).data;
      if (run) await workOnRun(db, { runId: run.id, attempt: run.attempt }, { lastAttempt: true });
    },
  },
  "lib/warnings/actions.ts#previewWarningRule": { permission: "warningRule.manage", writes: "nothing", input: async () => ({ kind: "STALLED", enabled: "on", reports: "4", level: "YELLOW" }) },
  "lib/warnings/actions.ts#saveWarningRule": { permission: "warningRule.manage", input: async () => ({ kind: "STALLED", enabled: "on", reports: "4", level: "YELLOW" }) },

  // supervision notices
  "lib/notices/actions.ts#issueNoticeAction": {
    permission: "notice.manage",
    input: async (ctx) => ({ unitId: ctx.memberUnitId, title: "关于加快推进的督办通知", matter: "进度滞后。", requiredAction: "书面反馈整改措施。", responseDue: addDaysToKey(ctx.today, 7), level: "YELLOW" }),
  },
  "lib/notices/actions.ts#signNotice": { permission: "notice.respond", scoped: true, input: async (ctx) => ({ id: (await notice(ctx, "ISSUED")).id }) },
  "lib/notices/actions.ts#startNotice": { permission: "notice.respond", scoped: true, input: async (ctx) => ({ id: (await notice(ctx, "SIGNED")).id }) },
  "lib/notices/actions.ts#respondNotice": { permission: "notice.respond", scoped: true, input: async (ctx) => ({ id: (await notice(ctx, "SIGNED")).id, content: "已按要求整改完毕。" }) },
  "lib/notices/actions.ts#reviewNotice": { permission: "notice.manage", scoped: true, input: async (ctx) => ({ id: (await notice(ctx, "RESPONDED")).id, note: "复核通过" }) },
  "lib/notices/actions.ts#returnNotice": { permission: "notice.manage", scoped: true, input: async (ctx) => ({ id: (await notice(ctx, "RESPONDED")).id, note: "请补充材料" }) },
  "lib/notices/actions.ts#closeNotice": { permission: "notice.manage", scoped: true, input: async (ctx) => ({ id: (await notice(ctx, "REVIEWED")).id }) },
  "lib/notices/actions.ts#chaseNotice": { permission: "notice.manage", scoped: true, input: async (ctx) => ({ id: (await notice(ctx, "ISSUED")).id, note: "请尽快反馈" }) },
  "lib/notices/actions.ts#addInstructionAction": { permission: "instruction.create", input: async (ctx) => ({ noticeId: (await notice({ ...ctx, unitId: ctx.memberUnitId }, "ISSUED")).id, content: "请抓紧落实。" }) },

  // coordination
  "lib/coordination/actions.ts#createCoordinationRequest": { permission: "coordination.create", input: async () => coordinationFields },
  "lib/coordination/actions.ts#updateCoordinationRequest": { permission: "coordination.create", scoped: true, input: async (ctx) => ({ id: (await coordination(ctx, "OPEN")).id, ...coordinationFields }) },
  "lib/coordination/actions.ts#transitionCoordinationRequest": {
    permission: "coordination.manage",
    input: async (ctx) => ({ id: (await coordination({ ...ctx, unitId: ctx.memberUnitId }, "OPEN")).id, status: "WAITING_LEADER" }),
  },
  "lib/coordination/actions.ts#addCoordinationInstruction": {
    permission: "instruction.create",
    scoped: true,
    input: async (ctx) => ({ coordinationRequestId: (await coordination(ctx, "WAITING_LEADER")).id, content: "请相关部门全力支持。" }),
  },

  // the plan
  "lib/plan/import-actions.ts#retryPlanImport": {
    permission: "plan.manage",
    input: async (ctx) => {
      // A failed import, the zone's latest, whose sheet is still stored.
      const row = await db.planImport.create({ data: { zoneId: ctx.actor.zoneId, requestedById: ctx.actor.id, locale: "zh-CN", storageKey: "pending", fileName: "矩阵清单.xlsx", status: "FAILED", error: "worker-stopped", finishedAt: new Date() }, select: { id: true } });
      await (await getStorage()).put(`imports/${row.id}`, new Uint8Array([80, 75, 3, 4]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      await db.planImport.update({ where: { id: row.id }, data: { storageKey: `imports/${row.id}` } });
      return { id: row.id };
    },
    settle: async (result) => {
      // The queued attempt is settled here instead of by a worker: no import left RUNNING.
      const queued = (result as { ok: boolean; data?: { id: string; attempt: number } }).data;
      if (queued) await db.planImport.update({ where: { id: queued.id }, data: { status: "FAILED", finishedAt: new Date() } });
    },
  },
  "lib/plan/actions.ts#createTask": { permission: "plan.manage", input: async () => ({ code: `MX${unique()}`, title: "矩阵任务" }) },
  "lib/plan/actions.ts#updateTask": {
    permission: "plan.manage",
    input: async (ctx) => {
      const row = await task(ctx);
      return { id: row.id, code: row.code, title: "矩阵任务（改）" };
    },
  },
  "lib/plan/actions.ts#deleteTask": byId("plan.manage", task),
  "lib/plan/actions.ts#createMeasure": {
    permission: "plan.manage",
    input: async (ctx) => {
      const parent = await task(ctx);
      return { taskId: parent.id, code: `${parent.code}.9`, title: "矩阵措施" };
    },
  },
  "lib/plan/actions.ts#updateMeasure": {
    permission: "plan.manage",
    input: async (ctx) => {
      const row = await measure(ctx);
      return { id: row.id, taskId: row.taskId, code: row.code, title: "矩阵措施（改）" };
    },
  },
  "lib/plan/actions.ts#deleteMeasure": byId("plan.manage", measure),
  "lib/plan/actions.ts#createWorkItem": {
    permission: "plan.manage",
    input: async (ctx) => {
      const parent = await measure(ctx);
      return workItemFields(ctx, { measureId: parent.id, code: `${parent.code}.9` });
    },
  },
  "lib/plan/actions.ts#updateWorkItem": {
    permission: "plan.manage",
    input: async (ctx) => {
      const item = await workItem(ctx);
      return { id: item.id, ...workItemFields(ctx, item), title: "矩阵事项（改）" };
    },
  },
  "lib/plan/actions.ts#archiveWorkItem": byId("plan.manage", (ctx) => workItem(ctx)),
  "lib/plan/actions.ts#restoreWorkItem": byId("plan.manage", (ctx) => workItem(ctx, "ARCHIVED")),
  "lib/plan/actions.ts#deleteWorkItem": byId("plan.manage", (ctx) => workItem(ctx)),

  // users and units
  "lib/org/actions.ts#createUser": {
    permission: "user.manage",
    input: async (ctx) => ({ email: `matrix-new-${unique()}@test.gov.cn`, name: "矩阵新用户", role: "REPORTER", unitId: ctx.memberUnitId, password: PASSWORD }),
  },
  "lib/org/actions.ts#updateUser": {
    permission: "user.manage",
    input: async (ctx) => {
      const row = await user(ctx);
      return { id: row.id, email: row.email, name: "矩阵用户（改）", role: "REPORTER", unitId: ctx.memberUnitId };
    },
  },
  "lib/org/actions.ts#setUserActive": { permission: "user.manage", input: async (ctx) => ({ id: (await user(ctx)).id, active: "false" }) },
  "lib/org/actions.ts#resetUserPassword": { permission: "user.manage", input: async (ctx) => ({ id: (await user(ctx)).id, password: PASSWORD }) },
  "lib/org/actions.ts#createUnit": {
    permission: "unit.manage",
    input: async () => {
      const n = unique();
      return unitFields({ code: `mxnew${n}`, name: `矩阵新单位${n}` });
    },
  },
  "lib/org/actions.ts#updateUnit": {
    permission: "unit.manage",
    input: async (ctx) => {
      const row = await unit(ctx);
      return { id: row.id, ...unitFields(row) };
    },
  },
  "lib/org/actions.ts#setUnitActive": { permission: "unit.manage", input: async (ctx) => ({ id: (await unit(ctx)).id, active: "false" }) },

  // resources and approvals
  "lib/resources/designation-actions.ts#createDesignation": { permission: "resource.manage", input: async () => designationFields },
  "lib/resources/designation-actions.ts#updateDesignation": { permission: "resource.manage", input: async (ctx) => ({ id: (await designation(ctx)).id, ...designationFields, name: "矩阵资质（改）" }) },
  "lib/resources/designation-actions.ts#deleteDesignation": byId("resource.manage", designation),
  "lib/resources/designation-actions.ts#addDesignationStep": { permission: "resource.manage", input: async (ctx) => ({ parentId: (await designation(ctx)).id, ...stepFields }) },
  "lib/resources/designation-actions.ts#updateDesignationStep": {
    permission: "resource.manage",
    input: async (ctx) => {
      const step = await db.designationStep.create({ data: { designationId: (await designation(ctx)).id, seq: 1, name: "步骤" }, select: { id: true } });
      return { id: step.id, ...stepFields, status: "IN_PROGRESS" };
    },
  },
  "lib/resources/designation-actions.ts#deleteDesignationStep": byId("resource.manage", async (ctx) => db.designationStep.create({ data: { designationId: (await designation(ctx)).id, seq: 1, name: "步骤" }, select: { id: true } })),
  "lib/resources/planning-actions.ts#addPlanningStep": { permission: "resource.manage", input: async (ctx) => ({ parentId: (await planning(ctx)).id, ...stepFields }) },
  "lib/resources/planning-actions.ts#updatePlanningStep": {
    permission: "resource.manage",
    input: async (ctx) => {
      const step = await db.planningAdjustmentStep.create({ data: { adjustmentId: (await planning(ctx)).id, seq: 1, name: "步骤" }, select: { id: true } });
      return { id: step.id, ...stepFields, status: "IN_PROGRESS" };
    },
  },
  "lib/resources/planning-actions.ts#deletePlanningStep": byId("resource.manage", async (ctx) => db.planningAdjustmentStep.create({ data: { adjustmentId: (await planning(ctx)).id, seq: 1, name: "步骤" }, select: { id: true } })),
  "lib/resources/visit-actions.ts#createOfficialVisit": { permission: "resource.manage", input: async (ctx) => ({ date: ctx.today, visitors: "省科技厅调研组", organization: "省科技厅" }) },
  "lib/resources/visit-actions.ts#updateOfficialVisit": {
    permission: "resource.manage",
    input: async (ctx) => {
      const visit = await db.officialVisit.create({ data: { zoneId: ctx.actor.zoneId, date: day(ctx.today), visitors: "调研组", organization: "省科技厅" }, select: { id: true } });
      return { id: visit.id, date: ctx.today, visitors: "省科技厅调研组（改）", organization: "省科技厅" };
    },
  },
  "lib/resources/visit-actions.ts#deleteOfficialVisit": byId("resource.manage", (ctx) => db.officialVisit.create({ data: { zoneId: ctx.actor.zoneId, date: day(ctx.today), visitors: "调研组", organization: "省科技厅" }, select: { id: true } })),
  "lib/resources/funding-actions.ts#createFundingItem": { permission: "resource.manage", input: async () => fundingFields },
  "lib/resources/funding-actions.ts#updateFundingItem": {
    permission: "resource.manage",
    input: async (ctx) => {
      const item = await db.fundingItem.create({ data: { zoneId: ctx.actor.zoneId, name: "矩阵资金", sourceLevel: "PROVINCIAL", kind: "GRANT", amountSought: 1_000_000 }, select: { id: true } });
      return { id: item.id, ...fundingFields, amountSought: "120" };
    },
  },
  "lib/resources/funding-actions.ts#deleteFundingItem": byId("resource.manage", (ctx) => db.fundingItem.create({ data: { zoneId: ctx.actor.zoneId, name: "矩阵资金", sourceLevel: "PROVINCIAL", kind: "GRANT", amountSought: 1_000_000 }, select: { id: true } })),
  "lib/resources/land-actions.ts#setLandNeeded": { permission: "resource.manage", input: async () => ({ landNeededMu: "12000" }) },
  "lib/resources/land-actions.ts#createLandBatch": { permission: "resource.manage", input: async () => ({ seq: String(++batchSeq), name: "矩阵批次", areaMu: "100", status: "PREPARING" }) },
  "lib/resources/land-actions.ts#updateLandBatch": {
    permission: "resource.manage",
    input: async (ctx) => {
      const batch = await landBatch(ctx);
      return { id: batch.id, seq: String(batch.seq), name: "矩阵批次（改）", areaMu: "1000", status: "SUBMITTED" };
    },
  },
  "lib/resources/land-actions.ts#deleteLandBatch": byId("resource.manage", landBatch),
  "lib/resources/land-actions.ts#createLandProject": { permission: "resource.manage", input: async (ctx) => ({ batchId: (await landBatch(ctx)).id, name: "矩阵项目", areaMu: "10" }) },
  "lib/resources/land-actions.ts#updateLandProject": {
    permission: "resource.manage",
    input: async (ctx) => {
      const project = await db.landProject.create({ data: { batchId: (await landBatch(ctx)).id, name: "矩阵项目", areaMu: 10 }, select: { id: true } });
      return { id: project.id, name: "矩阵项目（改）", areaMu: "12" };
    },
  },
  "lib/resources/land-actions.ts#deleteLandProject": byId("resource.manage", async (ctx) => db.landProject.create({ data: { batchId: (await landBatch(ctx)).id, name: "矩阵项目", areaMu: 10 }, select: { id: true } })),
  "lib/resources/planning-actions.ts#createPlanningAdjustment": { permission: "resource.manage", input: async () => planningFields },
  "lib/resources/planning-actions.ts#updatePlanningAdjustment": { permission: "resource.manage", input: async (ctx) => ({ id: (await planning(ctx)).id, ...planningFields, title: "矩阵规划调整（改）" }) },
  "lib/resources/planning-actions.ts#deletePlanningAdjustment": byId("resource.manage", planning),
  "lib/briefings/actions.ts#createBriefingEdition": { permission: "briefingEdition.manage", input: async (ctx) => ({ week: (await freeEditionWeek(ctx)).key }) },
  "lib/briefings/actions.ts#saveBriefingEdition": { permission: "briefingEdition.manage", input: async (ctx) => ({ id: (await draftEdition(ctx)).id, ...editionText }) },
  "lib/briefings/actions.ts#issueBriefingEdition": { permission: "briefingEdition.manage", input: async (ctx) => ({ id: (await draftEdition(ctx)).id, ...editionText }) },
  "lib/documents/actions.ts#saveDocumentSettings": {
    permission: "documentSettings.manage",
    input: async () => ({ issuerName: "江州市创建办", signatureName: "江州市创建办", noticeCode: "督办", printedBy: "江州市创建办", copyTo: "", briefingName: "创建工作简报", briefingEditor: "创建办", briefingReportTo: "", briefingSendTo: "" }),
  },
  "lib/documents/actions.ts#createStatusReport": { permission: "statusReport.manage", input: async () => ({}) },
  "lib/documents/actions.ts#saveStatusReport": {
    permission: "statusReport.manage",
    input: async (ctx) => ({ id: (await statusReport(ctx)).id, title: "矩阵情况汇报（改）", addressee: "市委、市政府", intro: "现汇报如下：", closing: "特此汇报。", "sections[0][facts]": "矩阵事实（改）", "sections[0][remarks]": "" }),
  },

  // readiness against the national evaluation
  "lib/readiness/actions.ts#importCatalogue": {
    permission: "readiness.manage",
    input: async () => ({}),
    call: (action, _values, form) => {
      form.append("file", catalogueFile());
      return (action as (previous: null, formData: FormData) => Promise<unknown>)(null, form);
    },
  },
  "lib/readiness/actions.ts#saveReadinessSettings": { permission: "readiness.manage", input: async (ctx) => ({ systemId: (await evaluationSystem(ctx)).id, cap: "1.2", missingRule: "REWEIGHT", passMark: "80" }) },
  "lib/readiness/actions.ts#saveIndicatorFigure": {
    permission: "readiness.manage",
    input: async (ctx) => ({ indicatorId: (await evaluationIndicator(ctx)).id, baseline: "10", baselineYear: "2025", target: "20", targetYear: "2027", benchmark: "15", benchmarkSource: "矩阵来源" }),
  },
  "lib/readiness/actions.ts#addIndicatorValue": { permission: "readiness.manage", input: async (ctx) => ({ indicatorId: (await evaluationIndicator(ctx)).id, value: "12", asOf: ctx.today, source: "矩阵统计" }) },
  "lib/readiness/actions.ts#deleteIndicatorValue": {
    permission: "readiness.manage",
    input: async (ctx) => {
      const indicator = await evaluationIndicator(ctx);
      return { id: (await db.readinessValue.create({ data: { zoneId: ctx.actor.zoneId, indicatorId: indicator.id, value: 1, asOf: day(ctx.today), source: "矩阵" }, select: { id: true } })).id };
    },
  },
  "lib/readiness/actions.ts#addReadinessLink": { permission: "readiness.manage", input: async (ctx) => ({ indicatorId: (await evaluationIndicator(ctx)).id, workItemId: (await workItem(ctx)).id }) },
  "lib/readiness/actions.ts#deleteReadinessLink": {
    permission: "readiness.manage",
    input: async (ctx) => {
      const indicator = await evaluationIndicator(ctx);
      const item = await workItem(ctx);
      return { id: (await db.readinessLink.create({ data: { zoneId: ctx.actor.zoneId, indicatorId: indicator.id, workItemId: item.id }, select: { id: true } })).id };
    },
  },
};
