"use client";

import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { resetUserPassword } from "@/lib/org/actions";
import { Field, FormMessage, Input } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";

export function ResetPasswordForm({ userId }: { userId: string }) {
  const t = useTranslations();
  const action = useFormAction(resetUserPassword);
  const { state } = action;
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <ActionForm form={action} className="space-y-3" noValidate>
      <FormMessage state={state?.ok ? { ok: true, message: t("admin.passwordReset") } : state} />
      <input type="hidden" name="id" value={userId} />
      <Field label={t("admin.newPassword")} htmlFor="new-password" error={errors.password} hint={t("admin.passwordHint")}>
        <Input id="new-password" name="password" type="password" autoComplete="new-password" invalid={Boolean(errors.password)} />
      </Field>
      <SubmitButton variant="secondary" pendingText={t("common.saving")}>{t("admin.resetPassword")}</SubmitButton>
    </ActionForm>
  );
}
