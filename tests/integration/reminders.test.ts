// Reminders on a schedule, the escalation ladder and read status, on the real database: the
// weekly reminder reaches an SMTP server started here (smtp-server on loopback) through the
// real queue; running again, or twice at once (two instances), sends nothing twice; ladder
// steps are recorded after N working days at fixed as-of instants; opening a notice records
// who read it, and an unread notice is chased after the working hours set.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadZoneCalendar } from "@/lib/calendar/load";
import { db } from "@/lib/db/client";
import { deadlineOf, workingDaysBefore } from "@/lib/dates/calendar";
import { weekKeyLabel } from "@/lib/dates/week-label";
import { formatIsoWeek, isoWeekOf, zonedInstant } from "@/lib/dates/zone-time";
import { relayPendingMessages } from "@/lib/delivery/send";
import { encryptSecret } from "@/lib/delivery/secrets";
import { issueNotice } from "@/lib/notices/service";
import { getNoticeReadStatus, recordNoticeOpened } from "@/lib/notices/read-status";
import { loadBoard } from "@/lib/reports/board";
import { countsForFigures } from "@/lib/reports/workflow";
import { REMINDER_TICK_CRON, scheduleReminderTick } from "@/lib/reminders/jobs";
import { runReminders } from "@/lib/reminders/run";
import { saveReminderSettings } from "@/lib/reminders/actions";
import { DEFAULT_SCHEDULE, parseReminderSchedule } from "@/lib/reminders/schedule";
import { startDeliveryWorkers, type DeliveryWorkers } from "./support/delivery";
import { actAs, actorFor, form } from "./support/session";
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from "./support/smtp";
import { until } from "./support/until";

const APP_URL = "https://cj.example.gov.cn";
const SHANGHAI = "Asia/Shanghai";
const at = (day: string, time: string) => zonedInstant(day, time, SHANGHAI);

let mails: ReceivedMail[] = [];
let smtp: TestSmtpServer;
let workers: DeliveryWorkers;
let zoneId = "";

async function setSchedule(schedule: object) {
  await db.zone.update({ where: { id: zoneId }, data: { reminderSchedule: { ...DEFAULT_SCHEDULE, ...schedule } } });
}

beforeAll(async () => {
  process.env.APP_URL = APP_URL;
  process.env.AUTH_SECRET ??= "integration-test-secret";
  zoneId = (await db.zone.findFirstOrThrow({ select: { id: true } })).id;
  smtp = await startSmtpServer();
  mails = smtp.mails;
  const port = smtp.port;
  await db.deliveryChannel.create({
    data: { zoneId, kind: "EMAIL", name: "创建办邮箱", config: { host: "127.0.0.1", port, secure: false, user: "", from: "创建办 <office@cj.example.gov.cn>" }, secret: encryptSecret(JSON.stringify({ password: "" })), ratePerMinute: 600 },
  });
  workers = await startDeliveryWorkers();
});

afterAll(async () => {
  await workers?.stop();
  await smtp?.close();
});

beforeEach(() => {
  mails.length = 0;
});

