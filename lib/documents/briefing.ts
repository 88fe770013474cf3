// The weekly briefing as a numbered bulletin (简报): its name in red, 第 N 期, the editing office
// and the date over a red rule; the week's figures in sections; the office's 通报表扬 /
// 通报批评 and requirements; 报 / 送 at the foot of the last page. Pure.
import type { SubmissionOutcome, WeeklyBriefing } from "@/lib/dashboard/briefing";
import { chineseWeekLabel } from "@/lib/dates/week-label";
import { issueLabel } from "./numbering";
import { heading, paragraph, paragraphsOf, type Block, type OfficialDocument } from "./model";
import type { DocumentSettings } from "./settings";
import { chineseNumeral, documentDate, joinNames, plainNumber } from "./text";

export interface BriefingEditionText {
  seq: number | null;
  /** The date printed in the head: the day of issue, or today for a draft. */
  date: string;
  title: string;
  summary: string;
  praise: string;
  criticism: string;
  requirements: string;
  reportTo: string[];
  sendTo: string[];
}

const OUTCOME: Record<SubmissionOutcome, string> = { ON_TIME: "按时报送", LATE: "逾期报送", RETURNED: "退回修改", DRAFT: "未提交", MISSING: "未报送" };
const LEVEL: Record<string, string> = { RED: "红色", ORANGE: "橙色", YELLOW: "黄色", BLUE: "蓝色" };

/** How many units the progress section names on each side. */
const NAMED = 5;

const percent = (value: number) => `${plainNumber(value, 1)}%`;
const points = (value: number) => `${value > 0 ? "+" : ""}${plainNumber(value, 1)}`;

export function briefingTitle(briefing: WeeklyBriefing): string {
  return `${chineseWeekLabel(briefing.week, { year: true })}创建工作推进情况`;
}

const oneDecimal = (value: number) => (Math.round(value * 10) / 10).toFixed(1);

/** The briefing's one line on readiness against the national evaluation (docs/readiness.md). */
export function readinessSentence(readiness: NonNullable<WeeklyBriefing["readiness"]>): string {
  const { overall, passMark, weakest } = readiness;
  const standing =
    overall === null
      ? "本区估算得分暂缺（指标数据不足）"
      : `本区估算得分${oneDecimal(overall)}分，` + (overall >= passMark ? `已达到本区达标线${oneDecimal(passMark)}分` : `距本区达标线${oneDecimal(passMark)}分差${oneDecimal(passMark - overall)}分`);
  return `对照${readiness.systemName}，${standing}` + (weakest ? `；失分最多的指标为${weakest.code}${weakest.name}（失分${oneDecimal(weakest.behind)}分）。` : "。");
}

