"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, FormMessage } from "@/components/ui/form";
import { SelectField, TextareaField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { createWorkItem, updateWorkItem } from "@/lib/plan/actions";
import type { WorkItemFormValues } from "@/lib/plan/queries";
import { CURVES } from "@/lib/plan/schema";

export interface MeasureOption {
  id: string;
  label: string;
}

export function WorkItemForm({
  item,
  measures,
  units,
  measureId,
}: {
  item?: WorkItemFormValues;
  measures: MeasureOption[];
  units: { id: string; name: string }[];
  measureId?: string;
}) {
  const t = useTranslations("planManage");
  const tc = useTranslations("common");
  const te = useTranslations("enums.PlannedCurve");
  const router = useRouter();
  const [curve, setCurve] = useState<string>(item?.plannedCurve ?? "LINEAR");
  const { formAction, errors, failure } = useFormAction(item ? updateWorkItem : createWorkItem, (data) => router.push(`/plan/items/${data.id}`));
  const cooperators = new Set(item?.cooperatorIds ?? []);
  return (
    <form action={formAction} className="space-y-5" noValidate data-testid="work-item-form">
      <FormMessage state={failure} />
      {item && <input type="hidden" name="id" value={item.id} />}
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField name="measureId" label={t("measure")} errors={errors} defaultValue={item?.measureId ?? measureId} options={measures.map((measure) => ({ value: measure.id, label: measure.label }))} required />
        <TextField name="code" label={t("code")} errors={errors} defaultValue={item?.code} hint={t("codeHint")} required />
      </div>
      <TextField name="title" label={t("itemTitle")} errors={errors} defaultValue={item?.title} required />
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField name="leadUnitId" label={t("leadUnit")} errors={errors} defaultValue={item?.leadUnitId ?? ""} emptyLabel={t("chooseUnit")} options={units.map((unit) => ({ value: unit.id, label: unit.name }))} required />
        <TextField name="startDate" type="date" label={t("startDate")} errors={errors} defaultValue={item?.startDate} required />
        <TextField name="dueDate" type="date" label={t("dueDate")} errors={errors} defaultValue={item?.dueDate} required />
      </div>
      <Field label={t("cooperators")} htmlFor="cooperatorIds" error={errors.cooperatorIds}>
        <div id="cooperatorIds" className="grid max-h-56 gap-1 overflow-y-auto rounded-md border border-slate-300 p-2 sm:grid-cols-2 lg:grid-cols-3">
          {units.map((unit) => (
            <label key={unit.id} className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" name="cooperatorIds" value={unit.id} defaultChecked={cooperators.has(unit.id)} className="h-4 w-4 rounded border-slate-300" />
              {unit.name}
            </label>
          ))}
        </div>
      </Field>
      <TextField name="deliverable" label={t("deliverable")} errors={errors} defaultValue={item?.deliverable ?? ""} />
      <fieldset className="rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-700">{t("indicator")}</legend>
        <p className="mb-3 text-xs text-slate-500">{t("indicatorHint")}</p>
        <div className="grid gap-4 md:grid-cols-4">
          <TextField name="indicatorName" label={t("indicatorName")} errors={errors} defaultValue={item?.indicatorName ?? ""} />
          <TextField name="indicatorUnit" label={t("indicatorUnit")} errors={errors} defaultValue={item?.indicatorUnit ?? ""} />
          <TextField name="indicatorBaseline" inputMode="decimal" label={t("baseline")} errors={errors} defaultValue={item?.indicatorBaseline ?? ""} />
          <TextField name="indicatorTarget" inputMode="decimal" label={t("target")} errors={errors} defaultValue={item?.indicatorTarget ?? ""} />
        </div>
      </fieldset>
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField name="plannedCurve" label={t("curve")} errors={errors} value={curve} onChange={(event) => setCurve(event.target.value)} options={CURVES.map((kind) => ({ value: kind, label: te(kind) }))} />
        {curve === "CUSTOM" && <TextareaField name="plannedPoints" label={t("points")} errors={errors} hint={t("pointsHint")} defaultValue={item?.plannedPoints ?? ""} rows={4} />}
      </div>
      <TextareaField name="description" label={t("description")} errors={errors} defaultValue={item?.description ?? ""} />
      <TextField name="sortOrder" type="number" min={0} label={t("sortOrder")} errors={errors} defaultValue={item?.sortOrder ?? 0} className="max-w-40" />
      <SubmitButton pendingText={tc("saving")}>{tc("save")}</SubmitButton>
    </form>
  );
}
