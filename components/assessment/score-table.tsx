import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { ScorePart, ScoreRow, Stage } from "@/lib/assessment/queries";
import { COMPONENTS, type Weights } from "@/lib/assessment/scoring";
import { AdjustForm } from "./adjust-form";

const fixed = (value: number) => value.toFixed(2);

/** A part's cell: its weighted score and, when it differs from the round's, the unit's own weight; "—" with a note for a part without data. */
export async function PartCell({ part }: { part: ScorePart }) {
  const t = await getTranslations("assessment.round");
  if (part.rawScore === null) {
    const rule = part.substitute?.rule ?? "EXCLUDE_AND_REWEIGHT";
    return (
      <>
        <span className="text-slate-400" data-testid="no-data">—</span>
        <div className="text-[11px] leading-tight text-slate-500">{t(`noDataNote.${rule}`, { value: fixed(part.substitute?.value ?? 0), score: fixed(part.score) })}</div>
      </>
    );
  }
  return (
    <>
      {fixed(part.score)}
      {Math.abs(part.weight - part.configuredWeight) > 0.001 && <div className="text-[11px] text-slate-500">{t("ownWeight", { weight: part.weight })}</div>}
    </>
  );
}

/** A ranking: rank overall and within the unit's category, each part with the unit's own weight, adjustments with their reasons. */
export async function ScoreTable({ rows, quarter, stage, weights, adjustable = false }: { rows: ScoreRow[]; quarter: string; stage: Stage; weights: Weights; adjustable?: boolean }) {
  const t = await getTranslations();
  if (rows.length === 0) return <EmptyState title={t("assessment.round.empty")} />;
  const best = Math.max(...rows.map((row) => row.totalScore), 1);
  return (
    <Table caption={t("assessment.round.ranking")}>
      <thead>
        <tr>
          <Th>{t("assessment.round.rank")}</Th>
          <Th>{t("assessment.round.categoryRank")}</Th>
          <Th>{t("assessment.round.unit")}</Th>
          {COMPONENTS.map((component) => (
            <Th key={component} className="text-right">
              {t(`enums.AssessmentComponentKind.${component}`)}
              <div className="font-normal text-slate-400">{weights[component]}%</div>
            </Th>
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
            <Td className="whitespace-nowrap text-xs text-slate-600" data-testid="category-rank">
              {row.categoryRank ? t("assessment.round.categoryRankOf", { category: t(`enums.UnitKind.${row.unit.kind as "PARK"}`), rank: row.categoryRank }) : "—"}
            </Td>
            <Td className="whitespace-nowrap">
              <Link href={`/assessment/${quarter}/${row.unit.id}${stage === "DRAFT" ? "?stage=draft" : ""}`} className="font-medium text-slate-800 hover:text-brand-700">{row.unit.name}</Link>
            </Td>
            {COMPONENTS.map((component) => (
              <Td key={component} className="text-right tabular-nums">
                <PartCell part={row.components[component]} />
              </Td>
            ))}
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
