"use client";

import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { acknowledgeWarnings } from "@/lib/warnings/actions";

export function AcknowledgeButton({ warningId }: { warningId: string }) {
  const t = useTranslations("warnings");
  const action = useFormAction(acknowledgeWarnings);
  const { state } = action;
  return (
    <ActionForm form={action} className="space-y-2">
      <FormMessage state={state && !state.ok ? state : null} />
      <input type="hidden" name="warning" value={warningId} />
      <SubmitButton variant="secondary">{t("acknowledge")}</SubmitButton>
    </ActionForm>
  );
}
