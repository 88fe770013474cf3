"use server";
// Writes of the readiness domain, each through runFormAction and audited: importing a catalogue
// version, the zone's settings (version prepared for, method), an indicator's figures, entered
// values and qualitative scores, and links of work items and measures to indicators.
import { recordAudit } from "@/lib/audit/record";
import type { TxClient } from "@/lib/db/client";
import { dateFromKey } from "@/lib/dates/zone-time";
import { readFirstSheet } from "@/lib/calendar/workbook";
import { runFormAction } from "@/lib/server/form-action";
import { DomainError, NotFoundError } from "@/lib/server/errors";
import type { ActionResult } from "@/lib/server/result";
import { catalogueFromJson, catalogueFromRows } from "./catalogue-import";
import { writeCatalogue } from "./catalogue-write";
import { catalogueInput, deleteLinkSchema, deleteValueSchema, figureSchema, importCatalogueSchema, linkSchema, readinessSettingsSchema, valueSchema, type Catalogue } from "./schema";

const REVALIDATE = ["/readiness", "/dashboard", "/briefings"];
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** The indicator, loaded through its version's zone: another zone's answers "not found". */
async function indicatorOf(tx: TxClient, zoneId: string, indicatorId: string) {
  const indicator = await tx.evaluationIndicator.findFirst({ where: { id: indicatorId, group: { system: { zoneId } } }, select: { id: true, code: true, name: true, qualitative: true } });
  if (!indicator) throw new NotFoundError("evaluation indicator");
  return indicator;
}

/** The upload as a checked catalogue: JSON or the first sheet of an .xlsx. */
async function readCatalogue(input: { file: File[]; version: string | null; name: string | null; issuedBy: string | null; source: string | null }): Promise<Catalogue> {
  const file = input.file[0];
  if (file.size > MAX_FILE_BYTES) throw new DomainError("readiness.import.errors.fileTooLarge", { max: MAX_FILE_BYTES / 1024 / 1024 }, "file");
  const bytes = new Uint8Array(await file.arrayBuffer());
  const meta = { version: input.version, name: input.name, issuedBy: input.issuedBy, source: input.source };
  let parsed;
  if (/\.xlsx$/i.test(file.name)) {
    const rows = await readFirstSheet(bytes);
    if (!rows) throw new DomainError("readiness.import.errors.unreadable", {}, "file");
    parsed = catalogueFromRows(rows, meta);
  } else if (/\.json$/i.test(file.name)) {
    parsed = catalogueFromJson(new TextDecoder("utf-8").decode(bytes), meta);
  } else {
    throw new DomainError("readiness.import.errors.fileType", {}, "file");
  }
  if (!parsed.ok) throw new DomainError(parsed.error, parsed.values ?? {}, parsed.error === "readiness.import.errors.versionRequired" ? "version" : "file");
  const checked = catalogueInput.safeParse(parsed.catalogue);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    if (issue.message.startsWith("readiness.")) throw new DomainError(issue.message, (issue as { params?: Record<string, string | number> }).params ?? {}, "file");
    throw new DomainError("readiness.import.errors.invalid", { where: issue.path.join(".") }, "file");
  }
  return checked.data;
}

export async function importCatalogue(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  return runFormAction(formData, {
    schema: importCatalogueSchema,
    permission: "readiness.manage",
    prepare: (input) => readCatalogue(input),
    write: async (tx, input, actor, catalogue) => {
      const clash = await tx.evaluationSystem.findUnique({ where: { zoneId_version: { zoneId: actor.zoneId, version: catalogue.version } }, select: { id: true } });
      if (clash) throw new DomainError("readiness.import.errors.versionExists", { version: catalogue.version }, "version");
      const written = await writeCatalogue(tx, actor.zoneId, catalogue, actor.id);
      if (input.choose) await tx.readinessSettings.upsert({ where: { zoneId: actor.zoneId }, create: { zoneId: actor.zoneId, systemId: written.id }, update: { systemId: written.id } });
      await recordAudit(tx, actor, {
        action: "readiness.importCatalogue",
        entityType: "EvaluationSystem",
        entityId: written.id,
        after: { version: catalogue.version, name: catalogue.name, file: input.file[0]?.name ?? null, groups: catalogue.groups.map((group) => ({ code: group.code, name: group.name, weight: group.weight, indicators: group.indicators.length })), chosen: input.choose },
      });
      return { id: written.id };
    },
    revalidate: REVALIDATE,
  });
}

