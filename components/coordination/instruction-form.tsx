"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/ui/form";
import { TextareaField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { addCoordinationInstruction } from "@/lib/coordination/actions";

/** A leader's instruction (批示) on a coordination request. */
export function InstructionForm({ requestId }: { requestId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useFormAction(addCoordinationInstruction, { onSuccess: () => router.refresh(), resetOnSuccess: true });
  const { errors, failure } = form;
  return (
    <ActionForm form={form} className="space-y-3" noValidate data-testid="instruction-form">
      <FormMessage state={failure} />
      <input type="hidden" name="coordinationRequestId" value={requestId} />
      <TextareaField name="content" label={t("coordination.instructionLabel")} placeholder={t("coordination.instructionPlaceholder")} errors={errors} rows={4} required />
      <SubmitButton pendingText={t("common.saving")}>{t("coordination.instruct")}</SubmitButton>
    </ActionForm>
  );
}
