"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/ui/form";
import { TextareaField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { createTask, updateTask } from "@/lib/plan/actions";
import type { TaskFormValues } from "@/lib/plan/queries";

export function TaskForm({ task }: { task?: TaskFormValues }) {
  const t = useTranslations("planManage");
  const tc = useTranslations("common");
  const router = useRouter();
  const form = useFormAction(task ? updateTask : createTask, { onSuccess: () => router.push("/plan") });
  const { errors, failure } = form;
  return (
    <ActionForm form={form} className="max-w-xl space-y-4" noValidate data-testid="task-form">
      <FormMessage state={failure} />
      {task && <input type="hidden" name="id" value={task.id} />}
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <TextField name="code" label={t("code")} errors={errors} defaultValue={task?.code} required />
        <TextField name="title" label={t("taskTitle")} errors={errors} defaultValue={task?.title} required />
      </div>
      <TextareaField name="description" label={t("description")} errors={errors} defaultValue={task?.description ?? ""} />
      <TextField name="sortOrder" type="number" min={0} label={t("sortOrder")} errors={errors} defaultValue={task?.sortOrder ?? 0} className="max-w-40" />
      <SubmitButton pendingText={tc("saving")}>{tc("save")}</SubmitButton>
    </ActionForm>
  );
}
