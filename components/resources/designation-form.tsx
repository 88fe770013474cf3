"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/ui/form";
import { SelectField, TextareaField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { createDesignation, updateDesignation } from "@/lib/resources/designation-actions";
import type { DesignationDetail } from "@/lib/resources/queries";
import { ADMIN_LEVELS, DESIGNATION_STATUSES } from "@/lib/resources/enums";
import type { Choice } from "./funding-form";

export function DesignationForm({ designation, parks, units }: { designation?: DesignationDetail; parks: Choice[]; units: Choice[] }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useFormAction(designation ? updateDesignation : createDesignation, { onSuccess: (data) =>
    designation ? router.refresh() : router.push(`/resources/designations/${data.id}`) });
  const { errors, failure } = form;
  return (
    <ActionForm form={form} className="space-y-4" noValidate data-testid="designation-form">
      <FormMessage state={failure} />
      {designation && <input type="hidden" name="id" value={designation.id} />}
      <TextField name="name" label={t("resources.designations.name")} errors={errors} defaultValue={designation?.name} required />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField name="level" label={t("resources.level")} errors={errors} defaultValue={designation?.level ?? "PROVINCIAL"} options={ADMIN_LEVELS.map((level) => ({ value: level, label: t(`enums.AdminLevel.${level}`) }))} />
        <SelectField name="status" label={t("resources.status")} errors={errors} defaultValue={designation?.status ?? "PLANNED"} options={DESIGNATION_STATUSES.map((status) => ({ value: status, label: t(`enums.DesignationStatus.${status}`) }))} />
        <TextField name="appliedAt" type="date" label={t("resources.designations.appliedAt")} errors={errors} defaultValue={designation?.appliedAt ?? ""} />
        <TextField name="approvedAt" type="date" label={t("resources.designations.approvedAt")} errors={errors} defaultValue={designation?.approvedAt ?? ""} />
        <SelectField name="parkId" label={t("resources.park")} errors={errors} defaultValue={designation?.park?.id ?? ""} emptyLabel={t("resources.none")} options={parks.map((park) => ({ value: park.id, label: park.name }))} />
        <SelectField name="leadUnitId" label={t("resources.leadUnit")} errors={errors} defaultValue={designation?.leadUnit?.id ?? ""} emptyLabel={t("resources.none")} options={units.map((unit) => ({ value: unit.id, label: unit.name }))} />
      </div>
      <TextareaField name="note" label={t("resources.note")} errors={errors} defaultValue={designation?.note ?? ""} />
      <TextField name="sortOrder" type="number" min={0} label={t("resources.designations.sortOrder")} errors={errors} defaultValue={designation?.sortOrder ?? 0} className="max-w-40" />
      <SubmitButton pendingText={t("common.saving")}>{t("common.save")}</SubmitButton>
    </ActionForm>
  );
}
