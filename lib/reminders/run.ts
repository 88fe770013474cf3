// Runs a zone's reminders as of an instant: loads the data, asks the pure rules
// (lib/reminders/rules.ts) what is due and persists each item in its own transaction under
// its idempotency key (ReminderDispatch): the key, the notice's steps and events, the
// in-app notifications and their outbound messages (the outbox) commit together. A second
// instance, a retry or a run at the same instant finds the key taken and sends nothing.
import { recordAudit } from "@/lib/audit/record";
import { loadZoneCalendar } from "@/lib/calendar/load";
import { db, type DbClient, type TxClient } from "@/lib/db/client";
import type { NotificationKind } from "@/lib/db/generated/enums";
import type { ZoneCalendar } from "@/lib/dates/calendar";
import { dateKey, localDateKey } from "@/lib/dates/zone-time";
import { defer, deferDate, deferInstant, deferWeek } from "@/lib/i18n/deferred";
import { notifyUsers } from "@/lib/notifications/notify";
import { loadBoard } from "@/lib/reports/board";
import { countsForFigures } from "@/lib/reports/workflow";
import { escalate, type WarningLevel } from "@/lib/warnings/rules";
import { UNANSWERED_NOTICE_STATUSES } from "@/lib/warnings/types";
import { dailyWindow, digestWindow, dueLadderSteps, dueSoonNotices, dueUnreadChases, dueWarningSteps, dueWeeklyReminders, noticeLastDay, weeklyReminderSlot, workingDaysOverdue, type LadderAction, type NoticeState, type WarningLadderAction } from "./rules";
import { parseReminderSchedule, type WarningLadder } from "./schedule";
import { LADDER_STEPS, WARNING_LADDER_STEPS, type LadderStep, type WarningLadderStep } from "./steps";

export type DispatchKind = "WEEKLY" | "NOTICE_DUE" | "LADDER" | "UNREAD" | "DIGEST" | "WARNING_LADDER";

export interface ReminderRunSummary {
  weekly: number;
  noticeDue: number;
  ladder: number;
  unread: number;
  warningLadder: number;
  digest: number;
}

const SYSTEM = (zoneId: string) => ({ id: null, zoneId });

/** Takes the key for this transaction: true when this run owns it (a concurrent holder makes us wait, then lose). */
async function claim(tx: TxClient, zoneId: string, key: string, kind: DispatchKind, subjectId: string, at: Date): Promise<boolean> {
  const { count } = await tx.reminderDispatch.createMany({ data: [{ key, zoneId, kind, subjectId, at }], skipDuplicates: true });
  return count === 1;
}

async function activeUserIds(tx: TxClient, zoneId: string, where: { unitId?: string; ids?: (string | null)[]; roles?: ("REPORTER" | "SUPERVISOR" | "LEADER" | "ADMIN")[] }): Promise<string[]> {
  const ids = where.ids?.filter((id): id is string => Boolean(id));
  if (where.ids && ids!.length === 0) return [];
  const users = await tx.user.findMany({
    where: { zoneId, active: true, ...(where.unitId ? { unitId: where.unitId } : {}), ...(ids ? { id: { in: ids } } : {}), ...(where.roles ? { role: { in: where.roles } } : {}) },
    select: { id: true },
  });
  return users.map((user) => user.id);
}

/** The unit's reporters and its liaison: who acts for the unit. */
async function unitPeople(tx: TxClient, zoneId: string, unitId: string, liaisonId: string | null): Promise<string[]> {
  const reporters = await activeUserIds(tx, zoneId, { unitId, roles: ["REPORTER"] });
  const liaison = await activeUserIds(tx, zoneId, { ids: [liaisonId] });
  return [...new Set([...reporters, ...liaison])];
}

