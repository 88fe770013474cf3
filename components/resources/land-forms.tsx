"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/ui/form";
import { SelectField, TextareaField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { createLandBatch, createLandProject, setLandNeeded, updateLandBatch, updateLandProject } from "@/lib/resources/land-actions";
import type { LandBatchDetail, LandProjectRow } from "@/lib/resources/queries";
import { LAND_BATCH_STATUSES } from "@/lib/resources/enums";
import type { Choice } from "./funding-form";
import { MoneyFields } from "./money-fields";

export function LandNeededForm({ neededMu }: { neededMu: string }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useFormAction(setLandNeeded, { onSuccess: () => router.refresh() });
  const { errors, failure, state } = form;
  return (
    <ActionForm form={form} className="flex flex-wrap items-end gap-3" noValidate data-testid="land-needed-form">
      <TextField name="landNeededMu" inputMode="decimal" label={t("resources.land.neededLabel")} errors={errors} defaultValue={neededMu} className="w-48" />
      <SubmitButton pendingText={t("common.saving")}>{t("common.save")}</SubmitButton>
      <FormMessage state={failure ?? (state?.ok ? { ok: true, message: t("resources.saved") } : null)} />
    </ActionForm>
  );
}

export function LandBatchForm({ batch, parks, nextSeq }: { batch?: LandBatchDetail; parks: Choice[]; nextSeq?: number }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useFormAction(batch ? updateLandBatch : createLandBatch, { onSuccess: (data) => (batch ? router.refresh() : router.push(`/resources/land/batches/${data.id}`)) });
  const { errors, failure } = form;
  const fromProjects = Boolean(batch?.projects.length);
  return (
    <ActionForm form={form} className="space-y-4" noValidate data-testid="land-batch-form">
      <FormMessage state={failure} />
      {batch && <input type="hidden" name="id" value={batch.id} />}
      <div className="grid gap-4 md:grid-cols-[8rem_1fr_1fr]">
        <TextField name="seq" type="number" min={1} label={t("resources.land.seq")} errors={errors} defaultValue={batch?.seq ?? nextSeq} required />
        <TextField name="name" label={t("resources.land.batchName")} errors={errors} defaultValue={batch?.name} required />
        <SelectField name="parkId" label={t("resources.park")} errors={errors} defaultValue={batch?.park?.id ?? ""} emptyLabel={t("resources.none")} options={parks.map((park) => ({ value: park.id, label: park.name }))} />
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <TextField name="areaMu" inputMode="decimal" label={t("resources.land.areaMu")} errors={errors} defaultValue={batch?.areaMu} required />
        {fromProjects ? (
          <TextField name="approvedMu" label={t("resources.land.approvedMu")} errors={errors} value={batch!.approvedMu} readOnly hint={t("resources.land.approvedFromProjects")} />
        ) : (
          <TextField name="approvedMu" inputMode="decimal" label={t("resources.land.approvedMu")} errors={errors} defaultValue={batch?.approvedMu ?? ""} />
        )}
        <SelectField name="status" label={t("resources.status")} errors={errors} defaultValue={batch?.status ?? "PREPARING"} options={LAND_BATCH_STATUSES.map((status) => ({ value: status, label: t(`enums.LandBatchStatus.${status}`) }))} />
        <TextField name="submittedAt" type="date" label={t("resources.land.submittedAt")} errors={errors} defaultValue={batch?.submittedAt ?? ""} />
        <TextField name="approvedAt" type="date" label={t("resources.land.approvedAt")} errors={errors} defaultValue={batch?.approvedAt ?? ""} />
      </div>
      <TextareaField name="note" label={t("resources.note")} errors={errors} defaultValue={batch?.note ?? ""} />
      <SubmitButton pendingText={t("common.saving")}>{t("common.save")}</SubmitButton>
    </ActionForm>
  );
}

/** Adds a project to a batch, or edits one in place. */
export function LandProjectForm({ batchId, project }: { batchId: string; project?: LandProjectRow }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useFormAction(project ? updateLandProject : createLandProject, { onSuccess: () => router.refresh(), resetOnSuccess: !project });
  const { errors, failure } = form;
  const prefix = project ? `project-${project.id}-` : "new-project-";
  return (
    <ActionForm form={form} className="space-y-3" noValidate data-testid={project ? "land-project-form" : "new-land-project-form"}>
      <FormMessage state={failure} />
      {project ? <input type="hidden" name="id" value={project.id} /> : <input type="hidden" name="batchId" value={batchId} />}
      <div className="grid gap-3 md:grid-cols-4">
        <TextField idPrefix={prefix} name="name" label={t("resources.land.projectName")} errors={errors} defaultValue={project?.name} required className="md:col-span-2" />
        <TextField idPrefix={prefix} name="areaMu" inputMode="decimal" label={t("resources.land.projectArea")} errors={errors} defaultValue={project?.areaMu} required />
        <TextField idPrefix={prefix} name="approvedMu" inputMode="decimal" label={t("resources.land.projectApproved")} errors={errors} defaultValue={project?.approvedMu ?? ""} />
        <TextField idPrefix={prefix} name="approvalRef" label={t("resources.land.approvalRef")} errors={errors} defaultValue={project?.approvalRef ?? ""} className="md:col-span-2" />
        <TextField idPrefix={prefix} name="approvedAt" type="date" label={t("resources.land.approvedAt")} errors={errors} defaultValue={project?.approvedAt ?? ""} />
        <TextField idPrefix={prefix} name="sortOrder" type="number" min={0} label={t("planManage.sortOrder")} errors={errors} defaultValue={project?.sortOrder ?? 0} />
      </div>
      <MoneyFields idPrefix={prefix} className="grid gap-3 md:grid-cols-4" errors={errors} fields={[{ name: "investment", label: t("resources.land.investment"), yuan: project?.investment ?? null }]} />
      <SubmitButton pendingText={t("common.saving")}>{project ? t("common.save") : t("resources.land.newProject")}</SubmitButton>
    </ActionForm>
  );
}
