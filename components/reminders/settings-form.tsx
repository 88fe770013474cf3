"use client";
// The form of /settings/reminders: the zone's reminder schedule and escalation ladder. Flat
// fields (lib/reminders/form.ts); what was typed stays when the server refuses it.
import { useTranslations } from "next-intl";
import { Field, FormMessage, Input } from "@/components/ui/form";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { saveReminderSettings } from "@/lib/reminders/actions";
import type { ReminderSchedule } from "@/lib/reminders/schedule";
import { LADDER_STEPS, WARNING_LADDER_STEPS, WEEKLY_SLOT_FIELDS } from "@/lib/reminders/steps";

export function ReminderSettingsForm({ schedule }: { schedule: ReminderSchedule }) {
  const t = useTranslations("reminders");
  const common = useTranslations("common");
  const form = useFormAction(saveReminderSettings);
  const { errors, failure, state } = form;
  const number = (name: string, label: string, value: number, min: number, max: number, hint?: string) => (
    <Field label={label} htmlFor={name} error={errors[name]} hint={hint}>
      <Input id={name} name={name} type="number" inputMode="numeric" min={min} max={max} defaultValue={value} invalid={Boolean(errors[name])} className="max-w-[8rem]" />
    </Field>
  );
  const clock = (name: string, label: string, value: string) => (
    <Field label={label} htmlFor={name} error={errors[name]}>
      <Input id={name} name={name} type="time" defaultValue={value} invalid={Boolean(errors[name])} className="max-w-[10rem]" />
    </Field>
  );
  return (
    <ActionForm form={form} className="space-y-6" data-testid="reminder-settings">
      <FormMessage state={state?.ok ? { ok: true, message: t("saved") } : failure} />

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-slate-900">{t("weekly.title")}</legend>
        <p className="text-xs text-slate-500">{t("weekly.hint")}</p>
        {Array.from({ length: WEEKLY_SLOT_FIELDS }, (_, index) => {
          const slot = schedule.weekly[index];
          return (
            <div key={index} className="flex flex-wrap items-start gap-4" data-testid="weekly-slot">
              <p className="basis-full text-sm font-medium text-slate-700 sm:basis-auto sm:w-40 sm:pt-7">{slot ? t("weekly.slot", { index: index + 1 }) : t("weekly.add")}</p>
              <Field label={t("weekly.workingDaysBefore")} htmlFor={`slot${index}Days`} error={errors[`slot${index}Days`]}>
                <Input id={`slot${index}Days`} name={`slot${index}Days`} type="number" inputMode="numeric" min={0} max={5} defaultValue={slot?.workingDaysBefore ?? ""} invalid={Boolean(errors[`slot${index}Days`])} className="max-w-[8rem]" />
              </Field>
              <Field label={t("weekly.time")} htmlFor={`slot${index}Time`} error={errors[`slot${index}Time`]}>
                <Input id={`slot${index}Time`} name={`slot${index}Time`} type="time" defaultValue={slot?.time ?? ""} invalid={Boolean(errors[`slot${index}Time`])} className="max-w-[10rem]" />
              </Field>
            </div>
          );
        })}
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-slate-900">{t("notices.title")}</legend>
        <div className="flex flex-wrap gap-6">
          {clock("dailyTime", t("notices.dailyTime"), schedule.dailyTime)}
          {number("noticeDueSoonWorkingDays", t("notices.dueSoon"), schedule.noticeDueSoonWorkingDays, 0, 10)}
        </div>
        {number("unreadChaseWorkingHours", t("notices.unreadHours"), schedule.unreadChaseWorkingHours, 0, 80, t("notices.unreadHint"))}
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-slate-900">{t("ladder.title")}</legend>
        <p className="text-xs text-slate-500">{t("ladder.hint")}</p>
        <div className="flex flex-wrap gap-4">
          {LADDER_STEPS.map((step) => (
            <div key={step}>{number(`ladder${step}`, t(`ladder.steps.${step}`), schedule.ladder[step], 1, 60)}</div>
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-slate-900">{t("warningLadder.title")}</legend>
        <p className="text-xs text-slate-500">{t("warningLadder.hint")}</p>
        <div className="flex flex-wrap gap-4">
          {WARNING_LADDER_STEPS.map((step) => (
            <div key={step}>{number(`warning${step}`, t(`warningLadder.steps.${step}`), schedule.warningLadder[step], 1, 60)}</div>
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-slate-900">{t("digest.title")}</legend>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="digestEnabled" defaultChecked={schedule.digest.enabled} />
          {t("digest.enabled")}
        </label>
        {clock("digestTime", t("digest.time"), schedule.digest.time)}
      </fieldset>

      <SubmitButton pendingText={common("saving")}>{common("save")}</SubmitButton>
    </ActionForm>
  );
}
