import { getLocale, getTranslations } from "next-intl/server";
import { AppealForm } from "@/components/assessment/appeal-forms";
import { AppealList } from "@/components/assessment/appeal-list";
import { Breakdown } from "@/components/assessment/breakdown";
import { PointLines } from "@/components/assessment/point-lines";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader, Stat } from "@/components/ui/card";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getUnitBreakdown } from "@/lib/assessment/queries";
import { COMPONENTS } from "@/lib/assessment/scoring";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("assessment") };
}

export default async function UnitAssessmentPage({ params, searchParams }: { params: Promise<{ quarter: string; unitId: string }>; searchParams: Promise<{ stage?: string }> }) {
  const user = await pageUser("assessment.read");
  const [{ quarter, unitId }, { stage }] = await Promise.all([params, searchParams]);
  const [t, locale, breakdown] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>, orNotFound(getUnitBreakdown(user, quarter, unitId, stage === "draft" ? "DRAFT" : "PUBLISHED"))]);
  const label = t("assessment.quarterLabel", { year: Number(quarter.slice(0, 4)), quarter: Number(quarter.slice(6)) });
  const category = t(`enums.UnitKind.${breakdown.category as "PARK"}`);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("assessment.breakdown.title", { unit: breakdown.unit.name, quarter: label })}
        description={breakdown.stage === "DRAFT" ? t("assessment.breakdown.draftNote") : t("assessment.breakdown.publishedNote")}
        actions={<ButtonLink href={user.role === "REPORTER" ? "/assessment" : `/assessment/${quarter}`}>{t("common.back")}</ButtonLink>}
      />
      <p className="text-sm text-slate-600" data-testid="round-rule">
        {t("assessment.round.ruleLine", { rule: t(`assessment.round.rules.${breakdown.rules.missingDataRule}`), days: breakdown.rules.appealWorkingDays })}
        {breakdown.stage === "PUBLISHED" && breakdown.rules.publishedBeforeEnd && <Badge tone="orange" className="ml-2">{t("assessment.round.earlyTag")}</Badge>}
      </p>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        <Stat label={t("assessment.round.total")} value={<span data-testid="unit-total">{breakdown.totalScore.toFixed(2)}</span>} />
        <Stat label={t("assessment.round.rank")} value={breakdown.rank ? t("assessment.breakdown.rankOf", { rank: breakdown.rank, of: breakdown.of }) : "—"} />
        <Stat label={t("assessment.round.categoryRank")} value={<span data-testid="unit-category-rank">{breakdown.categoryRank ? t("assessment.breakdown.rankOf", { rank: breakdown.categoryRank, of: breakdown.categoryOf }) : "—"}</span>} hint={category} />
        <Stat label={t("assessment.round.computed")} value={breakdown.computedScore.toFixed(2)} />
        <Stat label={t("assessment.round.adjustment")} value={breakdown.adjustment > 0 ? `+${breakdown.adjustment}` : breakdown.adjustment} hint={breakdown.adjustmentReason ?? undefined} />
      </div>
      <Card title={t("assessment.points.title")}>
        <p className="mb-2 text-xs text-slate-500">{t("assessment.points.hint")}</p>
        <PointLines lines={breakdown.points} />
      </Card>
      <Breakdown breakdown={breakdown} />
      {breakdown.stage === "PUBLISHED" && (
        <Card title={t("assessment.appeal.title")}>
          <div id="appeals" className="space-y-4">
            <AppealList appeals={breakdown.appeals} timeZone={user.timeZone} canDecide={can(user, "assessmentAppeal.decide")} showUnit={false} />
            {breakdown.canAppeal && breakdown.rules.appealDeadline && (
              <div className="border-t border-slate-100 pt-3">
                <p className="mb-2 text-sm text-slate-600">{t("assessment.appeal.window", { date: formatDate(breakdown.rules.appealDeadline, locale) })}</p>
                <AppealForm quarter={quarter} componentLabels={Object.fromEntries(COMPONENTS.map((component) => [component, t(`enums.AssessmentComponentKind.${component}`)]))} />
              </div>
            )}
            {!breakdown.canAppeal && can(user, "assessmentAppeal.file") && breakdown.rules.appealDeadline && !breakdown.rules.appealOpen && (
              <p className="text-sm text-slate-500">{t("assessment.appeal.closed", { deadline: formatDate(breakdown.rules.appealDeadline, locale) })}</p>
            )}
          </div>
        </Card>
      )}
    </div>
  );
}
