"use client";

import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { createUser, updateUser } from "@/lib/org/actions";
import { Field, FormMessage, Input, Select } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";

export interface UserFormValues {
  id?: string;
  email: string;
  name: string;
  phone: string | null;
  title: string | null;
  role: string;
  unitId: string;
}

export function UserForm({ user, units, roles }: { user?: UserFormValues; units: { id: string; name: string }[]; roles: { value: string; label: string }[] }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useFormAction(user ? updateUser : createUser, { onSuccess: (data) => router.push(`/admin/users?saved=${data.id}`) });
  const { errors, failure } = form;
  return (
    <ActionForm form={form} className="max-w-xl space-y-4" noValidate data-testid="user-form">
      <FormMessage state={failure} />
      {user?.id && <input type="hidden" name="id" value={user.id} />}
      <Field label={t("admin.email")} htmlFor="email" error={errors.email} required>
        <Input id="email" name="email" type="email" defaultValue={user?.email} invalid={Boolean(errors.email)} autoComplete="off" />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("admin.name")} htmlFor="name" error={errors.name} required>
          <Input id="name" name="name" defaultValue={user?.name} invalid={Boolean(errors.name)} />
        </Field>
        <Field label={t("admin.jobTitle")} htmlFor="title" error={errors.title}>
          <Input id="title" name="title" defaultValue={user?.title ?? ""} invalid={Boolean(errors.title)} />
        </Field>
        <Field label={t("admin.phone")} htmlFor="phone" error={errors.phone}>
          <Input id="phone" name="phone" type="tel" defaultValue={user?.phone ?? ""} invalid={Boolean(errors.phone)} />
        </Field>
        <Field label={t("admin.role")} htmlFor="role" error={errors.role} required>
          <Select id="role" name="role" defaultValue={user?.role ?? "REPORTER"} invalid={Boolean(errors.role)}>
            {roles.map((role) => (
              <option key={role.value} value={role.value}>{role.label}</option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t("admin.unit")} htmlFor="unitId" error={errors.unitId} required>
        <Select id="unitId" name="unitId" defaultValue={user?.unitId ?? ""} invalid={Boolean(errors.unitId)}>
          <option value="">—</option>
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>{unit.name}</option>
          ))}
        </Select>
      </Field>
      {!user && (
        <Field label={t("admin.password")} htmlFor="password" error={errors.password} hint={t("admin.passwordHint")} required>
          <Input id="password" name="password" type="password" autoComplete="new-password" invalid={Boolean(errors.password)} />
        </Field>
      )}
      <SubmitButton pendingText={t("common.saving")}>{t("common.save")}</SubmitButton>
    </ActionForm>
  );
}
