"use client";

import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { markNotificationsRead } from "@/lib/notifications/actions";

/** Marks one notification (with `id`) or all of the reader's as read. */
export function MarkReadForm({ id }: { id?: string }) {
  const t = useTranslations("notifications");
  const action = useFormAction(markNotificationsRead);
  const { state } = action;
  return (
    <ActionForm form={action} className="inline-flex items-center gap-2">
      <FormMessage state={state && !state.ok ? state : null} />
      {id && <input type="hidden" name="id" value={id} />}
      <SubmitButton variant="secondary" className="px-2 py-1 text-xs">{id ? t("markRead") : t("markAllRead")}</SubmitButton>
    </ActionForm>
  );
}
