import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { RankingExportLink } from "@/components/dashboard/export-links";
import { RankingTable } from "@/components/dashboard/ranking-table";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { pageUser } from "@/lib/auth/guard";
import { can, scopeOf } from "@/lib/auth/permissions";
import { getPublishedRanking } from "@/lib/dashboard/ranking";
import { parseQuarterParam } from "@/lib/dashboard/schema";
import { formatDateTime } from "@/lib/format";

export async function generateMetadata() {
  return { title: (await getTranslations("briefings"))("ranking.title") };
}

export default async function RankingPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await pageUser("assessment.read");
  const quarter = parseQuarterParam(await searchParams);
  const [t, locale, ranking] = await Promise.all([getTranslations(), getLocale(), getPublishedRanking(user, quarter)]);
  const round = ranking.round;
  return (
    <div className="space-y-4">
      <PageHeader
        title={round ? `${t("briefings.ranking.title")} · ${t("briefings.ranking.quarter", { year: round.year, quarter: round.quarter })}` : t("briefings.ranking.title")}
        description={round?.publishedAt ? t("briefings.ranking.publishedAt", { time: formatDateTime(round.publishedAt, locale, user.timeZone) }) : t("briefings.ranking.description")}
        actions={
          <>
            {round && can(user, "export.read") && <RankingExportLink year={round.year} quarter={round.quarter} />}
            {round && scopeOf(user, "assessment.read") === "any" && (
              <ButtonLink href={`/print/ranking/${round.year}-Q${round.quarter}`} target="_blank" data-testid="ranking-document">{t("documents.kinds.ranking")}</ButtonLink>
            )}
            {can(user, "briefing.read") && <ButtonLink href="/briefings">{t("briefings.title")}</ButtonLink>}
          </>
        }
      />
      {ranking.rounds.length > 1 && (
        <nav className="no-print flex flex-wrap gap-2" aria-label={t("briefings.ranking.rounds")}>
          {ranking.rounds.map((option) => {
            const active = round?.year === option.year && round?.quarter === option.quarter;
            return (
              <Link
                key={`${option.year}-${option.quarter}`}
                href={`/briefings/ranking?year=${option.year}&quarter=${option.quarter}`}
                aria-current={active ? "page" : undefined}
                className={cn("rounded-md border px-3 py-1.5 text-sm", active ? "border-brand-500 bg-brand-50 text-brand-700" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50")}
              >
                {t("briefings.ranking.quarter", { year: option.year, quarter: option.quarter })}
              </Link>
            );
          })}
        </nav>
      )}
      <Card>
        {!round ? (
          <EmptyState title={t("briefings.ranking.empty")} hint={t("briefings.ranking.emptyHint")} />
        ) : (
          <RankingTable ranking={ranking} />
        )}
      </Card>
    </div>
  );
}
