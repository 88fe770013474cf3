import "server-only";
// Reads of resources and approvals. Money is returned as exact yuan text ("170000000.01"),
// land as 亩 text and areas as km² text, never as floats: format them with lib/format.ts
// for display, sum them with lib/server/exact-decimal.ts. Dates are "YYYY-MM-DD".
// The dashboard panels and the ledger export use the functions marked "panel" (docs/resources.md).
import { authorize, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { dateKey } from "@/lib/dates/zone-time";
import { canonicalDecimal, sumDecimals } from "@/lib/server/exact-decimal";
import { NotFoundError } from "@/lib/server/errors";
import { pageArgs, toPage, type Page } from "@/lib/server/pagination";
import { DESIGNATION_STATUSES, FUNDING_STATUSES } from "./schema";
import type { AdminLevel, FundingKind, LandBatchStatus, PlanningKind, StepStatus } from "@/lib/db/generated/enums";

type DesignationStatus = (typeof DESIGNATION_STATUSES)[number];
type FundingStatus = (typeof FUNDING_STATUSES)[number];

const key = (date: Date | null): string | null => (date ? dateKey(date) : null);
const money = (value: Prisma.Decimal): string => canonicalDecimal(value, 2)!;
const named = { select: { id: true, name: true, shortName: true } } as const;

export interface NamedRef {
  id: string;
  name: string;
  shortName: string;
}

// ───────────── land ─────────────

export interface LandFunnel {
  /** Zone.landNeededMu: what the campaign needs in all. */
  neededMu: string;
  /** Sum of every batch's area, whatever its status. */
  inBatchesMu: string;
  /** Batches sent for approval (status SUBMITTED, PARTLY_APPROVED or APPROVED). */
  submittedMu: string;
  approvedMu: string;
  batches: { id: string; seq: number; name: string; status: string; areaMu: string; approvedMu: string; projectCount: number }[];
}

/** Panel: the land funnel, needed → in batches → submitted → approved, in 亩. */
export async function getLandFunnel(actor: Actor): Promise<LandFunnel> {
  authorize(actor, "resource.read");
  const [zone, batches] = await Promise.all([
    db.zone.findUniqueOrThrow({ where: { id: actor.zoneId }, select: { landNeededMu: true } }),
    db.landBatch.findMany({ where: { zoneId: actor.zoneId }, orderBy: { seq: "asc" }, include: { _count: { select: { projects: true } } } }),
  ]);
  const submitted = batches.filter((batch) => batch.status !== "PREPARING");
  return {
    neededMu: canonicalDecimal(zone.landNeededMu, 2)!,
    inBatchesMu: sumDecimals(batches.map((batch) => batch.areaMu), 2),
    submittedMu: sumDecimals(submitted.map((batch) => batch.areaMu), 2),
    approvedMu: sumDecimals(batches.map((batch) => batch.approvedMu), 2),
    batches: batches.map((batch) => ({
      id: batch.id,
      seq: batch.seq,
      name: batch.name,
      status: batch.status,
      areaMu: canonicalDecimal(batch.areaMu, 2)!,
      approvedMu: canonicalDecimal(batch.approvedMu, 2)!,
      projectCount: batch._count.projects,
    })),
  };
}

export interface LandProjectRow {
  id: string;
  name: string;
  areaMu: string;
  approvedMu: string;
  approvalRef: string | null;
  approvedAt: string | null;
  investment: string | null;
  sortOrder: number;
}

export interface LandBatchDetail {
  id: string;
  seq: number;
  name: string;
  park: NamedRef | null;
  areaMu: string;
  approvedMu: string;
  status: LandBatchStatus;
  submittedAt: string | null;
  approvedAt: string | null;
  note: string | null;
  projects: LandProjectRow[];
}

const batchInclude = { park: named, projects: { orderBy: [{ sortOrder: "asc" }, { name: "asc" }] } } satisfies Prisma.LandBatchInclude;

function toBatch(batch: Prisma.LandBatchGetPayload<{ include: typeof batchInclude }>): LandBatchDetail {
  return {
    id: batch.id,
    seq: batch.seq,
    name: batch.name,
    park: batch.park,
    areaMu: canonicalDecimal(batch.areaMu, 2)!,
    approvedMu: canonicalDecimal(batch.approvedMu, 2)!,
    status: batch.status,
    submittedAt: key(batch.submittedAt),
    approvedAt: key(batch.approvedAt),
    note: batch.note,
    projects: batch.projects.map((project) => ({
      id: project.id,
      name: project.name,
      areaMu: canonicalDecimal(project.areaMu, 2)!,
      approvedMu: canonicalDecimal(project.approvedMu, 2)!,
      approvalRef: project.approvalRef,
      approvedAt: key(project.approvedAt),
      investment: canonicalDecimal(project.investment, 2),
      sortOrder: project.sortOrder,
    })),
  };
}

/** Every batch with its projects (a zone has a handful of batches). */
export async function listLandBatches(actor: Actor): Promise<LandBatchDetail[]> {
  authorize(actor, "resource.read");
  const batches = await db.landBatch.findMany({ where: { zoneId: actor.zoneId }, orderBy: { seq: "asc" }, include: batchInclude });
  return batches.map(toBatch);
}

export async function getLandBatch(actor: Actor, id: string): Promise<LandBatchDetail> {
  authorize(actor, "resource.read");
  const batch = await db.landBatch.findFirst({ where: { id, zoneId: actor.zoneId }, include: batchInclude });
  if (!batch) throw new NotFoundError("land batch");
  return toBatch(batch);
}

// ───────────── funds ─────────────

export interface FundingAmounts {
  count: number;
  sought: string;
  approved: string;
  arrived: string;
}

export interface FundingTotals {
  byStatus: ({ status: FundingStatus } & FundingAmounts)[];
  total: FundingAmounts;
}

/** Panel: funds per status and in all, in yuan (every status listed, zeros included). */
export async function getFundingTotals(actor: Actor): Promise<FundingTotals> {
  authorize(actor, "resource.read");
  const groups = await db.fundingItem.groupBy({
    by: ["status"],
    where: { zoneId: actor.zoneId },
    _count: { _all: true },
    _sum: { amountSought: true, amountApproved: true, amountArrived: true },
  });
  const byStatus = FUNDING_STATUSES.map((status) => {
    const group = groups.find((entry) => entry.status === status);
    return {
      status,
      count: group?._count._all ?? 0,
      sought: canonicalDecimal(group?._sum.amountSought ?? 0, 2)!,
      approved: canonicalDecimal(group?._sum.amountApproved ?? 0, 2)!,
      arrived: canonicalDecimal(group?._sum.amountArrived ?? 0, 2)!,
    };
  });
  return {
    byStatus,
    total: {
      count: byStatus.reduce((sum, entry) => sum + entry.count, 0),
      sought: sumDecimals(byStatus.map((entry) => entry.sought), 2),
      approved: sumDecimals(byStatus.map((entry) => entry.approved), 2),
      arrived: sumDecimals(byStatus.map((entry) => entry.arrived), 2),
    },
  };
}

export interface FundingRow {
  id: string;
  name: string;
  sourceLevel: AdminLevel;
  kind: FundingKind;
  purpose: string;
  amountSought: string;
  amountApproved: string;
  amountArrived: string;
  status: FundingStatus;
  appliedAt: string | null;
  approvedAt: string | null;
  arrivedAt: string | null;
  park: NamedRef | null;
  leadUnit: NamedRef | null;
  note: string | null;
}

const fundingInclude = { park: named, leadUnit: named } satisfies Prisma.FundingItemInclude;

function toFunding(item: Prisma.FundingItemGetPayload<{ include: typeof fundingInclude }>): FundingRow {
  return {
    id: item.id,
    name: item.name,
    sourceLevel: item.sourceLevel,
    kind: item.kind,
    purpose: item.purpose,
    amountSought: money(item.amountSought),
    amountApproved: money(item.amountApproved),
    amountArrived: money(item.amountArrived),
    status: item.status,
    appliedAt: key(item.appliedAt),
    approvedAt: key(item.approvedAt),
    arrivedAt: key(item.arrivedAt),
    park: item.park,
    leadUnit: item.leadUnit,
    note: item.note,
  };
}

export interface FundingFilters {
  status?: string;
  kind?: string;
  sourceLevel?: string;
  parkId?: string;
  page?: number | string;
}

export async function listFundingItems(actor: Actor, filters: FundingFilters = {}): Promise<Page<FundingRow>> {
  authorize(actor, "resource.read");
  const { page, pageSize, skip, take } = pageArgs(filters.page);
  const where: Prisma.FundingItemWhereInput = {
    zoneId: actor.zoneId,
    ...(filters.status ? { status: filters.status as FundingStatus } : {}),
    ...(filters.kind ? { kind: filters.kind as Prisma.FundingItemWhereInput["kind"] } : {}),
    ...(filters.sourceLevel ? { sourceLevel: filters.sourceLevel as Prisma.FundingItemWhereInput["sourceLevel"] } : {}),
    ...(filters.parkId ? { parkId: filters.parkId } : {}),
  };
  const [total, items] = await Promise.all([
    db.fundingItem.count({ where }),
    db.fundingItem.findMany({ where, include: fundingInclude, orderBy: [{ amountSought: "desc" }, { name: "asc" }], skip, take }),
  ]);
  return toPage(items.map(toFunding), total, page, pageSize);
}

/** Every funding item of the zone (exports and documents), largest first; optionally of one park. */
export async function listAllFundingItems(actor: Actor, filters: { parkId?: string } = {}): Promise<FundingRow[]> {
  authorize(actor, "resource.read");
  const items = await db.fundingItem.findMany({
    where: { zoneId: actor.zoneId, ...(filters.parkId ? { parkId: filters.parkId } : {}) },
    include: fundingInclude,
    orderBy: [{ amountSought: "desc" }, { name: "asc" }],
  });
  return items.map(toFunding);
}

export async function getFundingItem(actor: Actor, id: string): Promise<FundingRow> {
  authorize(actor, "resource.read");
  const item = await db.fundingItem.findFirst({ where: { id, zoneId: actor.zoneId }, include: fundingInclude });
  if (!item) throw new NotFoundError("funding item");
  return toFunding(item);
}

// ───────────── designations ─────────────

export interface StepRow {
  id: string;
  seq: number;
  name: string;
  status: StepStatus;
  dueDate: string | null;
  completedAt: string | null;
  note: string | null;
}

export interface DesignationStatusRow {
  id: string;
  name: string;
  level: AdminLevel;
  status: DesignationStatus;
  park: NamedRef | null;
  leadUnit: NamedRef | null;
  appliedAt: string | null;
  approvedAt: string | null;
  stepsDone: number;
  stepsTotal: number;
  blockedSteps: number;
  /** The first step not done yet, with its due date. */
  nextStep: { name: string; status: string; dueDate: string | null } | null;
}

const designationInclude = { park: named, leadUnit: named, steps: { orderBy: { seq: "asc" } } } satisfies Prisma.DesignationInclude;

function toStep(step: { id: string; seq: number; name: string; status: StepStatus; dueDate: Date | null; completedAt: Date | null; note: string | null }): StepRow {
  return { id: step.id, seq: step.seq, name: step.name, status: step.status, dueDate: key(step.dueDate), completedAt: key(step.completedAt), note: step.note };
}

function toDesignationStatus(designation: Prisma.DesignationGetPayload<{ include: typeof designationInclude }>): DesignationStatusRow {
  const next = designation.steps.find((step) => step.status !== "DONE");
  return {
    id: designation.id,
    name: designation.name,
    level: designation.level,
    status: designation.status,
    park: designation.park,
    leadUnit: designation.leadUnit,
    appliedAt: key(designation.appliedAt),
    approvedAt: key(designation.approvedAt),
    stepsDone: designation.steps.filter((step) => step.status === "DONE").length,
    stepsTotal: designation.steps.length,
    blockedSteps: designation.steps.filter((step) => step.status === "BLOCKED").length,
    nextStep: next ? { name: next.name, status: next.status, dueDate: key(next.dueDate) } : null,
  };
}

/** Panel: every designation with its status, step count and next step, in the office's order. */
export async function listDesignationStatuses(actor: Actor): Promise<DesignationStatusRow[]> {
  authorize(actor, "resource.read");
  const designations = await db.designation.findMany({ where: { zoneId: actor.zoneId }, include: designationInclude, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
  return designations.map(toDesignationStatus);
}

export async function listDesignations(actor: Actor, filters: { status?: string; level?: string; parkId?: string; page?: number | string } = {}): Promise<Page<DesignationStatusRow>> {
  authorize(actor, "resource.read");
  const { page, pageSize, skip, take } = pageArgs(filters.page);
  const where: Prisma.DesignationWhereInput = {
    zoneId: actor.zoneId,
    ...(filters.status ? { status: filters.status as DesignationStatus } : {}),
    ...(filters.level ? { level: filters.level as Prisma.DesignationWhereInput["level"] } : {}),
    ...(filters.parkId ? { parkId: filters.parkId } : {}),
  };
  const [total, designations] = await Promise.all([
    db.designation.count({ where }),
    db.designation.findMany({ where, include: designationInclude, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], skip, take }),
  ]);
  return toPage(designations.map(toDesignationStatus), total, page, pageSize);
}

export interface DesignationDetail extends DesignationStatusRow {
  note: string | null;
  sortOrder: number;
  steps: StepRow[];
}

export async function getDesignation(actor: Actor, id: string): Promise<DesignationDetail> {
  authorize(actor, "resource.read");
  const designation = await db.designation.findFirst({ where: { id, zoneId: actor.zoneId }, include: designationInclude });
  if (!designation) throw new NotFoundError("designation");
  return { ...toDesignationStatus(designation), note: designation.note, sortOrder: designation.sortOrder, steps: designation.steps.map(toStep) };
}

export interface VisitRow {
  id: string;
  date: string;
  visitors: string;
  organization: string;
  agreed: string;
  followUps: string;
  designation: { id: string; name: string } | null;
}

/** The log of officials' visits, newest first; optionally of one designation. */
export async function listOfficialVisits(actor: Actor, filters: { designationId?: string; page?: number | string; pageSize?: number } = {}): Promise<Page<VisitRow>> {
  authorize(actor, "resource.read");
  const { page, pageSize, skip, take } = pageArgs(filters.page, filters.pageSize);
  const where: Prisma.OfficialVisitWhereInput = { zoneId: actor.zoneId, ...(filters.designationId ? { designationId: filters.designationId } : {}) };
  const [total, visits] = await Promise.all([
    db.officialVisit.count({ where }),
    db.officialVisit.findMany({ where, include: { designation: { select: { id: true, name: true } } }, orderBy: [{ date: "desc" }, { createdAt: "desc" }], skip, take }),
  ]);
  return toPage(
    visits.map((visit) => ({ id: visit.id, date: dateKey(visit.date), visitors: visit.visitors, organization: visit.organization, agreed: visit.agreed, followUps: visit.followUps, designation: visit.designation })),
    total,
    page,
    pageSize,
  );
}

export async function getOfficialVisit(actor: Actor, id: string): Promise<VisitRow> {
  authorize(actor, "resource.read");
  const visit = await db.officialVisit.findFirst({ where: { id, zoneId: actor.zoneId }, include: { designation: { select: { id: true, name: true } } } });
  if (!visit) throw new NotFoundError("visit");
  return { id: visit.id, date: dateKey(visit.date), visitors: visit.visitors, organization: visit.organization, agreed: visit.agreed, followUps: visit.followUps, designation: visit.designation };
}

/** Designation names for the visit form's select. */
export async function listDesignationOptions(actor: Actor): Promise<{ id: string; name: string }[]> {
  authorize(actor, "resource.read");
  return db.designation.findMany({ where: { zoneId: actor.zoneId }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } });
}

// ───────────── planning ─────────────

export interface PlanningRow {
  id: string;
  title: string;
  kind: PlanningKind;
  park: NamedRef | null;
  plannedAreaKm2: string;
  builtAreaKm2: string;
  status: DesignationStatus;
  submittedAt: string | null;
  approvedAt: string | null;
  note: string | null;
  steps: StepRow[];
}

const planningInclude = { park: named, steps: { orderBy: { seq: "asc" } } } satisfies Prisma.PlanningAdjustmentInclude;

function toPlanning(adjustment: Prisma.PlanningAdjustmentGetPayload<{ include: typeof planningInclude }>): PlanningRow {
  return {
    id: adjustment.id,
    title: adjustment.title,
    kind: adjustment.kind,
    park: adjustment.park,
    plannedAreaKm2: canonicalDecimal(adjustment.plannedAreaKm2, 2)!,
    builtAreaKm2: canonicalDecimal(adjustment.builtAreaKm2, 2)!,
    status: adjustment.status,
    submittedAt: key(adjustment.submittedAt),
    approvedAt: key(adjustment.approvedAt),
    note: adjustment.note,
    steps: adjustment.steps.map(toStep),
  };
}

/** Panel: planning adjustments (planned and built km², status, steps). */
export async function listPlanningAdjustments(actor: Actor): Promise<PlanningRow[]> {
  authorize(actor, "resource.read");
  const adjustments = await db.planningAdjustment.findMany({ where: { zoneId: actor.zoneId }, include: planningInclude, orderBy: { createdAt: "asc" } });
  return adjustments.map(toPlanning);
}

export async function getPlanningAdjustment(actor: Actor, id: string): Promise<PlanningRow> {
  authorize(actor, "resource.read");
  const adjustment = await db.planningAdjustment.findFirst({ where: { id, zoneId: actor.zoneId }, include: planningInclude });
  if (!adjustment) throw new NotFoundError("planning adjustment");
  return toPlanning(adjustment);
}

// ───────────── overview ─────────────

export interface ResourceOverview {
  land: LandFunnel;
  funds: FundingTotals;
  designations: DesignationStatusRow[];
  planning: PlanningRow[];
}

/** Panel: everything the resources overview (and a leader's dashboard) shows, in one call. */
export async function getResourceOverview(actor: Actor): Promise<ResourceOverview> {
  const [land, funds, designations, planning] = await Promise.all([getLandFunnel(actor), getFundingTotals(actor), listDesignationStatuses(actor), listPlanningAdjustments(actor)]);
  return { land, funds, designations, planning };
}
