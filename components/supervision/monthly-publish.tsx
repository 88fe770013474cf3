"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { publishMonthlyReport, saveMonthlyCommentary } from "@/lib/supervision/actions";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Textarea } from "@/components/ui/form";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";

/** The office's commentary on the month, saved as a draft or published with the frozen figures. */
export function MonthlyPublish({ month, commentary }: { month: string; commentary: string }) {
  const t = useTranslations("supervision.monthly");
  const save = useFormAction(saveMonthlyCommentary);
  const { state: saved, pending: saving } = save;
  const publish = useFormAction(publishMonthlyReport);
  const { state: published, pending: publishing } = publish;
  const [text, setText] = useState(commentary);
  const errors = published && !published.ok ? published.fieldErrors : {};
  return (
    <div className="space-y-3" data-testid="monthly-publish">
      <FormMessage state={published && !published.ok && !errors.commentary ? published : saved && !saved.ok ? saved : null} />
      {saved?.ok && <p role="status" className="text-sm text-green-700">{t("commentarySaved")}</p>}
      <ActionForm form={save} className="space-y-3" noValidate>
        <input type="hidden" name="month" value={month} />
        <Field label={t("commentary")} htmlFor="commentary" error={errors.commentary} hint={t("commentaryHint")} required>
          <Textarea id="commentary" name="commentary" rows={8} value={text} onChange={(event) => setText(event.target.value)} invalid={Boolean(errors.commentary)} />
        </Field>
        <Button type="submit" variant="secondary" disabled={saving} className="w-full">{saving ? t("saving") : t("saveCommentary")}</Button>
      </ActionForm>
      <ActionForm form={publish} className="border-t border-slate-100 pt-3">
        <input type="hidden" name="month" value={month} />
        <input type="hidden" name="commentary" value={text} />
        <p className="mb-2 text-xs text-slate-500">{t("publishHint")}</p>
        <Button type="submit" disabled={publishing} className="w-full" data-testid="publish-monthly">{publishing ? t("publishing") : t("publish")}</Button>
      </ActionForm>
    </div>
  );
}
