"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Input, Textarea } from "@/components/ui/form";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { saveStatusReport } from "@/lib/documents/actions";
import type { StatusReportContent } from "@/lib/documents/status-report";

/** Each section: its figures as written from the records (editable), then the office's own text. */
export function StatusReportForm({ id, title: initialTitle, content, readOnly }: { id: string; title: string; content: StatusReportContent; readOnly: boolean }) {
  const t = useTranslations("documents.statusReports");
  const submit = useFormAction(saveStatusReport);
  const { state, pending } = submit;
  const [title, setTitle] = useState(initialTitle);
  const [head, setHead] = useState({ addressee: content.addressee, intro: content.intro, closing: content.closing });
  const [sections, setSections] = useState(content.sections.map((section) => ({ facts: section.facts, remarks: section.remarks })));
  const errors = state && !state.ok ? state.fieldErrors : {};
  const setSection = (index: number, key: "facts" | "remarks", value: string) => setSections(sections.map((section, i) => (i === index ? { ...section, [key]: value } : section)));
  return (
    <ActionForm form={submit} className="space-y-5" noValidate data-testid="status-report-form">
      <input type="hidden" name="id" value={id} />
      <FormMessage state={state && !state.ok ? state : null} />
      {state?.ok && <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">{t("saved")}</p>}
      <Field label={t("reportTitle")} htmlFor="title" error={errors.title} required>
        <Input id="title" name="title" value={title} disabled={readOnly} invalid={Boolean(errors.title)} onChange={(event) => setTitle(event.target.value)} />
      </Field>
      <Field label={t("addressee")} htmlFor="addressee" error={errors.addressee}>
        <Input id="addressee" name="addressee" value={head.addressee} disabled={readOnly} onChange={(event) => setHead({ ...head, addressee: event.target.value })} />
      </Field>
      <Field label={t("intro")} htmlFor="intro" error={errors.intro}>
        <Textarea id="intro" name="intro" rows={2} value={head.intro} disabled={readOnly} onChange={(event) => setHead({ ...head, intro: event.target.value })} />
      </Field>
      {content.sections.map((section, index) => (
        <fieldset key={section.key} className="space-y-2 rounded-md border border-slate-200 p-3" data-testid={`status-section-${section.key}`}>
          <legend className="px-1 text-sm font-semibold text-slate-800">{section.heading}</legend>
          <Field label={t("facts")} htmlFor={`sections-${index}-facts`} error={errors[`sections.${index}.facts`]}>
            <Textarea id={`sections-${index}-facts`} name={`sections[${index}][facts]`} rows={Math.min(10, sections[index].facts.split("\n").length + 2)} value={sections[index].facts} disabled={readOnly} onChange={(event) => setSection(index, "facts", event.target.value)} />
          </Field>
          <Field label={t("remarks")} htmlFor={`sections-${index}-remarks`} error={errors[`sections.${index}.remarks`]} hint={t("remarksHint")}>
            <Textarea id={`sections-${index}-remarks`} name={`sections[${index}][remarks]`} rows={3} value={sections[index].remarks} disabled={readOnly} onChange={(event) => setSection(index, "remarks", event.target.value)} />
          </Field>
        </fieldset>
      ))}
      <Field label={t("closing")} htmlFor="closing" error={errors.closing}>
        <Textarea id="closing" name="closing" rows={3} value={head.closing} disabled={readOnly} onChange={(event) => setHead({ ...head, closing: event.target.value })} />
      </Field>
      {!readOnly && <Button type="submit" disabled={pending} data-testid="save-status-report">{t("save")}</Button>}
    </ActionForm>
  );
}
