"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { InspectionRating } from "@/lib/db/generated/enums";
import { ACCEPT_ATTRIBUTE, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_RECORD, MAX_FILES_PER_REQUEST_BYTES, megabytes } from "@/lib/attachments/policy";
import { createInspection, updateInspection } from "@/lib/supervision/actions";
import type { InspectionDetail, UnitOption } from "@/lib/supervision/queries";
import { Button } from "@/components/ui/button";
import { FileInput } from "@/components/ui/file-input";
import { Field, FormMessage, Input, Select, Textarea } from "@/components/ui/form";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";

const RATINGS = Object.values(InspectionRating);

export function InspectionForm({ inspection, units, today }: { inspection?: InspectionDetail; units: UnitOption[]; today: string }) {
  const t = useTranslations();
  const router = useRouter();
  const submit = useFormAction(inspection ? updateInspection : createInspection);
  const { state, pending } = submit;
  const [required, setRequired] = useState(inspection?.rectificationRequired ?? false);
  useEffect(() => {
    if (state?.ok) router.push(`/supervision/inspections/${state.data.id}`);
  }, [state, router]);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <ActionForm form={submit} className="max-w-3xl space-y-4" noValidate data-testid="inspection-form">
      <FormMessage state={state && !state.ok ? state : null} />
      {inspection && <input type="hidden" name="id" value={inspection.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("supervision.inspection.unit")} htmlFor="unitId" error={errors.unitId} required>
          <Select id="unitId" name="unitId" defaultValue={inspection?.unit.id ?? ""} invalid={Boolean(errors.unitId)}>
            <option value="">—</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>{unit.name}</option>
            ))}
          </Select>
        </Field>
        <Field label={t("supervision.inspection.date")} htmlFor="date" error={errors.date} required>
          <Input id="date" name="date" type="date" defaultValue={inspection?.date ?? today} invalid={Boolean(errors.date)} />
        </Field>
        <Field label={t("supervision.inspection.inspectors")} htmlFor="inspectors" error={errors.inspectors} hint={t("supervision.inspection.inspectorsHint")} required>
          <Input id="inspectors" name="inspectors" defaultValue={inspection?.inspectors} invalid={Boolean(errors.inspectors)} />
        </Field>
        <Field label={t("supervision.inspection.rating")} htmlFor="rating" error={errors.rating} required>
          <Select id="rating" name="rating" defaultValue={inspection?.rating ?? "GOOD"} invalid={Boolean(errors.rating)}>
            {RATINGS.map((rating) => (
              <option key={rating} value={rating}>{t(`enums.InspectionRating.${rating}`)}</option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t("supervision.inspection.findings")} htmlFor="findings" error={errors.findings} required>
        <Textarea id="findings" name="findings" rows={5} defaultValue={inspection?.findings} invalid={Boolean(errors.findings)} />
      </Field>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="rectificationRequired" defaultChecked={required} onChange={(event) => setRequired(event.target.checked)} className="h-4 w-4 rounded border-slate-300" />
          {t("supervision.inspection.rectificationRequired")}
        </label>
        {required && (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label={t("supervision.inspection.rectificationDue")} htmlFor="rectificationDue" error={errors.rectificationDue} required>
              <Input id="rectificationDue" name="rectificationDue" type="date" defaultValue={inspection?.rectificationDue ?? ""} invalid={Boolean(errors.rectificationDue)} />
            </Field>
            {inspection && (
              <Field label={t("supervision.inspection.rectifiedOn")} htmlFor="rectifiedOn" error={errors.rectifiedOn} hint={t("supervision.inspection.rectifiedHint")}>
                <Input id="rectifiedOn" name="rectifiedOn" type="date" defaultValue={inspection.rectifiedOn ?? ""} invalid={Boolean(errors.rectifiedOn)} />
              </Field>
            )}
          </div>
        )}
      </fieldset>
      <Field label={t("supervision.inspection.attachments")} htmlFor="attachments" error={errors.attachments} hint={t("supervision.inspection.attachmentsHint", { max: megabytes(MAX_ATTACHMENT_BYTES), total: megabytes(MAX_FILES_PER_REQUEST_BYTES) })}>
        {inspection && inspection.files.length > 0 && (
          <ul className="mb-2 space-y-1 text-sm">
            {inspection.files.map((file) => (
              <li key={file.id} className="flex items-center gap-3">
                <a href={`/api/attachments/${file.id}`} className="text-brand-700 hover:underline">{file.fileName}</a>
                <label className="flex items-center gap-1 text-xs text-red-600">
                  <input type="checkbox" name="removeAttachments" value={file.id} /> {t("supervision.inspection.removeFile")}
                </label>
              </li>
            ))}
          </ul>
        )}
        <FileInput id="attachments" name="attachments" accept={ACCEPT_ATTRIBUTE} chooseLabel={t("reports.chooseFiles")} noneLabel={t("reports.noFileChosen")} maxTotalBytes={MAX_FILES_PER_REQUEST_BYTES} maxFiles={MAX_ATTACHMENTS_PER_RECORD - (inspection?.files.length ?? 0)} />
      </Field>
      <Button type="submit" disabled={pending} aria-busy={pending}>{pending ? t("common.saving") : t("common.save")}</Button>
    </ActionForm>
  );
}
