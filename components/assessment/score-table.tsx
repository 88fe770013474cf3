import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { ScoreRow, Stage } from "@/lib/assessment/queries";
import { COMPONENTS } from "@/lib/assessment/scoring";
import { AdjustForm } from "./adjust-form";

const fixed = (value: number) => value.toFixed(2);

/** A ranking: total, the weighted score of each component, and adjustments with their reasons. */
export async function ScoreTable({ rows, quarter, stage, adjustable = false }: { rows: ScoreRow[]; quarter: string; stage: Stage; adjustable?: boolean }) {
  const t = await getTranslations();
  if (rows.length === 0) return <EmptyState title={t("assessment.round.empty")} />;
  const best = Math.max(...rows.map((row) => row.totalScore), 1);
  return (
    <Table caption={t("assessment.round.ranking")}>
      <thead>
        <tr>
          <Th>{t("assessment.round.rank")}</Th>
          <Th>{t("assessment.round.unit")}</Th>
          {COMPONENTS.map((component) => (
            <Th key={component} className="text-right">{t(`enums.AssessmentComponentKind.${component}`)}</Th>
          ))}
          <Th className="text-right">{t("assessment.round.computed")}</Th>
          <Th className="min-w-40">{t("assessment.round.total")}</Th>
          <Th className="text-right">{t("assessment.round.adjustment")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-slate-50" data-testid="score-row" data-unit={row.unit.name}>
            <Td className="text-center font-semibold tabular-nums">{row.rank ?? "—"}</Td>
            <Td className="whitespace-nowrap">
              <Link href={`/assessment/${quarter}/${row.unit.id}${stage === "DRAFT" ? "?stage=draft" : ""}`} className="font-medium text-slate-800 hover:text-brand-700">{row.unit.name}</Link>
            </Td>
            {COMPONENTS.map((component) => {
              const part = row.components[component];
              return (
                <Td key={component} className="text-right tabular-nums" title={part.rawScore === null ? t("assessment.round.notApplicable") : t("assessment.round.rawOf", { raw: part.rawScore, weight: part.weight })}>
                  {part.rawScore === null ? <span className="text-slate-400">—</span> : fixed(part.score)}
                </Td>
              );
            })}
            <Td className="text-right tabular-nums">{fixed(row.computedScore)}</Td>
            <Td>
              <div className="flex items-center gap-2">
                <div className="h-2 w-full min-w-16 overflow-hidden rounded-full bg-slate-200">
                  <div className="h-full rounded-full bg-brand-600" style={{ width: `${(100 * row.totalScore) / best}%` }} />
                </div>
                <span className="w-12 text-right font-semibold tabular-nums">{fixed(row.totalScore)}</span>
              </div>
            </Td>
            <Td className="min-w-36 text-right text-xs">
              {row.adjustment !== 0 && <div className={row.adjustment > 0 ? "text-green-700" : "text-red-700"}>{row.adjustment > 0 ? `+${row.adjustment}` : row.adjustment}</div>}
              {row.adjustmentReason && <div className="text-slate-500">{row.adjustmentReason}</div>}
              {adjustable && <AdjustForm id={row.id} adjustment={row.adjustment} reason={row.adjustmentReason} />}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
