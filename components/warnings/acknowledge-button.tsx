"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/server/result";
import { acknowledgeWarnings } from "@/lib/warnings/actions";

export function AcknowledgeButton({ warningId }: { warningId: string }) {
  const t = useTranslations("warnings");
  const [state, action] = useActionState<ActionResult<{ count: number }> | null, FormData>(acknowledgeWarnings, null);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state && !state.ok ? state : null} />
      <input type="hidden" name="warning" value={warningId} />
      <SubmitButton variant="secondary">{t("acknowledge")}</SubmitButton>
    </form>
  );
}
