import { describe, expect, it } from "vitest";
import { previousWorkingDay, workingDaysBefore } from "@/lib/dates/calendar";
import { zonedInstant } from "@/lib/dates/zone-time";
import {
  dailyWindow, digestWindow, dueLadderSteps, dueSoonNotices, dueUnreadChases, dueWarningSteps, dueWeeklyReminders, noticeLastDay, weeklyReminderSlot, workingMinutesBetween, type NoticeState,
} from "@/lib/reminders/rules";
import { DEFAULT_SCHEDULE, parseReminderSchedule, reminderScheduleSchema } from "@/lib/reminders/schedule";
import { STATE_DAYS_2026_2027, zoneCalendar } from "../support/calendar";

// The State Council's 2026 schedule, by hand: 国庆 2026-10-01 (Thu) – 10-07 (Wed) off,
// 10-10 (Sat) a working day; 春节 02-15 – 02-23 off. The zone: Friday 18:00, Asia/Shanghai.
const state = zoneCalendar({}, STATE_DAYS_2026_2027);
const ordinary = zoneCalendar();
const at = (day: string, time: string) => zonedInstant(day, time, "Asia/Shanghai");
const slots = DEFAULT_SCHEDULE.weekly;

describe("counting working days backwards", () => {
  it("skips holidays and weekends, keeps make-up days", () => {
    expect(previousWorkingDay(state.calendar, "2026-10-08")).toBe("2026-09-30");
    expect(previousWorkingDay(state.calendar, "2026-10-12")).toBe("2026-10-10"); // make-up Saturday
    expect(workingDaysBefore(state.calendar, "2026-09-30", 0)).toBe("2026-09-30");
    expect(workingDaysBefore(state.calendar, "2026-10-09", 2)).toBe("2026-09-30");
    expect(workingDaysBefore(ordinary.calendar, "2026-11-23", 1)).toBe("2026-11-20");
    expect(() => workingDaysBefore(state.calendar, "2026-10-09", -1)).toThrow();
  });
});

