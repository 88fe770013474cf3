// Excel workbooks for people who never log in: the weekly briefing, the ledger (台账), the
// quarterly ranking, and the resources (funds, land, designations). Chinese headers (the user's language), column widths, number formats,
// a title block and frozen header rows. Pure: data in, bytes out.
import ExcelJS from "exceljs";
import { formatInTimeZone } from "date-fns-tz";
import { weekLabel } from "@/lib/dates/week-label";
import { addDaysToKey } from "@/lib/dates/zone-time";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/server";
import type { WeeklyBriefing } from "./briefing";
import { rate } from "./figures";
import type { LedgerRow } from "./ledger";
import type { PublishedRanking } from "./ranking";
import { rowNotes, ruleSentence } from "@/lib/assessment/ranking-text";
import { COMPONENTS } from "@/lib/assessment/scoring";
import type { DesignationStatusRow, FundingRow, LandBatchDetail } from "@/lib/resources/queries";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const FORMAT = {
  integer: "0",
  money: "#,##0.00",
  /** Values are fractions (0.453 shows 45.3%), so Excel sums and averages them right. */
  percent: "0.0%",
  points: '+0.0;-0.0;0.0',
  date: "yyyy-mm-dd",
  dateTime: "yyyy-mm-dd hh:mm",
} as const;

/** Rows of the title block above the header row; the header row is frozen below it. */
const HEADER_ROW = 3;

interface Column<Row> {
  header: string;
  width: number;
  value: (row: Row, index: number) => ExcelJS.CellValue;
  /** A number format, or one chosen from the column's values (decimalFormat). */
  format?: string | ((values: ExcelJS.CellValue[]) => string);
}

/**
 * A percentage (0–100, as the app computes it) as the fraction Excel's % format expects,
 * keeping its one decimal: 45.3 → 0.453.
 */
export function percentCell(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : Math.round(value * 10) / 1000;
}

/**
 * "#,##0" or "#,##0.0…" with as many decimals as the column's values have (at most 4): no
 * "45." with a trailing point, which is what "#,##0.##" shows for whole numbers.
 */
