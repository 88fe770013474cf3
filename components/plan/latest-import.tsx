"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Badge, type Tone } from "@/components/ui/badge";
import { FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { retryPlanImport } from "@/lib/plan/import-actions";

export interface LatestImportView {
  id: string;
  status: "RUNNING" | "SUCCEEDED" | "FAILED";
  fileName: string;
  /** Formatted on the server, in the zone's time zone. */
  createdAt: string;
  attempt: number;
  phase: "read" | "validate" | "write" | null;
  done: number;
  total: number;
  error: string | null;
  retryable: boolean;
}

const STATUS_TONES: Record<LatestImportView["status"], Tone> = { RUNNING: "blue", SUCCEEDED: "green", FAILED: "red" };

/** The zone's latest plan import: how it ended, and a retry when it failed (the page follows a running one). */
export function LatestImport({ latest }: { latest: LatestImportView }) {
  const t = useTranslations("planManage.import");
  const router = useRouter();
  const form = useFormAction(retryPlanImport, { onSuccess: () => router.refresh() });
  const running = latest.status === "RUNNING";
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), 1500);
    return () => clearInterval(timer);
  }, [running, router]);
  const statusLabel = running ? t("latest.running") : latest.status === "SUCCEEDED" ? t("latest.succeeded") : t("latest.failed");
  const phase = latest.phase === "write" ? t("phaseWrite") : latest.phase === "read" ? t("phaseRead") : t("phaseValidate");

  return (
    <section className="space-y-2" data-testid="latest-import" data-status={latest.status}>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <Badge tone={STATUS_TONES[latest.status]}>{statusLabel}</Badge>
        <span className="font-medium text-slate-800">{latest.fileName}</span>
        <span className="text-slate-500">
          {t("latest.startedAt")} {latest.createdAt}
          {latest.attempt > 1 ? ` · ${t("latest.attempt", { attempt: latest.attempt })}` : ""}
        </span>
      </div>
      {running && latest.phase && (
        <div role="status" className="space-y-1">
          <progress className="h-2 w-full max-w-xl" value={latest.done} max={Math.max(1, latest.total)} />
          <p className="text-sm text-slate-600">{t("progress", { phase, done: latest.done, total: latest.total })}</p>
        </div>
      )}
      {latest.status === "FAILED" && (
        <>
          {latest.error && (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="latest-import-error">
              {t("latest.reason", { message: latest.error })}
            </p>
          )}
          {latest.retryable ? (
            <ActionForm form={form} className="space-y-2">
              <input type="hidden" name="id" value={latest.id} />
              <FormMessage state={form.failure} />
              <p className="text-xs text-slate-500">{t("latest.retryHint")}</p>
              <SubmitButton pendingText={t("latest.retrying")} testId="import-retry">{t("latest.retry")}</SubmitButton>
            </ActionForm>
          ) : (
            <p className="text-xs text-slate-500">{t("latest.notRetryable")}</p>
          )}
        </>
      )}
    </section>
  );
}
