import { getLocale, getTranslations } from "next-intl/server";
import { FundingForm } from "@/components/resources/funding-form";
import { statusTone } from "@/components/resources/tones";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { FactList } from "@/components/ui/fact-list";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { formatDate, formatYuan } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { listUnitOptions } from "@/lib/org/queries";
import { listParks } from "@/lib/plan/queries";
import { deleteFundingItem } from "@/lib/resources/funding-actions";
import { getFundingItem } from "@/lib/resources/queries";

export default async function FundingItemPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("resource.read");
  const { id } = await params;
  const manage = can(user, "resource.manage");
  const [t, locale, item, parks, units] = await Promise.all([
    getTranslations(),
    getLocale() as Promise<Locale>,
    orNotFound(getFundingItem(user, id)),
    manage ? listParks(user) : [],
    manage ? listUnitOptions(user, { includeInactive: true }) : [],
  ]);
  const facts: [string, React.ReactNode][] = [
    [t("resources.status"), <Badge key="status" tone={statusTone(item.status)}>{t(`enums.FundingStatus.${item.status}`)}</Badge>],
    [t("resources.funds.sourceLevel"), `${t(`enums.AdminLevel.${item.sourceLevel}`)} · ${t(`enums.FundingKind.${item.kind}`)}`],
    [t("resources.funds.purpose"), item.purpose || "—"],
    [t("resources.funds.sought"), formatYuan(item.amountSought, locale)],
    [t("resources.funds.approved"), formatYuan(item.amountApproved, locale)],
    [t("resources.funds.arrived"), formatYuan(item.amountArrived, locale)],
    [t("resources.funds.appliedAt"), formatDate(item.appliedAt, locale)],
    [t("resources.funds.approvedAt"), formatDate(item.approvedAt, locale)],
    [t("resources.funds.arrivedAt"), formatDate(item.arrivedAt, locale)],
    [t("resources.park"), item.park?.name ?? "—"],
    [t("resources.leadUnit"), item.leadUnit?.name ?? "—"],
    [t("resources.note"), item.note ?? "—"],
  ];
  return (
    <div className="space-y-4">
      <PageHeader
        title={manage ? `${t("resources.funds.editItem")} · ${item.name}` : item.name}
        actions={
          <>
            {manage && <ConfirmAction action={deleteFundingItem} fields={{ id: item.id }} label={t("common.delete")} confirm={t("resources.confirmDelete")} variant="danger" redirectTo="/resources/funds" />}
            <ButtonLink href="/resources/funds">{t("common.back")}</ButtonLink>
          </>
        }
      />
      <Card>
        {manage ? (
          <FundingForm item={item} parks={parks} units={units} />
        ) : (
          <FactList grid facts={facts} />
        )}
      </Card>
    </div>
  );
}
