// The office's periodic documents in the official layout: the monthly supervision report (every
// column on A4: tables wrap, none is cut off), the quarterly ranking, and the issued task
// granulation list (a cover notice with the list as a landscape attachment). Pure.
import type { PublishedRanking } from "@/lib/dashboard/ranking";
import { rowNotes, ruleSentence } from "@/lib/assessment/ranking-text";
import { COMPONENTS } from "@/lib/assessment/scoring";
import type { SheetValues } from "@/lib/plan/plan-sheet";
import type { FieldKey } from "@/lib/plan/sheet-fields";
import { TEMPLATE_COLUMNS } from "@/lib/plan/sheet-layout";
import type { MonthlySnapshot } from "@/lib/supervision/monthly";
import type { Translator } from "@/lib/i18n/server";
import { heading, paragraph, paragraphsOf, type Block, type OfficialDocument } from "./model";
import type { DocumentSettings } from "./settings";
import { documentDate, plainNumber } from "./text";
import type { MessageKeys, Messages, NestedKeyOf } from "next-intl";

const pct = (value: number | null) => (value === null ? "—" : `${plainNumber(value, 1)}%`);

// ───────────── monthly supervision report ─────────────

export interface MonthlyDocumentInput {
  year: number;
  month: number;
  zoneName: string;
  snapshot: MonthlySnapshot;
  commentary: string;
  /** "YYYY-MM-DD" of publication; null for a draft. */
  publishedOn: string | null;
  today: string;
}

type MonthlyMessages = Messages["supervision"]["monthly"];
type MonthlyKey = MessageKeys<MonthlyMessages, NestedKeyOf<MonthlyMessages>>;

