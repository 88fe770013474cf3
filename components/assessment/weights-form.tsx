"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveWeights } from "@/lib/assessment/actions";
import { COMPONENTS, type Component, type Weights } from "@/lib/assessment/scoring";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Input } from "@/components/ui/form";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";

export function WeightsForm({ weights }: { weights: Weights }) {
  const t = useTranslations();
  const submit = useFormAction(saveWeights);
  const { state, pending } = submit;
  const [values, setValues] = useState<Record<Component, string>>(Object.fromEntries(COMPONENTS.map((component) => [component, String(weights[component])])) as Record<Component, string>);
  const total = Math.round(COMPONENTS.reduce((sum, component) => sum + (Number(values[component]) || 0), 0) * 100) / 100;
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <ActionForm form={submit} className="max-w-xl space-y-4" noValidate data-testid="weights-form">
      <FormMessage state={state && !state.ok && !errors.total ? state : null} />
      {state?.ok && <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">{t("assessment.settings.saved")}</p>}
      {COMPONENTS.map((component) => (
        <Field key={component} label={t(`enums.AssessmentComponentKind.${component}`)} htmlFor={component} error={errors[component]} hint={t(`assessment.settings.hint.${component}`)}>
          <div className="flex items-center gap-2">
            <Input id={component} name={component} type="number" min={0} max={100} step="0.5" value={values[component]} invalid={Boolean(errors[component])} onChange={(event) => setValues({ ...values, [component]: event.target.value })} className="max-w-32" />
            <span className="text-sm text-slate-500">{t("assessment.settings.points")}</span>
          </div>
        </Field>
      ))}
      <p className={total === 100 ? "text-sm text-green-700" : "text-sm font-medium text-red-600"} role={errors.total ? "alert" : undefined} data-testid="weights-total">
        {t("assessment.settings.total", { total })}
        {errors.total && ` — ${errors.total.join(" ")}`}
      </p>
      <Button type="submit" disabled={pending}>{pending ? t("common.saving") : t("common.save")}</Button>
    </ActionForm>
  );
}
