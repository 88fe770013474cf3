// Warnings and supervision notices of the demo, written after the generated tables in the
// same transaction: the default rules, the engine run weekly over the last weeks (so the
// warnings have a history to chart), a few notices in different states, and a final run
// as of "today". Everything follows from the data, so it is as deterministic as the demo.
import type { Actor } from "@/lib/auth/permissions";
import type { TxClient } from "@/lib/db/client";
import { loadZoneCalendar } from "@/lib/calendar/load";
import { addDaysToKey, shiftIsoWeek, zonedInstant } from "@/lib/dates/zone-time";
import { reportWeek } from "@/lib/reports/week";
import { issueNotice, stepNotice, type StepInput } from "@/lib/notices/service";
import { ensureWarningRules } from "@/lib/warnings/load";
import { maxLevel } from "@/lib/warnings/rules";
import { evaluateZoneInTransaction } from "@/lib/warnings/run";
import type { DemoData } from "./types";

/** Weeks of warning history before today. */
const BACKFILL_WEEKS = 8;

interface NoticeStory {
  unitCode: string;
  /** Days before today the notice was issued, and its response date relative to today. */
  issuedDaysAgo: number;
  dueInDays: number;
  /** Link the unit's most severe open warnings (up to two), or write it freehand. */
  fromWarnings: boolean;
  title: string;
  matter: string;
  requiredAction: string;
  /** Steps after issue: [step, days ago, text]. */
  steps: [StepInput["step"], number, string?][];
}

const STORIES: NoticeStory[] = [
  {
    unitCode: "jtj",
    issuedDaysAgo: 10,
    dueInDays: -3,
    fromWarnings: true,
    title: "关于连续未报送创建工作周报的督办通知",
    matter: "你单位自近期起连续多周未按规定报送创建国家高新区工作周报，牵头事项进展情况无法掌握。",
    requiredAction: "立即补报所缺周报，书面说明未按时报送的原因，明确专人负责周报报送工作。",
    steps: [["chase", 1, "请于今日内补报周报并书面说明情况。"]],
  },
  {
    unitCode: "kjj",
    issuedDaysAgo: 12,
    dueInDays: -2,
    fromWarnings: false,
    title: "关于规范填报周报佐证材料的督办通知",
    matter: "经月度督查，你单位周报中高新技术企业培育、研发平台建设等事项的佐证材料不完整，部分数据与统计口径不一致。",
    requiredAction: "对照任务分解清单逐项补充佐证材料，核对指标数据口径，并书面反馈整改情况。",
    steps: [["sign", 11]],
  },
  {
    unitCode: "slj",
    issuedDaysAgo: 20,
    dueInDays: -4,
    fromWarnings: true,
    title: "关于加快推进滞后事项的督办通知",
    matter: "你单位牵头的部分事项进度滞后于序时进度，近几周推进缓慢。",
    requiredAction: "制定赶超进度的具体措施，明确时间节点和责任人，书面反馈整改方案及进展。",
    steps: [["sign", 19], ["start", 18], ["respond", 6, "已召开专题会议研究赶进度措施，明确每周调度，相关工程已增加施工力量，预计月底前追上序时进度。"]],
  },
  {
    unitCode: "xhjj",
    issuedDaysAgo: 40,
    dueInDays: -30,
    fromWarnings: true,
    title: "关于逾期未完成事项的督办通知",
    matter: "你单位牵头的事项已超过完成期限仍未完成。",
    requiredAction: "说明逾期原因，提出完成时限和保障措施，按期完成后报送验收材料。",
    steps: [
      ["sign", 39],
      ["start", 38],
      ["respond", 31, "已说明逾期原因，正在组织施工。"],
      ["return", 29, "反馈过于简单，请补充完成时限、责任人和保障措施。"],
      ["respond", 25, "已明确完成时限为下月底，由分管副主任牵头，每周向创建办报告进展，附工作方案。"],
      ["review", 23, "整改方案可行，请按期落实。"],
      // Its overdue warning stays open until the item is done: the office states why it closes anyway.
      ["close", 22, "整改方案已明确完成时限和责任人，逾期事项转入月度督查跟踪，预警待事项完成后自动解除。"],
    ],
  },
  {
    unitCode: "rsj",
    issuedDaysAgo: 5,
    dueInDays: 5,
    fromWarnings: true,
    title: "关于高层次人才集聚计划推进滞后的督办通知",
    matter: "高层次人才集聚计划推进进度滞后于序时进度。",
    requiredAction: "分析滞后原因，加快人才引进和政策兑现，按期反馈进展。",
    steps: [["sign", 4], ["start", 3]],
  },
];

