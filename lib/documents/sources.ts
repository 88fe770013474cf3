// Where the periodic documents read their data: the same queries as the pages, authorized the
// same way; each returns the document's description (model.ts).
import "server-only";
import { authorize, can, scopeOf, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { getProgressBreakdown } from "@/lib/dashboard/queries";
import { getPublishedRanking } from "@/lib/dashboard/ranking";
import { dateKey, localDateKey } from "@/lib/dates/zone-time";
import { listCoordinationWaitingForLeader } from "@/lib/coordination/queries";
import { translatorFor } from "@/lib/i18n/server";
import { exportPlanRows } from "@/lib/plan/plan-export";
import { getLandFunnel, listAllFundingItems, listDesignationStatuses, listOfficialVisits, listPlanningAdjustments } from "@/lib/resources/queries";
import { getReadinessSummary } from "@/lib/readiness/queries";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { getMonthlyReport } from "@/lib/supervision/queries";
import type { OfficialDocument } from "./model";
import { loadDocumentSettings } from "./queries";
import { monthlyDocument, rankingDocument, taskListDocument } from "./reports";
import { statusReportContentSchema, statusReportDocument, type StatusFacts } from "./status-report";

const zh = translatorFor("zh-CN");

async function zoneOf(zoneId: string) {
  return db.zone.findUniqueOrThrow({ where: { id: zoneId }, select: { name: true, timeZone: true } });
}

export async function monthlyDocumentFor(actor: Actor, month: string): Promise<OfficialDocument> {
  const [report, settings] = await Promise.all([getMonthlyReport(actor, month), loadDocumentSettings(db, actor.zoneId)]);
  return monthlyDocument(
    {
      year: report.year,
      month: report.monthNumber,
      zoneName: report.zoneName,
      snapshot: report.snapshot,
      commentary: report.commentary,
      publishedOn: report.status === "PUBLISHED" && report.publishedAt ? localDateKey(report.publishedAt, report.timeZone) : null,
      today: localDateKey(new Date(), report.timeZone),
    },
    settings,
    zh,
  );
}

/** "2026-Q3" */
export async function rankingDocumentFor(actor: Actor, key: string): Promise<OfficialDocument> {
  const match = /^(\d{4})-Q([1-4])$/.exec(key);
  if (!match) throw new NotFoundError("quarter");
  // The ranking document names every unit: the office's and the leaders' document, not a reporter's.
  if (scopeOf(actor, "assessment.read") !== "any") throw new ForbiddenError("assessment.read");
  const [ranking, settings, zone] = await Promise.all([getPublishedRanking(actor, { year: Number(match[1]), quarter: Number(match[2]) }), loadDocumentSettings(db, actor.zoneId), zoneOf(actor.zoneId)]);
  if (!ranking.round) throw new NotFoundError("published ranking");
  const publishedOn = localDateKey(ranking.round.publishedAt ?? new Date(), zone.timeZone);
  return rankingDocument({ ...ranking, round: ranking.round }, { zoneName: zone.name, publishedOn }, settings, zh);
}

export async function taskListDocumentFor(actor: Actor): Promise<OfficialDocument> {
  authorize(actor, "plan.manage");
  const [rows, settings, zone] = await Promise.all([exportPlanRows(actor), loadDocumentSettings(db, actor.zoneId), zoneOf(actor.zoneId)]);
  const units = [...new Set(rows.map((row) => row.leadUnit ?? "").filter(Boolean))];
  return taskListDocument(rows, { zoneName: zone.name, today: localDateKey(new Date(), zone.timeZone), units }, settings);
}

// ───────────── status report ─────────────

const PENDING_FUNDS = new Set(["APPLIED", "APPROVED", "PARTLY_ARRIVED"]);
const LAGGARDS = 5;

/** The records a status report is written from, read as the pages read them. */
export async function gatherStatusFacts(actor: Actor): Promise<StatusFacts> {
  authorize(actor, "statusReport.manage");
  const zone = await zoneOf(actor.zoneId);
  const [designations, visits, funds, land, planning, progress, coordination, readiness] = await Promise.all([
    listDesignationStatuses(actor),
    listOfficialVisits(actor, { pageSize: 5 }),
    listAllFundingItems(actor),
    getLandFunnel(actor),
    listPlanningAdjustments(actor),
    getProgressBreakdown(actor, { weeks: 12 }),
    listCoordinationWaitingForLeader(actor, { limit: 20 }),
    can(actor, "readiness.view") ? getReadinessSummary(actor) : Promise.resolve(null),
  ]);
  const amount = (value: string) => Number(value);
  const behindUnits = progress.byUnit.filter((row) => row.planned - row.progress > 0).sort((a, b) => a.progress - a.planned - (b.progress - b.planned)).slice(0, LAGGARDS);
  return {
    asOf: localDateKey(new Date(), zone.timeZone),
    zoneName: zone.name,
    designations: designations.map((row) => ({
      name: row.name,
      level: zh(`enums.AdminLevel.${row.level}`),
      status: zh(`enums.DesignationStatus.${row.status}`),
      approved: row.status === "APPROVED",
      stepsDone: row.stepsDone,
      stepsTotal: row.stepsTotal,
      nextStep: row.nextStep?.name ?? null,
    })),
    visits: visits.items.map((visit) => ({ date: visit.date, visitors: visit.visitors, organization: visit.organization, agreed: visit.agreed })),
    funds: {
      count: funds.filter((row) => row.status !== "REJECTED").length,
      sought: funds.filter((row) => row.status !== "REJECTED").reduce((sum, row) => sum + amount(row.amountSought), 0),
      approved: funds.reduce((sum, row) => sum + amount(row.amountApproved), 0),
      arrived: funds.reduce((sum, row) => sum + amount(row.amountArrived), 0),
      pending: funds.filter((row) => PENDING_FUNDS.has(row.status)).slice(0, 5).map((row) => ({ name: row.name, amount: amount(row.amountSought), status: zh(`enums.FundingStatus.${row.status}`) })),
    },
    land: {
      neededMu: amount(land.neededMu),
      submittedMu: amount(land.submittedMu),
      approvedMu: amount(land.approvedMu),
      batches: land.batches.map((batch) => ({ seq: batch.seq, name: batch.name, status: zh(`enums.LandBatchStatus.${batch.status}`), areaMu: amount(batch.areaMu), approvedMu: amount(batch.approvedMu), projectCount: batch.projectCount })),
    },
    planning: planning.map((row) => ({ title: row.title, status: zh(`enums.DesignationStatus.${row.status}`), plannedAreaKm2: amount(row.plannedAreaKm2), builtAreaKm2: amount(row.builtAreaKm2), note: row.note })),
    progress: {
      overall: { items: progress.overall.items, completed: progress.overall.completed, progress: progress.overall.progress, planned: progress.overall.planned, behind: progress.overall.behind },
      tasks: progress.byTask.filter((row) => row.code).map((row) => ({ code: row.code!, title: row.label ?? row.name ?? "", items: row.items, completed: row.completed, progress: row.progress, planned: row.planned, behind: row.behind })),
      laggards: behindUnits.map((row) => ({ unit: row.name ?? row.label ?? "", progress: row.progress, planned: row.planned })),
    },
    readiness: readiness && {
      systemName: readiness.systemName,
      overall: readiness.overall,
      passMark: readiness.passMark,
      groups: readiness.groups.map((group) => ({ name: group.name, weight: group.weight, score: group.score })),
      behind: readiness.behind.map((row) => ({ code: row.code, name: row.name, behind: row.behind })),
    },
    coordination: coordination.items.map((row) => ({ title: row.title, unit: row.unit?.name ?? null, addressee: row.addressee || zh(`enums.CoordinationAddressee.${row.addresseeKind}`), dueDate: row.dueDate })),
  };
}

export async function statusReportDocumentFor(actor: Actor, id: string): Promise<OfficialDocument> {
  authorize(actor, "statusReport.read");
  const [report, settings] = await Promise.all([db.statusReport.findFirst({ where: { id, zoneId: actor.zoneId } }), loadDocumentSettings(db, actor.zoneId)]);
  if (!report) throw new NotFoundError("status report");
  return statusReportDocument({ title: report.title, asOf: dateKey(report.asOf), content: statusReportContentSchema.parse(report.sections) }, settings);
}