describe("the weekly reminder slot", () => {
  it("is the working day before the deadline at 16:00, then the deadline day at 14:00, until the deadline", () => {
    // An ordinary week: 2026-W47, deadline Friday 11-20 18:00.
    expect(weeklyReminderSlot(ordinary, slots, at("2026-11-19", "15:59"))).toBeNull();
    expect(weeklyReminderSlot(ordinary, slots, at("2026-11-19", "16:00"))).toMatchObject({ weekLabel: "2026-W47", slotKey: "1d16:00", at: at("2026-11-19", "16:00"), deadline: at("2026-11-20", "18:00") });
    expect(weeklyReminderSlot(ordinary, slots, at("2026-11-20", "13:59"))).toMatchObject({ slotKey: "1d16:00" });
    expect(weeklyReminderSlot(ordinary, slots, at("2026-11-20", "14:00"))).toMatchObject({ slotKey: "0d14:00" });
    expect(weeklyReminderSlot(ordinary, slots, at("2026-11-20", "17:59"))).toMatchObject({ slotKey: "0d14:00" });
    // At the deadline nothing more is sent before it (the office's 催报 takes over).
    expect(weeklyReminderSlot(ordinary, slots, at("2026-11-20", "18:00"))).toBeNull();
    expect(weeklyReminderSlot(ordinary, slots, at("2026-11-23", "10:00"))).toBeNull();
  });

  it("follows a deadline that 国庆 moves: W40 is due Wednesday 09-30, so Tuesday 16:00 and Wednesday 14:00", () => {
    expect(weeklyReminderSlot(state, slots, at("2026-09-29", "15:59"))).toBeNull();
    expect(weeklyReminderSlot(state, slots, at("2026-09-29", "16:00"))).toMatchObject({ weekLabel: "2026-W40", slotKey: "1d16:00", deadlineKey: "2026-09-30", deadline: at("2026-09-30", "18:00") });
    expect(weeklyReminderSlot(state, slots, at("2026-09-30", "14:00"))).toMatchObject({ weekLabel: "2026-W40", slotKey: "0d14:00" });
    // The nominal Thursday/Friday slots are gone: Thursday 10-01 is inside 国庆, after the moved deadline.
    expect(weeklyReminderSlot(state, slots, at("2026-10-01", "16:30"))).toBeNull();
    // W41 (deadline Friday 10-09): the working day before is Thursday 10-08, the first after the holiday.
    expect(weeklyReminderSlot(state, slots, at("2026-10-08", "16:00"))).toMatchObject({ weekLabel: "2026-W41", slotKey: "1d16:00" });
  });

  it("has nothing for a week that is not owed: 国庆's W40 under SKIP, 春节's holiday week W08", () => {
    const skip = zoneCalendar({ holidayPolicy: "SKIP" }, STATE_DAYS_2026_2027);
    expect(weeklyReminderSlot(skip, slots, at("2026-09-29", "16:00"))).toBeNull();
    expect(weeklyReminderSlot(skip, slots, at("2026-10-01", "16:00"))).toBeNull();
    // 2026-W08 (02-16 – 02-22) has no working day; W09's slots start on Thursday 02-26.
    expect(weeklyReminderSlot(state, slots, at("2026-02-19", "16:00"))).toBeNull();
    expect(weeklyReminderSlot(state, slots, at("2026-02-26", "16:00"))).toMatchObject({ weekLabel: "2026-W09" });
  });

  it("looks into next week when the working day before a Monday deadline is the Friday before", () => {
    const monday = zoneCalendar({ deadline: { weekday: 1, time: "12:00" } });
    // 2026-W48's deadline is Monday 11-23 12:00; the working day before is Friday 11-20 (W47).
    expect(weeklyReminderSlot(monday, slots, at("2026-11-20", "16:00"))).toMatchObject({ weekLabel: "2026-W48", slotKey: "1d16:00" });
    // A slot at 14:00 on the deadline day is after the 12:00 deadline: never due.
    expect(weeklyReminderSlot(monday, slots, at("2026-11-23", "11:00"))).toMatchObject({ slotKey: "1d16:00" });
  });

  it("reminds the units that owe the week and have no submitted report, one key per unit + week + slot", () => {
    const slot = weeklyReminderSlot(ordinary, slots, at("2026-11-19", "16:00"))!;
    const due = dueWeeklyReminders(
      [
        { unitId: "u-b", owed: true, submitted: false },
        { unitId: "u-a", owed: true, submitted: false },
        { unitId: "u-done", owed: true, submitted: true },
        { unitId: "u-excused", owed: false, submitted: false },
      ],
      slot,
    );
    expect(due.map((reminder) => reminder.key)).toEqual(["weekly:u-a:2026-W47:1d16:00", "weekly:u-b:2026-W47:1d16:00"]);
  });
});

const notice = (fields: Partial<NoticeState>): NoticeState => ({ id: "n1", responseDue: "2026-09-30", unanswered: true, status: "SIGNED", issuedAt: at("2026-09-21", "10:00"), readByUnit: true, stepsTaken: [], ...fields });

