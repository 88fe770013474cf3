"use client";

import { useTranslations } from "next-intl";
import { login } from "@/lib/auth/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Field, FormMessage, Input } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const form = useFormAction(login);
  const { errors, failure } = form;
  return (
    <ActionForm form={form} className="space-y-4">
      <FormMessage state={failure} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? "/"} />
      <Field label={t("email")} htmlFor="email" error={errors.email} required>
        <Input id="email" name="email" type="email" autoComplete="username" invalid={Boolean(errors.email)} required />
      </Field>
      <Field label={t("password")} htmlFor="password" error={errors.password} required>
        <Input id="password" name="password" type="password" autoComplete="current-password" invalid={Boolean(errors.password)} required />
      </Field>
      <SubmitButton className="w-full" pendingText={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </ActionForm>
  );
}
