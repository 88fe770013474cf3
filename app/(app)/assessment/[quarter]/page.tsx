import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AppealList } from "@/components/assessment/appeal-list";
import { RoundActions } from "@/components/assessment/round-actions";
import { ScoreTable } from "@/components/assessment/score-table";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getRound } from "@/lib/assessment/queries";
import { COMPONENTS } from "@/lib/assessment/scoring";
import { formatDate, formatDateTime } from "@/lib/format";
import { quarterRange } from "@/lib/dates/zone-time";
import type { Locale } from "@/lib/i18n/config";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("assessment") };
}

export default async function RoundPage({ params }: { params: Promise<{ quarter: string }> }) {
  const user = await pageUser("assessment.read");
  const { quarter } = await params;
  // A unit sees its own result only.
  if (user.role === "REPORTER") redirect(`/assessment/${quarter}/${user.unitId}`);
  const [t, locale, round] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>, orNotFound(getRound(user, quarter))]);
  const title = t("assessment.quarterLabel", { year: round.quarter.year, quarter: round.quarter.quarter });
  const weights = COMPONENTS.map((component) => `${t(`enums.AssessmentComponentKind.${component}`)} ${round.weights[component]}`).join(" · ");
  const ruleLine = t("assessment.round.ruleLine", { rule: t(`assessment.round.rules.${round.rules.missingDataRule}`), days: round.rules.appealWorkingDays });
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("assessment.round.title", { quarter: title })}
        description={`${t(`assessment.status.${round.status}`)} · ${t("assessment.round.weights")}：${weights}`}
        actions={<ButtonLink href="/assessment">{t("common.back")}</ButtonLink>}
      />
      <p className="text-sm text-slate-600" data-testid="round-rule">
        {ruleLine}
        {round.rules.appealDeadline && ` · ${t("assessment.round.appealUntil", { date: formatDate(round.rules.appealDeadline, locale) })}`}
      </p>
      {round.canManage && (
        <RoundActions
          quarter={round.quarter.label}
          canPublish={(round.draft?.length ?? 0) > 0}
          published={round.status === "PUBLISHED"}
          rule={round.rules.missingDataRule}
          appealDays={round.rules.appealWorkingDays}
          quarterEnded={round.rules.quarterEnded}
          quarterLast={formatDate(quarterRange(round.quarter).last, locale)}
        />
      )}
      {round.status === "PUBLISHED" && (
        <Card
          title={t("assessment.round.publishedRanking")}
          actions={
            <span className="flex items-center gap-2 text-xs text-slate-500">
              {round.rules.publishedBeforeEnd && <Badge tone="orange">{t("assessment.round.earlyTag")}</Badge>}
              {t("assessment.round.publishedLine", { at: formatDateTime(round.publishedAt, locale, user.timeZone), by: round.publishedBy ?? "—" })}
            </span>
          }
        >
          {round.rules.publishedBeforeEnd && <p className="mb-3 text-sm text-orange-700" data-testid="early-banner">{t("assessment.round.earlyBanner")}</p>}
          <div data-testid="published-ranking">
            <ScoreTable rows={round.published} quarter={round.quarter.label} stage="PUBLISHED" weights={round.weights} />
          </div>
        </Card>
      )}
      {round.status === "PUBLISHED" && (
        <Card title={t("assessment.appeal.title")}>
          <div id="appeals">
            <AppealList appeals={round.appeals} timeZone={user.timeZone} canDecide={can(user, "assessmentAppeal.decide")} showUnit />
          </div>
        </Card>
      )}
      {round.draft && (
        <Card title={t("assessment.round.draft")} actions={<span className="text-xs text-slate-500">{round.computedAt ? t("assessment.round.computedAt", { at: formatDateTime(round.computedAt, locale, user.timeZone) }) : t("assessment.round.notComputed")}</span>}>
          <p className="mb-3 text-sm text-slate-500">{t("assessment.round.draftHint")}</p>
          <div data-testid="draft-ranking">
            <ScoreTable rows={round.draft} quarter={round.quarter.label} stage="DRAFT" weights={round.weights} adjustable />
          </div>
        </Card>
      )}
      {round.publications.length > 0 && (
        <Card title={t("assessment.round.history")}>
          <ul className="space-y-1 text-sm" data-testid="publication-history">
            {round.publications.map((publication) => (
              <li key={publication.revision}>
                {t("assessment.round.revision", { revision: publication.revision })} · {t(`assessment.round.cause.${publication.cause as "PUBLISH"}`)} ·{" "}
                {formatDateTime(publication.publishedAt, locale, user.timeZone)} · {publication.publishedBy ?? "—"} ·{" "}
                <span className="text-slate-500">{publication.ranking.slice(0, 3).map((entry) => `${entry.rank}. ${entry.unitName} ${entry.total.toFixed(2)}`).join("；")}{publication.ranking.length > 3 ? " …" : ""}</span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
