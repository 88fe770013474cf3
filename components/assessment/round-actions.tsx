"use client";

import { useTranslations } from "next-intl";
import { computeAssessment, publishAssessment } from "@/lib/assessment/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form";
import { ActionForm } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";

/** Compute (or recompute) the quarter's draft from the data, and publish it. */
export function RoundActions({ quarter, canPublish, published }: { quarter: string; canPublish: boolean; published: boolean }) {
  const t = useTranslations("assessment.round");
  const compute = useFormAction(computeAssessment);
  const { state: computed, pending: computing } = compute;
  const publish = useFormAction(publishAssessment, { onSubmit: () => window.confirm(t(published ? "confirmRepublish" : "confirmPublish")) });
  const { state: publishedState, pending: publishing } = publish;
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="round-actions">
      <ActionForm form={compute}>
        <input type="hidden" name="quarter" value={quarter} />
        <Button type="submit" variant="secondary" disabled={computing} aria-busy={computing}>{computing ? t("computing") : canPublish ? t("recompute") : t("compute")}</Button>
      </ActionForm>
      {canPublish && (
        <ActionForm form={publish}>
          <input type="hidden" name="quarter" value={quarter} />
          <Button type="submit" disabled={publishing} aria-busy={publishing} data-testid="publish-round">{publishing ? t("publishing") : published ? t("republish") : t("publish")}</Button>
        </ActionForm>
      )}
      <FormMessage state={computed && !computed.ok ? computed : publishedState && !publishedState.ok ? publishedState : null} />
    </div>
  );
}
