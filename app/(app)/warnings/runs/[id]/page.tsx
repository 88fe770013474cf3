import { getLocale, getTranslations } from "next-intl/server";
import { RetryRunButton, RunPoller } from "@/components/warnings/run-controls";
import { RunStatusBadge } from "@/components/warnings/run-status";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader, Stat } from "@/components/ui/card";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format";
import { getWarningRun } from "@/lib/warnings/queries";
import { RUN_BATCH_UNITS } from "@/lib/warnings/run";
import { WORKER_STOPPED } from "@/lib/warnings/run-job";

export default async function WarningRunPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("warning.manage");
  const { id } = await params;
  const [t, locale, run] = await Promise.all([getTranslations(), getLocale(), orNotFound(getWarningRun(user, id))]);
  const percent = run.total > 0 ? Math.floor((run.progress / run.total) * 100) : run.status === "RUNNING" ? 0 : 100;
  const steps = Math.max(1, Math.ceil(run.total / RUN_BATCH_UNITS));
  const step = Math.min(steps, Math.floor(run.progress / RUN_BATCH_UNITS) + (run.status === "RUNNING" ? 1 : 0));
  const waiting = run.status === "RUNNING" && run.queued && run.progress === 0;
  return (
    <div className="space-y-4">
      <RunPoller running={run.status === "RUNNING"} />
      <PageHeader
        title={`${t("warnings.run.title")} · ${formatDateTime(run.startedAt, locale, user.timeZone)}`}
        description={`${t(`warnings.run.triggers.${run.trigger}`)} · ${t("warnings.run.asOf")} ${formatDateTime(run.asOf, locale, user.timeZone)}`}
        actions={
          <>
            <ButtonLink href="/warnings" variant="primary">{t("warnings.inboxTitle")}</ButtonLink>
            <ButtonLink href="/warnings/runs">{t("common.back")}</ButtonLink>
          </>
        }
      />
      <Card>
        <div className="mb-2 flex items-center justify-between gap-2 text-sm">
          <RunStatusBadge status={run.status} />
          <span className="tabular-nums text-slate-600" data-testid="run-progress">
            {t("warnings.run.percent", { percent })} · {t(run.status === "RUNNING" ? "warnings.run.running" : "warnings.run.done", { progress: run.progress, total: run.total })}
          </span>
        </div>
        <div className="h-3 w-full overflow-hidden rounded-full bg-slate-200" role="progressbar" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100} aria-label={t("warnings.run.progress")}>
          <div className="h-full rounded-full bg-brand-600 transition-all" style={{ width: `${percent}%` }} />
        </div>
        <p className="mt-2 text-xs text-slate-500" data-testid="run-step">
          {waiting ? t("warnings.run.queued") : t("warnings.run.step", { step, steps, size: RUN_BATCH_UNITS })}
          {run.attempt > 1 && ` · ${t("warnings.run.attempt", { attempt: run.attempt })}`}
        </p>
        {run.error && <p className="mt-3 text-sm text-red-700">{t("warnings.run.error")}: {run.error === WORKER_STOPPED ? t("warnings.run.workerStopped") : run.error}</p>}
        {run.status === "FAILED" && run.queued && <RetryRunButton runId={run.id} />}
      </Card>
      <div className="grid grid-cols-3 gap-3">
        <Stat label={t("warnings.run.opened")} value={run.opened} tone="red" />
        <Stat label={t("warnings.run.changed")} value={run.changed} tone="orange" />
        <Stat label={t("warnings.run.resolved")} value={run.resolved} tone="green" />
      </div>
      {run.finishedAt && <p className="text-sm text-slate-500">{t("warnings.run.finishedAt")} {formatDateTime(run.finishedAt, locale, user.timeZone)}</p>}
    </div>
  );
}
