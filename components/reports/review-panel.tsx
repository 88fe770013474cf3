"use client";

import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { acceptReport, returnReport } from "@/lib/reports/actions";
import { Field, FormMessage, Textarea } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";

/** Accept a submitted report, or return it with a reason (the unit is notified either way). */
export function ReviewPanel({ reportId }: { reportId: string }) {
  const t = useTranslations("reports.review");
  const accept = useFormAction(acceptReport);
  const { state: accepted } = accept;
  const giveBack = useFormAction(returnReport);
  const { state: returned } = giveBack;
  const errors = returned && !returned.ok ? returned.fieldErrors : {};
  return (
    <div className="space-y-4" data-testid="review-panel">
      <ActionForm form={accept} className="space-y-2">
        <FormMessage state={accepted && !accepted.ok ? accepted : null} />
        <input type="hidden" name="id" value={reportId} />
        <SubmitButton className="w-full">{t("accept")}</SubmitButton>
      </ActionForm>
      <ActionForm form={giveBack} className="space-y-2 border-t border-slate-100 pt-4" noValidate>
        <FormMessage state={returned && !returned.ok && Object.keys(errors).length === 0 ? returned : null} />
        <input type="hidden" name="id" value={reportId} />
        <Field label={t("reason")} htmlFor="return-reason" error={errors.reason} hint={t("reasonHint")} required>
          <Textarea id="return-reason" name="reason" rows={3} invalid={Boolean(errors.reason)} />
        </Field>
        <SubmitButton variant="danger" className="w-full">{t("return")}</SubmitButton>
      </ActionForm>
    </div>
  );
}