describe("notices", () => {
  it("are reminded from one working day before their last day; 国庆's days off do not count", () => {
    const due = [notice({ id: "n-due", responseDue: "2026-10-09" })];
    expect(dueSoonNotices(due, 1, state, "2026-10-08").map((row) => row.key)).toEqual(["notice-due:n-due:2026-10-09"]);
    // 09-30 → 10-09 is two working days (10-08, 10-09), whatever the calendar days.
    expect(dueSoonNotices(due, 1, state, "2026-09-30")).toEqual([]);
    expect(dueSoonNotices(due, 1, state, "2026-10-10")).toEqual([]);
    // A response date on a holiday is met on the next working day.
    expect(noticeLastDay(state.calendar, "2026-10-03")).toBe("2026-10-08");
    expect(dueSoonNotices([notice({ responseDue: "2026-10-03" })], 0, state, "2026-10-08").map((row) => row.lastDay)).toEqual(["2026-10-08"]);
    expect(dueSoonNotices([notice({ responseDue: "2026-10-09", unanswered: false })], 1, state, "2026-10-09")).toEqual([]);
  });

  it("climb the ladder by working days past the last day", () => {
    const ladder = DEFAULT_SCHEDULE.ladder; // 1, 2, 4, 6, 10
    const steps = (today: string, taken: NoticeState["stepsTaken"] = []) => dueLadderSteps([notice({ stepsTaken: taken })], ladder, state, today).map((row) => `${row.step}@${row.overdue}`);
    // Last day Wednesday 09-30; 10-01 – 10-07 are off.
    expect(steps("2026-09-30")).toEqual([]);
    expect(steps("2026-10-07")).toEqual([]);
    expect(steps("2026-10-08")).toEqual(["REMIND@1"]);
    expect(steps("2026-10-09", ["REMIND"])).toEqual(["LIAISON@2"]);
    expect(steps("2026-10-10", ["REMIND", "LIAISON"])).toEqual([]); // make-up Saturday: 3
    expect(steps("2026-10-12", ["REMIND", "LIAISON"])).toEqual(["LEADER@4"]);
    expect(steps("2026-10-14", ["REMIND", "LIAISON", "LEADER"])).toEqual(["SUPERVISION@6"]);
    expect(steps("2026-10-19", ["REMIND", "LIAISON", "LEADER", "SUPERVISION"])).toEqual([]);
    expect(steps("2026-10-20", ["REMIND", "LIAISON", "LEADER", "SUPERVISION"])).toEqual(["BULLETIN@10"]);
    // A run that missed days takes every step reached, in order.
    expect(steps("2026-10-12")).toEqual(["REMIND@4", "LIAISON@4", "LEADER@4"]);
    // An answered notice climbs no further.
    expect(dueLadderSteps([notice({ unanswered: false })], ladder, state, "2026-10-20")).toEqual([]);
  });

  it("nobody of the unit opened within 4 working hours (09:00–18:00 of working days) is chased once", () => {
    const issued = notice({ id: "n-unread", status: "ISSUED", readByUnit: false, issuedAt: at("2026-10-09", "16:00") });
    // Friday 16:00–18:00 is 2 h; the make-up Saturday 09:00–10:59 is 1 h 59 min more.
    expect(workingMinutesBetween(state, issued.issuedAt, at("2026-10-10", "10:59"))).toBe(239);
    expect(dueUnreadChases([issued], 4, state, at("2026-10-10", "10:59"))).toEqual([]);
    expect(dueUnreadChases([issued], 4, state, at("2026-10-10", "11:00")).map((row) => row.key)).toEqual(["unread:n-unread"]);
    // Issued before 国庆: Wednesday 09-30 17:00 → 1 h, then nothing until Thursday 10-08 09:00.
    const beforeHoliday = notice({ ...issued, issuedAt: at("2026-09-30", "17:00") });
    expect(workingMinutesBetween(state, beforeHoliday.issuedAt, at("2026-10-07", "23:00"))).toBe(60);
    expect(dueUnreadChases([beforeHoliday], 4, state, at("2026-10-08", "12:00")).map((row) => row.noticeId)).toEqual(["n-unread"]);
    expect(dueUnreadChases([{ ...issued, readByUnit: true }], 4, state, at("2026-10-12", "12:00"))).toEqual([]);
    expect(dueUnreadChases([{ ...issued, status: "SIGNED" }], 4, state, at("2026-10-12", "12:00"))).toEqual([]);
    expect(dueUnreadChases([issued], 0, state, at("2026-10-12", "12:00"))).toEqual([]);
  });
});