describe("the weekly reminder", () => {
  it("goes to the reporters of each unit that owes the week and has not submitted, once per unit + week + slot", async () => {
    // Only the weekly reminders: the daily work starts at 23:59.
    await setSchedule({ dailyTime: "23:59" });
    const calendar = await loadZoneCalendar(db, zoneId);
    const week = isoWeekOf(new Date(), SHANGHAI);
    const deadline = deadlineOf(calendar.zone, calendar.calendar, week);
    expect(deadline.owed).toBe(true);
    // The default slot: the working day before the deadline day at 16:00.
    const asOf = at(workingDaysBefore(calendar.calendar, deadline.deadlineKey, 1), "16:00");
    const board = await loadBoard(db, zoneId, week);
    const owing = board.rows.filter((row) => row.owed && !countsForFigures(row.report?.status)).map((row) => row.id);
    expect(owing.length).toBeGreaterThan(0);
    const reporters = await db.user.findMany({ where: { unitId: { in: owing }, role: "REPORTER", active: true }, select: { email: true } });

    // Two instances at the same slot: each unit once.
    const [a, b] = await Promise.all([runReminders(zoneId, asOf), runReminders(zoneId, asOf)]);
    expect(a.weekly + b.weekly).toBe(owing.length);
    const label = formatIsoWeek(week);
    expect(await db.reminderDispatch.count({ where: { kind: "WEEKLY", key: { endsWith: `:${label}:1d16:00` } } })).toBe(owing.length);

    await relayPendingMessages();
    await until(() => mails.length >= reporters.length);
    expect(mails.map((mail) => mail.to).sort()).toEqual(reporters.map((user) => user.email).sort());
    for (const mail of mails) {
      expect(mail.subject).toMatch(new RegExp(`^提醒：${weekKeyLabel(label, "zh-CN")}周报将于 .+18:00 截止$`));
      expect(mail.subject).not.toContain(label);
      expect(mail.text).toContain("尚未提交");
      expect(mail.text).toContain(`${APP_URL}/my-unit?week=${label}`);
    }

    // An hour later, and a retry at the same instant: nothing new.
    const messages = await db.outboundMessage.count();
    expect((await runReminders(zoneId, new Date(asOf.getTime() + 3_600_000))).weekly).toBe(0);
    expect((await runReminders(zoneId, asOf)).weekly).toBe(0);
    expect(await db.outboundMessage.count()).toBe(messages);

    // The deadline day's 14:00 slot reminds them again (a new key); a unit that submitted in between is not.
    const [submittedUnit] = owing;
    await db.weeklyReport.upsert({
      where: { unitId_isoYear_isoWeek: { unitId: submittedUnit, isoYear: week.isoYear, isoWeek: week.isoWeek } },
      create: { zoneId, unitId: submittedUnit, isoYear: week.isoYear, isoWeek: week.isoWeek, weekStart: board.week.weekStart, deadline: deadline.deadline, status: "SUBMITTED", submittedAt: asOf },
      update: { status: "SUBMITTED", submittedAt: asOf },
    });
    const second = await runReminders(zoneId, at(deadline.deadlineKey, "14:00"));
    expect(second.weekly).toBe(owing.length - 1);
    expect(await db.reminderDispatch.findUnique({ where: { key: `weekly:${submittedUnit}:${label}:0d14:00` } })).toBeNull();
  });

  it("runs on a five-minute tick stored in the queue's schedule", async () => {
    await scheduleReminderTick();
    expect(await workers.queues[0].schedules()).toContainEqual({ name: "reminders.tick", cron: REMINDER_TICK_CRON, timeZone: "UTC" });
  });
});

