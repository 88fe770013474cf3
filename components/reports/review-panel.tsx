"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { acceptReport, returnReport } from "@/lib/reports/actions";
import type { ActionResult } from "@/lib/server/result";
import { Field, FormMessage, Textarea } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";

type Result = ActionResult<{ id: string }> | null;

/** Accept a submitted report, or return it with a reason (the unit is notified either way). */
export function ReviewPanel({ reportId }: { reportId: string }) {
  const t = useTranslations("reports.review");
  const [accepted, accept] = useActionState<Result, FormData>(acceptReport, null);
  const [returned, giveBack] = useActionState<Result, FormData>(returnReport, null);
  const errors = returned && !returned.ok ? returned.fieldErrors : {};
  return (
    <div className="space-y-4" data-testid="review-panel">
      <form action={accept} className="space-y-2">
        <FormMessage state={accepted && !accepted.ok ? accepted : null} />
        <input type="hidden" name="id" value={reportId} />
        <SubmitButton className="w-full">{t("accept")}</SubmitButton>
      </form>
      <form action={giveBack} className="space-y-2 border-t border-slate-100 pt-4" noValidate>
        <FormMessage state={returned && !returned.ok && Object.keys(errors).length === 0 ? returned : null} />
        <input type="hidden" name="id" value={reportId} />
        <Field label={t("reason")} htmlFor="return-reason" error={errors.reason} hint={t("reasonHint")} required>
          <Textarea id="return-reason" name="reason" rows={3} invalid={Boolean(errors.reason)} />
        </Field>
        <SubmitButton variant="danger" className="w-full">{t("return")}</SubmitButton>
      </form>
    </div>
  );
}