describe("the daily window and the digest", () => {
  it("opens on working days from the daily time", () => {
    expect(dailyWindow(state, "09:00", at("2026-10-08", "08:59"))).toBeNull();
    expect(dailyWindow(state, "09:00", at("2026-10-08", "09:00"))).toBe("2026-10-08");
    expect(dailyWindow(state, "09:00", at("2026-10-03", "10:00"))).toBeNull(); // 国庆
    expect(dailyWindow(state, "09:00", at("2026-10-10", "10:00"))).toBe("2026-10-10"); // make-up Saturday
  });

  it("is off by default; on, it covers the time since the previous working day's digest", () => {
    expect(digestWindow(state, DEFAULT_SCHEDULE, at("2026-10-12", "09:00"))).toBeNull();
    const on = { digest: { enabled: true, time: "08:30" } };
    expect(digestWindow(state, on, at("2026-10-12", "08:29"))).toBeNull();
    expect(digestWindow(state, on, at("2026-10-12", "08:30"))).toEqual({ day: "2026-10-12", since: at("2026-10-10", "08:30") });
    expect(digestWindow(state, on, at("2026-10-08", "08:30"))).toEqual({ day: "2026-10-08", since: at("2026-09-30", "08:30") });
  });
});

describe("the stored schedule", () => {
  it("reads as the defaults when missing, and part by part when damaged", () => {
    expect(parseReminderSchedule(null)).toEqual(DEFAULT_SCHEDULE);
    const mixed = parseReminderSchedule({ weekly: [{ workingDaysBefore: 2, time: "10:00" }], dailyTime: "25:00", ladder: { REMIND: 3, LIAISON: 2, LEADER: 4, SUPERVISION: 6, BULLETIN: 10 } });
    expect(mixed.weekly).toEqual([{ workingDaysBefore: 2, time: "10:00" }]);
    expect(mixed.dailyTime).toBe("09:00");
    // A ladder whose steps do not rise is refused as a whole.
    expect(mixed.ladder).toEqual(DEFAULT_SCHEDULE.ladder);
    expect(reminderScheduleSchema.safeParse({ ...DEFAULT_SCHEDULE, ladder: { REMIND: 1, LIAISON: 1, LEADER: 4, SUPERVISION: 6, BULLETIN: 10 } }).success).toBe(false);
  });
});


describe("the warnings' ladder", () => {
  const ladder = DEFAULT_SCHEDULE.warningLadder;
  it("tells the liaison 2 working days after a warning opened and the leader after 4, counting over 国庆, each step once", () => {
    // Opened Wednesday 2026-09-30; 10-01 – 10-07 off, Saturday 10-10 a make-up working day.
    const opened = { id: "w1", openedOn: "2026-09-30", stepsTaken: [] as ("LIAISON" | "LEADER")[] };
    expect(dueWarningSteps([opened], ladder, state, "2026-10-08")).toEqual([]);
    expect(dueWarningSteps([opened], ladder, state, "2026-10-09")).toEqual([{ warningId: "w1", step: "LIAISON", days: 2, key: "warning-ladder:w1:2026-09-30:LIAISON" }]);
    // 10-12 is the 4th working day (10-08, 10-09, 10-10, 10-12): both steps, in order, when nothing was taken.
    expect(dueWarningSteps([opened], ladder, state, "2026-10-12").map((action) => action.step)).toEqual(["LIAISON", "LEADER"]);
    expect(dueWarningSteps([{ ...opened, stepsTaken: ["LIAISON"] }], ladder, state, "2026-10-12")).toEqual([{ warningId: "w1", step: "LEADER", days: 4, key: "warning-ladder:w1:2026-09-30:LEADER" }]);
    expect(dueWarningSteps([{ ...opened, stepsTaken: ["LIAISON", "LEADER"] }], ladder, state, "2026-10-20")).toEqual([]);
  });

  it("is read from the stored schedule, and a ladder that does not rise reads as the default", () => {
    expect(parseReminderSchedule({ warningLadder: { LIAISON: 3, LEADER: 5 } }).warningLadder).toEqual({ LIAISON: 3, LEADER: 5 });
    expect(parseReminderSchedule({ warningLadder: { LIAISON: 4, LEADER: 4 } }).warningLadder).toEqual({ LIAISON: 2, LEADER: 4 });
  });
});
