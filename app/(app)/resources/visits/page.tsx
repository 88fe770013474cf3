import { getTranslations } from "next-intl/server";
import { ResourceTabs } from "@/components/resources/resource-tabs";
import { VisitList } from "@/components/resources/visit-list";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listDesignationOptions, listOfficialVisits } from "@/lib/resources/queries";

type Search = { designation?: string; page?: string };

export async function generateMetadata() {
  return { title: (await getTranslations("resources.visits"))("title") };
}

export default async function VisitsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await pageUser("resource.read");
  const search = await searchParams;
  const [t, visits, designations] = await Promise.all([getTranslations(), listOfficialVisits(user, { designationId: search.designation, page: search.page }), listDesignationOptions(user)]);
  const manage = can(user, "resource.manage");
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("resources.title")}
        description={t("resources.description")}
        actions={manage && <ButtonLink href={`/resources/visits/new${search.designation ? `?designation=${search.designation}` : ""}`} variant="primary">{t("resources.visits.newItem")}</ButtonLink>}
      />
      <ResourceTabs active="visits" />
      <FilterForm action="/resources/visits">
        <FilterSelect name="designation" label={t("resources.visits.filterDesignation")} value={search.designation} allLabel={t("common.all")} options={designations.map((designation) => ({ value: designation.id, label: designation.name }))} />
      </FilterForm>
      <Card title={t("resources.visits.title")}>
        <p className="mb-4 text-xs text-slate-500">{t("resources.visits.description")}</p>
        <VisitList visits={visits.items} manage={manage} showDesignation />
        <Pagination page={visits.page} pages={visits.pages} total={visits.total} params={search} basePath="/resources/visits" />
      </Card>
    </div>
  );
}