/** `zh` renders the report's own sentences (supervision.monthly), always in Chinese. */
export function monthlyDocument(input: MonthlyDocumentInput, settings: DocumentSettings, zh: Translator): OfficialDocument {
  const t = (key: MonthlyKey, values?: Record<string, string | number>) => zh(`supervision.monthly.${key}`, values);
  const s = input.snapshot;
  const points = (value: number | null) => (value === null ? "" : `（${value > 0 ? "+" : ""}${plainNumber(value, 1)}）`);
  const body: Block[] = [
    heading(1, t("s1")),
    paragraph(
      t("overview", { first: documentDate(s.period.first), last: documentDate(s.period.last), weeks: s.period.weeks.length, units: s.summary.units, owed: s.summary.owed, submitted: s.summary.submitted, rate: pct(s.summary.submissionRate), onTime: s.summary.onTime, late: s.summary.late, missing: s.summary.missing }) +
        t("overviewProgress", { items: s.summary.items, start: pct(s.summary.progressStart), end: pct(s.summary.progressEnd), completed: s.summary.completed }) +
        t("overviewOversight", { opened: s.summary.warningsOpened, resolved: s.summary.warningsResolved, inspections: s.summary.inspections, decisions: s.summary.decisions, done: s.summary.decisionsDone, overdue: s.summary.decisionsOverdue }),
    ),
    heading(1, t("s2")),
    {
      type: "table",
      size: "small",
      columns: [
        { header: t("unit"), width: 4.2 },
        { header: t("owed"), width: 1, align: "right" },
        { header: t("onTime"), width: 1, align: "right" },
        { header: t("late"), width: 1, align: "right" },
        { header: t("missing"), width: 1, align: "right" },
        { header: t("submissionRate"), width: 1.5, align: "right" },
        { header: t("progress"), width: 2.6, align: "right" },
        { header: t("completed"), width: 1.3, align: "right" },
        { header: t("ratings"), width: 1.8, align: "center" },
      ],
      rows: s.units.map((unit) => [
        unit.name,
        String(unit.owed),
        String(unit.onTime),
        String(unit.late),
        String(unit.missing),
        pct(unit.submissionRate),
        unit.progressEnd === null ? "—" : `${pct(unit.progressEnd)}${points(unit.progressMoved)}`,
        String(unit.completed),
        unit.ratings.length ? unit.ratings.map((rating) => zh(`enums.InspectionRating.${rating}`)).join("、") : "—",
      ]),
      note: t("s2Note"),
    },
    heading(1, t("s3")),
    ...(s.completedItems.length ? s.completedItems.map((item, index) => paragraph(`${index + 1}．${item.code} ${item.title}（${item.unit}，${documentDate(item.completedOn)}）`)) : [paragraph(t("noneCompleted"))]),
    heading(1, t("s4")),
    paragraph(
      s.summary.warningsOpened === 0 && s.summary.warningsResolved === 0
        ? t("noWarnings")
        : t("warnings", { opened: s.summary.warningsOpened, red: s.warnings.opened.RED ?? 0, orange: s.warnings.opened.ORANGE ?? 0, yellow: s.warnings.opened.YELLOW ?? 0, blue: s.warnings.opened.BLUE ?? 0, resolved: s.warnings.resolved }),
    ),
    heading(1, t("s5")),
    paragraph(t("inspectionSummary", { count: s.inspections.length, excellent: s.ratings.EXCELLENT, good: s.ratings.GOOD, fair: s.ratings.FAIR, poor: s.ratings.POOR })),
  ];
  if (s.inspections.length) {
    body.push({
      type: "table",
      size: "small",
      columns: [
        { header: t("unit"), width: 3 },
        { header: t("date"), width: 2.2, align: "center" },
        { header: t("rating"), width: 1.2, align: "center" },
        { header: t("findings"), width: 6 },
        { header: t("rectification"), width: 2.4, align: "center" },
      ],
      rows: s.inspections.map((inspection) => [
        inspection.unit,
        documentDate(inspection.date),
        zh(`enums.InspectionRating.${inspection.rating}`),
        inspection.findings,
        inspection.rectificationRequired && inspection.rectificationDue ? (inspection.rectified ? t("rectified") : t("rectifyBy", { due: documentDate(inspection.rectificationDue) })) : "—",
      ]),
    });
  }
  body.push(heading(1, t("s6")));
  if (s.decisions.length) {
    body.push({
      type: "table",
      size: "small",
      columns: [
        { header: t("code"), width: 1.6 },
        { header: t("decision"), width: 6 },
        { header: t("unit"), width: 3 },
        { header: t("due"), width: 2.2, align: "center" },
        { header: t("decisionProgress"), width: 1.2, align: "right" },
        { header: t("statusColumn"), width: 1.4, align: "center" },
      ],
      rows: s.decisions.map((decision) => [decision.code, decision.content, decision.unit, documentDate(decision.dueDate), pct(decision.progress), decision.overdue ? (decision.daysOverdue ? t("overdueDays", { days: decision.daysOverdue }) : t("overdue")) : t(`decisionStatus.${decision.status}`)]),
    });
  } else body.push(paragraph(t("noDecisions")));
  body.push(heading(1, t("s7")), ...(input.commentary.trim() ? paragraphsOf(input.commentary) : [paragraph(t("noCommentary"))]));
  const date = input.publishedOn ?? input.today;
  return {
    fileName: `月督查报告-${input.year}年${input.month}月`,
    redHeader: { issuer: settings.issuerName },
    watermark: input.publishedOn ? undefined : "草稿",
    title: `${input.zoneName}创建国家高新区工作月督查报告`,
    subtitle: `（${input.year}年${input.month}月）`,
    body,
    signature: { name: settings.signatureName, date: documentDate(date) },
    colophon: { copyTo: settings.copyTo, printedBy: settings.printedBy, printedOn: documentDate(date) },
  };
}

// ───────────── quarterly ranking ─────────────

