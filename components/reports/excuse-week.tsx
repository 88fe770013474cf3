"use client";
// 免报: the office excuses a unit from one week's report (with a reason), or withdraws that.
// Used on the submission board and on the unit's report ledger.
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Textarea } from "@/components/ui/form";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { weekKeyLabel } from "@/lib/dates/week-label";
import { excuseWeek, releaseHolidayWeek, requireHolidayWeek, withdrawExemption } from "@/lib/reports/exemption-actions";

export function ExcuseWeek({ unitId, unitName, week }: { unitId: string; unitName: string; week: string }) {
  const t = useTranslations("reports.exemption");
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const submit = useFormAction(excuseWeek);
  const { state, pending } = submit;
  const errors = state && !state.ok ? state.fieldErrors : {};
  const id = `excuse-${unitId}-${week}`;
  if (state?.ok) return <span role="status" className="text-xs text-green-700">{t("done")}</span>;
  if (!open) {
    return (
      <Button type="button" variant="secondary" className="px-2 py-0.5 text-xs" onClick={() => setOpen(true)} data-testid="excuse-open">
        {t("excuse")}
      </Button>
    );
  }
  return (
    <ActionForm form={submit} className="min-w-56 space-y-2" noValidate data-testid="excuse-form">
      <FormMessage state={state && !state.ok ? state : null} />
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="week" value={week} />
      <Field label={t("reasonFor", { unit: unitName, week: weekKeyLabel(week, locale) })} htmlFor={id} error={errors.reason} required>
        <Textarea id={id} name="reason" rows={2} invalid={Boolean(errors.reason)} placeholder={t("reasonHint")} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending} aria-busy={pending} className="px-2 py-1 text-xs">{t("confirm")}</Button>
        <Button type="button" variant="secondary" className="px-2 py-1 text-xs" onClick={() => setOpen(false)}>{t("cancel")}</Button>
      </div>
    </ActionForm>
  );
}

export function WithdrawExemption({ id }: { id: string }) {
  const t = useTranslations("reports.exemption");
  const submit = useFormAction(withdrawExemption);
  const { state, pending } = submit;
  if (state?.ok) return <span role="status" className="text-xs text-green-700">{t("withdrawn")}</span>;
  return (
    <ActionForm form={submit} className="inline" data-testid="withdraw-exemption">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" disabled={pending} className="px-2 py-0.5 text-xs">{t("withdraw")}</Button>
      <FormMessage state={state && !state.ok ? state : null} />
    </ActionForm>
  );
}

/** A holiday week the calendar exempts: the office may still require reports. */
export function RequireHolidayWeek({ week }: { week: string }) {
  const t = useTranslations("reports.board.week");
  const [open, setOpen] = useState(false);
  const submit = useFormAction(requireHolidayWeek);
  const { state, pending } = submit;
  const errors = state && !state.ok ? state.fieldErrors : {};
  if (!open) {
    return (
      <Button type="button" variant="secondary" className="px-2 py-0.5 text-xs" onClick={() => setOpen(true)} data-testid="require-week-open">
        {t("require")}
      </Button>
    );
  }
  return (
    <ActionForm form={submit} className="mt-2 max-w-md space-y-2" noValidate data-testid="require-week-form">
      <FormMessage state={state && !state.ok ? state : null} />
      <input type="hidden" name="week" value={week} />
      <Field label={t("requireReason")} htmlFor="require-week-reason" error={errors.reason} required>
        <Textarea id="require-week-reason" name="reason" rows={2} invalid={Boolean(errors.reason)} />
      </Field>
      <Button type="submit" disabled={pending} aria-busy={pending} className="px-2 py-1 text-xs">{t("requireConfirm")}</Button>
    </ActionForm>
  );
}

export function ReleaseHolidayWeek({ week }: { week: string }) {
  const t = useTranslations("reports.board.week");
  const submit = useFormAction(releaseHolidayWeek);
  const { state, pending } = submit;
  return (
    <ActionForm form={submit} className="inline" data-testid="release-week">
      <input type="hidden" name="week" value={week} />
      <Button type="submit" variant="secondary" disabled={pending} className="px-2 py-0.5 text-xs">{t("release")}</Button>
      <FormMessage state={state && !state.ok ? state : null} />
    </ActionForm>
  );
}
