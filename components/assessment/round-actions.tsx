"use client";

import { useTranslations } from "next-intl";
import { computeAssessment, publishAssessment } from "@/lib/assessment/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form";
import { useStickyAction } from "@/components/ui/sticky-action";

/** Compute (or recompute) the quarter's draft from the data, and publish it. */
export function RoundActions({ quarter, canPublish, published }: { quarter: string; canPublish: boolean; published: boolean }) {
  const t = useTranslations("assessment.round");
  const [computed, compute, computing] = useStickyAction(computeAssessment);
  const [publishedState, publish, publishing] = useStickyAction(publishAssessment);
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="round-actions">
      <form onSubmit={compute}>
        <input type="hidden" name="quarter" value={quarter} />
        <Button type="submit" variant="secondary" disabled={computing} aria-busy={computing}>{computing ? t("computing") : canPublish ? t("recompute") : t("compute")}</Button>
      </form>
      {canPublish && (
        <form
          onSubmit={(event) => {
            if (!window.confirm(t(published ? "confirmRepublish" : "confirmPublish"))) {
              event.preventDefault();
              return;
            }
            publish(event);
          }}
        >
          <input type="hidden" name="quarter" value={quarter} />
          <Button type="submit" disabled={publishing} aria-busy={publishing} data-testid="publish-round">{publishing ? t("publishing") : published ? t("republish") : t("publish")}</Button>
        </form>
      )}
      <FormMessage state={computed && !computed.ok ? computed : publishedState && !publishedState.ok ? publishedState : null} />
    </div>
  );
}
