"use client";

import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { Field, FormMessage, Textarea } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { addInstructionAction } from "@/lib/notices/actions";

/** A leader's instruction (批示) on a notice or a warning. */
export function InstructionForm({ target }: { target: { noticeId: string } | { warningId: string } }) {
  const t = useTranslations("notices");
  const form = useFormAction(addInstructionAction, { resetOnSuccess: true });
  const { state, errors } = form;
  return (
    <ActionForm form={form} className="space-y-3" data-testid="instruction-form">
      <FormMessage state={state?.ok ? { ok: true, message: t("instructionSaved") } : state} />
      {"noticeId" in target ? <input type="hidden" name="noticeId" value={target.noticeId} /> : <input type="hidden" name="warningId" value={target.warningId} />}
      <Field label={t("instruction")} htmlFor="instruction-content" error={errors.content} required>
        <Textarea id="instruction-content" name="content" invalid={Boolean(errors.content)} />
      </Field>
      <SubmitButton>{t("addInstruction")}</SubmitButton>
    </ActionForm>
  );
}
