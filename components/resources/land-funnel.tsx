import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { formatMu, formatPercent } from "@/lib/format";
import type { LandFunnel as LandFunnelData } from "@/lib/resources/queries";
import { compareDecimals, formatScaled, toScaled } from "@/lib/server/exact-decimal";
import { LandFunnelChart } from "./land-funnel-chart";

const FILLS = ["#94a3b8", "#60a5fa", "#2563eb", "#16a34a"];

/** The land funnel as a chart and, for screen readers, print and exact figures, a table. */
export async function LandFunnel({ funnel }: { funnel: LandFunnelData }) {
  const [t, locale] = await Promise.all([getTranslations("resources.land"), getLocale()]);
  const stages = [
    { key: "needed", label: t("needed"), mu: funnel.neededMu },
    { key: "inBatches", label: t("inBatches"), mu: funnel.inBatchesMu },
    { key: "submitted", label: t("submitted"), mu: funnel.submittedMu },
    { key: "approved", label: t("approved"), mu: funnel.approvedMu },
  ];
  const needed = Number(funnel.neededMu);
  const gap = formatScaled(toScaled(funnel.neededMu, 2) - toScaled(funnel.approvedMu, 2), 2);
  return (
    <div className="grid gap-4 lg:grid-cols-[3fr_2fr]" data-testid="land-funnel">
      <LandFunnelChart title={t("funnel")} stages={stages.map((stage, index) => ({ label: stage.label, mu: stage.mu, fill: FILLS[index] }))} />
      <div>
        <Table caption={t("tableAlternative")}>
          <thead>
            <tr>
              <Th>{t("stage")}</Th>
              <Th className="text-right">{t("area")}</Th>
              <Th className="text-right">{t("share")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {stages.map((stage) => (
              <tr key={stage.key} data-testid={`funnel-${stage.key}`}>
                <Td>{stage.label}</Td>
                <Td className="text-right tabular-nums">{formatMu(stage.mu, locale)}</Td>
                <Td className="text-right tabular-nums">{needed > 0 ? formatPercent((Number(stage.mu) / needed) * 100, locale) : "—"}</Td>
              </tr>
            ))}
            {compareDecimals(gap, "0", 2) > 0 && (
              <tr>
                <Td className="text-slate-500">{t("gap")}</Td>
                <Td className="text-right tabular-nums text-slate-500">{formatMu(gap, locale)}</Td>
                <Td />
              </tr>
            )}
          </tbody>
        </Table>
      </div>
    </div>
  );
}
