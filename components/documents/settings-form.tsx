"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Input } from "@/components/ui/form";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { saveDocumentSettings } from "@/lib/documents/actions";

export interface DocumentSettingsValues {
  issuerName: string;
  signatureName: string;
  noticeCode: string;
  printedBy: string;
  copyTo: string;
  briefingName: string;
  briefingEditor: string;
  briefingReportTo: string;
  briefingSendTo: string;
}

type Key = keyof DocumentSettingsValues;

export function DocumentSettingsForm({ values: initial, officeName }: { values: DocumentSettingsValues; officeName: string }) {
  const t = useTranslations("documents.settings");
  const common = useTranslations("common");
  const submit = useFormAction(saveDocumentSettings);
  const { state, pending } = submit;
  const [values, setValues] = useState(initial);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const field = (name: Key, options: { hint?: string; required?: boolean; placeholder?: string } = {}) => (
    <Field label={t(name)} htmlFor={name} error={errors[name]} hint={options.hint} required={options.required}>
      <Input id={name} name={name} value={values[name]} placeholder={options.placeholder} invalid={Boolean(errors[name])} onChange={(event) => setValues({ ...values, [name]: event.target.value })} />
    </Field>
  );
  return (
    <ActionForm form={submit} className="max-w-3xl space-y-4" noValidate data-testid="document-settings-form">
      <FormMessage state={state && !state.ok ? state : null} />
      {state?.ok && <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">{t("saved")}</p>}
      {field("issuerName", { hint: t("issuerNameHint"), placeholder: officeName })}
      <div className="grid gap-4 sm:grid-cols-2">
        {field("signatureName", { placeholder: values.issuerName || officeName })}
        {field("printedBy", { placeholder: values.issuerName || officeName })}
      </div>
      {field("noticeCode", { hint: t("noticeCodeHint"), required: true })}
      {field("copyTo", { hint: t("copyToHint") })}
      <div className="grid gap-4 sm:grid-cols-2">
        {field("briefingName", { required: true })}
        {field("briefingEditor", { placeholder: values.issuerName || officeName })}
      </div>
      {field("briefingReportTo", { hint: t("listHint") })}
      {field("briefingSendTo", { hint: t("listHint") })}
      <Button type="submit" disabled={pending}>{pending ? common("saving") : common("save")}</Button>
    </ActionForm>
  );
}
