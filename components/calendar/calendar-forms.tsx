"use client";
// The forms of /settings/calendar. Each keeps what was typed when the server refuses it.
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Input, Select, Textarea } from "@/components/ui/form";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { addCalendarDay, deleteCalendarDay, importCalendarDays, loadStateSchedule, saveReportingSettings } from "@/lib/calendar/actions";
import { CALENDAR_DAY_KINDS, HOLIDAY_POLICIES, type HolidayPolicy } from "@/lib/dates/calendar";

export function ReportingSettingsForm({ reportingStartsOn, holidayPolicy }: { reportingStartsOn: string | null; holidayPolicy: HolidayPolicy }) {
  const t = useTranslations("calendar.reporting");
  const submit = useFormAction(saveReportingSettings);
  const { state, pending } = submit;
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <ActionForm form={submit} className="space-y-4" noValidate data-testid="reporting-settings">
      <FormMessage state={state?.ok ? { ok: true, message: t("saved") } : state} />
      <Field label={t("startsOn")} htmlFor="reportingStartsOn" error={errors.reportingStartsOn} hint={t("startsOnHint")} className="max-w-xs">
        <Input id="reportingStartsOn" name="reportingStartsOn" type="date" defaultValue={reportingStartsOn ?? ""} invalid={Boolean(errors.reportingStartsOn)} />
      </Field>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-700">{t("policy")}</legend>
        {HOLIDAY_POLICIES.map((policy) => (
          <label key={policy} className="flex items-center gap-2 text-sm text-slate-700">
            <input type="radio" name="holidayPolicy" value={policy} defaultChecked={policy === holidayPolicy} />
            {t(`policies.${policy}`)}
          </label>
        ))}
        {errors.holidayPolicy && <p className="text-xs text-red-700">{errors.holidayPolicy[0]}</p>}
        <p className="text-xs text-slate-500">{t("policyHint")}</p>
      </fieldset>
      <Button type="submit" disabled={pending} aria-busy={pending}>{t("save")}</Button>
    </ActionForm>
  );
}

export function AddCalendarDayForm({ year }: { year: number }) {
  const t = useTranslations("calendar.days");
  const submit = useFormAction(addCalendarDay);
  const { state, pending } = submit;
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <ActionForm form={submit} className="flex flex-wrap items-end gap-3" noValidate data-testid="add-day">
      <Field label={t("date")} htmlFor="day-date" error={errors.date}>
        <Input id="day-date" name="date" type="date" min={`${year}-01-01`} max={`${year}-12-31`} invalid={Boolean(errors.date)} />
      </Field>
      <Field label={t("kind")} htmlFor="day-kind" error={errors.kind}>
        <Select id="day-kind" name="kind" defaultValue="HOLIDAY" invalid={Boolean(errors.kind)}>
          {CALENDAR_DAY_KINDS.map((kind) => (
            <option key={kind} value={kind}>{t(`kinds.${kind}`)}</option>
          ))}
        </Select>
      </Field>
      <Field label={t("name")} htmlFor="day-name" error={errors.name}>
        <Input id="day-name" name="name" maxLength={40} invalid={Boolean(errors.name)} />
      </Field>
      <Button type="submit" disabled={pending} aria-busy={pending}>{t("add")}</Button>
      <FormMessage state={state?.ok ? { ok: true, message: t("added") } : state && !state.ok && Object.keys(errors).length === 0 ? state : null} />
    </ActionForm>
  );
}

export function DeleteCalendarDay({ id }: { id: string }) {
  const t = useTranslations("calendar.days");
  const submit = useFormAction(deleteCalendarDay);
  const { state, pending } = submit;
  return (
    <ActionForm form={submit} className="inline">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" disabled={pending} className="px-2 py-0.5 text-xs">{t("delete")}</Button>
      <FormMessage state={state && !state.ok ? state : null} />
    </ActionForm>
  );
}

export function LoadStateSchedule({ year }: { year: number }) {
  const t = useTranslations("calendar.state");
  const submit = useFormAction(loadStateSchedule);
  const { state, pending } = submit;
  return (
    <ActionForm form={submit} className="inline-flex flex-wrap items-center gap-2" data-testid="load-state-schedule">
      <input type="hidden" name="year" value={year} />
      <Button type="submit" variant="secondary" disabled={pending} className="px-2 py-1 text-xs">{t("load")}</Button>
      <FormMessage state={state?.ok ? { ok: true, message: t("loadedResult", { added: state.data.added, changed: state.data.changed }) } : state} />
    </ActionForm>
  );
}

export function ImportCalendarForm() {
  const t = useTranslations("calendar.import");
  const submit = useFormAction(importCalendarDays);
  const { state, pending } = submit;
  const errors = state && !state.ok ? state.fieldErrors : {};
  const done = state?.ok ? t("done", { years: state.data.years.join("、"), added: state.data.added, changed: state.data.changed, removed: state.data.removed }) : null;
  return (
    <ActionForm form={submit} className="space-y-3" noValidate data-testid="import-calendar">
      <FormMessage state={done ? { ok: true, message: done } : state && !state.ok && Object.keys(errors).length === 0 ? state : null} />
      <p className="text-xs text-slate-500">{t("hint")}</p>
      <Field label={t("text")} htmlFor="import-text" error={errors.text}>
        <Textarea id="import-text" name="text" rows={8} className="font-mono text-xs" placeholder={"2027-01-01 休 元旦\n2027-02-05~2027-02-11 休 春节\n2027-02-20 班 春节"} invalid={Boolean(errors.text)} />
      </Field>
      <Field label={t("file")} htmlFor="import-file" error={errors.file}>
        <Input id="import-file" name="file" type="file" accept=".xlsx,.csv,.txt" invalid={Boolean(errors.file)} />
      </Field>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="replaceYears" />
        {t("replaceYears")}
      </label>
      <Button type="submit" disabled={pending} aria-busy={pending}>{t("submit")}</Button>
    </ActionForm>
  );
}
