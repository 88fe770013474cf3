import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import type { DesignationStatusRow } from "@/lib/resources/queries";
import { statusTone } from "./tones";

export async function DesignationList({ designations }: { designations: DesignationStatusRow[] }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  if (designations.length === 0) return <EmptyState title={t("resources.designations.noItems")} />;
  return (
    <Table caption={t("resources.designations.title")}>
      <thead>
        <tr>
          <Th className="min-w-56">{t("resources.designations.name")}</Th>
          <Th>{t("resources.level")}</Th>
          <Th>{t("resources.status")}</Th>
          <Th>{t("resources.designations.steps")}</Th>
          <Th className="min-w-56">{t("resources.designations.nextStep")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {designations.map((designation) => (
          <tr key={designation.id} className="hover:bg-slate-50" data-testid="designation-row">
            <Td>
              <Link href={`/resources/designations/${designation.id}`} className="font-medium text-slate-800 hover:text-brand-700">{designation.name}</Link>
              {designation.park && <div className="text-xs text-slate-500">{designation.park.shortName}</div>}
            </Td>
            <Td className="whitespace-nowrap">{t(`enums.AdminLevel.${designation.level}`)}</Td>
            <Td>
              <Badge tone={statusTone(designation.status)}>{t(`enums.DesignationStatus.${designation.status}`)}</Badge>
            </Td>
            <Td className="whitespace-nowrap text-xs">
              {t("resources.designations.stepsProgress", { done: designation.stepsDone, total: designation.stepsTotal })}
              {designation.blockedSteps > 0 && (
                <Badge tone="red" className="ml-1">{t("resources.designations.blocked", { count: designation.blockedSteps })}</Badge>
              )}
            </Td>
            <Td className="text-xs">
              {designation.nextStep ? (
                <>
                  <div>{designation.nextStep.name}</div>
                  {designation.nextStep.dueDate && <div className="text-slate-500">{t("resources.steps.dueDate")} {formatDate(designation.nextStep.dueDate, locale)}</div>}
                </>
              ) : (
                "—"
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
