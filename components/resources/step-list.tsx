"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { FormMessage } from "@/components/ui/form";
import { SelectField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { formatDate } from "@/lib/format";
import type { StepRow } from "@/lib/resources/queries";
import { STEP_STATUSES } from "@/lib/resources/enums";
import { statusTone } from "./tones";

type StepAction = FormAction<{ id: string }>;

function StepFields({ step, idPrefix, errors }: { step?: StepRow; idPrefix: string; errors: Record<string, string[]> }) {
  const t = useTranslations();
  return (
    <div className="grid gap-3 md:grid-cols-[2fr_1fr_1fr_1fr]">
      <TextField idPrefix={idPrefix} name="name" label={t("resources.steps.name")} errors={errors} defaultValue={step?.name} required />
      <SelectField idPrefix={idPrefix} name="status" label={t("resources.steps.status")} errors={errors} defaultValue={step?.status ?? "PENDING"} options={STEP_STATUSES.map((status) => ({ value: status, label: t(`enums.StepStatus.${status}`) }))} />
      <TextField idPrefix={idPrefix} name="dueDate" type="date" label={t("resources.steps.dueDate")} errors={errors} defaultValue={step?.dueDate ?? ""} />
      <TextField idPrefix={idPrefix} name="completedAt" type="date" label={t("resources.steps.completedAt")} errors={errors} defaultValue={step?.completedAt ?? ""} hint={t("resources.steps.completedHint")} />
      <TextField idPrefix={idPrefix} name="note" label={t("resources.steps.note")} errors={errors} defaultValue={step?.note ?? ""} className="md:col-span-4" />
    </div>
  );
}

function EditStep({ step, update }: { step: StepRow; update: StepAction }) {
  const t = useTranslations("common");
  const router = useRouter();
  const details = useRef<HTMLDetailsElement>(null);
  const form = useFormAction(update, { onSuccess: () => {
    details.current?.removeAttribute("open");
    router.refresh();
  } });
  const { errors, failure } = form;
  return (
    <details ref={details} className="mt-2">
      <summary className="cursor-pointer text-xs text-brand-700">{t("edit")}</summary>
      <ActionForm form={form} className="mt-2 space-y-3 rounded-md bg-slate-50 p-3" noValidate>
        <FormMessage state={failure} />
        <input type="hidden" name="id" value={step.id} />
        <StepFields step={step} idPrefix={`step-${step.id}-`} errors={errors} />
        <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
      </ActionForm>
    </details>
  );
}

function AddStep({ parentId, add }: { parentId: string; add: StepAction }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useFormAction(add, { onSuccess: () => router.refresh(), resetOnSuccess: true });
  const { errors, failure } = form;
  return (
    <ActionForm form={form} className="mt-4 space-y-3 rounded-md border border-dashed border-slate-300 p-3" noValidate data-testid="add-step">
      <FormMessage state={failure} />
      <input type="hidden" name="parentId" value={parentId} />
      <StepFields idPrefix="new-step-" errors={errors} />
      <SubmitButton pendingText={t("common.saving")}>{t("resources.steps.add")}</SubmitButton>
    </ActionForm>
  );
}

/** The steps of an approval; the office edits them in place. */
export function StepList({ steps, parentId, manage, actions }: { steps: StepRow[]; parentId: string; manage: boolean; actions: { add: StepAction; update: StepAction; remove: StepAction } }) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <div>
      {steps.length === 0 ? (
        <EmptyState title={t("resources.steps.noSteps")} />
      ) : (
        <ol className="space-y-3">
          {steps.map((step) => (
            <li key={step.id} className="rounded-md border border-slate-200 p-3" data-testid="step-row">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <span className="mr-2 text-xs text-slate-500 tabular-nums">{step.seq}.</span>
                  <span className="text-sm font-medium text-slate-800">{step.name}</span>
                  {step.note && <p className="mt-1 text-xs text-slate-500">{step.note}</p>}
                </div>
                <div className="flex items-center gap-2 text-xs text-slate-500">
                  <Badge tone={statusTone(step.status)}>{t(`enums.StepStatus.${step.status}`)}</Badge>
                  <span>
                    {step.completedAt ? `${t("resources.steps.completedAt")} ${formatDate(step.completedAt, locale)}` : step.dueDate ? `${t("resources.steps.dueDate")} ${formatDate(step.dueDate, locale)}` : ""}
                  </span>
                  {manage && <ConfirmAction action={actions.remove} fields={{ id: step.id }} label={t("common.delete")} confirm={t("resources.confirmDelete")} />}
                </div>
              </div>
              {manage && <EditStep step={step} update={actions.update} />}
            </li>
          ))}
        </ol>
      )}
      {manage && <AddStep parentId={parentId} add={actions.add} />}
    </div>
  );
}