async function reporterOf(tx: TxClient, unitId: string): Promise<Actor> {
  const user = await tx.user.findFirstOrThrow({ where: { unitId, role: "REPORTER", active: true }, orderBy: { email: "asc" }, select: { id: true, role: true, unitId: true, zoneId: true } });
  return user;
}

export async function seedWarningsAndNotices(tx: TxClient, data: DemoData): Promise<void> {
  const zone = data.zones[0];
  const { timeZone, todayKey, currentWeek, today } = data.meta;
  await ensureWarningRules(tx, zone.id);

  // A weekly history: each past week evaluated two hours after its deadline (on the zone's calendar).
  const zoneCalendar = await loadZoneCalendar(tx, zone.id);
  for (let back = BACKFILL_WEEKS; back >= 1; back -= 1) {
    const asOf = new Date(reportWeek(shiftIsoWeek(currentWeek, -back), zoneCalendar).deadline.getTime() + 2 * 3_600_000);
    if (asOf.getTime() < today.getTime()) await evaluateZoneInTransaction(tx, zone.id, asOf);
  }

  const supervisor = await tx.user.findFirstOrThrow({ where: { zoneId: zone.id, role: "SUPERVISOR" }, orderBy: { email: "asc" }, select: { id: true, role: true, unitId: true, zoneId: true } });
  const dayAt = (daysAgo: number, time: string) => zonedInstant(addDaysToKey(todayKey, -daysAgo), time, timeZone);
  for (const story of STORIES) {
    const unit = await tx.unit.findUnique({ where: { zoneId_code: { zoneId: zone.id, code: story.unitCode } }, select: { id: true } });
    if (!unit) continue;
    const warnings = story.fromWarnings
      ? await tx.warning.findMany({ where: { unitId: unit.id, status: { not: "RESOLVED" }, kind: { not: "REPEATED_YELLOW" } }, orderBy: [{ level: "desc" }, { dedupeKey: "asc" }], take: 2, select: { id: true, level: true } })
      : [];
    const issued = await issueNotice(
      tx,
      supervisor,
      {
        unitId: unit.id,
        title: story.title,
        matter: story.matter,
        requiredAction: story.requiredAction,
        responseDue: addDaysToKey(todayKey, story.dueInDays),
        level: maxLevel(warnings.map((warning) => warning.level)) ?? "YELLOW",
        warningIds: warnings.map((warning) => warning.id),
      },
      dayAt(story.issuedDaysAgo, "09:30"),
    );
    const reporter = await reporterOf(tx, unit.id);
    for (const [step, daysAgo, note] of story.steps) {
      const byUnit = step === "sign" || step === "start" || step === "respond";
      await stepNotice(
        tx,
        byUnit ? reporter : supervisor,
        step === "close"
          ? { id: issued.id, step, note: null, overrideReason: note ?? null }
          : { id: issued.id, step, note: step === "respond" ? null : (note ?? null), content: step === "respond" ? note : undefined },
        dayAt(daysAgo, byUnit ? "15:20" : "10:40"),
      );
    }
  }

  await evaluateZoneInTransaction(tx, zone.id, today);
}
