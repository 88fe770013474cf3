"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/ui/form";
import { SelectField, TextareaField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { createPlanningAdjustment, updatePlanningAdjustment } from "@/lib/resources/planning-actions";
import type { PlanningRow } from "@/lib/resources/queries";
import { DESIGNATION_STATUSES, PLANNING_KINDS } from "@/lib/resources/enums";
import type { Choice } from "./funding-form";

export function PlanningForm({ adjustment, parks }: { adjustment?: PlanningRow; parks: Choice[] }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useFormAction(adjustment ? updatePlanningAdjustment : createPlanningAdjustment, { onSuccess: (data) =>
    adjustment ? router.refresh() : router.push(`/resources/planning/${data.id}`) });
  const { errors, failure } = form;
  return (
    <ActionForm form={form} className="space-y-4" noValidate data-testid="planning-form">
      <FormMessage state={failure} />
      {adjustment && <input type="hidden" name="id" value={adjustment.id} />}
      <TextField name="title" label={t("resources.planning.itemTitle")} errors={errors} defaultValue={adjustment?.title} required />
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField name="kind" label={t("resources.planning.kind")} errors={errors} defaultValue={adjustment?.kind ?? "BOUNDARY"} options={PLANNING_KINDS.map((kind) => ({ value: kind, label: t(`enums.PlanningKind.${kind}`) }))} />
        <SelectField name="status" label={t("resources.status")} errors={errors} defaultValue={adjustment?.status ?? "PREPARING"} options={DESIGNATION_STATUSES.map((status) => ({ value: status, label: t(`enums.DesignationStatus.${status}`) }))} />
        <SelectField name="parkId" label={t("resources.park")} errors={errors} defaultValue={adjustment?.park?.id ?? ""} emptyLabel={t("resources.none")} options={parks.map((park) => ({ value: park.id, label: park.name }))} />
        <TextField name="plannedAreaKm2" inputMode="decimal" label={t("resources.planning.plannedArea")} errors={errors} defaultValue={adjustment?.plannedAreaKm2} required />
        <TextField name="builtAreaKm2" inputMode="decimal" label={t("resources.planning.builtArea")} errors={errors} defaultValue={adjustment?.builtAreaKm2 ?? ""} />
        <div />
        <TextField name="submittedAt" type="date" label={t("resources.planning.submittedAt")} errors={errors} defaultValue={adjustment?.submittedAt ?? ""} />
        <TextField name="approvedAt" type="date" label={t("resources.planning.approvedAt")} errors={errors} defaultValue={adjustment?.approvedAt ?? ""} />
      </div>
      <TextareaField name="note" label={t("resources.note")} errors={errors} defaultValue={adjustment?.note ?? ""} />
      <SubmitButton pendingText={t("common.saving")}>{t("common.save")}</SubmitButton>
    </ActionForm>
  );
}