export async function runReminders(zoneId: string, asOf: Date = new Date(), client: DbClient = db): Promise<ReminderRunSummary> {
  const summary: ReminderRunSummary = { weekly: 0, noticeDue: 0, ladder: 0, unread: 0, warningLadder: 0, digest: 0 };
  const zone = await client.zone.findUniqueOrThrow({ where: { id: zoneId }, select: { reminderSchedule: true } });
  const schedule = parseReminderSchedule(zone.reminderSchedule);
  const zoneCalendar = await loadZoneCalendar(client, zoneId);
  const timeZone = zoneCalendar.zone.timeZone;

  // 1. Before the weekly deadline, to the units that owe the week and have not submitted.
  const slot = weeklyReminderSlot(zoneCalendar, schedule.weekly, asOf);
  if (slot) {
    const board = await loadBoard(client, zoneId, slot.week);
    const due = dueWeeklyReminders(board.rows.map((row) => ({ unitId: row.id, owed: row.owed, submitted: countsForFigures(row.report?.status) })), slot);
    const units = new Map((await client.unit.findMany({ where: { id: { in: due.map((row) => row.unitId) } }, select: { id: true, liaisonId: true } })).map((unit) => [unit.id, unit]));
    for (const reminder of due) {
      const sent = await client.$transaction(async (tx) => {
        if (!(await claim(tx, zoneId, reminder.key, "WEEKLY", reminder.unitId, asOf))) return false;
        const people = await unitPeople(tx, zoneId, reminder.unitId, units.get(reminder.unitId)?.liaisonId ?? null);
        await notifyUsers(tx, zoneId, people, {
          kind: "REPORT_REMINDER",
          title: defer("reminders.notify.weeklyTitle", { week: deferWeek(slot.week), deadline: deferInstant(slot.deadline, timeZone) }),
          body: defer("reminders.notify.weeklyBody", { week: deferWeek(slot.week) }),
          link: `/my-unit?week=${slot.weekLabel}`,
        });
        return true;
      });
      if (sent) summary.weekly += 1;
    }
  }

  // 2. Daily work on working days from the daily time: notices due soon, the ladder, unread chases.
  const today = dailyWindow(zoneCalendar, schedule.dailyTime, asOf);
  if (today) {
    const rows = await client.supervisionNotice.findMany({
      where: { zoneId, status: { in: [...UNANSWERED_NOTICE_STATUSES] } },
      select: {
        id: true, number: true, title: true, status: true, level: true, responseDue: true, issuedAt: true, unitId: true, escalationStep: true,
        unit: { select: { name: true, liaisonId: true, leaderId: true, liaison: { select: { name: true } }, leader: { select: { name: true } } } },
        reads: { select: { user: { select: { unitId: true } } } },
      },
    });
    const taken = await client.reminderDispatch.findMany({ where: { zoneId, kind: "LADDER", subjectId: { in: rows.map((row) => row.id) } }, select: { key: true, subjectId: true } });
    const stepsOf = new Map<string, LadderStep[]>();
    for (const row of taken) {
      const step = row.key.split(":").pop() as LadderStep;
      if (LADDER_STEPS.includes(step)) stepsOf.set(row.subjectId, [...(stepsOf.get(row.subjectId) ?? []), step]);
    }
    const byId = new Map(rows.map((row) => [row.id, row]));
    const states: NoticeState[] = rows.map((row) => ({
      id: row.id,
      responseDue: dateKey(row.responseDue),
      unanswered: true,
      status: row.status,
      issuedAt: row.issuedAt,
      readByUnit: row.reads.some((read) => read.user.unitId === row.unitId),
      stepsTaken: stepsOf.get(row.id) ?? [],
    }));

    for (const reminder of dueSoonNotices(states, schedule.noticeDueSoonWorkingDays, zoneCalendar, today)) {
      const notice = byId.get(reminder.noticeId)!;
      const sent = await client.$transaction(async (tx) => {
        if (!(await claim(tx, zoneId, reminder.key, "NOTICE_DUE", notice.id, asOf))) return false;
        await notifyUsers(tx, zoneId, await unitPeople(tx, zoneId, notice.unitId, notice.unit.liaisonId), {
          kind: "NOTICE_STEP",
          title: defer("reminders.notify.dueSoonTitle", { number: notice.number, due: deferDate(reminder.lastDay) }),
          body: defer("reminders.notify.dueSoonBody", { title: notice.title }),
          link: `/notices/${notice.id}`,
        });
        return true;
      });
      if (sent) summary.noticeDue += 1;
    }

    for (const action of dueLadderSteps(states, schedule.ladder, zoneCalendar, today)) {
      const notice = byId.get(action.noticeId)!;
      const sent = await client.$transaction(async (tx) => {
        if (!(await claim(tx, zoneId, action.key, "LADDER", notice.id, asOf))) return false;
        await takeLadderStep(tx, zoneId, notice, action, asOf, zoneCalendar.calendar);
        return true;
      });
      if (sent) summary.ladder += 1;
    }

    for (const chase of dueUnreadChases(states, schedule.unreadChaseWorkingHours, zoneCalendar, asOf)) {
      const notice = byId.get(chase.noticeId)!;
      const sent = await client.$transaction(async (tx) => {
        if (!(await claim(tx, zoneId, chase.key, "UNREAD", notice.id, asOf))) return false;
        await recordChase(tx, zoneId, notice.id, asOf, `unread:${schedule.unreadChaseWorkingHours}`);
        await notifyUsers(tx, zoneId, await unitPeople(tx, zoneId, notice.unitId, notice.unit.liaisonId), {
          kind: "NOTICE_STEP",
          title: defer("reminders.notify.unreadTitle", { number: notice.number }),
          body: defer("reminders.notify.unreadBody", { title: notice.title }),
          link: `/notices/${notice.id}`,
        });
        return true;
      });
      if (sent) summary.unread += 1;
    }
  }

  // 3. The warnings' ladder: an orange or red warning nobody acknowledged goes to the unit's
  //    liaison, then to its responsible leader, after the set working days.
  if (today) summary.warningLadder = await climbWarningLadder(client, zoneId, schedule.warningLadder, zoneCalendar, today, asOf);

  // 4. The leaders' digest (off by default).
  const digest = digestWindow(zoneCalendar, schedule, asOf);
  if (digest) summary.digest = await sendDigest(client, zoneId, digest, asOf, zoneCalendar.calendar);
  return summary;
}

