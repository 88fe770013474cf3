// The notice due rule (lib/notices/due.ts) on the State Council's 2026 schedule, by hand:
//   清明 2026-04-04 (Sat) – 04-06 (Mon) off; 国庆 10-01 (Thu) – 10-07 (Wed) off, 10-10 (Sat) worked.
import { describe, expect, it } from "vitest";
import { ORDINARY_WEEKS, workingCalendar } from "@/lib/dates/calendar";
import { addDaysToKey, zonedInstant } from "@/lib/dates/zone-time";
import { answerDay, answeredLate, defaultResponseDue, isNoticeOverdue, lastDayToAnswer, noticeOverdueDays, overdueResponseDueOnOrBefore } from "@/lib/notices/due";
import { STATE_DAYS_2026_2027 } from "../support/calendar";

const calendar = workingCalendar(STATE_DAYS_2026_2027);
const TZ = "Asia/Shanghai";

describe("the default response date", () => {
  it("is five working days after the day of issue, skipping the weekend and 清明", () => {
    // Issued Thursday 2 April: Fri 3 (1), Sat 4 – Mon 6 off (weekend and 清明), Tue 7 (2), Wed 8 (3), Thu 9 (4), Fri 10 (5).
    expect(defaultResponseDue(calendar, "2026-04-02")).toBe("2026-04-10");
    // Without the holiday (a zone that entered none), Monday 6 counts: Thursday 9.
    expect(defaultResponseDue(ORDINARY_WEEKS, "2026-04-02")).toBe("2026-04-09");
    // Issued on Saturday 4 April (a holiday): the count starts from the next working day, Tue 7 → Tue 14.
    expect(defaultResponseDue(calendar, "2026-04-04")).toBe("2026-04-14");
    // Issued Wednesday 30 September: Thu 8 Oct (1), Fri 9 (2), Sat 10 make-up day (3), Mon 12 (4), Tue 13 (5).
    expect(defaultResponseDue(calendar, "2026-09-30")).toBe("2026-10-13");
  });
});

describe("overdue", () => {
  it("starts the day after the answer day, the response date moved off a holiday", () => {
    // Due Saturday 4 April → answered by Tuesday 7 April.
    expect(answerDay(calendar, "2026-04-04")).toBe("2026-04-07");
    const notice = { status: "IN_PROGRESS", responseDue: "2026-04-04" };
    expect(isNoticeOverdue(calendar, notice, "2026-04-07")).toBe(false);
    expect(noticeOverdueDays(calendar, notice, "2026-04-08")).toBe(1);
    expect(noticeOverdueDays(calendar, notice, "2026-04-17")).toBe(10);
    // Answered (RESPONDED, REVIEWED) or closed: never overdue.
    expect(noticeOverdueDays(calendar, { status: "RESPONDED", responseDue: "2026-04-04" }, "2026-04-17")).toBe(0);
    expect(noticeOverdueDays(calendar, { status: "CLOSED", responseDue: "2026-04-04" }, "2026-04-17")).toBe(0);
    // Returned for more work: unanswered again.
    expect(noticeOverdueDays(calendar, { status: "RETURNED", responseDue: "2026-04-10" }, "2026-04-13")).toBe(3);
  });

  it("is the same as 'due on or before the last working day before today', the filter the queries use", () => {
    // Last working day before Tuesday 7 April is Friday 3 April; before Thursday 8 October, Wednesday 30 September.
    expect(overdueResponseDueOnOrBefore(calendar, "2026-04-07")).toBe("2026-04-03");
    expect(overdueResponseDueOnOrBefore(calendar, "2026-10-08")).toBe("2026-09-30");
    let compared = 0;
    for (let today = "2026-03-20"; today <= "2026-10-20"; today = addDaysToKey(today, 1)) {
      const bound = overdueResponseDueOnOrBefore(calendar, today);
      for (let due = addDaysToKey(today, -20); due <= addDaysToKey(today, 3); due = addDaysToKey(due, 1)) {
        expect([today, due, isNoticeOverdue(calendar, { status: "ISSUED", responseDue: due }, today)]).toEqual([today, due, due <= bound]);
        compared += 1;
      }
    }
    expect(compared).toBe(215 * 24);
  });

  it("the warning runs graceDays working days past the answer day", () => {
    // Due Wednesday 30 September, two working days of grace: Thu 8 Oct, Fri 9 Oct.
    expect(lastDayToAnswer(calendar, "2026-09-30", 2)).toBe("2026-10-09");
    expect(lastDayToAnswer(calendar, "2026-10-03", 0)).toBe("2026-10-08");
  });

  it("an answer is late after the end of the answer day", () => {
    const asOf = zonedInstant("2026-04-20", "10:00", TZ);
    expect(answeredLate(calendar, TZ, "2026-04-04", zonedInstant("2026-04-07", "23:59", TZ), asOf)).toBe(false);
    expect(answeredLate(calendar, TZ, "2026-04-04", zonedInstant("2026-04-08", "00:00", TZ), asOf)).toBe(true);
    // Not answered: late once the answer day is over, not before.
    expect(answeredLate(calendar, TZ, "2026-04-04", null, zonedInstant("2026-04-07", "18:00", TZ))).toBe(false);
    expect(answeredLate(calendar, TZ, "2026-04-04", null, zonedInstant("2026-04-08", "09:00", TZ))).toBe(true);
  });
});
