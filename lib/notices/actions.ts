"use server";

import { storeUploads } from "@/lib/attachments/upload";
import { removeStoredFiles } from "@/lib/attachments/storage";
import type { SessionUser } from "@/lib/auth/session";
import { runFormAction } from "@/lib/server/form-action";
import type { ActionResult } from "@/lib/server/result";
import { evaluateWarningsForUnit } from "@/lib/warnings/run";
import { closeNoticeSchema, instructionSchema, issueNoticeSchema, noticeStepSchema, respondNoticeSchema, returnNoticeSchema } from "./schema";
import { addInstruction, issueNotice, stepNotice, type StepResult } from "./service";
import { STEP_RULES, type NoticeStep } from "./workflow";

type Result = ActionResult<{ id: string; number?: string }>;

/** The pages a notice's change shows on. */
function noticePaths(id: string): string[] {
  return ["/notices", `/notices/${id}`, "/warnings", "/"];
}

/**
 * After a step, the unit's warnings are re-evaluated (a response clears the notice's
 * "unanswered" warning at once; a return with a past date may bring it back).
 */
async function reevaluate(result: StepResult, actor: SessionUser): Promise<void> {
  await evaluateWarningsForUnit({ zoneId: actor.zoneId, unitId: result.unitId, actorId: actor.id, trigger: "NOTICE_STEP" });
}

export async function issueNoticeAction(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: issueNoticeSchema,
    permission: "notice.manage",
    write: (tx, { warningId, ...fields }, actor) => issueNotice(tx, actor, { ...fields, warningIds: warningId }),
    revalidate: ({ id }) => noticePaths(id),
  });
}

/** A step with an optional note: sign, start, review, chase. */
function simpleStep(step: Extract<NoticeStep, "sign" | "start" | "review" | "chase">, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: noticeStepSchema,
    permission: STEP_RULES[step].permission,
    write: (tx, { id, note }, actor) => stepNotice(tx, actor, { id, step, note }),
    revalidate: ({ id }) => noticePaths(id),
    afterCommit: reevaluate,
  });
}

export async function signNotice(_previous: Result | null, formData: FormData): Promise<Result> {
  return simpleStep("sign", formData);
}

export async function startNotice(_previous: Result | null, formData: FormData): Promise<Result> {
  return simpleStep("start", formData);
}

export async function reviewNotice(_previous: Result | null, formData: FormData): Promise<Result> {
  return simpleStep("review", formData);
}

export async function chaseNotice(_previous: Result | null, formData: FormData): Promise<Result> {
  return simpleStep("chase", formData);
}

/** Closing is refused while warnings the notice was issued for are open, unless the office states why. */
export async function closeNotice(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: closeNoticeSchema,
    permission: STEP_RULES.close.permission,
    write: (tx, { id, note, overrideReason }, actor) => stepNotice(tx, actor, { id, step: "close", note, overrideReason }),
    revalidate: ({ id }) => noticePaths(id),
    afterCommit: reevaluate,
  });
}

export async function returnNotice(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: returnNoticeSchema,
    permission: STEP_RULES.return.permission,
    write: (tx, { id, note, responseDue }, actor) => stepNotice(tx, actor, { id, step: "return", note, responseDue }),
    revalidate: ({ id }) => noticePaths(id),
    afterCommit: reevaluate,
  });
}

/**
 * The unit's response with its files: stored before the transaction (never inside it),
 * removed at once when the transaction fails; the warnings are re-evaluated after the commit.
 */
export async function respondNotice(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: respondNoticeSchema,
    permission: STEP_RULES.respond.permission,
    prepare: ({ attachments }) => storeUploads(attachments, "attachments"),
    write: (tx, { id, content }, actor, stored) => stepNotice(tx, actor, { id, step: "respond", content, files: stored }),
    rollback: (stored) => removeStoredFiles(stored.map((file) => file.storageKey)),
    revalidate: ({ id }) => noticePaths(id),
    afterCommit: reevaluate,
  });
}

export async function addInstructionAction(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: instructionSchema,
    permission: "instruction.create",
    write: (tx, input, actor) => addInstruction(tx, actor, input),
    revalidate: ({ link }) => [link],
  });
}
