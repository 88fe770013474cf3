"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/ui/form";
import { SelectField, TextareaField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { createCoordinationRequest, updateCoordinationRequest } from "@/lib/coordination/actions";
import type { CoordinationDetail } from "@/lib/coordination/queries";
import { ADDRESSEE_KINDS } from "@/lib/coordination/workflow";

export function CoordinationForm({
  request,
  workItems,
  units,
}: {
  request?: CoordinationDetail;
  workItems: { id: string; code: string; title: string }[];
  /** Only for the office, which may raise a request for any unit. */
  units?: { id: string; name: string }[];
}) {
  const t = useTranslations();
  const router = useRouter();
  const form = useFormAction(request ? updateCoordinationRequest : createCoordinationRequest, { onSuccess: (data) => router.push(`/coordination/${data.id}`) });
  const { errors, failure } = form;
  return (
    <ActionForm form={form} className="space-y-4" noValidate data-testid="coordination-form">
      <FormMessage state={failure} />
      {request && <input type="hidden" name="id" value={request.id} />}
      <TextField name="title" label={t("coordination.itemTitle")} errors={errors} defaultValue={request?.title} required />
      <TextareaField name="content" label={t("coordination.content")} errors={errors} defaultValue={request?.content} rows={5} required />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField name="addresseeKind" label={t("coordination.addresseeKind")} errors={errors} defaultValue={request?.addresseeKind ?? "CITY_LEADER"} options={ADDRESSEE_KINDS.map((kind) => ({ value: kind, label: t(`enums.CoordinationAddressee.${kind}`) }))} />
        <TextField name="addressee" label={t("coordination.addressee")} placeholder={t("coordination.addresseePlaceholder")} errors={errors} defaultValue={request?.addressee} required />
        <SelectField
          name="workItemId"
          label={t("coordination.workItem")}
          errors={errors}
          defaultValue={request?.workItemId ?? ""}
          emptyLabel={t("coordination.noWorkItem")}
          options={workItems.map((item) => ({ value: item.id, label: `${item.code} ${item.title}` }))}
        />
        <TextField name="dueDate" type="date" label={t("coordination.dueDate")} errors={errors} defaultValue={request?.dueDate ?? ""} />
        {units && (
          <SelectField name="unitId" label={t("coordination.unit")} hint={t("coordination.unitHint")} errors={errors} defaultValue={request?.unitId ?? ""} emptyLabel={t("resources.none")} options={units.map((unit) => ({ value: unit.id, label: unit.name }))} />
        )}
      </div>
      <SubmitButton pendingText={t("common.saving")}>{t("common.save")}</SubmitButton>
    </ActionForm>
  );
}
