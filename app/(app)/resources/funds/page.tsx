import Link from "next/link";
import { ExportLink } from "@/components/dashboard/export-links";
import { getLocale, getTranslations } from "next-intl/server";
import { FundingTotals } from "@/components/resources/funding-totals";
import { ResourceTabs } from "@/components/resources/resource-tabs";
import { statusTone } from "@/components/resources/tones";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { formatDate, formatYuan } from "@/lib/format";
import { listParks } from "@/lib/plan/queries";
import { getFundingTotals, listFundingItems } from "@/lib/resources/queries";
import { ADMIN_LEVELS, FUNDING_KINDS, FUNDING_STATUSES } from "@/lib/resources/schema";

type Search = { status?: string; kind?: string; source?: string; park?: string; page?: string };

const pick = <T extends string>(values: readonly T[], value: string | undefined): T | undefined => (values.includes(value as T) ? (value as T) : undefined);

export async function generateMetadata() {
  return { title: (await getTranslations("resources.funds"))("title") };
}

export default async function FundsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await pageUser("resource.read");
  const search = await searchParams;
  const filters = { status: pick(FUNDING_STATUSES, search.status), kind: pick(FUNDING_KINDS, search.kind), sourceLevel: pick(ADMIN_LEVELS, search.source), parkId: search.park || undefined, page: search.page };
  const [t, locale, totals, items, parks] = await Promise.all([getTranslations(), getLocale(), getFundingTotals(user), listFundingItems(user, filters), listParks(user)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("resources.title")} description={t("resources.description")} actions={
          <>
            <ExportLink href={`/api/exports/funds${filters.parkId ? `?park=${encodeURIComponent(filters.parkId)}` : ""}`} testId="export-funds">{t("documents.xlsx.export")}</ExportLink>
            {can(user, "resource.manage") && <ButtonLink href="/resources/funds/new" variant="primary">{t("resources.funds.newItem")}</ButtonLink>}
          </>
        } />
      <ResourceTabs active="funds" />
      <Card title={t("resources.funds.totals")}>
        <FundingTotals totals={totals} />
      </Card>
      <FilterForm action="/resources/funds">
        <FilterSelect name="status" label={t("resources.status")} value={filters.status} allLabel={t("common.all")} options={FUNDING_STATUSES.map((value) => ({ value, label: t(`enums.FundingStatus.${value}`) }))} />
        <FilterSelect name="kind" label={t("resources.funds.kind")} value={filters.kind} allLabel={t("common.all")} options={FUNDING_KINDS.map((value) => ({ value, label: t(`enums.FundingKind.${value}`) }))} />
        <FilterSelect name="source" label={t("resources.funds.sourceLevel")} value={filters.sourceLevel} allLabel={t("common.all")} options={ADMIN_LEVELS.map((value) => ({ value, label: t(`enums.AdminLevel.${value}`) }))} />
        <FilterSelect name="park" label={t("resources.park")} value={filters.parkId} allLabel={t("common.all")} options={parks.map((park) => ({ value: park.id, label: park.shortName }))} />
      </FilterForm>
      <Card title={t("resources.funds.title")}>
        {items.items.length === 0 ? (
          <EmptyState title={t("resources.funds.noItems")} />
        ) : (
          <Table caption={t("resources.funds.title")}>
            <thead>
              <tr>
                <Th className="min-w-56">{t("resources.funds.name")}</Th>
                <Th>{t("resources.funds.sourceLevel")}</Th>
                <Th>{t("resources.status")}</Th>
                <Th className="text-right">{t("resources.funds.sought")}</Th>
                <Th className="text-right">{t("resources.funds.approved")}</Th>
                <Th className="text-right">{t("resources.funds.arrived")}</Th>
                <Th>{t("resources.leadUnit")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.items.map((item) => (
                <tr key={item.id} className="hover:bg-slate-50" data-testid="funding-row">
                  <Td>
                    <Link href={`/resources/funds/${item.id}`} className="font-medium text-slate-800 hover:text-brand-700">{item.name}</Link>
                    <div className="text-xs text-slate-500">{item.purpose}</div>
                  </Td>
                  <Td className="whitespace-nowrap text-xs">
                    {t(`enums.AdminLevel.${item.sourceLevel}`)} · {t(`enums.FundingKind.${item.kind}`)}
                  </Td>
                  <Td>
                    <Badge tone={statusTone(item.status)}>{t(`enums.FundingStatus.${item.status}`)}</Badge>
                    {item.appliedAt && <div className="mt-0.5 whitespace-nowrap text-xs text-slate-500">{t("resources.funds.appliedAt")} {formatDate(item.appliedAt, locale)}</div>}
                  </Td>
                  <Td className="whitespace-nowrap text-right tabular-nums">{formatYuan(item.amountSought, locale)}</Td>
                  <Td className="whitespace-nowrap text-right tabular-nums">{formatYuan(item.amountApproved, locale)}</Td>
                  <Td className="whitespace-nowrap text-right tabular-nums">{formatYuan(item.amountArrived, locale)}</Td>
                  <Td className="text-xs">{item.leadUnit?.shortName ?? "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={items.page} pages={items.pages} total={items.total} params={search} basePath="/resources/funds" />
      </Card>
    </div>
  );
}
