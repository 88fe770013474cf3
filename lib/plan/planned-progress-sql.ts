// Planned progress (序时进度) computed inside PostgreSQL, so that dashboards, the ledger and
// list filters aggregate and filter in the database instead of loading every item.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";

/** An active item more than this many points below its planned progress is behind plan (the yellow threshold). */
export const BEHIND_POINTS = 10;

/**
 * The SQL twin of `plannedProgress()` (lib/plan/planned-progress.ts) for the work item row
 * `item` on the day `onDay` (a date expression): 0 before the start, 100 from the due date,
 * the curve in between (of a recurring item: within the day's month or quarter), two decimals. It agrees with the TypeScript function to within
 * 0.01 points (PostgreSQL computes in exact decimals, JavaScript in binary floating point);
 * an integration test compares the two.
 */
export function plannedProgressSql(item: string, onDay: Prisma.Sql): Prisma.Sql {
  const start = Prisma.raw(`${item}."startDate"`);
  const due = Prisma.raw(`${item}."dueDate"`);
  const curve = Prisma.raw(`${item}."plannedCurve"`);
  const points = Prisma.raw(`${item}."plannedPoints"`);
  const recurrence = Prisma.raw(`${item}."recurrence"`);
  // A recurring item runs its curve within the period (month or quarter) of the day, clipped
  // to its own dates. make_date, not date_trunc: date_trunc on a date goes through timestamptz
  // and the session's time zone.
  const month = Prisma.sql`make_date(extract(year FROM ${onDay})::int, extract(month FROM ${onDay})::int, 1)`;
  const quarter = Prisma.sql`make_date(extract(year FROM ${onDay})::int, ((extract(quarter FROM ${onDay})::int - 1) * 3) + 1, 1)`;
  const periodFirst = Prisma.sql`(CASE ${recurrence} WHEN 'QUARTERLY' THEN ${quarter} ELSE ${month} END)`;
  const periodLast = Prisma.sql`((CASE ${recurrence} WHEN 'QUARTERLY' THEN ${quarter} + interval '3 months' ELSE ${month} + interval '1 month' END)::date - 1)`;
  const first = Prisma.sql`(CASE WHEN ${recurrence} = 'NONE' THEN ${start} ELSE GREATEST(${start}, ${periodFirst}) END)`;
  const last = Prisma.sql`(CASE WHEN ${recurrence} = 'NONE' THEN ${due} ELSE LEAST(${due}, ${periodLast}) END)`;
  // Counting the day itself as done: the plan for a day is met at its end.
  const fraction = Prisma.sql`LEAST(1::numeric, ((${onDay} - ${first}) + 1)::numeric / ((${last} - ${first}) + 1))`;
  return Prisma.sql`(CASE
    WHEN ${onDay} < ${start} THEN 0::numeric
    WHEN ${onDay} >= ${due} THEN 100::numeric
    WHEN ${recurrence} = 'NONE' AND ${curve} = 'CUSTOM' AND jsonb_typeof(${points}) = 'array' AND jsonb_array_length(${points}) > 0 THEN (
      SELECT round(LEAST(100, GREATEST(0, CASE
          WHEN seg.to_day - seg.from_day <= 0 THEN seg.to_pct
          ELSE seg.from_pct + (seg.to_pct - seg.from_pct) * (${onDay} - seg.from_day)::numeric / (seg.to_day - seg.from_day)
        END)), 2)
      FROM (
        SELECT pt.day AS to_day, pt.pct AS to_pct, pt.ord,
          lag(pt.day) OVER (ORDER BY pt.day, pt.ord) AS from_day,
          lag(pt.pct) OVER (ORDER BY pt.day, pt.ord) AS from_pct
        FROM (
          SELECT ${start} AS day, 0::numeric AS pct, 0::bigint AS ord
          UNION ALL
          SELECT (point.value->>'date')::date, (point.value->>'percent')::numeric, point.ord
          FROM jsonb_array_elements(${points}) WITH ORDINALITY AS point(value, ord)
          WHERE (point.value->>'date')::date > ${start} AND (point.value->>'date')::date < ${due}
          UNION ALL
          SELECT ${due}, 100::numeric, 9223372036854775807
        ) pt
      ) seg
      WHERE seg.from_day IS NOT NULL AND ${onDay} <= seg.to_day
      ORDER BY seg.to_day, seg.ord
      LIMIT 1
    )
    ELSE round(100 * (CASE ${curve}
      WHEN 'FRONT_LOADED' THEN 1 - (1 - ${fraction}) * (1 - ${fraction})
      WHEN 'BACK_LOADED' THEN ${fraction} * ${fraction}
      ELSE ${fraction}
    END), 2)
  END)`;
}
