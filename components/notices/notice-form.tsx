"use client";

import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Field, FormMessage, Input, Select, Textarea } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { issueNoticeAction } from "@/lib/notices/actions";
import { WARNING_LEVELS } from "@/lib/warnings/levels";

export interface NoticeFormDefaults {
  unitId: string;
  title: string;
  matter: string;
  requiredAction: string;
  responseDue: string;
  level: string;
  warningIds: string[];
  /** 抄送 of the notice document, names separated by 、 */
  copyTo: string;
}

/** Issue a notice: the unit is fixed when it comes from warnings, chosen when freehand. */
export function NoticeForm({ defaults, units, unitFixed }: { defaults: NoticeFormDefaults; units: { id: string; name: string }[]; unitFixed: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useFormAction(issueNoticeAction, { onSuccess: (data) => router.push(`/notices/${data.id}`) });
  const { errors, failure } = form;
  const bind = (name: "unitId" | "title" | "matter" | "requiredAction" | "responseDue" | "level" | "copyTo") => ({ name, defaultValue: defaults[name] });
  return (
    <ActionForm form={form} className="max-w-3xl space-y-4" data-testid="notice-form">
      <FormMessage state={failure} />
      {defaults.warningIds.map((id) => (
        <input key={id} type="hidden" name="warningId" value={id} />
      ))}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("notices.unit")} htmlFor="unitId" error={errors.unitId} required className="sm:col-span-2">
          {unitFixed ? (
            <>
              <input type="hidden" name="unitId" value={defaults.unitId} />
              <Input id="unitId" value={units.find((unit) => unit.id === defaults.unitId)?.name ?? ""} readOnly disabled />
            </>
          ) : (
            <Select id="unitId" {...bind("unitId")} invalid={Boolean(errors.unitId)}>
              <option value="">—</option>
              {units.map((unit) => (
                <option key={unit.id} value={unit.id}>{unit.name}</option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("notices.level")} htmlFor="level" error={errors.level} required>
          <Select id="level" {...bind("level")} invalid={Boolean(errors.level)}>
            {WARNING_LEVELS.map((level) => (
              <option key={level} value={level}>{t(`warnings.levels.${level}`)}</option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t("notices.title")} htmlFor="title" error={errors.title} required>
        <Input id="title" {...bind("title")} invalid={Boolean(errors.title)} />
      </Field>
      <Field label={t("notices.matter")} htmlFor="matter" error={errors.matter} required>
        <Textarea id="matter" rows={6} {...bind("matter")} invalid={Boolean(errors.matter)} />
      </Field>
      <Field label={t("notices.requiredAction")} htmlFor="requiredAction" error={errors.requiredAction} required>
        <Textarea id="requiredAction" rows={4} {...bind("requiredAction")} invalid={Boolean(errors.requiredAction)} />
      </Field>
      <Field label={t("notices.responseDue")} htmlFor="responseDue" error={errors.responseDue} required className="max-w-xs">
        <Input id="responseDue" type="date" {...bind("responseDue")} invalid={Boolean(errors.responseDue)} />
      </Field>
      <Field label={t("documents.notice.copyTo")} htmlFor="copyTo" error={errors.copyTo} hint={t("documents.notice.copyToHint")}>
        <Input id="copyTo" {...bind("copyTo")} invalid={Boolean(errors.copyTo)} />
      </Field>
      <SubmitButton pendingText={t("notices.issuing")}>{t("notices.issue")}</SubmitButton>
    </ActionForm>
  );
}
