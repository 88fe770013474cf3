"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { decideAppeal, fileAppeal } from "@/lib/assessment/actions";
import { COMPONENTS } from "@/lib/assessment/scoring";
import { Button } from "@/components/ui/button";
import { SelectField, TextareaField, TextField } from "@/components/ui/fields";
import { FormMessage } from "@/components/ui/form";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";

/** 申诉: a unit disputes one line of its published score. */
export function AppealForm({ quarter, componentLabels }: { quarter: string; componentLabels: Record<string, string> }) {
  const t = useTranslations("assessment.appeal");
  const form = useFormAction(fileAppeal);
  const { errors, failure, pending, state } = form;
  return (
    <ActionForm form={form} className="max-w-xl space-y-3" data-testid="appeal-form">
      {state?.ok && <p className="text-sm text-green-700" role="status">{t("filed")}</p>}
      {Object.keys(errors).length === 0 && <FormMessage state={failure} />}
      <input type="hidden" name="quarter" value={quarter} />
      <SelectField name="component" label={t("component")} errors={errors} required options={COMPONENTS.map((value) => ({ value, label: componentLabels[value] }))} idPrefix="appeal-" />
      <TextareaField name="reason" label={t("reason")} hint={t("reasonHint")} errors={errors} required rows={3} idPrefix="appeal-" />
      <Button type="submit" disabled={pending} aria-busy={pending}>{pending ? t("submitting") : t("submit")}</Button>
    </ActionForm>
  );
}

/** The office's decision on a pending appeal: accept with the corrected raw score, or reject; reasons either way. */
export function AppealDecisionForm({ id, rawBefore }: { id: string; rawBefore: number | null }) {
  const t = useTranslations("assessment.appeal");
  const form = useFormAction(decideAppeal);
  const { errors, failure, pending } = form;
  const [decision, setDecision] = useState<"ACCEPT" | "REJECT">("ACCEPT");
  const prefix = `decide-${id}-`;
  return (
    <ActionForm form={form} className="mt-2 space-y-2" data-testid="appeal-decision">
      {Object.keys(errors).length === 0 && <FormMessage state={failure} />}
      <input type="hidden" name="id" value={id} />
      <fieldset className="flex gap-4 text-sm">
        <legend className="sr-only">{t("decision")}</legend>
        {(["ACCEPT", "REJECT"] as const).map((value) => (
          <label key={value} className="flex items-center gap-1">
            <input type="radio" name="decision" value={value} checked={decision === value} onChange={() => setDecision(value)} />
            {t(value === "ACCEPT" ? "accept" : "reject")}
          </label>
        ))}
      </fieldset>
      {decision === "ACCEPT" && (
        <TextField name="correctedRaw" type="number" step="0.01" min={0} max={100} label={t("correctedRaw")} hint={t("correctedHint")} errors={errors} defaultValue={rawBefore ?? ""} idPrefix={prefix} className="max-w-xs" />
      )}
      <TextareaField name="decisionReason" label={t("decisionReason")} errors={errors} required rows={2} idPrefix={prefix} />
      <Button type="submit" disabled={pending} aria-busy={pending}>{pending ? t("deciding") : t("decide")}</Button>
    </ActionForm>
  );
}
