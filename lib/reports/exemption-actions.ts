"use server";
// Which weeks are owed, as the office decides: 免报 excuses a unit from one week's report
// (with a reason), from the submission board or the unit's report ledger; and a holiday week
// the calendar exempts can still be required. Warnings are evaluated again after the commit,
// so a missing-report warning steps down (or up) at once.
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/permissions";
import { formatIsoWeek } from "@/lib/dates/zone-time";
import { deferWeek } from "@/lib/i18n/deferred";
import { runFormAction } from "@/lib/server/form-action";
import { DomainError, NotFoundError } from "@/lib/server/errors";
import type { ActionResult } from "@/lib/server/result";
import { loadZoneCalendar } from "@/lib/calendar/load";
import { evaluateWarningsForUnit, evaluateZoneQuietly } from "@/lib/warnings/run";
import { excuseWeekSchema, releaseWeekSchema, requireWeekSchema, withdrawExemptionSchema } from "./schema";
import { reportWeek } from "./week";
import { countsForTimeliness } from "./workflow";

type Result = ActionResult<{ id: string; unitId: string }>;

const REVALIDATE = ["/reports", "/units", "/my-unit", "/warnings"];

export async function excuseWeek(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: excuseWeekSchema,
    permission: "report.excuse",
    write: async (tx, input, actor) => {
      const unit = await tx.unit.findFirst({ where: { id: input.unitId, zoneId: actor.zoneId }, select: { id: true, zoneId: true, name: true } });
      if (!unit) throw new NotFoundError("unit");
      authorize(actor, "report.excuse", { unitId: unit.id, zoneId: unit.zoneId });
      const week = formatIsoWeek(input.week);
      const report = await tx.weeklyReport.findUnique({
        where: { unitId_isoYear_isoWeek: { unitId: unit.id, isoYear: input.week.isoYear, isoWeek: input.week.isoWeek } },
        select: { status: true, submittedAt: true },
      });
      if (report && countsForTimeliness(report)) throw new DomainError("reports.exemption.alreadyFiled", { week: deferWeek(week) }, "reason");
      const existing = await tx.reportExemption.findUnique({ where: { unitId_isoYear_isoWeek: { unitId: unit.id, ...input.week } }, select: { id: true } });
      if (existing) throw new DomainError("reports.exemption.exists", { week: deferWeek(week) }, "reason");
      const created = await tx.reportExemption.create({
        data: { zoneId: actor.zoneId, unitId: unit.id, isoYear: input.week.isoYear, isoWeek: input.week.isoWeek, reason: input.reason, createdById: actor.id },
        select: { id: true },
      });
      await recordAudit(tx, actor, { action: "report.excuse", entityType: "ReportExemption", entityId: created.id, after: { unit: unit.name, unitId: unit.id, week, reason: input.reason } });
      return { id: created.id, unitId: unit.id };
    },
    revalidate: REVALIDATE,
    afterCommit: async (result, actor) => {
      await evaluateWarningsForUnit({ zoneId: actor.zoneId, unitId: result.unitId, actorId: actor.id, trigger: "SETTINGS_CHANGED" });
    },
  });
}

export async function withdrawExemption(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: withdrawExemptionSchema,
    permission: "report.excuse",
    write: async (tx, input, actor) => {
      const exemption = await tx.reportExemption.findFirst({
        where: { id: input.id, zoneId: actor.zoneId },
        select: { id: true, zoneId: true, unitId: true, isoYear: true, isoWeek: true, reason: true, unit: { select: { name: true } } },
      });
      if (!exemption) throw new NotFoundError("exemption");
      authorize(actor, "report.excuse", exemption);
      await tx.reportExemption.delete({ where: { id: exemption.id } });
      await recordAudit(tx, actor, {
        action: "report.excuseWithdraw",
        entityType: "ReportExemption",
        entityId: exemption.id,
        before: { unit: exemption.unit.name, unitId: exemption.unitId, week: formatIsoWeek(exemption), reason: exemption.reason },
      });
      return { id: exemption.id, unitId: exemption.unitId };
    },
    revalidate: REVALIDATE,
    afterCommit: async (result, actor) => {
      await evaluateWarningsForUnit({ zoneId: actor.zoneId, unitId: result.unitId, actorId: actor.id, trigger: "SETTINGS_CHANGED" });
    },
  });
}

type WeekResult = ActionResult<{ week: string }>;

/** A holiday week (or one the holiday policy skips) is owed after all: "unless the office says so". */
export async function requireHolidayWeek(_previous: WeekResult | null, formData: FormData): Promise<WeekResult> {
  return runFormAction(formData, {
    schema: requireWeekSchema,
    permission: "report.excuse",
    write: async (tx, input, actor) => {
      const week = formatIsoWeek(input.week);
      const exemption = reportWeek(input.week, await loadZoneCalendar(tx, actor.zoneId)).exemption;
      if (exemption !== "HOLIDAY_WEEK" && exemption !== "HOLIDAY_SKIPPED") throw new DomainError("reports.exemption.weekRequired", { week: deferWeek(week) }, "reason");
      await tx.requiredReportWeek.create({ data: { zoneId: actor.zoneId, isoYear: input.week.isoYear, isoWeek: input.week.isoWeek, reason: input.reason, createdById: actor.id } });
      await recordAudit(tx, actor, { action: "reportWeek.require", entityType: "RequiredReportWeek", entityId: week, after: { week, reason: input.reason, exemption } });
      return { week };
    },
    revalidate: REVALIDATE,
    afterCommit: async (_result, actor) => evaluateZoneQuietly(actor.zoneId, actor.id),
  });
}

export async function releaseHolidayWeek(_previous: WeekResult | null, formData: FormData): Promise<WeekResult> {
  return runFormAction(formData, {
    schema: releaseWeekSchema,
    permission: "report.excuse",
    write: async (tx, input, actor) => {
      const week = formatIsoWeek(input.week);
      const key = { zoneId_isoYear_isoWeek: { zoneId: actor.zoneId, isoYear: input.week.isoYear, isoWeek: input.week.isoWeek } };
      const found = await tx.requiredReportWeek.findUnique({ where: key, select: { reason: true } });
      if (!found) throw new NotFoundError("required week");
      await tx.requiredReportWeek.delete({ where: key });
      await recordAudit(tx, actor, { action: "reportWeek.release", entityType: "RequiredReportWeek", entityId: week, before: { week, reason: found.reason } });
      return { week };
    },
    revalidate: REVALIDATE,
    afterCommit: async (_result, actor) => evaluateZoneQuietly(actor.zoneId, actor.id),
  });
}