describe("notices on the ladder", () => {
  async function issueOn(unitCode: string, now: Date, responseDue: string) {
    const office = await actorFor("office@demo.gov.cn");
    const unit = await db.unit.findFirstOrThrow({ where: { code: unitCode }, select: { id: true } });
    return db.$transaction((tx) => issueNotice(tx, office, { unitId: unit.id, title: "关于推进滞后事项的督办通知", matter: "进度滞后。", requiredAction: "书面反馈。", responseDue, level: "YELLOW", warningIds: [] }, now));
  }

  it("climbs 提醒 → 联络员 → 分管领导 → 督办 → 通报 after 1, 2, 4, 6 and 10 working days, each step recorded once", async () => {
    await setSchedule({ weekly: [], unreadChaseWorkingHours: 0 });
    const unit = await db.unit.findFirstOrThrow({ where: { code: "kjj" }, select: { id: true, name: true } });
    const reporter = await db.user.findUniqueOrThrow({ where: { email: "kjj@demo.gov.cn" }, select: { id: true, name: true } });
    const liaison = await db.user.create({ data: { zoneId, unitId: unit.id, email: "kjj-liaison@demo.gov.cn", name: "联络员赵", role: "REPORTER", passwordHash: "x" } });
    const leader = await db.user.findUniqueOrThrow({ where: { email: "leader@demo.gov.cn" }, select: { id: true, name: true } });
    await db.unit.update({ where: { id: unit.id }, data: { liaisonId: liaison.id, leaderId: leader.id } });
    // Issued Monday 2026-11-02, to answer by Wednesday 11-04 (November 2026 has no holiday).
    const { id } = await issueOn("kjj", at("2026-11-02", "10:00"), "2026-11-04");
    const events = async () => (await db.noticeEvent.findMany({ where: { noticeId: id, type: { in: ["CHASED", "LADDER"] } }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { type: true, note: true, actorId: true } })).map((event) => `${event.type}:${event.note}`);
    const notified = async (userId: string) => db.notification.count({ where: { userId, link: `/notices/${id}` } });

    // The last day itself, and Thursday before 09:00: nothing.
    await runReminders(zoneId, at("2026-11-04", "17:00"));
    await runReminders(zoneId, at("2026-11-05", "08:59"));
    expect(await events()).toEqual([]);
    const reporterBefore = await notified(reporter.id);
    // Thursday 11-05: one working day overdue → the automatic chase, to the unit's reporters.
    await runReminders(zoneId, at("2026-11-05", "09:30"));
    expect(await events()).toEqual(["CHASED:overdue:1"]);
    expect(await db.supervisionNotice.findUniqueOrThrow({ where: { id }, select: { chaseCount: true } })).toEqual({ chaseCount: 1 });
    expect(await notified(reporter.id)).toBe(reporterBefore + 1);
    // Friday 11-06: 2 → the liaison.
    await runReminders(zoneId, at("2026-11-06", "09:30"));
    expect(await events()).toEqual(["CHASED:overdue:1", `LADDER:LIAISON:${liaison.name}`]);
    expect(await notified(liaison.id)).toBeGreaterThanOrEqual(1);
    // Monday 11-09: 3, nothing; Tuesday 11-10: 4 → the responsible leader.
    await runReminders(zoneId, at("2026-11-09", "09:30"));
    expect(await events()).toHaveLength(2);
    const leaderBefore = await notified(leader.id);
    await runReminders(zoneId, at("2026-11-10", "09:30"));
    expect((await events()).at(-1)).toBe(`LADDER:LEADER:${leader.name}`);
    expect(await notified(leader.id)).toBe(leaderBefore + 1);
    // Thursday 11-12: 6 → supervision, the level raised YELLOW → ORANGE. Run twice: once.
    await Promise.all([runReminders(zoneId, at("2026-11-12", "09:30")), runReminders(zoneId, at("2026-11-12", "09:30"))]);
    expect((await events()).at(-1)).toBe("LADDER:SUPERVISION:ORANGE");
    expect(await db.supervisionNotice.findUniqueOrThrow({ where: { id }, select: { level: true, escalationStep: true } })).toEqual({ level: "ORANGE", escalationStep: "SUPERVISION" });
    // Wednesday 11-18: 10 → 通报.
    await runReminders(zoneId, at("2026-11-17", "09:30"));
    expect(await events()).toHaveLength(4);
    await runReminders(zoneId, at("2026-11-18", "09:30"));
    await runReminders(zoneId, at("2026-11-18", "15:00"));
    expect(await events()).toEqual(["CHASED:overdue:1", `LADDER:LIAISON:${liaison.name}`, `LADDER:LEADER:${leader.name}`, "LADDER:SUPERVISION:ORANGE", "LADDER:BULLETIN:"]);
    const notice = await db.supervisionNotice.findUniqueOrThrow({ where: { id }, select: { escalationStep: true, bulletinAt: true } });
    expect(notice).toEqual({ escalationStep: "BULLETIN", bulletinAt: at("2026-11-18", "09:30") });
    // Each step is audited as the system's.
    expect(await db.auditLog.count({ where: { entityId: id, action: "notice.escalate", actorId: null } })).toBe(4);
  });

  it("records who of the unit opened the notice, and chases it after 4 working hours when nobody did", async () => {
    await setSchedule({ weekly: [], ladder: { REMIND: 30, LIAISON: 31, LEADER: 32, SUPERVISION: 33, BULLETIN: 34 }, unreadChaseWorkingHours: 4 });
    const unread = await issueOn("xcl", at("2026-11-02", "10:00"), "2026-11-13");
    const opened = await issueOn("xcl", at("2026-11-02", "10:00"), "2026-11-13");
    const reporter = await actorFor("park@demo.gov.cn");
    await recordNoticeOpened(reporter, opened.id, at("2026-11-02", "11:00"));
    await recordNoticeOpened(reporter, opened.id, at("2026-11-02", "11:30"));
    // The office opening it is not the unit reading it.
    const office = await actorFor("office@demo.gov.cn");
    await recordNoticeOpened(office, unread.id, at("2026-11-02", "11:00"));

    const status = await getNoticeReadStatus(office, opened.id);
    const row = status.rows.find((entry) => entry.userId === reporter.id)!;
    expect(row).toMatchObject({ roles: ["REPORTER"], firstReadAt: at("2026-11-02", "11:00"), lastReadAt: at("2026-11-02", "11:30") });
    expect(status.read).toBe(1);
    // Opening it read the reporter's notification of the notice.
    expect(await db.notification.count({ where: { userId: reporter.id, link: `/notices/${opened.id}`, readAt: null } })).toBe(0);
    expect(await db.notification.count({ where: { userId: reporter.id, link: `/notices/${unread.id}`, readAt: null } })).toBe(1);
    const unreadStatus = await getNoticeReadStatus(office, unread.id);
    expect(unreadStatus.rows.find((entry) => entry.userId === reporter.id)).toMatchObject({ firstReadAt: null });

    // 10:00 → 13:59 is 3 h 59 min of office hours: not yet; 14:00: chased, once.
    await runReminders(zoneId, at("2026-11-02", "13:59"));
    const chases = (noticeId: string) => db.noticeEvent.findMany({ where: { noticeId, type: "CHASED" }, select: { note: true, actorId: true } });
    expect(await chases(unread.id)).toEqual([]);
    await runReminders(zoneId, at("2026-11-02", "14:00"));
    await runReminders(zoneId, at("2026-11-02", "16:00"));
    expect(await chases(unread.id)).toEqual([{ note: "unread:4", actorId: null }]);
    expect(await chases(opened.id)).toEqual([]);
    expect(await db.notification.count({ where: { userId: reporter.id, link: `/notices/${unread.id}` } })).toBe(2);
  });

  it("reminds the unit one working day before a notice's last day", async () => {
    await setSchedule({ weekly: [], unreadChaseWorkingHours: 0 });
    const { id } = await issueOn("kjj", at("2026-11-02", "10:00"), "2026-11-09");
    const reminders = () => db.reminderDispatch.findMany({ where: { subjectId: id, kind: "NOTICE_DUE" }, select: { key: true } });
    // Thursday 11-05 → Monday 11-09 is 2 working days: not yet. Friday 11-06: 1.
    await runReminders(zoneId, at("2026-11-05", "10:00"));
    expect(await reminders()).toEqual([]);
    await runReminders(zoneId, at("2026-11-06", "10:00"));
    await runReminders(zoneId, at("2026-11-09", "10:00"));
    expect(await reminders()).toEqual([{ key: `notice-due:${id}:2026-11-09` }]);
  });
});

