// Warning, notice and assessment history for the benchmark. The demo has none of these yet
// (the warning engine and the assessment land in their own features), but the dashboard's
// warning and notice panels must be measured on a realistic volume: a few missing-report
// warnings per unit per quarter that escalate and resolve, an open behind-plan warning on
// every troubled item, a notice for every red warning, and published rankings each quarter.
import type { DbClient, Prisma } from "../lib/db/client";
import { isoWeekMondayKey, quarterOfDateKey, reportDeadline, type IsoWeek } from "../lib/dates/zone-time";
import type { DemoData } from "../lib/seed";
import { Random } from "../lib/seed/random";

const DAY = 86_400_000;
const CHUNK = 5_000;

type Level = "BLUE" | "YELLOW" | "ORANGE" | "RED";

interface Counts {
  warnings: number;
  warningEvents: number;
  notices: number;
  assessments: number;
}

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let offset = 0; offset < rows.length; offset += CHUNK) await write(rows.slice(offset, offset + CHUNK));
}

export async function addWarningHistory(db: DbClient, data: DemoData): Promise<Counts> {
  const { meta } = data;
  const zoneId = data.zones[0].id;
  const random = new Random(20_261_120);
  const now = meta.today.getTime();
  const warnings: Prisma.WarningCreateManyInput[] = [];
  const events: Prisma.WarningEventCreateManyInput[] = [];
  const notices: Prisma.SupervisionNoticeCreateManyInput[] = [];
  const reporting = data.units.filter((unit) => unit.kind !== "OFFICE");
  // Above the demo's own notice numbers (its seed issues a few), so numbers never collide.
  let noticeSeq = 100_000;

  const open = (id: string, at: number, level: Level) => events.push({ warningId: id, type: "OPENED", toLevel: level, at: new Date(at) });

  // Missing-report warnings: yellow at the deadline, orange a week later, red after two, then resolved.
  reporting.forEach((unit) => {
    meta.reportWeeks.forEach((week: IsoWeek) => {
      if (!random.chance(0.06)) return;
      const id = `bench-w-${unit.code}-${week.isoYear}-${week.isoWeek}`;
      const opened = reportDeadline(week, { weekday: 5, time: "18:00" }, meta.timeZone).getTime();
      if (opened > now) return;
      let level: Level = "YELLOW";
      open(id, opened, level);
      const weeksOpen = random.int(1, 5);
      for (const [after, next] of [[1, "ORANGE"], [2, "RED"]] as const) {
        const at = opened + after * 7 * DAY;
        if (weeksOpen > after && at <= now) {
          events.push({ warningId: id, type: "LEVEL_CHANGED", fromLevel: level, toLevel: next, at: new Date(at) });
          level = next;
        }
      }
      const resolvedAt = opened + weeksOpen * 7 * DAY;
      const resolved = resolvedAt <= now;
      if (resolved) events.push({ warningId: id, type: "RESOLVED", fromLevel: level, at: new Date(resolvedAt) });
      warnings.push({
        id, zoneId, kind: "MISSING_REPORT", level, status: resolved ? "RESOLVED" : "OPEN", dedupeKey: id, unitId: unit.id,
        title: `${unit.shortName}未按时报送周报`, evidence: { isoYear: week.isoYear, isoWeek: week.isoWeek }, firstSeenAt: new Date(opened), lastEvaluatedAt: meta.today,
        resolvedAt: resolved ? new Date(resolvedAt) : null, resolvedReason: resolved ? "已补报" : null,
      });
      if (level === "RED") {
        noticeSeq += 1;
        const monday = isoWeekMondayKey(week);
        const issuedAt = new Date(opened + 14 * DAY);
        const closed = resolved && random.chance(0.7);
        notices.push({
          zoneId, year: Number(monday.slice(0, 4)), seq: noticeSeq, number: `督办〔基准〕${noticeSeq}号`, unitId: unit.id,
          title: `关于${unit.shortName}连续未报送周报的督办通知`, matter: "连续三周未按时报送周报", requiredAction: "说明原因并补报",
          responseDue: new Date(Date.parse(`${monday}T00:00:00Z`) + 28 * DAY), level: "RED",
          status: closed ? "CLOSED" : "IN_PROGRESS", issuedAt, closedAt: closed ? new Date(resolvedAt) : null,
        });
      }
    });
  });

  // An open behind-plan warning on every troubled item, opened on a random past week.
  for (const item of data.workItems) {
    const behaviour = meta.itemBehaviours[item.id];
    if (item.status !== "ACTIVE" || (behaviour !== "behind" && behaviour !== "stalled" && behaviour !== "overdue")) continue;
    const id = `bench-w-item-${item.code}`;
    const week = random.pick(meta.reportWeeks.slice(-26));
    const opened = reportDeadline(week, { weekday: 5, time: "18:00" }, meta.timeZone).getTime();
    const level: Level = behaviour === "overdue" ? "RED" : behaviour === "behind" ? "ORANGE" : "YELLOW";
    open(id, opened, level);
    warnings.push({
      id, zoneId, kind: behaviour === "overdue" ? "OVERDUE" : behaviour === "behind" ? "BEHIND_PLAN" : "STALLED", level, dedupeKey: id,
      unitId: item.leadUnitId, workItemId: item.id, title: `${item.code} ${item.title}`, evidence: {}, firstSeenAt: new Date(opened), lastEvaluatedAt: meta.today,
    });
  }

  // Published rankings: every reporting unit, every past quarter of the report history.
  const quarters = new Map<string, { year: number; quarter: number }>();
  for (const week of meta.reportWeeks) {
    const quarter = quarterOfDateKey(isoWeekMondayKey(week));
    quarters.set(`${quarter.year}-${quarter.quarter}`, quarter);
  }
  // The demo itself publishes the previous quarter: only the others are added.
  const seededRounds = await db.assessmentRound.findMany({ where: { zoneId }, select: { year: true, quarter: true } });
  const seeded = new Set(seededRounds.map((round) => `${round.year}-${round.quarter}`));
  const rounds = [...quarters.values()].slice(0, -1).filter((round) => !seeded.has(`${round.year}-${round.quarter}`));

  await inChunks(warnings, (chunk) => db.warning.createMany({ data: chunk }));
  await inChunks(events, (chunk) => db.warningEvent.createMany({ data: chunk }));
  await inChunks(notices, (chunk) => db.supervisionNotice.createMany({ data: chunk }));
  let assessments = 0;
  for (const { year, quarter } of rounds) {
    const round = await db.assessmentRound.create({ data: { zoneId, year, quarter, status: "PUBLISHED", weights: {}, publishedAt: meta.today } });
    const scores = reporting.map((unit) => ({ unit, score: Math.round(random.float(60, 100) * 100) / 100 })).sort((a, b) => b.score - a.score);
    const rows = scores.map(({ unit, score }, index) => ({ roundId: round.id, unitId: unit.id, stage: "PUBLISHED" as const, computedScore: score, totalScore: score, rank: index + 1 }));
    await db.assessment.createMany({ data: rows });
    assessments += rows.length;
  }
  return { warnings: warnings.length, warningEvents: events.length, notices: notices.length, assessments };
}
