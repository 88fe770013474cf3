"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/ui/form";
import { SelectField, TextareaField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { createMeasure, updateMeasure } from "@/lib/plan/actions";
import type { MeasureFormValues } from "@/lib/plan/queries";

export function MeasureForm({ measure, tasks, taskId }: { measure?: MeasureFormValues; tasks: { id: string; code: string; title: string }[]; taskId?: string }) {
  const t = useTranslations("planManage");
  const tc = useTranslations("common");
  const router = useRouter();
  const form = useFormAction(measure ? updateMeasure : createMeasure, { onSuccess: () => router.push("/plan") });
  const { errors, failure } = form;
  return (
    <ActionForm form={form} className="max-w-xl space-y-4" noValidate data-testid="measure-form">
      <FormMessage state={failure} />
      {measure && <input type="hidden" name="id" value={measure.id} />}
      <SelectField
        name="taskId"
        label={t("task")}
        errors={errors}
        defaultValue={measure?.taskId ?? taskId}
        options={tasks.map((task) => ({ value: task.id, label: `${task.code} ${task.title}` }))}
        required
      />
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <TextField name="code" label={t("code")} errors={errors} defaultValue={measure?.code} required />
        <TextField name="title" label={t("measureTitle")} errors={errors} defaultValue={measure?.title} required />
      </div>
      <TextareaField name="description" label={t("description")} errors={errors} defaultValue={measure?.description ?? ""} />
      <TextField name="sortOrder" type="number" min={0} label={t("sortOrder")} errors={errors} defaultValue={measure?.sortOrder ?? 0} className="max-w-40" />
      <SubmitButton pendingText={tc("saving")}>{tc("save")}</SubmitButton>
    </ActionForm>
  );
}
