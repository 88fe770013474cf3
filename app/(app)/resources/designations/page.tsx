import { getTranslations } from "next-intl/server";
import { ExportLink } from "@/components/dashboard/export-links";
import { DesignationList } from "@/components/resources/designation-list";
import { ResourceTabs } from "@/components/resources/resource-tabs";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listParks } from "@/lib/plan/queries";
import { listDesignations } from "@/lib/resources/queries";
import { ADMIN_LEVELS, DESIGNATION_STATUSES } from "@/lib/resources/schema";

type Search = { status?: string; level?: string; park?: string; page?: string };

export async function generateMetadata() {
  return { title: (await getTranslations("resources.designations"))("title") };
}

export default async function DesignationsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await pageUser("resource.read");
  const search = await searchParams;
  const status = DESIGNATION_STATUSES.find((value) => value === search.status);
  const level = ADMIN_LEVELS.find((value) => value === search.level);
  const [t, designations, parks] = await Promise.all([getTranslations(), listDesignations(user, { status, level, parkId: search.park || undefined, page: search.page }), listParks(user)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("resources.title")} description={t("resources.description")} actions={
          <>
            <ExportLink href={`/api/exports/designations${search.park ? `?park=${encodeURIComponent(search.park)}` : ""}`} testId="export-designations">{t("documents.xlsx.export")}</ExportLink>
            {can(user, "resource.manage") && <ButtonLink href="/resources/designations/new" variant="primary">{t("resources.designations.newItem")}</ButtonLink>}
          </>
        } />
      <ResourceTabs active="designations" />
      <FilterForm action="/resources/designations">
        <FilterSelect name="status" label={t("resources.status")} value={status} allLabel={t("common.all")} options={DESIGNATION_STATUSES.map((value) => ({ value, label: t(`enums.DesignationStatus.${value}`) }))} />
        <FilterSelect name="level" label={t("resources.level")} value={level} allLabel={t("common.all")} options={ADMIN_LEVELS.map((value) => ({ value, label: t(`enums.AdminLevel.${value}`) }))} />
        <FilterSelect name="park" label={t("resources.park")} value={search.park} allLabel={t("common.all")} options={parks.map((park) => ({ value: park.id, label: park.shortName }))} />
      </FilterForm>
      <Card title={t("resources.designations.title")}>
        <DesignationList designations={designations.items} />
        <Pagination page={designations.page} pages={designations.pages} total={designations.total} params={search} basePath="/resources/designations" />
      </Card>
    </div>
  );
}
