"use client";

import { useTranslations } from "next-intl";
import { adjustAssessment } from "@/lib/assessment/actions";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Input } from "@/components/ui/form";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";

/** A supervisor's adjustment of one unit's draft score, with its mandatory reason. */
export function AdjustForm({ id, adjustment, reason }: { id: string; adjustment: number; reason: string | null }) {
  const t = useTranslations("assessment.adjust");
  const submit = useFormAction(adjustAssessment);
  const { state, pending } = submit;
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <details className="group text-left" data-testid="adjust">
      <summary className="cursor-pointer text-xs text-brand-700 hover:underline">{t("open")}</summary>
      <ActionForm form={submit} className="mt-2 w-64 space-y-2 rounded-md border border-slate-200 bg-white p-3 shadow-sm" noValidate>
        <FormMessage state={state && !state.ok && Object.keys(errors).length === 0 ? state : null} />
        {state?.ok && <p className="text-xs text-green-700">{t("saved")}</p>}
        <input type="hidden" name="id" value={id} />
        <Field label={t("points")} htmlFor={`adjust-${id}`} error={errors.adjustment} hint={t("pointsHint")}>
          <Input id={`adjust-${id}`} name="adjustment" type="number" step="0.5" min={-30} max={30} defaultValue={adjustment} invalid={Boolean(errors.adjustment)} />
        </Field>
        <Field label={t("reason")} htmlFor={`reason-${id}`} error={errors.reason} required>
          <Input id={`reason-${id}`} name="reason" defaultValue={reason ?? ""} invalid={Boolean(errors.reason)} />
        </Field>
        <Button type="submit" disabled={pending} className="w-full">{pending ? t("saving") : t("save")}</Button>
      </ActionForm>
    </details>
  );
}
