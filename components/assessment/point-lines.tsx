import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { PointLine } from "@/lib/assessment/points";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";

const signed = (value: number, locale: Locale) => `${value > 0 ? "+" : ""}${formatNumber(value, locale, 2)}`;

/** 加减分明细: every point gained or lost, each with the event behind it (a link to open it). */
export async function PointLines({ lines }: { lines: PointLine[] }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>]);
  if (lines.length === 0) return <p className="text-sm text-slate-500">{t("assessment.points.none")}</p>;
  return (
    <Table caption={t("assessment.points.title")}>
      <thead>
        <tr>
          <Th>{t("assessment.points.part")}</Th>
          <Th>{t("assessment.points.event")}</Th>
          <Th className="text-right">{t("assessment.points.points")}</Th>
          <Th className="text-right">{t("assessment.points.total")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {lines.map((line, index) => (
          <tr key={index} data-testid="point-line" data-kind={line.kind}>
            <Td className="whitespace-nowrap">{line.component ? t(`enums.AssessmentComponentKind.${line.component}`) : "—"}</Td>
            <Td>
              <span className="mr-1 text-xs text-slate-500">
                {t(`assessment.points.kind.${line.kind}`)}
                {line.level ? ` · ${t(`enums.WarningLevel.${line.level as "RED"}`)}` : ""}
              </span>
              {line.href ? <Link href={line.href} className="text-brand-700 hover:underline">{line.kind === "APPEAL" ? t("assessment.appeal.title") : line.label}</Link> : line.label}
              {line.notDeducted && <div className="text-xs text-slate-500">{t(`assessment.points.notDeducted.${line.notDeducted as "escalation"}`)}</div>}
            </Td>
            <Td className={`text-right tabular-nums ${line.points < 0 ? "text-red-700" : line.points > 0 ? "text-green-700" : "text-slate-400"}`}>{signed(line.points, locale)}</Td>
            <Td className="text-right tabular-nums">{signed(line.totalPoints, locale)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
