"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Field, FormMessage, Input, Textarea } from "@/components/ui/form";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { issueBriefingEdition, saveBriefingEdition } from "@/lib/briefings/actions";

export interface EditionFormValues {
  title: string;
  summary: string;
  praise: string;
  criticism: string;
  requirements: string;
  reportTo: string;
  sendTo: string;
}

type Key = keyof EditionFormValues;

/** The office's text of a draft bulletin, saved as a draft; issuing numbers and freezes it. */
export function EditionForm({ id, values: initial, defaultTitle }: { id: string; values: EditionFormValues; defaultTitle: string }) {
  const t = useTranslations("briefings.edition");
  const submit = useFormAction(saveBriefingEdition);
  const { state, pending } = submit;
  const [values, setValues] = useState(initial);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const bind = (name: Key) => ({ id: name, name, value: values[name], invalid: Boolean(errors[name]), onChange: (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value }) });
  const area = (name: Key, rows = 4, hint?: string) => (
    <Field label={t(name)} htmlFor={name} error={errors[name]} hint={hint}>
      <Textarea rows={rows} {...bind(name)} />
    </Field>
  );
  return (
    <div className="space-y-4" data-testid="edition-form">
      <ActionForm form={submit} className="space-y-4" noValidate>
        <input type="hidden" name="id" value={id} />
        <FormMessage state={state && !state.ok ? state : null} />
        {state?.ok && <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">{t("saved")}</p>}
        <Field label={t("titleField")} htmlFor="title" error={errors.title} hint={t("titleHint", { title: defaultTitle })}>
          <Input {...bind("title")} />
        </Field>
        {area("summary", 3, t("summaryHint"))}
        {area("praise")}
        {area("criticism")}
        {area("requirements", 3)}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("reportTo")} htmlFor="reportTo" error={errors.reportTo}>
            <Input {...bind("reportTo")} />
          </Field>
          <Field label={t("sendTo")} htmlFor="sendTo" error={errors.sendTo}>
            <Input {...bind("sendTo")} />
          </Field>
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>{t("save")}</Button>
      </ActionForm>
      <div className="border-t border-slate-100 pt-4">
        <ConfirmAction action={issueBriefingEdition} fields={{ id, ...values }} label={t("issueButton")} confirm={t("issueConfirm")} variant="primary" testId="issue-edition" />
      </div>
    </div>
  );
}
