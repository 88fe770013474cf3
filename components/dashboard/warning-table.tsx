import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge, levelTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { WarningListRow } from "@/lib/warnings/queries";
import { unitHref, warningHref, workItemHref } from "@/lib/dashboard/links";
import { localizedWarningTitle } from "@/lib/dashboard/warning-title";
import { formatDateTime } from "@/lib/format";

/** Warnings with level, kind, status and dates; open ones first. */
export async function WarningTable({ warnings, timeZone, empty, showUnit = false, showItem = false }: {
  warnings: WarningListRow[];
  timeZone: string;
  empty: string;
  showUnit?: boolean;
  showItem?: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  if (warnings.length === 0) return <EmptyState title={empty} />;
  return (
    <Table caption={t("dashboard.itemWarnings.title")}>
      <thead>
        <tr>
          <Th>{t("dashboard.itemWarnings.level")}</Th>
          <Th>{t("dashboard.itemWarnings.kind")}</Th>
          <Th className="min-w-56">{t("dashboard.itemWarnings.subject")}</Th>
          {showUnit && <Th>{t("dashboard.unit")}</Th>}
          {showItem && <Th>{t("plan.workItem")}</Th>}
          <Th>{t("dashboard.itemWarnings.status")}</Th>
          <Th>{t("dashboard.itemWarnings.firstSeen")}</Th>
          <Th>{t("dashboard.itemWarnings.resolved")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {warnings.map((warning) => (
          <tr key={warning.id} data-testid="warning-row">
            <Td><Badge tone={levelTone(warning.level)}>{t(`enums.WarningLevel.${warning.level}`)}</Badge></Td>
            <Td className="whitespace-nowrap text-xs">{t(`enums.WarningKind.${warning.kind}`)}</Td>
            <Td className="text-xs">
              <Link href={warningHref(warning.id)} className="text-slate-800 hover:text-brand-700">{localizedWarningTitle(t, warning)}</Link>
              {warning.resolvedReason && <div className="text-slate-500">{warning.resolvedReason}</div>}
            </Td>
            {showUnit && <Td className="whitespace-nowrap text-xs"><Link href={unitHref(warning.unitId)} className="hover:text-brand-700">{warning.unit}</Link></Td>}
            {showItem && <Td className="whitespace-nowrap font-mono text-xs">{warning.workItemId ? <Link href={workItemHref(warning.workItemId)} className="text-brand-700 hover:underline">{warning.workItemCode}</Link> : "—"}</Td>}
            <Td><Badge tone={warning.status === "RESOLVED" ? "green" : "gray"}>{t(`enums.WarningStatus.${warning.status}`)}</Badge></Td>
            <Td className="whitespace-nowrap text-xs">{formatDateTime(warning.firstSeenAt, locale, timeZone)}</Td>
            <Td className="whitespace-nowrap text-xs">{formatDateTime(warning.resolvedAt, locale, timeZone)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