type LadderNotice = {
  id: string; number: string; title: string; level: WarningLevel; responseDue: Date; unitId: string;
  unit: { name: string; liaisonId: string | null; leaderId: string | null; liaison: { name: string } | null; leader: { name: string } | null };
};

/** An automatic 催办: the chase count and time, and a CHASED event without an actor (the system). */
async function recordChase(tx: TxClient, zoneId: string, noticeId: string, at: Date, note: string): Promise<void> {
  const notice = await tx.supervisionNotice.update({ where: { id: noticeId }, data: { chaseCount: { increment: 1 }, lastChasedAt: at }, select: { status: true, chaseCount: true } });
  await tx.noticeEvent.create({ data: { noticeId, type: "CHASED", fromStatus: notice.status, toStatus: notice.status, note, actorId: null, at } });
  await recordAudit(tx, SYSTEM(zoneId), { action: "notice.autoChase", entityType: "SupervisionNotice", entityId: noticeId, after: { chaseCount: notice.chaseCount, reason: note } });
}

/**
 * One step of the ladder 提醒 → 联络员 → 分管领导 → 督办 → 通报, recorded on the notice (a
 * CHASED event for the reminder, a LADDER event with the step for the others) and sent to
 * whoever the step reaches.
 */
async function takeLadderStep(tx: TxClient, zoneId: string, notice: LadderNotice, action: LadderAction, at: Date, calendar: Parameters<typeof noticeLastDay>[0]): Promise<void> {
  const days = action.overdue;
  const due = deferDate(noticeLastDay(calendar, dateKey(notice.responseDue)));
  const body = defer("reminders.notify.ladderBody", { title: notice.title, due });
  const link = `/notices/${notice.id}`;
  const kind: NotificationKind = "NOTICE_STEP";
  if (action.step === "REMIND") {
    await recordChase(tx, zoneId, notice.id, at, `overdue:${days}`);
    await notifyUsers(tx, zoneId, await activeUserIds(tx, zoneId, { unitId: notice.unitId, roles: ["REPORTER"] }), {
      kind, title: defer("reminders.notify.chaseTitle", { number: notice.number, days }), body: defer("reminders.notify.chaseBody", { title: notice.title }), link,
    });
    return;
  }
  const data: { escalationStep: LadderStep; level?: WarningLevel; bulletinAt?: Date } = { escalationStep: action.step };
  let note = "";
  let recipients: string[] = [];
  if (action.step === "LIAISON") {
    note = notice.unit.liaison?.name ?? "";
    recipients = await activeUserIds(tx, zoneId, { ids: [notice.unit.liaisonId] });
  } else if (action.step === "LEADER") {
    note = notice.unit.leader?.name ?? "";
    recipients = await activeUserIds(tx, zoneId, { ids: [notice.unit.leaderId] });
  } else if (action.step === "SUPERVISION") {
    data.level = escalate(notice.level, 1);
    note = data.level;
    recipients = [...(await activeUserIds(tx, zoneId, { roles: ["SUPERVISOR"] })), ...(await activeUserIds(tx, zoneId, { ids: [notice.unit.leaderId] })), ...(await activeUserIds(tx, zoneId, { unitId: notice.unitId, roles: ["REPORTER"] }))];
  } else {
    data.bulletinAt = at;
    recipients = [...(await activeUserIds(tx, zoneId, { roles: ["SUPERVISOR", "LEADER"] })), ...(await activeUserIds(tx, zoneId, { ids: [notice.unit.leaderId] }))];
  }
  await tx.supervisionNotice.update({ where: { id: notice.id }, data });
  await tx.noticeEvent.create({ data: { noticeId: notice.id, type: "LADDER", note: `${action.step}:${note}`, actorId: null, at } });
  await recordAudit(tx, SYSTEM(zoneId), { action: "notice.escalate", entityType: "SupervisionNotice", entityId: notice.id, before: { level: notice.level }, after: { step: action.step, overdueWorkingDays: days, to: note, ...data } });
  const titleKey = ({ LIAISON: "reminders.notify.liaisonTitle", LEADER: "reminders.notify.leaderTitle", SUPERVISION: "reminders.notify.supervisionTitle", BULLETIN: "reminders.notify.bulletinTitle" } as const)[action.step];
  await notifyUsers(tx, zoneId, recipients, { kind, title: defer(titleKey, { unit: notice.unit.name, number: notice.number, days }), body, link });
}