export function rankingDocument(ranking: PublishedRanking & { round: NonNullable<PublishedRanking["round"]> }, input: { zoneName: string; publishedOn: string }, settings: DocumentSettings, zh: Translator): OfficialDocument {
  const { year, quarter } = ranking.round;
  const translate = zh as unknown as (key: string, values?: Record<string, string | number>) => string;
  const score = (value: number | null | undefined) => (value === null || value === undefined ? "—" : value.toFixed(2));
  const adjusted = ranking.rows.filter((row) => row.adjustment !== 0);
  const notes = ranking.rows.map((row) => ({ unitName: row.unitName, notes: rowNotes(translate, row.components) })).filter((row) => row.notes);
  const body: Block[] = [
    paragraph(`根据创建国家高新区工作“周报告、月督查、季考核”制度，创建办依据${year}年第${quarter}季度各责任单位周报报送、工作进度、预警督办和督查检查等数据，对${ranking.rows.length}个责任单位进行了季度考核，现将考核结果通报如下。`),
    paragraph(`计分规则：${ruleSentence(translate, ranking.round.missingDataRule, false)}。${ranking.round.publishedBeforeEnd ? "本次考核结果于季度结束前发布，数据截至发布之日。" : ""}`),
    heading(1, "一、考核排名"),
    {
      type: "table",
      size: "small",
      columns: [
        { header: "名次", width: 1, align: "center" },
        { header: "类别名次", width: 1.6, align: "center" },
        { header: "单位", width: 4.5 },
        ...COMPONENTS.map((component) => ({ header: `${zh(`enums.AssessmentComponentKind.${component}`)}（${plainNumber(ranking.round.weights[component] ?? 0)}分）`, width: 1.7, align: "right" as const })),
        { header: "加减分", width: 1.3, align: "right" },
        { header: "总分", width: 1.4, align: "right" },
      ],
      rows: ranking.rows.map((row) => [
        row.rank === null ? "—" : String(row.rank),
        row.categoryRank === null ? "—" : `${zh(`enums.UnitKind.${row.unitKind as "PARK"}`)}${row.categoryRank}`,
        row.unitName,
        ...row.components.map((part) => (part.rawScore === null ? "—" : score(part.score))),
        row.adjustment === 0 ? "—" : `${row.adjustment > 0 ? "+" : ""}${row.adjustment.toFixed(2)}`,
        score(row.totalScore),
      ]),
    },
  ];
  if (notes.length) body.push(paragraph(`注：“—”为该单位本季度无此项数据。${notes.map((row) => `${row.unitName}：${row.notes}`).join("。")}。`));
  if (adjusted.length) {
    body.push(heading(1, "二、加减分说明"), ...adjusted.map((row) => paragraph(`${row.unitName}：${row.adjustment > 0 ? "加" : "减"}${Math.abs(row.adjustment).toFixed(2)}分，${row.adjustmentReason ?? ""}`)));
  }
  body.push(heading(1, `${adjusted.length ? "三" : "二"}、有关要求`), paragraph("请各责任单位对照考核结果，查找差距，排名靠后的单位要认真分析原因，制定整改措施，确保下一季度工作进度达到序时要求。"));
  return {
    fileName: `季度考核排名-${year}年第${quarter}季度`,
    redHeader: { issuer: settings.issuerName },
    title: `关于${year}年第${quarter}季度创建国家高新区工作考核结果的通报`,
    addressee: "领导小组各成员单位",
    body,
    signature: { name: settings.signatureName, date: documentDate(input.publishedOn) },
    colophon: { copyTo: settings.copyTo, printedBy: settings.printedBy, printedOn: documentDate(input.publishedOn) },
  };
}

// ───────────── issued task granulation list ─────────────

/** Deadlines as offices write them: 2026年12月31日. */
const deadline = (key: string) => (key ? documentDate(key) : "");