export function decimalFormat(values: ExcelJS.CellValue[]): string {
  let decimals = 0;
  for (const value of values) {
    if (typeof value !== "number" || !Number.isFinite(value)) continue;
    const text = String(Math.round(value * 10_000) / 10_000);
    decimals = Math.max(decimals, text.includes(".") ? text.split(".")[1].length : 0);
  }
  return decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(Math.min(decimals, 4))}`;
}

export interface WorkbookContext {
  t: Translator;
  locale: Locale;
  zoneName: string;
  timeZone: string;
  generatedAt: Date;
}

/** An instant as the zone's wall clock, for a spreadsheet cell (Excel has no time zones). */
function wallClock(instant: Date | null, timeZone: string): Date | null {
  return instant ? new Date(`${formatInTimeZone(instant, timeZone, "yyyy-MM-dd'T'HH:mm:ss")}Z`) : null;
}

function newWorkbook(context: WorkbookContext): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = context.t("common.appName");
  workbook.created = context.generatedAt;
  return workbook;
}

function titleBlock(sheet: ExcelJS.Worksheet, columns: number, title: string, subtitle: string): void {
  sheet.mergeCells(1, 1, 1, Math.max(columns, 2));
  sheet.mergeCells(2, 1, 2, Math.max(columns, 2));
  const titleCell = sheet.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { bold: true, size: 14 };
  titleCell.alignment = { horizontal: "center", vertical: "middle" };
  sheet.getRow(1).height = 26;
  const subtitleCell = sheet.getCell(2, 1);
  subtitleCell.value = subtitle;
  subtitleCell.font = { size: 10, color: { argb: "FF64748B" } };
  subtitleCell.alignment = { horizontal: "center" };
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  row.height = 22;
  row.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
    cell.border = { bottom: { style: "thin", color: { argb: "FF94A3B8" } } };
  });
}

function addTableSheet<Row>(workbook: ExcelJS.Workbook, options: { name: string; title: string; subtitle: string; columns: Column<Row>[]; rows: Row[] }): ExcelJS.Worksheet {
  const { columns, rows } = options;
  const sheet = workbook.addWorksheet(options.name, { views: [{ state: "frozen", ySplit: HEADER_ROW }], pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  titleBlock(sheet, columns.length, options.title, options.subtitle);
  const values = rows.map((row, index) => columns.map((column) => column.value(row, index) ?? null));
  columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width;
    const format = typeof column.format === "function" ? column.format(values.map((row) => row[index])) : column.format;
    if (format) sheet.getColumn(index + 1).numFmt = format;
  });
  sheet.getRow(HEADER_ROW).values = columns.map((column) => column.header);
  styleHeader(sheet.getRow(HEADER_ROW));
  values.forEach((cells, index) => {
    const excelRow = sheet.getRow(HEADER_ROW + 1 + index);
    excelRow.values = cells;
    excelRow.alignment = { vertical: "top", wrapText: true };
  });
  if (rows.length > 0) sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: columns.length } };
  sheet.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;
  return sheet;
}

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function generatedLine(context: WorkbookContext): string {
  return context.t("briefings.xlsx.generated", {
    zone: context.zoneName,
    time: formatInTimeZone(context.generatedAt, context.timeZone, "yyyy-MM-dd HH:mm"),
  });
}

// ───────────────────────────── weekly briefing ─────────────────────────────

export async function briefingWorkbook(briefing: WeeklyBriefing, context: WorkbookContext): Promise<Buffer> {
  const { t, timeZone } = context;
  const workbook = newWorkbook(context);
  const title = t("briefings.xlsx.title", { week: weekLabel(briefing.week, context.locale, { year: true, dates: false }) });
  const subtitle = `${t("briefings.weekRange", { week: weekLabel(briefing.week, context.locale, { year: true }), from: formatDate(briefing.monday, context.locale), to: formatDate(addDaysToKey(briefing.monday, 6), context.locale) })} · ${generatedLine(context)}`;
  const { submission } = briefing;

  type SummaryRow = { label: string; value: number | null; format: string };
  const summary: SummaryRow[] = [
    { label: t("briefings.summary.expected"), value: submission.expected, format: FORMAT.integer },
    { label: t("briefings.summary.submitted"), value: submission.submitted, format: FORMAT.integer },
    { label: t("briefings.summary.onTime"), value: submission.onTime, format: FORMAT.integer },
    { label: t("briefings.summary.submissionRate"), value: percentCell(rate(submission.submitted, submission.expected)), format: FORMAT.percent },
    { label: t("briefings.summary.onTimeRate"), value: percentCell(rate(submission.onTime, submission.expected)), format: FORMAT.percent },
    { label: t("briefings.summary.newRed"), value: briefing.newRedWarnings.length, format: FORMAT.integer },
    { label: t("briefings.summary.noticesIssued"), value: briefing.noticesIssued.length, format: FORMAT.integer },
    { label: t("briefings.summary.noticesClosed"), value: briefing.noticesClosed.length, format: FORMAT.integer },
    { label: t("briefings.summary.completed"), value: briefing.completed.length, format: FORMAT.integer },
  ];
  const summarySheet = addTableSheet(workbook, {
    name: t("briefings.xlsx.sheetSummary"),
    title,
    subtitle,
    columns: [
      { header: t("briefings.xlsx.figure"), width: 28, value: (row: SummaryRow) => row.label },
      { header: t("briefings.xlsx.value"), width: 16, value: (row: SummaryRow) => row.value },
    ],
    rows: summary,
  });
  summary.forEach((row, index) => {
    summarySheet.getCell(HEADER_ROW + 1 + index, 2).numFmt = row.format;
  });

  addTableSheet(workbook, {
    name: t("briefings.xlsx.sheetSubmission"),
    title: `${title} · ${t("briefings.submission.title")}`,
    subtitle,
    columns: [
      { header: t("briefings.rank"), width: 8, value: (row) => row.rank, format: FORMAT.integer },
      { header: t("briefings.unit"), width: 34, value: (row) => row.unitName },
      { header: t("briefings.submission.outcome"), width: 14, value: (row) => t(`briefings.outcome.${row.outcome}`) },
      { header: t("briefings.submission.submittedAt"), width: 18, value: (row) => wallClock(row.submittedAt, timeZone), format: FORMAT.dateTime },
      { header: t("briefings.submission.lateHours"), width: 14, value: (row) => (row.lateMinutes ? Math.round((row.lateMinutes / 60) * 10) / 10 : null), format: decimalFormat },
    ],
    rows: submission.ranking,
  });

  addTableSheet(workbook, {
    name: t("briefings.xlsx.sheetProgress"),
    title: `${title} · ${t("briefings.progress.title")}`,
    subtitle,
    columns: [
      { header: t("briefings.rank"), width: 8, value: (_row, index) => index + 1, format: FORMAT.integer },
      { header: t("briefings.unit"), width: 34, value: (row) => row.unitName },
      { header: t("briefings.progress.items"), width: 10, value: (row) => row.items, format: FORMAT.integer },
      { header: t("briefings.progress.actual"), width: 14, value: (row) => percentCell(row.progress), format: FORMAT.percent },
      { header: t("briefings.progress.planned"), width: 14, value: (row) => percentCell(row.planned), format: FORMAT.percent },
      { header: t("briefings.progress.gap"), width: 16, value: (row) => row.gap, format: FORMAT.points },
      { header: t("briefings.progress.moved"), width: 16, value: (row) => row.moved, format: FORMAT.points },
    ],
    rows: briefing.progress,
  });

  addTableSheet(workbook, {
    name: t("briefings.xlsx.sheetRed"),
    title: `${title} · ${t("briefings.red.title")}`,
    subtitle,
    columns: [
      { header: t("briefings.unit"), width: 24, value: (row) => row.unit },
      { header: t("briefings.red.kind"), width: 18, value: (row) => t(`enums.WarningKind.${row.kind}`) },
      { header: t("briefings.red.subject"), width: 48, value: (row) => row.title },
      { header: t("briefings.red.workItem"), width: 12, value: (row) => row.workItemCode },
      { header: t("briefings.red.at"), width: 18, value: (row) => wallClock(row.reachedAt, timeZone), format: FORMAT.dateTime },
    ],
    rows: briefing.newRedWarnings,
  });

  const notices = [
    ...briefing.noticesIssued.map((notice) => ({ ...notice, event: t("briefings.notices.issued") })),
    ...briefing.noticesClosed.map((notice) => ({ ...notice, event: t("briefings.notices.closed") })),
  ];
  addTableSheet(workbook, {
    name: t("briefings.xlsx.sheetNotices"),
    title: `${title} · ${t("briefings.notices.title")}`,
    subtitle,
    columns: [
      { header: t("briefings.notices.event"), width: 10, value: (row) => row.event },
      { header: t("briefings.notices.number"), width: 20, value: (row) => row.number },
      { header: t("briefings.unit"), width: 24, value: (row) => row.unit },
      { header: t("briefings.notices.subject"), width: 40, value: (row) => row.title },
      { header: t("briefings.notices.level"), width: 8, value: (row) => t(`enums.WarningLevel.${row.level}`) },
      { header: t("briefings.notices.status"), width: 10, value: (row) => t(`enums.NoticeStatus.${row.status}`) },
      { header: t("briefings.notices.at"), width: 18, value: (row) => wallClock(row.at, timeZone), format: FORMAT.dateTime },
      { header: t("briefings.notices.due"), width: 14, value: (row) => row.responseDue, format: FORMAT.date },
    ],
    rows: notices,
  });

  addTableSheet(workbook, {
    name: t("briefings.xlsx.sheetCompleted"),
    title: `${title} · ${t("briefings.completed.title")}`,
    subtitle,
    columns: [
      { header: t("briefings.completed.code"), width: 12, value: (row) => row.code },
      { header: t("briefings.completed.item"), width: 50, value: (row) => row.title },
      { header: t("briefings.unit"), width: 24, value: (row) => row.unit },
      { header: t("briefings.completed.at"), width: 18, value: (row) => wallClock(row.completedAt, timeZone), format: FORMAT.dateTime },
    ],
    rows: briefing.completed,
  });

  return toBuffer(workbook);
}

// ───────────────────────────── ledger ─────────────────────────────

export async function ledgerWorkbook(rows: LedgerRow[], context: WorkbookContext & { scope: string }): Promise<Buffer> {
  const { t, timeZone } = context;
  const workbook = newWorkbook(context);
  addTableSheet(workbook, {
    name: t("briefings.xlsx.sheetLedger"),
    title: t("briefings.xlsx.ledgerTitle", { scope: context.scope }),
    subtitle: generatedLine(context),
    columns: [
      { header: t("briefings.ledger.code"), width: 11, value: (row) => row.code },
      { header: t("briefings.ledger.task"), width: 18, value: (row) => (row.taskCode ? `${row.taskCode} ${row.taskTitle}` : t("dashboard.meetingDecisions")) },
      { header: t("briefings.ledger.measure"), width: 22, value: (row) => (row.measureCode ? `${row.measureCode} ${row.measureTitle}` : null) },
      { header: t("briefings.ledger.item"), width: 44, value: (row) => row.title },
      { header: t("briefings.ledger.leadUnit"), width: 26, value: (row) => row.leadUnit },
      { header: t("briefings.ledger.cooperators"), width: 26, value: (row) => row.cooperators },
      { header: t("briefings.ledger.start"), width: 12, value: (row) => row.startDate, format: FORMAT.date },
      { header: t("briefings.ledger.due"), width: 12, value: (row) => row.dueDate, format: FORMAT.date },
      { header: t("briefings.ledger.deliverable"), width: 28, value: (row) => row.deliverable },
      // An item may have several indicators: named here, with their figures on the indicator sheet.
      { header: t("briefings.ledger.indicator"), width: 30, value: (row) => row.indicators.map((indicator) => indicator.name).join("\n") || null },
      { header: t("briefings.ledger.status"), width: 10, value: (row) => t(`enums.WorkItemStatus.${row.status}`) },
      { header: t("briefings.ledger.progress"), width: 11, value: (row) => percentCell(row.progress), format: FORMAT.percent },
      { header: t("briefings.ledger.planned"), width: 11, value: (row) => percentCell(row.planned), format: FORMAT.percent },
      { header: t("briefings.ledger.gap"), width: 13, value: (row) => Math.round((row.progress - row.planned) * 10) / 10, format: FORMAT.points },
      { header: t("briefings.ledger.lastReported"), width: 18, value: (row) => wallClock(row.lastReportedAt, timeZone), format: FORMAT.dateTime },
      { header: t("briefings.ledger.openWarnings"), width: 10, value: (row) => row.openWarnings, format: FORMAT.integer },
      { header: t("briefings.ledger.highestLevel"), width: 10, value: (row) => (row.highestLevel ? t(`enums.WarningLevel.${row.highestLevel}`) : null) },
    ],
    rows,
  });
  const indicatorRows = rows.flatMap((row) => row.indicators.map((indicator) => ({ row, indicator })));
  addTableSheet(workbook, {
    name: t("briefings.xlsx.sheetIndicators"),
    title: t("briefings.xlsx.indicatorsTitle", { scope: context.scope }),
    subtitle: generatedLine(context),
    columns: [
      { header: t("briefings.ledger.code"), width: 11, value: ({ row }) => row.code },
      { header: t("briefings.ledger.item"), width: 40, value: ({ row }) => row.title },
      { header: t("briefings.ledger.leadUnit"), width: 24, value: ({ row }) => row.leadUnit },
      { header: t("briefings.ledger.indicator"), width: 28, value: ({ indicator }) => indicator.name },
      { header: t("briefings.ledger.indicatorUnit"), width: 10, value: ({ indicator }) => indicator.unit },
      { header: t("briefings.ledger.direction"), width: 8, value: ({ indicator }) => t(`enums.IndicatorDirection.${indicator.direction}`) },
      { header: t("briefings.ledger.baseline"), width: 11, value: ({ indicator }) => indicator.baseline, format: decimalFormat },
      { header: t("briefings.ledger.current"), width: 11, value: ({ indicator }) => indicator.current, format: decimalFormat },
      { header: t("briefings.ledger.target"), width: 11, value: ({ indicator }) => indicator.target, format: decimalFormat },
    ],
    rows: indicatorRows,
  });
  return toBuffer(workbook);
}

// ───────────────────────────── quarterly ranking ─────────────────────────────

export async function rankingWorkbook(ranking: PublishedRanking, context: WorkbookContext): Promise<Buffer> {
  const { t } = context;
  const workbook = newWorkbook(context);
  const round = ranking.round;
  const quarter = round ? t("briefings.ranking.quarter", { year: round.year, quarter: round.quarter }) : "";
  const translate = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  addTableSheet(workbook, {
    name: t("briefings.xlsx.sheetRanking"),
    title: t("briefings.xlsx.rankingTitle", { quarter }),
    subtitle: round ? `${generatedLine(context)} · ${ruleSentence(translate, round.missingDataRule, round.publishedBeforeEnd)}` : generatedLine(context),
    columns: [
      { header: t("briefings.rank"), width: 8, value: (row) => row.rank, format: FORMAT.integer },
      { header: t("briefings.ranking.categoryRank"), width: 10, value: (row) => row.categoryRank, format: FORMAT.integer },
      { header: t("briefings.ranking.category"), width: 12, value: (row) => t(`enums.UnitKind.${row.unitKind as "PARK"}`) },
      { header: t("briefings.unit"), width: 34, value: (row) => row.unitName },
      // The round's weights in the headers; a unit's part without data is "—", explained in the notes column.
      ...COMPONENTS.map((component, index) => ({
        header: t("briefings.ranking.component", { name: t(`enums.AssessmentComponentKind.${component}`), weight: round?.weights[component] ?? 0 }),
        width: 16,
        value: (row: (typeof ranking.rows)[number]) => (row.components[index].rawScore === null ? "—" : row.components[index].score),
        format: FORMAT.money,
      })),
      { header: t("briefings.ranking.computed"), width: 12, value: (row) => row.computedScore, format: FORMAT.money },
      { header: t("briefings.ranking.adjustment"), width: 12, value: (row) => row.adjustment, format: FORMAT.money },
      { header: t("briefings.ranking.reason"), width: 30, value: (row) => row.adjustmentReason },
      { header: t("briefings.ranking.total"), width: 12, value: (row) => row.totalScore, format: FORMAT.money },
      { header: t("briefings.ranking.notes"), width: 48, value: (row) => rowNotes(translate, row.components) || null },
    ],
    rows: ranking.rows,
  });
  return toBuffer(workbook);
}

// ───────────── resources: funds, land, designations ─────────────

/** A canonical decimal (亩) as a number cell. */
const numberCell = (value: string | null) => (value === null ? null : Number(value));
/** Yuan as 万元, the unit the office's tables use. */
const wan = (value: string | null) => (value === null ? null : Math.round(Number(value)) / 10_000);
const arrivalShare = (arrived: string, sought: string) => (Number(sought) > 0 ? Math.round((Number(arrived) / Number(sought)) * 1000) / 1000 : null);

export async function fundingWorkbook(rows: FundingRow[], context: WorkbookContext): Promise<Buffer> {
  const { t } = context;
  const workbook = newWorkbook(context);
  addTableSheet(workbook, {
    name: t("documents.xlsx.sheetFunds"),
    title: t("documents.xlsx.fundsTitle", { zone: context.zoneName }),
    subtitle: generatedLine(context),
    columns: [
      { header: t("documents.xlsx.index"), width: 6, value: (_row, index) => index + 1, format: FORMAT.integer },
      { header: t("documents.xlsx.fundName"), width: 36, value: (row) => row.name },
      { header: t("documents.xlsx.sourceLevel"), width: 10, value: (row) => t(`enums.AdminLevel.${row.sourceLevel}`) },
      { header: t("documents.xlsx.fundKind"), width: 10, value: (row) => t(`enums.FundingKind.${row.kind}`) },
      { header: t("documents.xlsx.status"), width: 10, value: (row) => t(`enums.FundingStatus.${row.status}`) },
      { header: t("documents.xlsx.sought"), width: 14, value: (row) => wan(row.amountSought), format: decimalFormat },
      { header: t("documents.xlsx.approved"), width: 14, value: (row) => wan(row.amountApproved), format: decimalFormat },
      { header: t("documents.xlsx.arrived"), width: 14, value: (row) => wan(row.amountArrived), format: decimalFormat },
      { header: t("documents.xlsx.arrivalRate"), width: 10, value: (row) => arrivalShare(row.amountArrived, row.amountSought), format: FORMAT.percent },
      { header: t("documents.xlsx.park"), width: 16, value: (row) => row.park?.shortName ?? null },
      { header: t("documents.xlsx.leadUnit"), width: 24, value: (row) => row.leadUnit?.name ?? null },
      { header: t("documents.xlsx.appliedAt"), width: 12, value: (row) => dateCell(row.appliedAt), format: FORMAT.date },
      { header: t("documents.xlsx.arrivedAt"), width: 12, value: (row) => dateCell(row.arrivedAt), format: FORMAT.date },
      { header: t("documents.xlsx.note"), width: 30, value: (row) => row.note },
    ],
    rows,
  });
  return toBuffer(workbook);
}

/** One row per project (the batch's own row when it has none): the batches' funnel in 亩. */
export async function landWorkbook(batches: LandBatchDetail[], context: WorkbookContext & { neededMu: string }): Promise<Buffer> {
  const { t } = context;
  const workbook = newWorkbook(context);
  type Row = { batch: LandBatchDetail; project: LandBatchDetail["projects"][number] | null };
  const rows: Row[] = batches.flatMap((batch): Row[] => (batch.projects.length ? batch.projects.map((project) => ({ batch, project })) : [{ batch, project: null }]));
  addTableSheet(workbook, {
    name: t("documents.xlsx.sheetLand"),
    title: t("documents.xlsx.landTitle", { zone: context.zoneName, needed: context.neededMu }),
    subtitle: generatedLine(context),
    columns: [
      { header: t("documents.xlsx.batch"), width: 8, value: (row) => row.batch.seq, format: FORMAT.integer },
      { header: t("documents.xlsx.batchName"), width: 24, value: (row) => row.batch.name },
      { header: t("documents.xlsx.status"), width: 10, value: (row) => t(`enums.LandBatchStatus.${row.batch.status}`) },
      { header: t("documents.xlsx.batchArea"), width: 14, value: (row) => numberCell(row.batch.areaMu), format: decimalFormat },
      { header: t("documents.xlsx.batchApproved"), width: 14, value: (row) => numberCell(row.batch.approvedMu), format: decimalFormat },
      { header: t("documents.xlsx.project"), width: 30, value: (row) => row.project?.name ?? null },
      { header: t("documents.xlsx.projectArea"), width: 14, value: (row) => numberCell(row.project?.areaMu ?? null), format: decimalFormat },
      { header: t("documents.xlsx.projectApproved"), width: 14, value: (row) => numberCell(row.project?.approvedMu ?? null), format: decimalFormat },
      { header: t("documents.xlsx.investment"), width: 14, value: (row) => wan(row.project?.investment ?? null), format: decimalFormat },
      { header: t("documents.xlsx.approvalRef"), width: 20, value: (row) => row.project?.approvalRef ?? null },
      { header: t("documents.xlsx.park"), width: 16, value: (row) => row.batch.park?.shortName ?? null },
      { header: t("documents.xlsx.submittedAt"), width: 12, value: (row) => dateCell(row.batch.submittedAt), format: FORMAT.date },
      { header: t("documents.xlsx.approvedAt"), width: 12, value: (row) => dateCell(row.project?.approvedAt ?? row.batch.approvedAt), format: FORMAT.date },
    ],
    rows,
  });
  return toBuffer(workbook);
}

export async function designationWorkbook(rows: DesignationStatusRow[], context: WorkbookContext): Promise<Buffer> {
  const { t } = context;
  const workbook = newWorkbook(context);
  addTableSheet(workbook, {
    name: t("documents.xlsx.sheetDesignations"),
    title: t("documents.xlsx.designationsTitle", { zone: context.zoneName }),
    subtitle: generatedLine(context),
    columns: [
      { header: t("documents.xlsx.index"), width: 6, value: (_row, index) => index + 1, format: FORMAT.integer },
      { header: t("documents.xlsx.designation"), width: 36, value: (row) => row.name },
      { header: t("documents.xlsx.level"), width: 10, value: (row) => t(`enums.AdminLevel.${row.level}`) },
      { header: t("documents.xlsx.status"), width: 10, value: (row) => t(`enums.DesignationStatus.${row.status}`) },
      { header: t("documents.xlsx.stepsDone"), width: 10, value: (row) => row.stepsDone, format: FORMAT.integer },
      { header: t("documents.xlsx.stepsTotal"), width: 10, value: (row) => row.stepsTotal, format: FORMAT.integer },
      { header: t("documents.xlsx.stepsShare"), width: 10, value: (row) => (row.stepsTotal ? Math.round((row.stepsDone / row.stepsTotal) * 1000) / 1000 : null), format: FORMAT.percent },
      { header: t("documents.xlsx.nextStep"), width: 28, value: (row) => row.nextStep?.name ?? null },
      { header: t("documents.xlsx.nextDue"), width: 12, value: (row) => dateCell(row.nextStep?.dueDate ?? null), format: FORMAT.date },
      { header: t("documents.xlsx.park"), width: 16, value: (row) => row.park?.shortName ?? null },
      { header: t("documents.xlsx.leadUnit"), width: 24, value: (row) => row.leadUnit?.name ?? null },
      { header: t("documents.xlsx.appliedAt"), width: 12, value: (row) => dateCell(row.appliedAt), format: FORMAT.date },
      { header: t("documents.xlsx.approvedAt"), width: 12, value: (row) => dateCell(row.approvedAt), format: FORMAT.date },
    ],
    rows,
  });
  return toBuffer(workbook);
}

/** A "YYYY-MM-DD" calendar day as a spreadsheet date. */
function dateCell(key: string | null): Date | null {
  return key ? new Date(`${key}T00:00:00Z`) : null;
}
