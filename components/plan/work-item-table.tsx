import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatNumber } from "@/lib/format";
import type { WorkItemRow } from "@/lib/plan/queries";

export async function WorkItemTable({ items, showMeasure = false }: { items: WorkItemRow[]; showMeasure?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  if (items.length === 0) return <EmptyState title={t("plan.noItems")} hint={t("plan.noItemsHint")} />;
  return (
    <Table caption={t("plan.workItems")}>
      <thead>
        <tr>
          <Th>{t("plan.code")}</Th>
          <Th className="min-w-56">{t("plan.itemTitle")}</Th>
          <Th>{t("plan.leadUnit")}</Th>
          <Th>{t("plan.cooperators")}</Th>
          <Th>{t("plan.dueDate")}</Th>
          <Th>{t("plan.indicator")}</Th>
          <Th className="min-w-44">{t("plan.progressVsPlan")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {items.map((item) => (
          <tr key={item.id} className="hover:bg-slate-50" data-testid="work-item-row">
            <Td className="whitespace-nowrap font-mono text-xs">{item.code}</Td>
            <Td>
              <Link href={`/plan/items/${item.id}`} className="font-medium text-slate-800 hover:text-brand-700">{item.title}</Link>
              <div className="mt-0.5 flex flex-wrap gap-1">
                {showMeasure && item.measureCode && <Badge>{t("plan.measure")} {item.measureCode}</Badge>}
                {item.source === "MEETING_DECISION" && <Badge tone="brand">{t("enums.WorkItemSource.MEETING_DECISION")}</Badge>}
                {item.status === "COMPLETED" && <Badge tone="green">{t("enums.WorkItemStatus.COMPLETED")}</Badge>}
                {item.recurrence !== "NONE" && <Badge tone="blue">{t(`enums.Recurrence.${item.recurrence}`)}</Badge>}
              </div>
            </Td>
            <Td className="whitespace-nowrap">
              <Link href={`/units/${item.leadUnit.id}`} className="hover:text-brand-700">{item.leadUnit.shortName}</Link>
            </Td>
            <Td className="text-xs text-slate-500">{item.cooperators.map((unit) => unit.shortName).join("、") || "—"}</Td>
            <Td className="whitespace-nowrap text-xs">{formatDate(item.dueDate, locale)}</Td>
            <Td className="text-xs">
              {item.indicators.length === 0
                ? "—"
                : item.indicators.map((indicator) => (
                    <div key={indicator.id} className="mb-0.5">
                      <div>{indicator.name}</div>
                      <div className="text-slate-500 tabular-nums">
                        {formatNumber(indicator.current ?? indicator.baseline, locale)} → {formatNumber(indicator.target, locale)} {indicator.unit}
                      </div>
                    </div>
                  ))}
            </Td>
            <Td>
              <ProgressBar value={item.progress} planned={item.planned} label={item.title} />
              <div className="mt-0.5 text-xs text-slate-500">{t("plan.planned")} {item.planned.toFixed(0)}%</div>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
