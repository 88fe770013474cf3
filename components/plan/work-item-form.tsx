"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, FormMessage } from "@/components/ui/form";
import { SelectField, TextareaField, TextField } from "@/components/ui/fields";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { createWorkItem, updateWorkItem } from "@/lib/plan/actions";
import type { WorkItemFormValues } from "@/lib/plan/queries";
import { INDICATOR_DIRECTIONS } from "@/lib/plan/indicators";
import { CURVES, RECURRENCES } from "@/lib/plan/planned-progress";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/form";

type IndicatorRow = { key: string; id?: string; name: string; unit: string; direction: string; baseline: string; target: string; hasValues: boolean };
type MilestoneRow = { key: string; date: string; text: string };

let rowKey = 0;
const nextKey = () => `row-${(rowKey += 1)}`;
const blankIndicator = (): IndicatorRow => ({ key: nextKey(), name: "", unit: "", direction: "RISING", baseline: "", target: "", hasValues: false });
const blankMilestone = (): MilestoneRow => ({ key: nextKey(), date: "", text: "" });

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
  const tr = useTranslations("enums.Recurrence");
  const td = useTranslations("enums.IndicatorDirection");
  const router = useRouter();
  const [curve, setCurve] = useState<string>(item?.plannedCurve ?? "LINEAR");
  const [indicators, setIndicators] = useState<IndicatorRow[]>(() =>
    item?.indicators.length ? item.indicators.map((row) => ({ ...row, key: row.id, unit: row.unit ?? "" })) : [blankIndicator()],
  );
  const [milestones, setMilestones] = useState<MilestoneRow[]>(() => (item?.milestones.length ? item.milestones.map((row) => ({ ...row, key: nextKey() })) : []));
  const form = useFormAction(item ? updateWorkItem : createWorkItem, { onSuccess: (data) => router.push(`/plan/items/${data.id}`) });
  const { pending, errors, failure } = form;
  const cooperators = new Set(item?.cooperatorIds ?? []);
  return (
    <ActionForm form={form} className="space-y-5" noValidate data-testid="work-item-form">
      <FormMessage state={failure} />
      {item && <input type="hidden" name="id" value={item.id} />}
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField name="measureId" label={t("measure")} errors={errors} defaultValue={item?.measureId ?? measureId} options={measures.map((measure) => ({ value: measure.id, label: measure.label }))} required />
        <TextField name="code" label={t("code")} errors={errors} defaultValue={item?.code} hint={t("codeHint")} required />
      </div>
      <TextField name="title" label={t("itemTitle")} errors={errors} defaultValue={item?.title} required />
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField name="leadUnitId" label={t("leadUnit")} errors={errors} defaultValue={item?.leadUnitId ?? ""} emptyLabel={t("chooseUnit")} options={units.map((unit) => ({ value: unit.id, label: unit.name }))} required />
        <TextField name="leaderName" label={t("leaderName")} errors={errors} defaultValue={item?.leaderName ?? ""} />
        <TextField name="ownerName" label={t("ownerName")} errors={errors} defaultValue={item?.ownerName ?? ""} />
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <TextField name="startDate" type="date" label={t("startDate")} errors={errors} defaultValue={item?.startDate} required />
        <TextField name="dueDate" type="date" label={t("dueDate")} errors={errors} defaultValue={item?.dueDate} required />
        <SelectField name="recurrence" label={t("recurrence")} errors={errors} defaultValue={item?.recurrence ?? "NONE"} hint={t("recurrenceHint")} options={RECURRENCES.map((kind) => ({ value: kind, label: tr(kind) }))} />
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
      <fieldset className="rounded-md border border-slate-200 p-3" data-testid="indicators">
        <legend className="px-1 text-sm font-medium text-slate-700">{t("indicator")}</legend>
        <p className="mb-3 text-xs text-slate-500">{t("indicatorHint")}</p>
        {errors.indicators && <p className="mb-2 text-xs text-red-600" role="alert">{errors.indicators.join(" ")}</p>}
        <div className="space-y-3">
          {indicators.map((row, index) => {
            const name = (part: string) => `indicators[${index}][${part}]`;
            const error = (part: string) => errors[`indicators.${index}.${part}`];
            const cell = (part: "name" | "unit" | "baseline" | "target", label: string, extra: { inputMode?: "decimal" } = {}) => (
              <Field label={label} htmlFor={`indicator-${index}-${part}`} error={error(part)}>
                <Input id={`indicator-${index}-${part}`} name={name(part)} value={row[part]} invalid={Boolean(error(part))} {...extra} onChange={(event) => setIndicators((list) => list.map((entry) => (entry.key === row.key ? { ...entry, [part]: event.target.value } : entry)))} />
              </Field>
            );
            return (
              <div key={row.key} className="grid items-end gap-3 md:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto]" data-testid="indicator-row">
                {row.id && <input type="hidden" name={name("id")} value={row.id} />}
                {cell("name", t("indicatorName"))}
                {cell("unit", t("indicatorUnit"))}
                <Field label={t("direction")} htmlFor={`indicator-${index}-direction`} error={error("direction")}>
                  <Select id={`indicator-${index}-direction`} name={name("direction")} value={row.direction} onChange={(event) => setIndicators((list) => list.map((entry) => (entry.key === row.key ? { ...entry, direction: event.target.value } : entry)))}>
                    {INDICATOR_DIRECTIONS.map((direction) => (
                      <option key={direction} value={direction}>{td(direction)}</option>
                    ))}
                  </Select>
                </Field>
                {cell("baseline", t("baseline"), { inputMode: "decimal" })}
                {cell("target", t("target"), { inputMode: "decimal" })}
                <Button type="button" variant="ghost" disabled={row.hasValues} title={row.hasValues ? t("indicatorHasValuesHint") : undefined} onClick={() => setIndicators((list) => list.filter((entry) => entry.key !== row.key))}>
                  {t("removeRow")}
                </Button>
              </div>
            );
          })}
        </div>
        {indicators.length < 10 && (
          <Button type="button" variant="secondary" className="mt-3" onClick={() => setIndicators((list) => [...list, blankIndicator()])}>
            {t("addIndicator")}
          </Button>
        )}
      </fieldset>
      <fieldset className="rounded-md border border-slate-200 p-3" data-testid="milestones">
        <legend className="px-1 text-sm font-medium text-slate-700">{t("milestones")}</legend>
        <p className="mb-3 text-xs text-slate-500">{t("milestonesHint")}</p>
        <div className="space-y-3">
          {milestones.map((row, index) => {
            const error = (part: string) => errors[`milestones.${index}.${part}`];
            const change = (part: "date" | "text", value: string) => setMilestones((list) => list.map((entry) => (entry.key === row.key ? { ...entry, [part]: value } : entry)));
            return (
              <div key={row.key} className="grid items-end gap-3 md:grid-cols-[1fr_3fr_auto]">
                <Field label={t("milestoneDate")} htmlFor={`milestone-${index}-date`} error={error("date")}>
                  <Input id={`milestone-${index}-date`} type="date" name={`milestones[${index}][date]`} value={row.date} invalid={Boolean(error("date"))} onChange={(event) => change("date", event.target.value)} />
                </Field>
                <Field label={t("milestoneText")} htmlFor={`milestone-${index}-text`} error={error("text")}>
                  <Input id={`milestone-${index}-text`} name={`milestones[${index}][text]`} value={row.text} invalid={Boolean(error("text"))} onChange={(event) => change("text", event.target.value)} />
                </Field>
                <Button type="button" variant="ghost" onClick={() => setMilestones((list) => list.filter((entry) => entry.key !== row.key))}>
                  {t("removeRow")}
                </Button>
              </div>
            );
          })}
        </div>
        {milestones.length < 12 && (
          <Button type="button" variant="secondary" className="mt-3" onClick={() => setMilestones((list) => [...list, blankMilestone()])}>
            {t("addMilestone")}
          </Button>
        )}
      </fieldset>
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField name="plannedCurve" label={t("curve")} errors={errors} value={curve} onChange={(event) => setCurve(event.target.value)} options={CURVES.map((kind) => ({ value: kind, label: te(kind) }))} />
        {curve === "CUSTOM" && <TextareaField name="plannedPoints" label={t("points")} errors={errors} hint={t("pointsHint")} defaultValue={item?.plannedPoints ?? ""} rows={4} />}
      </div>
      <TextareaField name="description" label={t("description")} errors={errors} defaultValue={item?.description ?? ""} />
      <TextField name="sortOrder" type="number" min={0} label={t("sortOrder")} errors={errors} defaultValue={item?.sortOrder ?? 0} className="max-w-40" />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? tc("saving") : tc("save")}
      </Button>
    </ActionForm>
  );
}
