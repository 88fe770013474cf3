"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { markNotificationsRead } from "@/lib/notifications/actions";
import type { ActionResult } from "@/lib/server/result";

/** Marks one notification (with `id`) or all of the reader's as read. */
export function MarkReadForm({ id }: { id?: string }) {
  const t = useTranslations("notifications");
  const [state, action] = useActionState<ActionResult<{ count: number }> | null, FormData>(markNotificationsRead, null);
  return (
    <form action={action} className="inline-flex items-center gap-2">
      <FormMessage state={state && !state.ok ? state : null} />
      {id && <input type="hidden" name="id" value={id} />}
      <SubmitButton variant="secondary" className="px-2 py-1 text-xs">{id ? t("markRead") : t("markAllRead")}</SubmitButton>
    </form>
  );
}
