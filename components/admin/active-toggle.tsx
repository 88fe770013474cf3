"use client";

import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/server/result";
import { FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";

type ToggleAction = (previous: ActionResult<{ id: string }> | null, formData: FormData) => Promise<ActionResult<{ id: string }>>;

/** Activate / deactivate a record (a user or a unit) with the given server action. */
export function ActiveToggle({ id, active, action }: { id: string; active: boolean; action: ToggleAction }) {
  const t = useTranslations();
  const form = useFormAction(action, { onSubmit: () => !active || window.confirm(t("admin.confirmDeactivate")) });
  return (
    <ActionForm form={form} className="space-y-2">
      <FormMessage state={form.failure} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <SubmitButton variant={active ? "danger" : "primary"}>{active ? t("admin.deactivate") : t("admin.activate")}</SubmitButton>
    </ActionForm>
  );
}
