"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormMessage } from "@/components/ui/form";
import { SelectField, TextareaField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { transitionCoordinationRequest } from "@/lib/coordination/actions";
import { outcomeRequired, type CoordinationStatus } from "@/lib/coordination/workflow";

/** The office moves a request to one of the statuses its workflow allows; finishing records the outcome. */
export function TransitionForm({ requestId, allowed, outcome }: { requestId: string; allowed: readonly CoordinationStatus[]; outcome: string | null }) {
  const t = useTranslations("coordination");
  const router = useRouter();
  const [status, setStatus] = useState<CoordinationStatus>(allowed[0]);
  const form = useFormAction(transitionCoordinationRequest, { onSuccess: () => router.refresh() });
  const { errors, failure } = form;
  return (
    <ActionForm form={form} className="space-y-3" noValidate data-testid="transition-form">
      <FormMessage state={failure} />
      <input type="hidden" name="id" value={requestId} />
      <SelectField name="status" label={t("moveTo")} errors={errors} value={status} onChange={(event) => setStatus(event.target.value as CoordinationStatus)} options={allowed.map((value) => ({ value, label: t(`actions.${value}`) }))} />
      {outcomeRequired(status) && <TextareaField name="outcome" label={t("outcome")} placeholder={t("outcomePlaceholder")} errors={errors} defaultValue={outcome ?? ""} required />}
      <SubmitButton>{t(`actions.${status}`)}</SubmitButton>
    </ActionForm>
  );
}
