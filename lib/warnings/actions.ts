"use server";
// The warning inbox, the rules and the runs. Runs go on the job queue (lib/warnings/run-job.ts):
// the action writes the RUNNING row in its transaction and enqueues the job after the commit,
// so no request holds a transaction while the engine works.
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/permissions";
import type { Prisma, TxClient } from "@/lib/db/client";
import { getServerTranslator } from "@/lib/i18n/server";
import { DomainError, FieldErrorsError, NotFoundError } from "@/lib/server/errors";
import { runFormAction } from "@/lib/server/form-action";
import type { ActionResult } from "@/lib/server/result";
import { parseInput } from "@/lib/server/validation";
import { loadRuleSet } from "./load";
import { lockZoneWarnings } from "./persist";
import { previewRuleChange, type RulePreview } from "./preview";
import { RULE_SCHEMAS, type AnyRuleParams, type Rule, type WarningKind } from "./rules";
import { createQueuedRun, enqueueRun, resetRunForRetry, settleAbandonedRuns, type QueuedRun } from "./run-job";
import { acknowledgeSchema, retryRunSchema, ruleFormSchema, startRunSchema } from "./schema";

export async function acknowledgeWarnings(_previous: ActionResult<{ count: number }> | null, formData: FormData): Promise<ActionResult<{ count: number }>> {
  return runFormAction(formData, {
    schema: acknowledgeSchema,
    permission: "warning.manage",
    revalidate: ["/warnings"],
    write: async (tx, input, actor) => {
      const warnings = await tx.warning.findMany({ where: { id: { in: input.warning }, zoneId: actor.zoneId, status: "OPEN" }, select: { id: true, unitId: true, status: true, level: true } });
      const now = new Date();
      for (const warning of warnings) {
        authorize(actor, "warning.manage", warning);
        await tx.warning.update({ where: { id: warning.id }, data: { status: "ACKNOWLEDGED", acknowledgedAt: now, acknowledgedById: actor.id } });
        await tx.warningEvent.create({ data: { warningId: warning.id, type: "ACKNOWLEDGED", actorId: actor.id, at: now } });
        await recordAudit(tx, actor, { action: "warning.acknowledge", entityType: "Warning", entityId: warning.id, before: { status: warning.status }, after: { status: "ACKNOWLEDGED" } });
      }
      return { count: warnings.length };
    },
  });
}

/** One zone-wide run at a time: refused while another is RUNNING (runs no worker has any more are settled first). */
async function assertNoZoneRun(tx: TxClient, zoneId: string): Promise<void> {
  // Serialises two clicks (two instances) on the zone's warning lock until this transaction ends.
  await lockZoneWarnings(tx, zoneId);
  await settleAbandonedRuns(tx, zoneId);
  const running = await tx.warningRun.findFirst({ where: { zoneId, unitId: null, status: "RUNNING" }, select: { id: true } });
  if (running) throw new DomainError("warnings.errors.runActive");
}

/** Queues a zone-wide run and answers at once with its id (the run's page follows its progress). */
export async function startWarningRun(_previous: ActionResult<QueuedRun> | null, formData: FormData): Promise<ActionResult<QueuedRun>> {
  return runFormAction(formData, {
    schema: startRunSchema,
    permission: "warning.manage",
    revalidate: ["/warnings/runs"],
    write: async (tx, _input, actor) => {
      await assertNoZoneRun(tx, actor.zoneId);
      const run = await createQueuedRun(tx, { zoneId: actor.zoneId, trigger: "MANUAL", startedById: actor.id });
      await recordAudit(tx, actor, { action: "warning.run", entityType: "WarningRun", entityId: run.id, after: { trigger: "MANUAL" } });
      return run;
    },
    afterCommit: (run) => enqueueRun(run.id, run.attempt),
  });
}

/** Puts a failed zone-wide run back on the queue; it continues from the units it had evaluated. */
export async function retryWarningRun(_previous: ActionResult<QueuedRun> | null, formData: FormData): Promise<ActionResult<QueuedRun>> {
  return runFormAction(formData, {
    schema: retryRunSchema,
    permission: "warning.manage",
    revalidate: (run) => ["/warnings/runs", `/warnings/runs/${run.id}`],
    write: async (tx, input, actor) => {
      const failed = await tx.warningRun.findFirst({ where: { id: input.id, zoneId: actor.zoneId, unitId: null }, select: { id: true, status: true, progress: true, attempt: true } });
      if (!failed) throw new NotFoundError();
      await assertNoZoneRun(tx, actor.zoneId);
      const run = await resetRunForRetry(tx, failed.id);
      if (!run) throw new DomainError("warnings.errors.runNotFailed");
      await recordAudit(tx, actor, { action: "warning.run.retry", entityType: "WarningRun", entityId: run.id, before: { status: failed.status, attempt: failed.attempt }, after: { status: "RUNNING", attempt: run.attempt, from: failed.progress } });
      return run;
    },
    afterCommit: (run) => enqueueRun(run.id, run.attempt),
  });
}

/** The rule's parameters by its kind's schema; refused ones at their fields. */
async function parseRule(input: { kind: WarningKind; enabled: boolean }): Promise<Rule> {
  const params = await parseInput(RULE_SCHEMAS[input.kind], input);
  if (!params.ok) throw new FieldErrorsError(params.fieldErrors);
  return { enabled: input.enabled, params: params.data as AnyRuleParams };
}

export type RulePreviewResult = RulePreview & { counts: { opened: number; closed: number; changed: number } };

/** What the proposed rule would open, close or re-level right now. Writes nothing. */
export async function previewWarningRule(_previous: ActionResult<RulePreviewResult> | null, formData: FormData): Promise<ActionResult<RulePreviewResult>> {
  return runFormAction(formData, {
    schema: ruleFormSchema,
    permission: "warningRule.manage",
    revalidate: [],
    prepare: (input) => parseRule(input),
    // Reads only: the engine's load in the runner's transaction, nothing written.
    write: async (tx, { kind }, actor, rule) => previewRuleChange(tx, actor.zoneId, kind, rule, await getServerTranslator()),
  });
}

export async function saveWarningRule(_previous: ActionResult<{ kind: WarningKind }> | null, formData: FormData): Promise<ActionResult<{ kind: WarningKind }>> {
  return runFormAction(formData, {
    schema: ruleFormSchema,
    permission: "warningRule.manage",
    revalidate: ["/warnings/rules"],
    prepare: (input) => parseRule(input),
    write: async (tx, { kind }, actor, rule) => {
      const before = (await loadRuleSet(tx, actor.zoneId))[kind];
      const params: Prisma.InputJsonObject = { ...rule.params };
      await tx.warningRule.upsert({
        where: { zoneId_kind: { zoneId: actor.zoneId, kind } },
        create: { zoneId: actor.zoneId, kind, enabled: rule.enabled, params, updatedById: actor.id },
        update: { enabled: rule.enabled, params, updatedById: actor.id },
      });
      await recordAudit(tx, actor, { action: "warningRule.update", entityType: "WarningRule", entityId: kind, before, after: rule });
      return { kind };
    },
  });
}
