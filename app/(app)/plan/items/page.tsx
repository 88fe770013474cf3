import { getTranslations } from "next-intl/server";
import { WorkItemTable } from "@/components/plan/work-item-table";
import { Card, PageHeader } from "@/components/ui/card";
import { FilterForm, FilterSelect, FilterText } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { LedgerExportLink } from "@/components/dashboard/export-links";
import { pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listUnitOptions } from "@/lib/org/queries";
import { getPlanOverview, listParks, listWorkItems } from "@/lib/plan/queries";

type Search = { park?: string; unit?: string; task?: string; measure?: string; status?: string; behind?: string; q?: string; page?: string };

export default async function WorkItemsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await pageUser("plan.read");
  const search = await searchParams;
  const status = search.status === "ACTIVE" || search.status === "COMPLETED" ? search.status : undefined;
  const behind = search.behind === "1";
  const [t, items, parks, units, tasks] = await Promise.all([
    getTranslations(),
    listWorkItems(user, { parkId: search.park, unitId: search.unit, taskCode: search.task, measureCode: search.measure, status, behind, q: search.q?.trim() || undefined, page: search.page }),
    listParks(user),
    listUnitOptions(user),
    getPlanOverview(user),
  ]);
  return (
    <div>
      <PageHeader title={t("plan.allItems")} description={t("plan.description")} actions={can(user, "export.read") && <LedgerExportLink user={user} search={search} />} />
      <FilterForm action="/plan/items">
        <FilterText name="q" label={t("common.search")} value={search.q} placeholder={t("plan.searchPlaceholder")} />
        <FilterSelect name="task" label={t("plan.filterTask")} value={search.task} allLabel={t("common.all")} options={tasks.map((task) => ({ value: task.code, label: `${task.code} ${task.title}` }))} />
        <FilterSelect name="park" label={t("plan.filterPark")} value={search.park} allLabel={t("common.all")} options={parks.map((park) => ({ value: park.id, label: park.shortName }))} />
        <FilterSelect name="unit" label={t("plan.filterUnit")} value={search.unit} allLabel={t("common.all")} options={units.map((unit) => ({ value: unit.id, label: unit.name }))} />
        <FilterSelect name="status" label={t("plan.filterStatus")} value={status} allLabel={t("common.all")} options={(["ACTIVE", "COMPLETED"] as const).map((value) => ({ value, label: t(`enums.WorkItemStatus.${value}`) }))} />
        <FilterSelect name="behind" label={t("dashboard.filterBehind")} value={behind ? "1" : undefined} allLabel={t("common.all")} options={[{ value: "1", label: t("dashboard.behindOnly") }]} />
      </FilterForm>
      <Card>
        <WorkItemTable items={items.items} showMeasure />
        <Pagination page={items.page} pages={items.pages} total={items.total} params={search} basePath="/plan/items" />
      </Card>
    </div>
  );
}
