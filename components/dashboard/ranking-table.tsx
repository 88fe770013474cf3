import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PartCell } from "@/components/assessment/score-table";
import { Table, Td, Th } from "@/components/ui/table";
import type { PublishedRanking } from "@/lib/dashboard/ranking";
import { unitHref } from "@/lib/dashboard/links";
import { ruleSentence } from "@/lib/assessment/ranking-text";
import { COMPONENTS } from "@/lib/assessment/scoring";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";

/** The published ranking: the round's weights in the headers, each unit's own weight and "—" with a note for a part without data. */
export async function RankingTable({ ranking }: { ranking: PublishedRanking }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>]);
  const round = ranking.round;
  return (
    <div className="space-y-2">
      {round && <p className="text-sm text-slate-600" data-testid="ranking-rule">{ruleSentence(t as unknown as (key: string) => string, round.missingDataRule, round.publishedBeforeEnd)}</p>}
      <Table caption={t("briefings.ranking.title")}>
        <thead>
          <tr>
            <Th className="text-right">{t("briefings.rank")}</Th>
            <Th>{t("briefings.ranking.categoryRank")}</Th>
            <Th>{t("briefings.unit")}</Th>
            {COMPONENTS.map((component) => (
              <Th key={component} className="text-right">
                {t(`enums.AssessmentComponentKind.${component}`)}
                <div className="font-normal text-slate-400">{t("briefings.ranking.weight", { weight: round?.weights[component] ?? 0 })}</div>
              </Th>
            ))}
            <Th className="text-right">{t("briefings.ranking.adjustment")}</Th>
            <Th className="text-right">{t("briefings.ranking.total")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {ranking.rows.map((row) => (
            <tr key={row.unitId} data-testid="ranking-row">
              <Td className="text-right tabular-nums">{row.rank === null ? "—" : t("dashboard.unitPage.rankOf", { rank: row.rank, total: ranking.rankedUnits })}</Td>
              <Td className="whitespace-nowrap text-xs">{row.categoryRank === null ? "—" : t("assessment.round.categoryRankOf", { category: t(`enums.UnitKind.${row.unitKind as "PARK"}`), rank: row.categoryRank })}</Td>
              <Td><Link href={unitHref(row.unitId)} className="hover:text-brand-700">{row.unitName}</Link></Td>
              {row.components.map((part) => (
                <Td key={part.component} className="text-right tabular-nums"><PartCell part={part} /></Td>
              ))}
              <Td className="text-right tabular-nums" title={row.adjustmentReason ?? undefined}>{formatNumber(row.adjustment, locale)}</Td>
              <Td className="text-right font-semibold tabular-nums">{formatNumber(row.totalScore, locale)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
