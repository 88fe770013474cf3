import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import type { CooperatingItem } from "@/lib/reports/queries";
import { weekKeyLabel } from "@/lib/dates/week-label";

/** Items the unit cooperates on: context only, reported by their lead unit. */
export async function CooperatingItems({ items }: { items: CooperatingItem[] }) {
  if (items.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("reports"), getLocale()]);
  return (
    <Card title={t("cooperating.title", { count: items.length })}>
      <p className="mb-3 text-sm text-slate-500">{t("cooperating.hint")}</p>
      <Table caption={t("cooperating.title", { count: items.length })}>
        <thead>
          <tr>
            <Th>{t("cooperating.item")}</Th>
            <Th>{t("cooperating.lead")}</Th>
            <Th>{t("cooperating.due")}</Th>
            <Th className="min-w-44">{t("cooperating.progress")}</Th>
            <Th className="min-w-64">{t("cooperating.latest")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((item) => (
            <tr key={item.id} data-testid="cooperating-row">
              <Td>
                <span className="font-mono text-xs text-slate-500">{item.code}</span>{" "}
                <Link href={`/plan/items/${item.id}`} className="text-slate-800 hover:text-brand-700">{item.title}</Link>
              </Td>
              <Td className="whitespace-nowrap">{item.leadUnit}</Td>
              <Td className="whitespace-nowrap text-xs">{formatDate(item.dueDate, locale)}</Td>
              <Td><ProgressBar value={item.progress} planned={item.planned} label={item.title} /></Td>
              <Td className="text-xs text-slate-600">{item.leadLatest ? `${weekKeyLabel(item.leadLatest.week, locale)}：${item.leadLatest.doneThisWeek}` : "—"}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
