"use server";

import { revalidatePath } from "next/cache";
import { storeUploads } from "@/lib/attachments/upload";
import { removeStoredFiles } from "@/lib/attachments/storage";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { requireActionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { actionError, TRANSACTION_OPTIONS } from "@/lib/server/action";
import { runFormAction } from "@/lib/server/form-action";
import { ok, type ActionResult } from "@/lib/server/result";
import { formDataToObject, parseInput } from "@/lib/server/validation";
import { evaluateWarningsForUnit } from "@/lib/warnings/run";
import { closeNoticeSchema, instructionSchema, issueNoticeSchema, noticeStepSchema, respondNoticeSchema, returnNoticeSchema } from "./schema";
import { addInstruction, issueNotice, stepNotice, type StepInput } from "./service";
import type { NoticeStep } from "./workflow";

type Result = ActionResult<{ id: string; number?: string }>;


function revalidateNotices(id?: string): void {
  revalidatePath("/notices");
  if (id) revalidatePath(`/notices/${id}`);
  revalidatePath("/warnings");
  revalidatePath("/");
}

export async function issueNoticeAction(_previous: Result | null, formData: FormData): Promise<Result> {
  try {
    const actor = await requireActionUser();
    const parsed = await parseInput(issueNoticeSchema, formDataToObject(formData));
    if (!parsed.ok) return parsed;
    authorize(actor, "notice.manage");
    const { warningId, ...fields } = parsed.data;
    const notice = await db.$transaction((tx) => issueNotice(tx, actor, { ...fields, warningIds: warningId }), TRANSACTION_OPTIONS);
    revalidateNotices(notice.id);
    return ok(notice);
  } catch (error) {
    return actionError(error);
  }
}

/**
 * Runs one step and re-evaluates the unit's warnings afterwards (a response clears the
 * notice's "unanswered" warning at once; a return with a past date may bring it back).
 */
async function runStep(actor: Actor, input: StepInput): Promise<Result> {
  const result = await db.$transaction((tx) => stepNotice(tx, actor, input), TRANSACTION_OPTIONS);
  await evaluateWarningsForUnit({ zoneId: actor.zoneId, unitId: result.unitId, actorId: actor.id, trigger: "NOTICE_STEP" });
  revalidateNotices(result.id);
  return ok({ id: result.id });
}

function simpleStep(step: Extract<NoticeStep, "sign" | "start" | "review" | "chase">) {
  return async (formData: FormData): Promise<Result> => {
    try {
      const actor = await requireActionUser();
      const parsed = await parseInput(noticeStepSchema, formDataToObject(formData));
      if (!parsed.ok) return parsed;
      return await runStep(actor, { id: parsed.data.id, step, note: parsed.data.note });
    } catch (error) {
      return actionError(error);
    }
  };
}

const sign = simpleStep("sign");
const start = simpleStep("start");
const review = simpleStep("review");
const chase = simpleStep("chase");

export async function signNotice(_previous: Result | null, formData: FormData): Promise<Result> {
  return sign(formData);
}

export async function startNotice(_previous: Result | null, formData: FormData): Promise<Result> {
  return start(formData);
}

export async function reviewNotice(_previous: Result | null, formData: FormData): Promise<Result> {
  return review(formData);
}

/** Closing is refused while warnings the notice was issued for are open, unless the office states why. */
export async function closeNotice(_previous: Result | null, formData: FormData): Promise<Result> {
  try {
    const actor = await requireActionUser();
    const parsed = await parseInput(closeNoticeSchema, formDataToObject(formData));
    if (!parsed.ok) return parsed;
    return await runStep(actor, { id: parsed.data.id, step: "close", note: parsed.data.note, overrideReason: parsed.data.overrideReason });
  } catch (error) {
    return actionError(error);
  }
}

export async function chaseNotice(_previous: Result | null, formData: FormData): Promise<Result> {
  return chase(formData);
}

export async function returnNotice(_previous: Result | null, formData: FormData): Promise<Result> {
  try {
    const actor = await requireActionUser();
    const parsed = await parseInput(returnNoticeSchema, formDataToObject(formData));
    if (!parsed.ok) return parsed;
    return await runStep(actor, { id: parsed.data.id, step: "return", note: parsed.data.note, responseDue: parsed.data.responseDue });
  } catch (error) {
    return actionError(error);
  }
}

/**
 * The unit's response with its files: stored before the transaction (never inside it),
 * removed at once when the transaction fails; the warnings are re-evaluated after the commit.
 */
export async function respondNotice(_previous: Result | null, formData: FormData): Promise<Result> {
  return runFormAction(formData, {
    schema: respondNoticeSchema,
    permission: "notice.respond",
    prepare: ({ attachments }) => storeUploads(attachments, "attachments"),
    write: (tx, { id, content }, actor, stored) => stepNotice(tx, actor, { id, step: "respond", content, files: stored }),
    rollback: (stored) => removeStoredFiles(stored.map((file) => file.storageKey)),
    revalidate: ["/notices", "/warnings", "/"],
    afterCommit: async (result, actor) => {
      await evaluateWarningsForUnit({ zoneId: actor.zoneId, unitId: result.unitId, actorId: actor.id, trigger: "NOTICE_STEP" });
    },
  });
}

export async function addInstructionAction(_previous: Result | null, formData: FormData): Promise<Result> {
  try {
    const actor = await requireActionUser();
    const parsed = await parseInput(instructionSchema, formDataToObject(formData));
    if (!parsed.ok) return parsed;
    authorize(actor, "instruction.create");
    const instruction = await db.$transaction((tx) => addInstruction(tx, actor, parsed.data), TRANSACTION_OPTIONS);
    revalidatePath(instruction.link);
    return ok({ id: instruction.id });
  } catch (error) {
    return actionError(error);
  }
}
