"use client";

import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { createUnit, updateUnit } from "@/lib/org/actions";
import { Field, FormMessage, Input, Select } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";

export interface UnitFormValues {
  id?: string;
  code: string;
  name: string;
  shortName: string;
  kind: string;
  parkId: string | null;
  isMember: boolean;
  contactName: string | null;
  contactPhone: string | null;
  aliases: string[];
  sortOrder: number;
  liaisonId: string | null;
  leaderId: string | null;
}

export interface PersonOption {
  id: string;
  name: string;
  detail: string;
}

export function UnitForm({ unit, parks, kinds, people }: { unit?: UnitFormValues; parks: { id: string; shortName: string }[]; kinds: { value: string; label: string }[]; people: { liaisons: PersonOption[]; leaders: PersonOption[] } }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useFormAction(unit ? updateUnit : createUnit, { onSuccess: (data) => router.push(`/admin/units?saved=${data.id}`) });
  const { errors, failure } = form;
  return (
    <ActionForm form={form} className="max-w-xl space-y-4" noValidate data-testid="unit-form">
      <FormMessage state={failure} />
      {unit?.id && <input type="hidden" name="id" value={unit.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("admin.unitCode")} htmlFor="code" error={errors.code} hint={t("admin.unitCodeHint")} required>
          <Input id="code" name="code" defaultValue={unit?.code} invalid={Boolean(errors.code)} />
        </Field>
        <Field label={t("admin.unitKind")} htmlFor="kind" error={errors.kind} required>
          <Select id="kind" name="kind" defaultValue={unit?.kind ?? "DEPARTMENT"} invalid={Boolean(errors.kind)}>
            {kinds.map((kind) => (
              <option key={kind.value} value={kind.value}>{kind.label}</option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t("admin.unitName")} htmlFor="name" error={errors.name} required>
        <Input id="name" name="name" defaultValue={unit?.name} invalid={Boolean(errors.name)} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("admin.unitShortName")} htmlFor="shortName" error={errors.shortName} required>
          <Input id="shortName" name="shortName" defaultValue={unit?.shortName} invalid={Boolean(errors.shortName)} />
        </Field>
        <Field label={t("admin.unitAliases")} htmlFor="aliases" error={errors.aliases} hint={t("admin.unitAliasesHint")} className="sm:col-span-2">
          <Input id="aliases" name="aliases" defaultValue={unit?.aliases.join("、") ?? ""} invalid={Boolean(errors.aliases)} />
        </Field>
        <Field label={t("admin.park")} htmlFor="parkId" error={errors.parkId}>
          <Select id="parkId" name="parkId" defaultValue={unit?.parkId ?? ""} invalid={Boolean(errors.parkId)}>
            <option value="">{t("admin.noPark")}</option>
            {parks.map((park) => (
              <option key={park.id} value={park.id}>{park.shortName}</option>
            ))}
          </Select>
        </Field>
        <Field label={t("admin.contactName")} htmlFor="contactName" error={errors.contactName}>
          <Input id="contactName" name="contactName" defaultValue={unit?.contactName ?? ""} invalid={Boolean(errors.contactName)} />
        </Field>
        <Field label={t("admin.contactPhone")} htmlFor="contactPhone" error={errors.contactPhone}>
          <Input id="contactPhone" name="contactPhone" type="tel" defaultValue={unit?.contactPhone ?? ""} invalid={Boolean(errors.contactPhone)} />
        </Field>
        <Field label={t("admin.liaison")} htmlFor="liaisonId" error={errors.liaisonId} hint={unit?.id ? t("admin.liaisonHint") : t("admin.liaisonAfterUsers")}>
          <Select id="liaisonId" name="liaisonId" defaultValue={unit?.liaisonId ?? ""} invalid={Boolean(errors.liaisonId)} disabled={people.liaisons.length === 0}>
            <option value="">{t("admin.nobody")}</option>
            {people.liaisons.map((person) => (
              <option key={person.id} value={person.id}>{person.name}</option>
            ))}
          </Select>
        </Field>
        <Field label={t("admin.leader")} htmlFor="leaderId" error={errors.leaderId} hint={t("admin.leaderHint")}>
          <Select id="leaderId" name="leaderId" defaultValue={unit?.leaderId ?? ""} invalid={Boolean(errors.leaderId)}>
            <option value="">{t("admin.nobody")}</option>
            {people.leaders.map((person) => (
              <option key={person.id} value={person.id}>{person.name}（{person.detail}）</option>
            ))}
          </Select>
        </Field>
        <Field label={t("admin.sortOrder")} htmlFor="sortOrder" error={errors.sortOrder}>
          <Input id="sortOrder" name="sortOrder" type="number" min={0} defaultValue={unit?.sortOrder ?? 0} invalid={Boolean(errors.sortOrder)} />
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="isMember" defaultChecked={unit?.isMember ?? true} className="h-4 w-4 rounded border-slate-300" />
        {t("admin.isMember")}
      </label>
      <SubmitButton pendingText={t("common.saving")}>{t("common.save")}</SubmitButton>
    </ActionForm>
  );
}
