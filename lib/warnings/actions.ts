"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit/record";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { requireActionUser } from "@/lib/auth/session";
import { db, type Prisma } from "@/lib/db/client";
import { getServerTranslator } from "@/lib/i18n/server";
import { actionError } from "@/lib/server/action";
import { DomainError } from "@/lib/server/errors";
import { ok, type ActionResult } from "@/lib/server/result";
import { formDataToObject, parseInput } from "@/lib/server/validation";
import { loadRuleSet } from "./load";
import { previewRuleChange, type RulePreview } from "./preview";
import { RULE_SCHEMAS, type AnyRuleParams, type Rule, type WarningKind } from "./rules";
import { executeRun, startRun } from "./run";
import { acknowledgeSchema, ruleKindSchema } from "./schema";

/** A manual run younger than this that is still RUNNING blocks another; an older one is taken as dead. */
const STALE_RUN_MS = 30 * 60_000;

export async function acknowledgeWarnings(_previous: ActionResult<{ count: number }> | null, formData: FormData): Promise<ActionResult<{ count: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = await parseInput(acknowledgeSchema, formDataToObject(formData));
    if (!parsed.ok) return parsed;
    authorize(actor, "warning.manage");
    const count = await db.$transaction(async (tx) => {
      const warnings = await tx.warning.findMany({ where: { id: { in: parsed.data.warning }, zoneId: actor.zoneId, status: "OPEN" }, select: { id: true, unitId: true, status: true, level: true } });
      const now = new Date();
      for (const warning of warnings) {
        authorize(actor, "warning.manage", warning);
        await tx.warning.update({ where: { id: warning.id }, data: { status: "ACKNOWLEDGED", acknowledgedAt: now, acknowledgedById: actor.id } });
        await tx.warningEvent.create({ data: { warningId: warning.id, type: "ACKNOWLEDGED", actorId: actor.id, at: now } });
        await recordAudit(tx, actor, { action: "warning.acknowledge", entityType: "Warning", entityId: warning.id, before: { status: warning.status }, after: { status: "ACKNOWLEDGED" } });
      }
      return warnings.length;
    });
    revalidatePath("/warnings");
    return ok({ count });
  } catch (error) {
    return actionError(error);
  }
}

/** Starts a zone-wide run in the background and answers at once with its id (the run page polls it). */
export async function startWarningRun(_previous: ActionResult<{ id: string }> | null, _formData: FormData): Promise<ActionResult<{ id: string }>> {
  try {
    const actor = await requireActionUser();
    authorize(actor, "warning.manage");
    const running = await db.warningRun.findFirst({
      where: { zoneId: actor.zoneId, unitId: null, status: "RUNNING", startedAt: { gt: new Date(Date.now() - STALE_RUN_MS) } },
      select: { id: true },
    });
    if (running) throw new DomainError("warnings.errors.runActive");
    const options = { zoneId: actor.zoneId, trigger: "MANUAL" as const, startedById: actor.id };
    const runId = await startRun(db, options);
    await recordAudit(db, actor, { action: "warning.run", entityType: "WarningRun", entityId: runId, after: { trigger: "MANUAL" } });
    void executeRun(db, runId, options).catch((error) => console.error("[warnings] manual run %s failed", runId, error));
    revalidatePath("/warnings/runs");
    return ok({ id: runId });
  } catch (error) {
    return actionError(error);
  }
}

type ParsedRule = { ok: true; kind: WarningKind; rule: Rule } | Extract<ActionResult<never>, { ok: false }>;

async function parseRuleForm(actor: Actor, formData: FormData): Promise<ParsedRule> {
  const values = formDataToObject(formData);
  const head = await parseInput(ruleKindSchema, values);
  if (!head.ok) return head;
  const params = await parseInput(RULE_SCHEMAS[head.data.kind], values);
  if (!params.ok) return params;
  authorize(actor, "warningRule.manage");
  return { ok: true, kind: head.data.kind, rule: { enabled: head.data.enabled, params: params.data as AnyRuleParams } };
}

export type RulePreviewResult = RulePreview & { counts: { opened: number; closed: number; changed: number } };

/** What the proposed rule would open, close or re-level right now. Writes nothing. */
export async function previewWarningRule(_previous: ActionResult<RulePreviewResult> | null, formData: FormData): Promise<ActionResult<RulePreviewResult>> {
  try {
    const actor = await requireActionUser();
    const parsed = await parseRuleForm(actor, formData);
    if (!parsed.ok) return parsed;
    return ok(await previewRuleChange(db, actor.zoneId, parsed.kind, parsed.rule, await getServerTranslator()));
  } catch (error) {
    return actionError(error);
  }
}

export async function saveWarningRule(_previous: ActionResult<{ kind: WarningKind }> | null, formData: FormData): Promise<ActionResult<{ kind: WarningKind }>> {
  try {
    const actor = await requireActionUser();
    const parsed = await parseRuleForm(actor, formData);
    if (!parsed.ok) return parsed;
    const { kind, rule } = parsed;
    await db.$transaction(async (tx) => {
      const before = (await loadRuleSet(tx, actor.zoneId))[kind];
      const params = rule.params as unknown as Prisma.InputJsonValue;
      await tx.warningRule.upsert({
        where: { zoneId_kind: { zoneId: actor.zoneId, kind } },
        create: { zoneId: actor.zoneId, kind, enabled: rule.enabled, params, updatedById: actor.id },
        update: { enabled: rule.enabled, params, updatedById: actor.id },
      });
      await recordAudit(tx, actor, { action: "warningRule.update", entityType: "WarningRule", entityId: kind, before, after: rule });
    });
    revalidatePath("/warnings/rules");
    return ok({ kind });
  } catch (error) {
    return actionError(error);
  }
}
