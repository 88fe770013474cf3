import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { PublishedRanking } from "@/lib/dashboard/ranking";
import { unitHref } from "@/lib/dashboard/links";
import { formatNumber } from "@/lib/format";

export async function RankingTable({ ranking }: { ranking: PublishedRanking }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const components = ranking.rows[0]?.components ?? [];
  return (
    <Table caption={t("briefings.ranking.title")}>
      <thead>
        <tr>
          <Th className="text-right">{t("briefings.rank")}</Th>
          <Th>{t("briefings.unit")}</Th>
          {components.map((component) => (
            <Th key={component.component} className="text-right">
              {t(`enums.AssessmentComponentKind.${component.component}`)}
              <div className="font-normal text-slate-400">{t("briefings.ranking.weight", { weight: component.weight })}</div>
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
            <Td><Link href={unitHref(row.unitId)} className="hover:text-brand-700">{row.unitName}</Link></Td>
            {components.map((component, index) => (
              <Td key={component.component} className="text-right tabular-nums">{formatNumber(row.components[index]?.score, locale)}</Td>
            ))}
            <Td className="text-right tabular-nums" title={row.adjustmentReason ?? undefined}>{formatNumber(row.adjustment, locale)}</Td>
            <Td className="text-right font-semibold tabular-nums">{formatNumber(row.totalScore, locale)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
