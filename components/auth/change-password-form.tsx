"use client";

import { useTranslations } from "next-intl";
import { changeOwnPassword } from "@/lib/auth/actions";
import { Field, FormMessage, Input } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";

export function ChangePasswordForm({ changed }: { changed: boolean }) {
  const t = useTranslations();
  const form = useFormAction(changeOwnPassword, { resetOnSuccess: true });
  const { state, errors, failure } = form;
  const message = failure ?? (changed && !state ? { ok: true, message: t("auth.passwordChanged") } : null);
  return (
    <ActionForm form={form} className="max-w-md space-y-4" noValidate data-testid="change-password-form">
      <FormMessage state={message} />
      <Field label={t("auth.currentPassword")} htmlFor="current-password" error={errors.currentPassword} required>
        <Input id="current-password" name="currentPassword" type="password" autoComplete="current-password" invalid={Boolean(errors.currentPassword)} required />
      </Field>
      <Field label={t("auth.newPassword")} htmlFor="new-password" error={errors.password} hint={t("auth.passwordHint")} required>
        <Input id="new-password" name="password" type="password" autoComplete="new-password" invalid={Boolean(errors.password)} required />
      </Field>
      <Field label={t("auth.confirmPassword")} htmlFor="confirm-password" error={errors.confirmPassword} required>
        <Input id="confirm-password" name="confirmPassword" type="password" autoComplete="new-password" invalid={Boolean(errors.confirmPassword)} required />
      </Field>
      <SubmitButton pendingText={t("common.saving")}>{t("auth.changePassword")}</SubmitButton>
    </ActionForm>
  );
}
