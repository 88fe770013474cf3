"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { login, type LoginState } from "@/lib/auth/actions";
import { Field, FormMessage, Input } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState<LoginState | null, FormData>(login, null);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? "/"} />
      <Field label={t("email")} htmlFor="email" error={state?.fieldErrors.email} required>
        <Input id="email" name="email" type="email" autoComplete="username" defaultValue={state?.email} invalid={Boolean(state?.fieldErrors.email)} required />
      </Field>
      <Field label={t("password")} htmlFor="password" error={state?.fieldErrors.password} required>
        <Input id="password" name="password" type="password" autoComplete="current-password" invalid={Boolean(state?.fieldErrors.password)} required />
      </Field>
      <SubmitButton className="w-full" pendingText={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
