"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { computeAssessment, publishAssessment } from "@/lib/assessment/actions";
import { MISSING_DATA_RULES, type MissingDataRule } from "@/lib/assessment/scoring";
import { SelectField, TextField } from "@/components/ui/fields";
import { FormMessage } from "@/components/ui/form";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

/**
 * Compute (or recompute) the quarter's draft with the round's rule for parts without data and
 * its appeal window, and publish it; a quarter that has not ended needs a ticked confirmation.
 */
export function RoundActions({ quarter, canPublish, published, rule, appealDays, quarterEnded, quarterLast }: {
  quarter: string;
  canPublish: boolean;
  published: boolean;
  rule: MissingDataRule;
  appealDays: number;
  quarterEnded: boolean;
  quarterLast: string;
}) {
  const t = useTranslations("assessment.round");
  const compute = useFormAction(computeAssessment);
  // An ended quarter is published after a confirm(); one not ended needs the ticked box instead.
  const publish = useFormAction(publishAssessment, { onSubmit: () => !quarterEnded || window.confirm(t(published ? "confirmRepublish" : "confirmPublish")) });
  const [chosen, setChosen] = useState<MissingDataRule>(rule);
  return (
    <div className="flex w-full flex-col gap-3 lg:flex-row lg:items-start" data-testid="round-actions">
      <ActionForm form={compute} className="flex flex-wrap items-end gap-2 rounded-md border border-slate-200 bg-white p-3">
        <input type="hidden" name="quarter" value={quarter} />
        <SelectField
          name="missingDataRule"
          label={t("rule")}
          errors={compute.errors}
          options={MISSING_DATA_RULES.map((value) => ({ value, label: t(`rules.${value}`) }))}
          value={chosen}
          onChange={(event) => setChosen(event.target.value as MissingDataRule)}
          hint={t(`ruleHint.${chosen}`)}
          className="max-w-xs"
        />
        <TextField name="appealWorkingDays" type="number" min={1} max={20} label={t("appealDays")} hint={t("appealDaysHint")} errors={compute.errors} defaultValue={appealDays} className="w-36" />
        <Button type="submit" variant="secondary" disabled={compute.pending} aria-busy={compute.pending}>{compute.pending ? t("computing") : canPublish ? t("recompute") : t("compute")}</Button>
        <FormMessage state={compute.failure} />
      </ActionForm>
      {canPublish && (
        <ActionForm form={publish} className="flex flex-col gap-2 rounded-md border border-slate-200 bg-white p-3">
          <input type="hidden" name="quarter" value={quarter} />
          {!quarterEnded && (
            <div className="max-w-sm space-y-1 text-sm" data-testid="early-publication">
              <p className="text-orange-700">{t("earlyWarning", { last: quarterLast })}</p>
              <label className="flex items-center gap-2">
                <input type="checkbox" name="confirmEarly" />
                {t("confirmEarly")}
              </label>
              {publish.errors.confirmEarly && <p className="text-xs text-red-700" role="alert">{publish.errors.confirmEarly[0]}</p>}
            </div>
          )}
          <div>
            <Button type="submit" disabled={publish.pending} aria-busy={publish.pending} data-testid="publish-round">{publish.pending ? t("publishing") : published ? t("republish") : t("publish")}</Button>
          </div>
          {Object.keys(publish.errors).length === 0 && <FormMessage state={publish.failure} />}
        </ActionForm>
      )}
    </div>
  );
}