describe("the settings page's action", () => {
  const fields = {
    slot0Days: "2", slot0Time: "15:30", slot1Days: "", slot1Time: "", slot2Days: "0", slot2Time: "10:00",
    dailyTime: "08:45", noticeDueSoonWorkingDays: "2", unreadChaseWorkingHours: "6",
    ladderREMIND: "1", ladderLIAISON: "3", ladderLEADER: "5", ladderSUPERVISION: "8", ladderBULLETIN: "12",
    warningLIAISON: "3", warningLEADER: "6",
    digestEnabled: "on", digestTime: "08:00",
  };

  it("stores the schedule the office typed (empty slots dropped) and audits before and after", async () => {
    await setSchedule({});
    await actAs("office@demo.gov.cn");
    expect(await saveReminderSettings(null, form(fields))).toEqual({ ok: true, data: { saved: true } });
    const stored = parseReminderSchedule((await db.zone.findUniqueOrThrow({ where: { id: zoneId }, select: { reminderSchedule: true } })).reminderSchedule);
    const expected = {
      weekly: [{ workingDaysBefore: 2, time: "15:30" }, { workingDaysBefore: 0, time: "10:00" }],
      dailyTime: "08:45",
      noticeDueSoonWorkingDays: 2,
      ladder: { REMIND: 1, LIAISON: 3, LEADER: 5, SUPERVISION: 8, BULLETIN: 12 },
      warningLadder: { LIAISON: 3, LEADER: 6 },
      unreadChaseWorkingHours: 6,
      digest: { enabled: true, time: "08:00" },
    };
    expect(stored).toEqual(expected);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "zone.reminderSchedule", entityId: zoneId }, orderBy: { createdAt: "desc" } });
    expect(audit.after).toEqual(expected);
    expect((audit.before as { ladder: object }).ladder).toEqual({ REMIND: 1, LIAISON: 2, LEADER: 4, SUPERVISION: 6, BULLETIN: 10 });
  });

  it("refuses a ladder that does not rise and a half-filled slot, at their fields, writing nothing", async () => {
    await setSchedule({});
    await actAs("office@demo.gov.cn");
    const before = (await db.zone.findUniqueOrThrow({ where: { id: zoneId }, select: { reminderSchedule: true } })).reminderSchedule;
    const refused = await saveReminderSettings(null, form({ ...fields, ladderLEADER: "3", warningLEADER: "2", slot1Days: "1", digestTime: "25:00" }));
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { ladderLEADER: ["各级的逾期工作日数须逐级增大"], warningLEADER: ["各级的逾期工作日数须逐级增大"], slot1Time: ["请同时填写工作日数和时间，或都留空"], digestTime: ["请填写 00:00–23:59 之间的时间"] },
    });
    expect((await db.zone.findUniqueOrThrow({ where: { id: zoneId }, select: { reminderSchedule: true } })).reminderSchedule).toEqual(before);
  });
});

