"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/ui/form";
import { SelectField, TextareaField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { createOfficialVisit, updateOfficialVisit } from "@/lib/resources/visit-actions";
import type { VisitRow } from "@/lib/resources/queries";
import type { Choice } from "./funding-form";

export function VisitForm({ visit, designations, designationId, returnTo }: { visit?: VisitRow; designations: Choice[]; designationId?: string; returnTo: string }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useFormAction(visit ? updateOfficialVisit : createOfficialVisit, { onSuccess: () => router.push(returnTo) });
  const { errors, failure } = form;
  return (
    <ActionForm form={form} className="space-y-4" noValidate data-testid="visit-form">
      <FormMessage state={failure} />
      {visit && <input type="hidden" name="id" value={visit.id} />}
      <div className="grid gap-4 md:grid-cols-[12rem_1fr]">
        <TextField name="date" type="date" label={t("resources.visits.date")} errors={errors} defaultValue={visit?.date} required />
        <TextField name="organization" label={t("resources.visits.organization")} errors={errors} defaultValue={visit?.organization} required />
      </div>
      <TextField name="visitors" label={t("resources.visits.visitors")} errors={errors} defaultValue={visit?.visitors} required />
      <SelectField
        name="designationId"
        label={t("resources.visits.designation")}
        errors={errors}
        defaultValue={visit?.designation?.id ?? designationId ?? ""}
        emptyLabel={t("resources.none")}
        options={designations.map((designation) => ({ value: designation.id, label: designation.name }))}
      />
      <TextareaField name="agreed" label={t("resources.visits.agreed")} errors={errors} defaultValue={visit?.agreed ?? ""} />
      <TextareaField name="followUps" label={t("resources.visits.followUps")} errors={errors} defaultValue={visit?.followUps ?? ""} />
      <SubmitButton pendingText={t("common.saving")}>{t("common.save")}</SubmitButton>
    </ActionForm>
  );
}
