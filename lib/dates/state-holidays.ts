// The State Council's published holiday schedules (国务院办公厅关于部分节假日安排的通知), the
// seed of every zone's calendar. Each year is entered as published, with its source; a zone's
// office edits its own copy (/settings/calendar) and imports the next year when it appears.
import { addDaysToKey } from "./zone-time";
import type { CalendarDay } from "./calendar";

export interface StateSchedule {
  year: number;
  /** Complete: the State Council's notice for the year, with its make-up working days. */
  complete: boolean;
  source: string;
  days: CalendarDay[];
}

function range(first: string, last: string, name: string): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (let day = first; day <= last; day = addDaysToKey(day, 1)) days.push({ date: day, kind: "HOLIDAY", name });
  return days;
}

const work = (date: string, name: string): CalendarDay => ({ date, kind: "WORKDAY", name });

export const STATE_SCHEDULES: readonly StateSchedule[] = [
  {
    year: 2026,
    complete: true,
    // 国务院办公厅关于2026年部分节假日安排的通知, 2025年11月4日 (新华社, e.g. politics.gmw.cn/2025-11/04/content_38391083.htm)
    source: "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）",
    days: [
      ...range("2026-01-01", "2026-01-03", "元旦"),
      work("2026-01-04", "元旦"),
      work("2026-02-14", "春节"),
      ...range("2026-02-15", "2026-02-23", "春节"),
      work("2026-02-28", "春节"),
      ...range("2026-04-04", "2026-04-06", "清明节"),
      ...range("2026-05-01", "2026-05-05", "劳动节"),
      work("2026-05-09", "劳动节"),
      ...range("2026-06-19", "2026-06-21", "端午节"),
      work("2026-09-20", "国庆节"),
      ...range("2026-09-25", "2026-09-27", "中秋节"),
      ...range("2026-10-01", "2026-10-07", "国庆节"),
      work("2026-10-10", "国庆节"),
    ],
  },
  {
    year: 2027,
    complete: false,
    // The State Council's notice for 2027 was not available when this was written: only the
    // holidays fixed to calendar dates by 《全国年节及纪念日放假办法》 (2024 revision, art. 2) are
    // entered, without the lunar holidays and without make-up working days. Import the
    // notice's list on /settings/calendar once it is published.
    source: "《全国年节及纪念日放假办法》（2024年11月10日修订）第二条：公历日期固定的节日",
    days: [...range("2027-01-01", "2027-01-01", "元旦"), ...range("2027-05-01", "2027-05-02", "劳动节"), ...range("2027-10-01", "2027-10-03", "国庆节")],
  },
];

export function stateSchedule(year: number): StateSchedule | null {
  return STATE_SCHEDULES.find((schedule) => schedule.year === year) ?? null;
}