export async function saveReadinessSettings(_previous: ActionResult<{ saved: true }> | null, formData: FormData): Promise<ActionResult<{ saved: true }>> {
  return runFormAction(formData, {
    schema: readinessSettingsSchema,
    permission: "readiness.manage",
    write: async (tx, input, actor) => {
      const system = await tx.evaluationSystem.findFirst({ where: { id: input.systemId, zoneId: actor.zoneId }, select: { id: true } });
      if (!system) throw new NotFoundError("evaluation system");
      const before = await tx.readinessSettings.findUnique({ where: { zoneId: actor.zoneId }, select: { systemId: true, cap: true, missingRule: true, passMark: true } });
      const data = { systemId: system.id, cap: input.cap, missingRule: input.missingRule, passMark: input.passMark };
      await tx.readinessSettings.upsert({ where: { zoneId: actor.zoneId }, create: { zoneId: actor.zoneId, ...data }, update: data });
      await recordAudit(tx, actor, { action: "readiness.settings", entityType: "ReadinessSettings", entityId: actor.zoneId, before, after: data });
      return { saved: true as const };
    },
    revalidate: REVALIDATE,
  });
}

export async function saveIndicatorFigure(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  return runFormAction(formData, {
    schema: figureSchema,
    permission: "readiness.manage",
    write: async (tx, input, actor) => {
      const indicator = await indicatorOf(tx, actor.zoneId, input.indicatorId);
      const before = await tx.readinessFigure.findUnique({ where: { indicatorId: indicator.id } });
      const data = { baseline: input.baseline, baselineYear: input.baselineYear, target: input.target, targetYear: input.targetYear, benchmark: input.benchmark, benchmarkSource: input.benchmarkSource };
      await tx.readinessFigure.upsert({ where: { indicatorId: indicator.id }, create: { indicatorId: indicator.id, zoneId: actor.zoneId, ...data }, update: data });
      const { updatedAt: _updated, zoneId: _zone, ...previous } = before ?? { updatedAt: null, zoneId: null };
      await recordAudit(tx, actor, { action: "readiness.figure", entityType: "EvaluationIndicator", entityId: indicator.id, before: before ? previous : null, after: { code: indicator.code, ...data } });
      return { id: indicator.id };
    },
    revalidate: REVALIDATE,
  });
}

export async function addIndicatorValue(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  return runFormAction(formData, {
    schema: valueSchema,
    permission: "readiness.manage",
    write: async (tx, input, actor) => {
      const indicator = await indicatorOf(tx, actor.zoneId, input.indicatorId);
      if (indicator.qualitative) {
        const score = Number(input.value);
        if (score < 0 || score > 100) throw new DomainError("readiness.validation.qualitativeScore", {}, "value");
        if (!input.reason) throw new DomainError("readiness.validation.reasonRequired", {}, "reason");
      }
      const created = await tx.readinessValue.create({
        data: { zoneId: actor.zoneId, indicatorId: indicator.id, value: input.value, asOf: dateFromKey(input.asOf), source: input.source, reason: input.reason, createdById: actor.id },
        select: { id: true },
      });
      await recordAudit(tx, actor, { action: "readiness.addValue", entityType: "ReadinessValue", entityId: created.id, after: { indicator: indicator.code, ...input } });
      return created;
    },
    revalidate: REVALIDATE,
  });
}

