"use client";

import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { retryWarningRun, startWarningRun } from "@/lib/warnings/actions";

/** Starts a zone-wide run and opens its progress page. */
export function StartRunButton() {
  const t = useTranslations("warnings.run");
  const router = useRouter();
  const form = useFormAction(startWarningRun, { onSuccess: (data) => router.push(`/warnings/runs/${data.id}`) });
  return (
    <ActionForm form={form} className="space-y-2">
      <FormMessage state={form.failure} />
      <SubmitButton pendingText={t("starting")}>{t("start")}</SubmitButton>
    </ActionForm>
  );
}

/** Puts a failed run back on the queue; the page then follows it again. */
export function RetryRunButton({ runId }: { runId: string }) {
  const t = useTranslations("warnings.run");
  const router = useRouter();
  const form = useFormAction(retryWarningRun, { onSuccess: () => router.refresh() });
  return (
    <ActionForm form={form} className="mt-3 space-y-2">
      <input type="hidden" name="id" value={runId} />
      <FormMessage state={form.failure} />
      <SubmitButton pendingText={t("retrying")} testId="run-retry">{t("retry")}</SubmitButton>
    </ActionForm>
  );
}

/** While a run is RUNNING, re-renders the page every second to show its progress. */
export function RunPoller({ running }: { running: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), 1000);
    return () => clearInterval(timer);
  }, [running, router]);
  return null;
}