export function briefingDocument(briefing: WeeklyBriefing, edition: BriefingEditionText, settings: DocumentSettings): OfficialDocument {
  const { submission } = briefing;
  const rate = submission.expected ? Math.round((1000 * submission.submitted) / submission.expected) / 10 : 0;
  const unitsWith = (outcomes: SubmissionOutcome[]) => submission.ranking.filter((row) => outcomes.includes(row.outcome)).map((row) => row.unitName);
  const sections: { title: string; blocks: Block[] }[] = [];

  const late = unitsWith(["LATE"]);
  const missing = unitsWith(["MISSING", "DRAFT"]);
  sections.push({
    title: "周报报送情况",
    blocks: [
      paragraph(
        `本周应报送周报单位${submission.expected}个，实际报送${submission.submitted}个，报送率${percent(rate)}；其中按时报送${submission.onTime}个` +
          (late.length ? `，逾期报送${late.length}个（${joinNames(late)}）` : "") +
          (missing.length ? `，未报送${missing.length}个（${joinNames(missing)}）` : "") +
          "。",
      ),
      {
        type: "table",
        columns: [
          { header: "序号", width: 1, align: "center" },
          { header: "单位", width: 5 },
          { header: "报送情况", width: 2, align: "center" },
        ],
        rows: submission.ranking.map((row) => [String(row.rank), row.unitName, OUTCOME[row.outcome]]),
      },
    ],
  });

  const ranked = briefing.progress;
  const leaders = ranked.filter((row) => row.gap >= 0).slice(0, NAMED);
  const laggards = [...ranked].reverse().filter((row) => row.gap < 0).slice(0, NAMED);
  sections.push({
    title: "工作推进情况",
    blocks: [
      paragraph(
        (leaders.length ? `按序时进度排名，进度领先的单位为：${leaders.map((row) => `${row.unitName}（${points(row.gap)}个百分点）`).join("、")}。` : "本周无进度达到序时进度的单位。") +
          (laggards.length ? `进度滞后的单位为：${laggards.map((row) => `${row.unitName}（${points(row.gap)}个百分点）`).join("、")}。` : ""),
      ),
      {
        type: "table",
        size: "small",
        columns: [
          { header: "序号", width: 1, align: "center" },
          { header: "单位", width: 5 },
          { header: "事项数", width: 1.4, align: "right" },
          { header: "实际进度", width: 1.8, align: "right" },
          { header: "序时进度", width: 1.8, align: "right" },
          { header: "差距（百分点）", width: 2, align: "right" },
          { header: "本周推进", width: 1.8, align: "right" },
        ],
        rows: ranked.map((row, index) => [String(index + 1), row.unitName, String(row.items), percent(row.progress), percent(row.planned), points(row.gap), points(row.moved)]),
        note: "注：进度为各单位牵头事项的平均进度；差距为实际进度减序时进度。",
      },
      ...(briefing.readiness ? [paragraph(readinessSentence(briefing.readiness))] : []),
    ],
  });

  const warningBlocks: Block[] = [];
  warningBlocks.push(
    paragraph(
      briefing.newRedWarnings.length
        ? `本周新增红色预警${briefing.newRedWarnings.length}条：${briefing.newRedWarnings.map((row) => `${row.unit}${row.workItemCode ? `（${row.workItemCode}）` : ""}${row.title}`).join("；")}。`
        : "本周未新增红色预警。",
    ),
  );
  warningBlocks.push(
    paragraph(
      (briefing.noticesIssued.length
        ? `本周下发督办通知${briefing.noticesIssued.length}份：${briefing.noticesIssued.map((row) => `${row.number}（${row.unit}，${LEVEL[row.level] ?? ""}）`).join("、")}`
        : "本周未下发督办通知") +
        (briefing.noticesClosed.length ? `；办结销号${briefing.noticesClosed.length}份：${briefing.noticesClosed.map((row) => `${row.number}（${row.unit}）`).join("、")}。` : "。"),
    ),
  );
  sections.push({ title: "预警督办情况", blocks: warningBlocks });

  sections.push({
    title: "事项完成情况",
    blocks: briefing.completed.length
      ? [paragraph(`本周完成工作事项${briefing.completed.length}项：${briefing.completed.map((row) => `${row.code}${row.title}（${row.unit}）`).join("；")}。`)]
      : [paragraph("本周无新完成的工作事项。")],
  });
  if (edition.praise.trim()) sections.push({ title: "通报表扬", blocks: paragraphsOf(edition.praise) });
  if (edition.criticism.trim()) sections.push({ title: "通报批评", blocks: paragraphsOf(edition.criticism) });
  if (edition.requirements.trim()) sections.push({ title: "下步工作要求", blocks: paragraphsOf(edition.requirements) });

  const body: Block[] = [...paragraphsOf(edition.summary)];
  sections.forEach((section, index) => body.push(heading(1, `${chineseNumeral(index + 1)}、${section.title}`), ...section.blocks));
  return {
    fileName: `${settings.briefingName}-${edition.seq === null ? `${briefing.week.isoYear}年第${briefing.week.isoWeek}周-未印发` : `${edition.date.slice(0, 4)}年${issueLabel(edition.seq)}`}`,
    bulletin: { name: settings.briefingName, issue: issueLabel(edition.seq), editor: settings.briefingEditor, date: documentDate(edition.date) },
    watermark: edition.seq === null ? "未印发" : undefined,
    title: edition.title.trim() || briefingTitle(briefing),
    body,
    distribution: { reportTo: edition.reportTo, sendTo: edition.sendTo },
  };
}