export async function deleteIndicatorValue(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  return runFormAction(formData, {
    schema: deleteValueSchema,
    permission: "readiness.manage",
    write: async (tx, input, actor) => {
      const value = await tx.readinessValue.findFirst({ where: { id: input.id, zoneId: actor.zoneId } });
      if (!value) throw new NotFoundError("readiness value");
      await tx.readinessValue.delete({ where: { id: value.id } });
      await recordAudit(tx, actor, { action: "readiness.deleteValue", entityType: "ReadinessValue", entityId: value.id, before: value });
      return { id: value.id };
    },
    revalidate: REVALIDATE,
  });
}

export async function addReadinessLink(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  return runFormAction(formData, {
    schema: linkSchema,
    permission: "readiness.manage",
    write: async (tx, input, actor) => {
      const indicator = await indicatorOf(tx, actor.zoneId, input.indicatorId);
      let feedId: string | null = null;
      if (input.workItemId) {
        const item = await tx.workItem.findFirst({ where: { id: input.workItemId, zoneId: actor.zoneId }, select: { id: true, indicators: { select: { id: true } } } });
        if (!item) throw new DomainError("readiness.validation.unknownItem", {}, "workItemId");
        if (input.workItemIndicatorId) {
          if (!item.indicators.some((row) => row.id === input.workItemIndicatorId)) throw new DomainError("readiness.validation.feedNotOfItem", {}, "workItemIndicatorId");
          if (indicator.qualitative) throw new DomainError("readiness.validation.feedQualitative", {}, "workItemIndicatorId");
          // One quantity, one source: a second feed would make the current value ambiguous.
          const otherFeed = await tx.readinessLink.findFirst({ where: { indicatorId: indicator.id, workItemIndicatorId: { not: null }, NOT: { workItemId: item.id } }, select: { id: true } });
          if (otherFeed) throw new DomainError("readiness.validation.feedExists", {}, "workItemIndicatorId");
          feedId = input.workItemIndicatorId;
        }
        const existing = await tx.readinessLink.findUnique({ where: { indicatorId_workItemId: { indicatorId: indicator.id, workItemId: item.id } }, select: { id: true } });
        if (existing) throw new DomainError("readiness.validation.linkExists", {}, "workItemId");
      } else {
        const measure = await tx.measure.findFirst({ where: { id: input.measureId!, zoneId: actor.zoneId }, select: { id: true } });
        if (!measure) throw new DomainError("readiness.validation.unknownMeasure", {}, "measureId");
        const existing = await tx.readinessLink.findUnique({ where: { indicatorId_measureId: { indicatorId: indicator.id, measureId: measure.id } }, select: { id: true } });
        if (existing) throw new DomainError("readiness.validation.linkExists", {}, "measureId");
      }
      const created = await tx.readinessLink.create({
        data: { zoneId: actor.zoneId, indicatorId: indicator.id, workItemId: input.workItemId, measureId: input.measureId, workItemIndicatorId: feedId },
        select: { id: true },
      });
      await recordAudit(tx, actor, { action: "readiness.link", entityType: "ReadinessLink", entityId: created.id, after: { indicator: indicator.code, ...input } });
      return created;
    },
    revalidate: REVALIDATE,
  });
}

export async function deleteReadinessLink(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  return runFormAction(formData, {
    schema: deleteLinkSchema,
    permission: "readiness.manage",
    write: async (tx, input, actor) => {
      const link = await tx.readinessLink.findFirst({ where: { id: input.id, zoneId: actor.zoneId } });
      if (!link) throw new NotFoundError("readiness link");
      await tx.readinessLink.delete({ where: { id: link.id } });
      await recordAudit(tx, actor, { action: "readiness.unlink", entityType: "ReadinessLink", entityId: link.id, before: link });
      return { id: link.id };
    },
    revalidate: REVALIDATE,
  });
}