describe("warnings on the ladder", () => {
  it("tells the unit's liaison 2 working days after an orange or red warning opened and its leader after 4, recorded on the warning, unless acknowledged", async () => {
    await setSchedule({ weekly: [], unreadChaseWorkingHours: 0, ladder: { REMIND: 30, LIAISON: 31, LEADER: 32, SUPERVISION: 33, BULLETIN: 34 } });
    const unit = await db.unit.findFirstOrThrow({ where: { code: "scjgj" }, select: { id: true, name: true } });
    const liaison = await db.user.create({ data: { zoneId, unitId: unit.id, email: "scjgj-liaison@demo.gov.cn", name: "联络员钱", role: "REPORTER", passwordHash: "x" } });
    const leader = await db.user.findUniqueOrThrow({ where: { email: "leader@demo.gov.cn" }, select: { id: true, name: true } });
    await db.unit.update({ where: { id: unit.id }, data: { liaisonId: liaison.id, leaderId: leader.id } });
    // Opened Monday 2026-11-02 10:00 (November 2026 has no holiday).
    const opened = at("2026-11-02", "10:00");
    const warning = async (level: "YELLOW" | "ORANGE" | "RED", status: "OPEN" | "ACKNOWLEDGED", tag: string) => {
      const row = await db.warning.create({ data: { zoneId, kind: "STALLED", level, status, dedupeKey: `LADDER-TEST:${tag}`, unitId: unit.id, title: `长期停滞（${tag}）`, evidence: {}, firstSeenAt: opened, lastEvaluatedAt: opened } });
      await db.warningEvent.create({ data: { warningId: row.id, type: "OPENED", toLevel: level, at: opened } });
      return row.id;
    };
    const orange = await warning("ORANGE", "OPEN", "orange");
    const red = await warning("RED", "OPEN", "red");
    const yellow = await warning("YELLOW", "OPEN", "yellow");
    const acknowledged = await warning("RED", "ACKNOWLEDGED", "acknowledged");
    const steps = async (id: string) => (await db.warningEvent.findMany({ where: { warningId: id, type: "ESCALATED" }, orderBy: { at: "asc" }, select: { reason: true, at: true } })).map((event) => event.reason);
    const told = async (userId: string, id: string) => (await db.notification.findMany({ where: { userId, link: `/warnings/${id}` }, select: { kind: true } })).map((row) => row.kind);

    // Tuesday 11-03: 1 working day, nothing. Wednesday 11-04 09:30: 2 → the liaison, once however often it runs.
    await runReminders(zoneId, at("2026-11-03", "09:30"));
    expect(await steps(orange)).toEqual([]);
    await Promise.all([runReminders(zoneId, at("2026-11-04", "09:30")), runReminders(zoneId, at("2026-11-04", "09:30"))]);
    await runReminders(zoneId, at("2026-11-04", "15:00"));
    expect(await steps(orange)).toEqual([`LIAISON:${liaison.name}`]);
    expect(await steps(red)).toEqual([`LIAISON:${liaison.name}`]);
    expect(await told(liaison.id, orange)).toEqual(["WARNING_OPENED"]);
    expect(await told(liaison.id, red)).toEqual(["WARNING_RED"]);
    expect(await told(leader.id, red)).toEqual([]);
    // Friday 11-06: 4 → the responsible leader.
    await runReminders(zoneId, at("2026-11-05", "09:30"));
    expect(await steps(red)).toHaveLength(1);
    await runReminders(zoneId, at("2026-11-06", "09:30"));
    expect(await steps(red)).toEqual([`LIAISON:${liaison.name}`, `LEADER:${leader.name}`]);
    expect(await told(leader.id, red)).toEqual(["WARNING_RED"]);
    // Yellow stays in the product; an acknowledged warning is being dealt with.
    expect(await steps(yellow)).toEqual([]);
    expect(await steps(acknowledged)).toEqual([]);
    expect(await told(liaison.id, acknowledged)).toEqual([]);
    // The red warning's outbound mail went to the liaison; each step audited as the system's.
    expect(await db.outboundMessage.count({ where: { userId: liaison.id, kind: "WARNING_RED" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: red, action: "warning.escalate", actorId: null } })).toBe(2);
  });
});
