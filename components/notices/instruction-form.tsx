"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Field, FormMessage, Textarea } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { addInstructionAction } from "@/lib/notices/actions";
import type { ActionResult } from "@/lib/server/result";

/** A leader's instruction (批示) on a notice or a warning. */
export function InstructionForm({ target }: { target: { noticeId: string } | { warningId: string } }) {
  const t = useTranslations("notices");
  const [state, action] = useActionState<ActionResult<{ id: string }> | null, FormData>(addInstructionAction, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form ref={form} action={action} className="space-y-3" data-testid="instruction-form">
      <FormMessage state={state?.ok ? { ok: true, message: t("instructionSaved") } : state} />
      {"noticeId" in target ? <input type="hidden" name="noticeId" value={target.noticeId} /> : <input type="hidden" name="warningId" value={target.warningId} />}
      <Field label={t("instruction")} htmlFor="instruction-content" error={errors.content} required>
        <Textarea id="instruction-content" name="content" invalid={Boolean(errors.content)} />
      </Field>
      <SubmitButton>{t("addInstruction")}</SubmitButton>
    </form>
  );
}
