"use client";

import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { remindUnits } from "@/lib/reports/actions";
import { FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";

/** 一键催报: notifies every unit of the week (and park filter) that has not submitted. */
export function RemindButton({ week, parkId, pending }: { week: string; parkId?: string; pending: number }) {
  const t = useTranslations("reports.board");
  const action = useFormAction(remindUnits);
  const { state } = action;
  return (
    <ActionForm form={action} className="flex flex-wrap items-center gap-2" data-testid="remind-form">
      <input type="hidden" name="week" value={week} />
      {parkId && <input type="hidden" name="parkId" value={parkId} />}
      <SubmitButton variant="secondary" pendingText={t("reminding")}>{t("remind", { count: pending })}</SubmitButton>
      {state?.ok && (
        <span role="status" className="text-sm text-green-700" data-testid="remind-result">
          {t("reminded", { units: state.data.units, users: state.data.users })}
        </span>
      )}
      <FormMessage state={state && !state.ok ? state : null} />
    </ActionForm>
  );
}
