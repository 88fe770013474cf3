import { getTranslations } from "next-intl/server";
import { DashboardFilterBar } from "@/components/dashboard/filter-bar";
import { IndicatorTable } from "@/components/dashboard/panels/figures";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { pageUser } from "@/lib/auth/guard";
import { dashboardHref } from "@/lib/dashboard/links";
import { indicatorsFurthestBehind, pageOfRows } from "@/lib/dashboard/panel-rows";
import { getFilterOptions, getIndicators } from "@/lib/dashboard/queries";
import { parseDashboardFilters } from "@/lib/dashboard/schema";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard"))("indicators.title") };
}

/** Every indicator of the dashboard's "关键指标完成情况" panel, in its order, paginated. */
export default async function DashboardIndicatorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await pageUser("dashboard.read");
  const search = await searchParams;
  const filters = parseDashboardFilters(search);
  const [t, options, indicators] = await Promise.all([getTranslations(), getFilterOptions(user), getIndicators(user, filters)]);
  const rows = pageOfRows(indicatorsFurthestBehind(indicators), Number(search.page));
  const params = { park: filters.parkId, task: filters.taskCode };
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("dashboard.indicators.title")}
        description={t("dashboard.indicators.listDescription")}
        actions={<ButtonLink href={dashboardHref(filters)}>{t("dashboard.backToDashboard")}</ButtonLink>}
      />
      <DashboardFilterBar filters={filters} parks={options.parks} tasks={options.tasks} action="/dashboard/indicators" withPeriod={false} />
      <Card>
        {rows.total === 0 ? (
          <EmptyState title={t("dashboard.indicators.empty")} hint={t("dashboard.indicators.emptyHint")} />
        ) : (
          <>
            <IndicatorTable rows={rows.items} />
            <Pagination page={rows.page} pages={rows.pages} total={rows.total} params={params} basePath="/dashboard/indicators" />
          </>
        )}
      </Card>
    </div>
  );
}
