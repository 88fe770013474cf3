import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { RoundActions } from "@/components/assessment/round-actions";
import { ScoreTable } from "@/components/assessment/score-table";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { getRound } from "@/lib/assessment/queries";
import { COMPONENTS } from "@/lib/assessment/scoring";
import { formatDateTime } from "@/lib/format";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("assessment") };
}

export default async function RoundPage({ params }: { params: Promise<{ quarter: string }> }) {
  const user = await pageUser("assessment.read");
  const { quarter } = await params;
  // A unit sees its own result only.
  if (user.role === "REPORTER") redirect(`/assessment/${quarter}/${user.unitId}`);
  const [t, locale, round] = await Promise.all([getTranslations(), getLocale(), orNotFound(getRound(user, quarter))]);
  const title = t("assessment.quarterLabel", { year: round.quarter.year, quarter: round.quarter.quarter });
  const weights = COMPONENTS.map((component) => `${t(`enums.AssessmentComponentKind.${component}`)} ${round.weights[component]}`).join(" · ");
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("assessment.round.title", { quarter: title })}
        description={`${t(`assessment.status.${round.status}`)} · ${t("assessment.round.weights")}：${weights}`}
        actions={
          <>
            {round.canManage && <RoundActions quarter={round.quarter.label} canPublish={(round.draft?.length ?? 0) > 0} published={round.status === "PUBLISHED"} />}
            <ButtonLink href="/assessment">{t("common.back")}</ButtonLink>
          </>
        }
      />
      {round.status === "PUBLISHED" && (
        <Card title={t("assessment.round.publishedRanking")} actions={<span className="text-xs text-slate-500">{t("assessment.round.publishedLine", { at: formatDateTime(round.publishedAt, locale, user.timeZone), by: round.publishedBy ?? "—" })}</span>}>
          <div data-testid="published-ranking">
            <ScoreTable rows={round.published} quarter={round.quarter.label} stage="PUBLISHED" />
          </div>
        </Card>
      )}
      {round.draft && (
        <Card title={t("assessment.round.draft")} actions={<span className="text-xs text-slate-500">{round.computedAt ? t("assessment.round.computedAt", { at: formatDateTime(round.computedAt, locale, user.timeZone) }) : t("assessment.round.notComputed")}</span>}>
          <p className="mb-3 text-sm text-slate-500">{t("assessment.round.draftHint")}</p>
          <div data-testid="draft-ranking">
            <ScoreTable rows={round.draft} quarter={round.quarter.label} stage="DRAFT" adjustable />
          </div>
        </Card>
      )}
    </div>
  );
}
