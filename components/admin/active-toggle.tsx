"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/server/result";
import { FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";

type ToggleAction = (previous: ActionResult<{ id: string }> | null, formData: FormData) => Promise<ActionResult<{ id: string }>>;

/** Activate / deactivate a record (a user or a unit) with the given server action. */
export function ActiveToggle({ id, active, action }: { id: string; active: boolean; action: ToggleAction }) {
  const t = useTranslations();
  const [state, formAction] = useActionState<ActionResult<{ id: string }> | null, FormData>(action, null);
  return (
    <form
      action={formAction}
      className="space-y-2"
      onSubmit={(event) => {
        if (active && !window.confirm(t("admin.confirmDeactivate"))) event.preventDefault();
      }}
    >
      <FormMessage state={state && !state.ok ? state : null} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <SubmitButton variant={active ? "danger" : "primary"}>{active ? t("admin.deactivate") : t("admin.activate")}</SubmitButton>
    </form>
  );
}