export function taskListDocument(sheetRows: SheetValues[], input: { zoneName: string; today: string; units: string[] }, settings: DocumentSettings): OfficialDocument {
  // Every field as text (a row of the sheet leaves out the columns it does not need).
  const rows = sheetRows.map((row) => Object.fromEntries(TEMPLATE_COLUMNS.map(({ key }) => [key, row[key] ?? ""])) as Record<FieldKey, string>);
  // A row after an item's with its code and no title carries a further indicator of that item.
  const items = rows.filter((row) => row.itemCode && row.itemTitle);
  const tasks = new Set(rows.map((row) => row.taskCode).filter(Boolean));
  const measures = new Set(rows.map((row) => row.measureCode).filter(Boolean));
  const listTitle = `${input.zoneName}创建国家高新区任务分解清单`;
  const tableRows: string[][] = [];
  let lastTask = "";
  let lastMeasure = "";
  let lastItem = "";
  const targetOf = (row: Record<FieldKey, string>) => (row.indicatorName ? `${row.indicatorName}：${row.indicatorBaseline || "—"}→${row.indicatorTarget || "—"}${row.indicatorUnit}` : "");
  for (const row of rows) {
    if (row.itemCode && !row.itemTitle && row.itemCode === lastItem) {
      const previous = tableRows[tableRows.length - 1];
      previous[7] = [previous[7], targetOf(row)].filter(Boolean).join("；");
      continue;
    }
    // The task and measure are written once, on the first row under them, as offices lay it out.
    const task = row.taskCode !== lastTask ? `${row.taskCode} ${row.taskTitle}` : "";
    const measure = row.measureCode && row.measureCode !== lastMeasure ? `${row.measureCode} ${row.measureTitle}` : "";
    lastTask = row.taskCode;
    lastMeasure = row.measureCode;
    lastItem = row.itemCode;
    if (!row.itemCode) {
      if (task || measure) tableRows.push(["", task, measure, "（暂无分解事项）", "", "", "", ""]);
      continue;
    }
    tableRows.push([row.itemCode, task, measure, row.itemTitle, row.leadUnit, row.cooperators, deadline(row.dueDate), [row.deliverable, targetOf(row)].filter(Boolean).join("；")]);
  }
  return {
    fileName: `任务分解清单-${input.today}`,
    redHeader: { issuer: settings.issuerName },
    title: `关于印发《${listTitle}》的通知`,
    addressee: "领导小组各成员单位",
    body: [
      paragraph(`为深入推进国家高新区创建工作，按照创建工作实施方案，创建办将${tasks.size}项重点任务、${measures.size}项具体措施细化分解为${items.length}项工作事项，明确了牵头单位、配合单位、完成时限和工作成果，形成《${listTitle}》，现印发给你们，请认真抓好落实。`),
      heading(1, "一、压实工作责任"),
      paragraph("各牵头单位主要负责同志是第一责任人，要对照清单逐项制定推进计划，明确责任人和时间节点；配合单位要主动对接、积极支持，形成工作合力。"),
      heading(1, "二、严格报送制度"),
      paragraph("各责任单位于每周五18时前通过创建工作平台报送周报，如实填报事项进度和指标完成情况；创建办每月开展督查，每季度组织考核，考核结果纳入年度综合考评。"),
      heading(1, "三、强化预警督办"),
      paragraph("对未按时报送、进度滞后序时进度的事项，创建办将分级预警并下发督办通知，督办事项实行销号管理，直至办结。"),
    ],
    attachmentNote: [listTitle],
    signature: { name: settings.signatureName, date: documentDate(input.today) },
    appendices: [
      {
        label: "附件",
        title: listTitle,
        landscape: true,
        blocks: [
          {
            type: "table",
            size: "small",
            columns: [
              { header: "编号", width: 1.3 },
              { header: "重点任务", width: 2.2 },
              { header: "具体措施", width: 2.6 },
              { header: "工作事项", width: 5 },
              { header: "牵头单位", width: 2.4 },
              { header: "配合单位", width: 2.8 },
              { header: "完成时限", width: 2.2, align: "center" },
              { header: "工作成果及目标", width: 3.6 },
            ],
            rows: tableRows,
          },
        ],
      },
    ],
    colophon: { copyTo: settings.copyTo, printedBy: settings.printedBy, printedOn: documentDate(input.today) },
  };
}