/** The latest moment a warning started to ask for people outside the product: opened, reopened, or raised from yellow. */
function attentionSince(events: readonly { type: string; fromLevel: string | null; toLevel: string | null; at: Date }[]): Date | null {
  let since: Date | null = null;
  for (const event of events) {
    const notifiable = event.toLevel === "ORANGE" || event.toLevel === "RED";
    if (!notifiable) continue;
    if (event.type === "OPENED" || event.type === "REOPENED" || (event.type === "LEVEL_CHANGED" && event.fromLevel === "YELLOW")) since = event.at;
  }
  return since;
}

async function climbWarningLadder(client: DbClient, zoneId: string, ladder: WarningLadder, zoneCalendar: ZoneCalendar, today: string, asOf: Date): Promise<number> {
  const timeZone = zoneCalendar.zone.timeZone;
  const warnings = await client.warning.findMany({
    where: { zoneId, status: "OPEN", level: { in: ["ORANGE", "RED"] } },
    select: {
      id: true, level: true, kind: true, title: true, unitId: true,
      unit: { select: { name: true, liaisonId: true, leaderId: true, liaison: { select: { name: true } }, leader: { select: { name: true } } } },
      events: { orderBy: [{ at: "asc" }, { id: "asc" }], select: { type: true, fromLevel: true, toLevel: true, at: true } },
    },
  });
  const taken = await client.reminderDispatch.findMany({ where: { zoneId, kind: "WARNING_LADDER", subjectId: { in: warnings.map((warning) => warning.id) } }, select: { key: true } });
  const takenKeys = new Set(taken.map((row) => row.key));
  const byId = new Map(warnings.map((warning) => [warning.id, warning]));
  const states = warnings.flatMap((warning) => {
    const since = attentionSince(warning.events);
    if (!since) return [];
    const openedOn = localDateKey(since, timeZone);
    const stepsTaken = WARNING_LADDER_STEPS.filter((step) => takenKeys.has(`warning-ladder:${warning.id}:${openedOn}:${step}`));
    return [{ id: warning.id, openedOn, stepsTaken }];
  });
  let count = 0;
  for (const action of dueWarningSteps(states, ladder, zoneCalendar, today)) {
    const warning = byId.get(action.warningId)!;
    const done = await client.$transaction(async (tx) => {
      if (!(await claim(tx, zoneId, action.key, "WARNING_LADDER", warning.id, asOf))) return false;
      await takeWarningStep(tx, zoneId, warning, action, asOf);
      return true;
    });
    if (done) count += 1;
  }
  return count;
}

