import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Table, Td, Th } from "@/components/ui/table";
import type { ParkOverview } from "@/lib/org/activity";
import { itemsHref, resourcesHref, unitHref } from "@/lib/dashboard/links";
import { formatMu, formatWanYuan } from "@/lib/format";
import { NumberLink } from "./panel";
import { translateKey } from "@/lib/i18n/keys";

/** A park's page: its units and their progress, land batches, funding and designations. */
export async function ParkSections({ park }: { park: ParkOverview }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <>
      <Card title={t("dashboard.parkPage.units")}>
        {park.units.length === 0 ? (
          <EmptyState title={t("dashboard.parkPage.noUnits")} />
        ) : (
          <Table caption={t("dashboard.parkPage.units")}>
            <thead>
              <tr>
                <Th>{t("dashboard.unit")}</Th>
                <Th className="text-right">{t("dashboard.items")}</Th>
                <Th className="text-right">{t("dashboard.completed")}</Th>
                <Th className="text-right">{t("dashboard.behind")}</Th>
                <Th className="min-w-48">{t("dashboard.progress")} / {t("dashboard.planned")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {park.units.map((unit) => (
                <tr key={unit.id} data-testid="park-unit-row">
                  <Td>
                    <Link href={unitHref(unit.id)} className="font-medium text-slate-800 hover:text-brand-700">{unit.name}</Link>
                    <div className="text-xs text-slate-500">{t(`enums.UnitKind.${unit.kind}`)}</div>
                  </Td>
                  <Td className="text-right"><NumberLink href={itemsHref({}, { unit: unit.id })}>{unit.items}</NumberLink></Td>
                  <Td className="text-right"><NumberLink href={itemsHref({}, { unit: unit.id, status: "COMPLETED" })}>{unit.completed}</NumberLink></Td>
                  <Td className="text-right"><NumberLink href={itemsHref({}, { unit: unit.id, behind: true })}>{unit.behind}</NumberLink></Td>
                  <Td>{unit.items > 0 ? <ProgressBar value={unit.progress ?? 0} planned={unit.planned ?? 0} label={unit.name} /> : "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card className="min-w-0" title={t("dashboard.parkPage.land")} actions={<Link href={resourcesHref("land")} className="text-xs text-brand-700 hover:underline">{t("common.details")}</Link>}>
          {park.landBatches.length === 0 ? (
            <EmptyState title={t("dashboard.parkPage.noLand")} />
          ) : (
            <Table caption={t("dashboard.parkPage.land")}>
              <thead>
                <tr>
                  <Th>{t("dashboard.parkPage.batch")}</Th>
                  <Th>{t("dashboard.parkPage.status")}</Th>
                  <Th className="text-right">{t("dashboard.parkPage.area")}</Th>
                  <Th className="text-right">{t("dashboard.parkPage.approved")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {park.landBatches.map((batch) => (
                  <tr key={batch.id}>
                    <Td>{batch.name}</Td>
                    <Td><Badge>{translateKey(t, `enums.LandBatchStatus.${batch.status}`)}</Badge></Td>
                    <Td className="text-right tabular-nums">{formatMu(batch.areaMu, locale)}</Td>
                    <Td className="text-right tabular-nums">{formatMu(batch.approvedMu, locale)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
        <Card className="min-w-0" title={t("dashboard.parkPage.funds")} actions={<Link href={resourcesHref("funds", park.id)} className="text-xs text-brand-700 hover:underline">{t("common.details")}</Link>}>
          {park.funding.length === 0 ? (
            <EmptyState title={t("dashboard.parkPage.noFunds")} />
          ) : (
            <Table caption={t("dashboard.parkPage.funds")}>
              <thead>
                <tr>
                  <Th>{t("dashboard.resources.item")}</Th>
                  <Th>{t("dashboard.parkPage.status")}</Th>
                  <Th className="text-right">{t("dashboard.parkPage.sought")}</Th>
                  <Th className="text-right">{t("dashboard.parkPage.arrived")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {park.funding.map((item) => (
                  <tr key={item.id}>
                    <Td className="text-xs">{item.name}</Td>
                    <Td><Badge>{translateKey(t, `enums.FundingStatus.${item.status}`)}</Badge></Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">{formatWanYuan(item.amountSought, locale)}</Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">{formatWanYuan(item.amountArrived, locale)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      </div>
      <Card title={t("dashboard.parkPage.designations")} actions={<Link href={resourcesHref("designations", park.id)} className="text-xs text-brand-700 hover:underline">{t("common.details")}</Link>}>
        {park.designations.length === 0 ? (
          <EmptyState title={t("dashboard.parkPage.noDesignations")} />
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {park.designations.map((designation) => (
              <li key={designation.id} className="flex flex-wrap items-center gap-2 py-2">
                <span className="font-medium">{designation.name}</span>
                <Badge>{translateKey(t, `enums.AdminLevel.${designation.level}`)}</Badge>
                <Badge tone={designation.status === "APPROVED" ? "green" : "gray"}>{translateKey(t, `enums.DesignationStatus.${designation.status}`)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
