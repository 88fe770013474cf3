"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/ui/form";
import { SelectField, TextareaField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { createFundingItem, updateFundingItem } from "@/lib/resources/funding-actions";
import type { FundingRow } from "@/lib/resources/queries";
import { ADMIN_LEVELS, FUNDING_KINDS, FUNDING_STATUSES } from "@/lib/resources/enums";
import { MoneyFields } from "./money-fields";

export interface Choice {
  id: string;
  name: string;
}

export function FundingForm({ item, parks, units }: { item?: FundingRow; parks: Choice[]; units: Choice[] }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useFormAction(item ? updateFundingItem : createFundingItem, { onSuccess: () => router.push("/resources/funds") });
  const { errors, failure } = form;
  return (
    <ActionForm form={form} className="space-y-4" noValidate data-testid="funding-form">
      <FormMessage state={failure} />
      {item && <input type="hidden" name="id" value={item.id} />}
      <TextField name="name" label={t("resources.funds.name")} errors={errors} defaultValue={item?.name} required />
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField name="sourceLevel" label={t("resources.funds.sourceLevel")} errors={errors} defaultValue={item?.sourceLevel ?? "PROVINCIAL"} options={ADMIN_LEVELS.map((level) => ({ value: level, label: t(`enums.AdminLevel.${level}`) }))} />
        <SelectField name="kind" label={t("resources.funds.kind")} errors={errors} defaultValue={item?.kind ?? "GRANT"} options={FUNDING_KINDS.map((kind) => ({ value: kind, label: t(`enums.FundingKind.${kind}`) }))} />
        <SelectField name="status" label={t("resources.status")} errors={errors} defaultValue={item?.status ?? "PLANNED"} options={FUNDING_STATUSES.map((status) => ({ value: status, label: t(`enums.FundingStatus.${status}`) }))} />
      </div>
      <TextField name="purpose" label={t("resources.funds.purpose")} errors={errors} defaultValue={item?.purpose ?? ""} />
      <MoneyFields
        className="grid gap-4 md:grid-cols-4"
        errors={errors}
        fields={[
          { name: "amountSought", label: t("resources.funds.sought"), yuan: item?.amountSought ?? null, required: true },
          { name: "amountApproved", label: t("resources.funds.approved"), yuan: item?.amountApproved ?? null },
          { name: "amountArrived", label: t("resources.funds.arrived"), yuan: item?.amountArrived ?? null },
        ]}
      />
      <div className="grid gap-4 md:grid-cols-3">
        <TextField name="appliedAt" type="date" label={t("resources.funds.appliedAt")} errors={errors} defaultValue={item?.appliedAt ?? ""} />
        <TextField name="approvedAt" type="date" label={t("resources.funds.approvedAt")} errors={errors} defaultValue={item?.approvedAt ?? ""} />
        <TextField name="arrivedAt" type="date" label={t("resources.funds.arrivedAt")} errors={errors} defaultValue={item?.arrivedAt ?? ""} />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField name="parkId" label={t("resources.park")} errors={errors} defaultValue={item?.park?.id ?? ""} emptyLabel={t("resources.none")} options={parks.map((park) => ({ value: park.id, label: park.name }))} />
        <SelectField name="leadUnitId" label={t("resources.leadUnit")} errors={errors} defaultValue={item?.leadUnit?.id ?? ""} emptyLabel={t("resources.none")} options={units.map((unit) => ({ value: unit.id, label: unit.name }))} />
      </div>
      <TextareaField name="note" label={t("resources.note")} errors={errors} defaultValue={item?.note ?? ""} />
      <SubmitButton pendingText={t("common.saving")}>{t("common.save")}</SubmitButton>
    </ActionForm>
  );
}