type LadderWarning = {
  id: string; level: WarningLevel; title: string; unitId: string;
  unit: { name: string; liaisonId: string | null; leaderId: string | null; liaison: { name: string } | null; leader: { name: string } | null };
};

/** One step of the warnings' ladder: an ESCALATED event on the warning (no actor), audited as the system's, and the message to the liaison or the leader. */
async function takeWarningStep(tx: TxClient, zoneId: string, warning: LadderWarning, action: WarningLadderAction, at: Date): Promise<void> {
  const step: WarningLadderStep = action.step;
  const person = step === "LIAISON" ? { id: warning.unit.liaisonId, name: warning.unit.liaison?.name ?? "" } : { id: warning.unit.leaderId, name: warning.unit.leader?.name ?? "" };
  await tx.warningEvent.create({ data: { warningId: warning.id, type: "ESCALATED", fromLevel: warning.level, toLevel: warning.level, reason: `${step}:${person.name}`, at } });
  await recordAudit(tx, SYSTEM(zoneId), { action: "warning.escalate", entityType: "Warning", entityId: warning.id, after: { step, workingDays: action.days, to: person.name } });
  const titleKey = step === "LIAISON" ? "reminders.notify.warningLiaisonTitle" : "reminders.notify.warningLeaderTitle";
  await notifyUsers(tx, zoneId, await activeUserIds(tx, zoneId, { ids: [person.id] }), {
    // A red warning's chase is required like the warning itself; an orange one follows the user's choice.
    kind: warning.level === "RED" ? "WARNING_RED" : "WARNING_OPENED",
    title: defer(titleKey, { unit: warning.unit.name, level: defer(`warnings.levels.${warning.level}`), days: action.days }),
    body: defer("reminders.notify.warningBody", { title: warning.title }),
    link: `/warnings/${warning.id}`,
  });
}

/** Each active leader gets one digest a working day, when there is something to tell. */
async function sendDigest(client: DbClient, zoneId: string, window: { day: string; since: Date }, asOf: Date, calendar: Parameters<typeof noticeLastDay>[0]): Promise<number> {
  const [reds, open, waiting, leaders] = await Promise.all([
    client.warningEvent.findMany({ where: { warning: { zoneId }, toLevel: "RED", at: { gte: window.since, lte: asOf }, type: { in: ["OPENED", "REOPENED", "LEVEL_CHANGED"] } }, select: { warningId: true } }),
    client.supervisionNotice.findMany({ where: { zoneId, status: { in: [...UNANSWERED_NOTICE_STATUSES] } }, select: { responseDue: true } }),
    client.coordinationRequest.count({ where: { zoneId, status: "WAITING_LEADER" } }),
    client.user.findMany({ where: { zoneId, active: true, role: "LEADER" }, select: { id: true } }),
  ]);
  const newReds = new Set(reds.map((row) => row.warningId)).size;
  const overdue = open.filter((notice) => workingDaysOverdue(calendar, dateKey(notice.responseDue), window.day) > 0).length;
  if (newReds + overdue + waiting === 0) return 0;
  let sent = 0;
  for (const leader of leaders) {
    const done = await client.$transaction(async (tx) => {
      if (!(await claim(tx, zoneId, `digest:${leader.id}:${window.day}`, "DIGEST", leader.id, asOf))) return false;
      await notifyUsers(tx, zoneId, [leader.id], {
        kind: "DIGEST",
        title: defer("reminders.notify.digestTitle", { day: deferDate(window.day), reds: newReds, overdue, waiting }),
        body: defer("reminders.notify.digestBody"),
        link: "/dashboard",
      });
      return true;
    });
    if (done) sent += 1;
  }
  return sent;
}

/** Every zone, as of now: what the scheduled tick runs. */
export async function runAllReminders(asOf: Date = new Date(), client: DbClient = db): Promise<ReminderRunSummary[]> {
  const zones = await client.zone.findMany({ select: { id: true } });
  const results: ReminderRunSummary[] = [];
  for (const zone of zones) results.push(await runReminders(zone.id, asOf, client));
  return results;
}
