import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { RatingBadge } from "@/components/supervision/rating-badge";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { FilterForm, FilterSelect, FilterText } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { listParks } from "@/lib/plan/queries";
import { RATINGS } from "@/lib/supervision/monthly";
import { listInspections, memberUnitOptions } from "@/lib/supervision/queries";

type Search = { unit?: string; park?: string; rating?: string; month?: string; rectification?: string; page?: string };

export async function generateMetadata() {
  return { title: (await getTranslations("supervision.tabs"))("inspections") };
}

export default async function InspectionsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await pageUser("inspection.read");
  const search = await searchParams;
  const [t, locale, inspections, units, parks] = await Promise.all([
    getTranslations(),
    getLocale(),
    listInspections(user, { unitId: search.unit, parkId: search.park, rating: search.rating, month: search.month, rectification: search.rectification, page: search.page }),
    memberUnitOptions(user),
    listParks(user),
  ]);
  return (
    <div>
      <PageHeader
        title={t("supervision.tabs.inspections")}
        description={t("supervision.inspection.listDescription")}
        actions={can(user, "inspection.manage") ? <ButtonLink href="/supervision/inspections/new" variant="primary">{t("supervision.inspection.new")}</ButtonLink> : undefined}
      />
      <FilterForm action="/supervision/inspections">
        <FilterSelect name="unit" label={t("supervision.inspection.unit")} value={search.unit} allLabel={t("common.all")} options={units.map((unit) => ({ value: unit.id, label: unit.shortName }))} />
        <FilterSelect name="park" label={t("reports.board.park")} value={search.park} allLabel={t("common.all")} options={parks.map((park) => ({ value: park.id, label: park.shortName }))} />
        <FilterSelect name="rating" label={t("supervision.inspection.rating")} value={search.rating} allLabel={t("common.all")} options={RATINGS.map((rating) => ({ value: rating, label: t(`enums.InspectionRating.${rating}`) }))} />
        <FilterSelect name="rectification" label={t("supervision.inspection.rectification")} value={search.rectification} allLabel={t("common.all")} options={[{ value: "open", label: t("supervision.inspection.rectificationOpen") }, { value: "overdue", label: t("supervision.inspection.rectificationOverdue") }]} />
        <FilterText name="month" label={t("supervision.inspection.month")} value={search.month} placeholder="2026-11" />
      </FilterForm>
      <Card>
        {inspections.items.length === 0 ? (
          <EmptyState title={t("supervision.inspection.empty")} />
        ) : (
          <Table caption={t("supervision.tabs.inspections")}>
            <thead>
              <tr>
                <Th>{t("supervision.inspection.date")}</Th>
                <Th>{t("supervision.inspection.unit")}</Th>
                <Th>{t("supervision.inspection.rating")}</Th>
                <Th className="min-w-72">{t("supervision.inspection.findings")}</Th>
                <Th>{t("supervision.inspection.rectification")}</Th>
                <Th className="min-w-44">{t("supervision.inspection.inspectors")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {inspections.items.map((row) => (
                <tr key={row.id} className="hover:bg-slate-50" data-testid="inspection-row">
                  <Td className="whitespace-nowrap">
                    <Link href={`/supervision/inspections/${row.id}`} className="text-brand-700 hover:underline">{formatDate(row.date, locale)}</Link>
                  </Td>
                  <Td className="whitespace-nowrap">{row.unit.name}</Td>
                  <Td><RatingBadge rating={row.rating} /></Td>
                  <Td className="text-xs">{row.findings}</Td>
                  <Td className="whitespace-nowrap text-xs">
                    {!row.rectificationRequired ? "—" : row.rectifiedOn ? (
                      <Badge tone="green">{t("supervision.inspection.rectifiedOnShort", { date: formatDate(row.rectifiedOn, locale) })}</Badge>
                    ) : (
                      <Badge tone={row.overdue ? "red" : "yellow"}>{t(row.overdue ? "supervision.inspection.overdueBy" : "supervision.inspection.dueBy", { date: formatDate(row.rectificationDue, locale) })}</Badge>
                    )}
                  </Td>
                  <Td className="text-xs text-slate-600">{row.inspectors}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={inspections.page} pages={inspections.pages} total={inspections.total} params={search} basePath="/supervision/inspections" />
      </Card>
    </div>
  );
}
