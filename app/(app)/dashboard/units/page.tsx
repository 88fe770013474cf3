import { getTranslations } from "next-intl/server";
import { DashboardFilterBar } from "@/components/dashboard/filter-bar";
import { UnitProgressTable } from "@/components/dashboard/panels/progress";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { pageUser } from "@/lib/auth/guard";
import { dashboardHref } from "@/lib/dashboard/links";
import { pageOfRows, unitsFurthestBehind } from "@/lib/dashboard/panel-rows";
import { getFilterOptions, getProgressBreakdown } from "@/lib/dashboard/queries";
import { parseDashboardFilters } from "@/lib/dashboard/schema";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard"))("byUnitListTitle") };
}

/** Every lead unit of the dashboard's "牵头单位进度" panel, in its order, paginated. */
export default async function DashboardUnitsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await pageUser("dashboard.read");
  const search = await searchParams;
  const filters = parseDashboardFilters(search);
  const [t, options, progress] = await Promise.all([getTranslations(), getFilterOptions(user), getProgressBreakdown(user, filters)]);
  const rows = pageOfRows(unitsFurthestBehind(progress.byUnit), Number(search.page));
  const params = { park: filters.parkId, task: filters.taskCode };
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("dashboard.byUnitListTitle")}
        description={t("dashboard.byUnitListDescription")}
        actions={<ButtonLink href={dashboardHref(filters)}>{t("dashboard.backToDashboard")}</ButtonLink>}
      />
      <DashboardFilterBar filters={filters} parks={options.parks} tasks={options.tasks} action="/dashboard/units" withPeriod={false} />
      <Card>
        {rows.total === 0 ? (
          <EmptyState title={t("dashboard.noItems")} hint={t("dashboard.noItemsHint")} />
        ) : (
          <>
            <UnitProgressTable groups={rows.items} filters={filters} />
            <Pagination page={rows.page} pages={rows.pages} total={rows.total} params={params} basePath="/dashboard/units" />
          </>
        )}
      </Card>
    </div>
  );
}
