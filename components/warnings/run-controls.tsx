"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/server/result";
import { startWarningRun } from "@/lib/warnings/actions";

/** Starts a zone-wide run and opens its progress page. */
export function StartRunButton() {
  const t = useTranslations("warnings.run");
  const router = useRouter();
  const [state, action] = useActionState<ActionResult<{ id: string }> | null, FormData>(startWarningRun, null);
  useEffect(() => {
    if (state?.ok) router.push(`/warnings/runs/${state.data.id}`);
  }, [state, router]);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state && !state.ok ? state : null} />
      <SubmitButton pendingText={t("starting")}>{t("start")}</SubmitButton>
    </form>
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
