import { getTranslations } from "next-intl/server";
import { Breakdown } from "@/components/assessment/breakdown";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader, Stat } from "@/components/ui/card";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { getUnitBreakdown } from "@/lib/assessment/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("assessment") };
}

export default async function UnitAssessmentPage({ params, searchParams }: { params: Promise<{ quarter: string; unitId: string }>; searchParams: Promise<{ stage?: string }> }) {
  const user = await pageUser("assessment.read");
  const [{ quarter, unitId }, { stage }] = await Promise.all([params, searchParams]);
  const [t, breakdown] = await Promise.all([getTranslations(), orNotFound(getUnitBreakdown(user, quarter, unitId, stage === "draft" ? "DRAFT" : "PUBLISHED"))]);
  const label = t("assessment.quarterLabel", { year: Number(quarter.slice(0, 4)), quarter: Number(quarter.slice(6)) });
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("assessment.breakdown.title", { unit: breakdown.unit.name, quarter: label })}
        description={breakdown.stage === "DRAFT" ? t("assessment.breakdown.draftNote") : t("assessment.breakdown.publishedNote")}
        actions={<ButtonLink href={user.role === "REPORTER" ? "/assessment" : `/assessment/${quarter}`}>{t("common.back")}</ButtonLink>}
      />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat label={t("assessment.round.total")} value={<span data-testid="unit-total">{breakdown.totalScore.toFixed(2)}</span>} />
        <Stat label={t("assessment.round.rank")} value={breakdown.rank ? t("assessment.breakdown.rankOf", { rank: breakdown.rank, of: breakdown.of }) : "—"} />
        <Stat label={t("assessment.round.computed")} value={breakdown.computedScore.toFixed(2)} />
        <Stat label={t("assessment.round.adjustment")} value={breakdown.adjustment > 0 ? `+${breakdown.adjustment}` : breakdown.adjustment} hint={breakdown.adjustmentReason ?? undefined} />
      </div>
      <Breakdown breakdown={breakdown} />
    </div>
  );
}
