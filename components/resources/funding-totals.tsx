import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { formatYuan } from "@/lib/format";
import type { FundingTotals as Totals } from "@/lib/resources/queries";
import { statusTone } from "./tones";

/** Sought / approved / arrived per status and in all, in 元/万元/亿元. */
export async function FundingTotals({ totals }: { totals: Totals }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <Table caption={t("resources.funds.totals")}>
      <thead>
        <tr>
          <Th>{t("resources.status")}</Th>
          <Th className="text-right">{t("resources.funds.count")}</Th>
          <Th className="text-right">{t("resources.funds.sought")}</Th>
          <Th className="text-right">{t("resources.funds.approved")}</Th>
          <Th className="text-right">{t("resources.funds.arrived")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {totals.byStatus
          .filter((row) => row.count > 0)
          .map((row) => (
            <tr key={row.status} data-testid="funding-total-row">
              <Td>
                <Badge tone={statusTone(row.status)}>{t(`enums.FundingStatus.${row.status}`)}</Badge>
              </Td>
              <Td className="text-right tabular-nums">{row.count}</Td>
              <Td className="text-right tabular-nums">{formatYuan(row.sought, locale)}</Td>
              <Td className="text-right tabular-nums">{formatYuan(row.approved, locale)}</Td>
              <Td className="text-right tabular-nums">{formatYuan(row.arrived, locale)}</Td>
            </tr>
          ))}
        <tr className="font-medium" data-testid="funding-total-all">
          <Td>{t("resources.funds.total")}</Td>
          <Td className="text-right tabular-nums">{totals.total.count}</Td>
          <Td className="text-right tabular-nums">{formatYuan(totals.total.sought, locale)}</Td>
          <Td className="text-right tabular-nums">{formatYuan(totals.total.approved, locale)}</Td>
          <Td className="text-right tabular-nums">{formatYuan(totals.total.arrived, locale)}</Td>
        </tr>
      </tbody>
    </Table>
  );
}
