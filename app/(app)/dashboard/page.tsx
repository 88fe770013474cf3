import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { DashboardFilterBar } from "@/components/dashboard/filter-bar";
import { PanelSkeleton } from "@/components/dashboard/panel";
import { IndicatorPanel, ResourcePanel } from "@/components/dashboard/panels/figures";
import { CoordinationPanel, DeadlinesPanel, NoticesPanel } from "@/components/dashboard/panels/lists";
import { MeasureProgressPanel, OverviewStats, ParkProgressPanel, TaskProgressPanel, UnitProgressPanel } from "@/components/dashboard/panels/progress";
import { SubmissionPanel, WarningTrendPanel } from "@/components/dashboard/panels/trends";
import { ReadinessPanel } from "@/components/readiness/readiness-panel";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import {
  DEADLINE_WINDOW_DAYS,
  getDeadlines,
  getFilterOptions,
  getIndicators,
  getOpenNotices,
  getProgressBreakdown,
  getResourceTotals,
  getSubmissionTrend,
  getWaitingCoordination,
  getWarningTrend,
} from "@/lib/dashboard/queries";
import { parseDashboardFilters } from "@/lib/dashboard/schema";
import { getReadinessSummary } from "@/lib/readiness/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await pageUser("dashboard.read");
  const filters = parseDashboardFilters(await searchParams);
  const [t, options] = await Promise.all([getTranslations(), getFilterOptions(user)]);
  // Every panel's query starts now and streams into its own Suspense boundary.
  const progress = getProgressBreakdown(user, filters);
  const warnings = getWarningTrend(user, filters);
  const submission = getSubmissionTrend(user, filters);
  const indicators = getIndicators(user, filters);
  const resources = getResourceTotals(user, filters);
  const deadlines = getDeadlines(user, filters);
  const notices = getOpenNotices(user, filters);
  const coordination = getWaitingCoordination(user, filters);
  const readiness = can(user, "readiness.view") ? getReadinessSummary(user) : null;
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("dashboard.title")}
        description={t("dashboard.description")}
        actions={
          <>
            <ButtonLink href="/briefings">{t("dashboard.openBriefing")}</ButtonLink>
            <ButtonLink href="/big-screen" variant="primary">{t("dashboard.openBigScreen")}</ButtonLink>
          </>
        }
      />
      <DashboardFilterBar filters={filters} parks={options.parks} tasks={options.tasks} />
      <Suspense fallback={<PanelSkeleton title={t("dashboard.overall.actual")} height={72} />}>
        <OverviewStats data={progress} filters={filters} />
      </Suspense>
      <div className="grid gap-4 lg:grid-cols-2">
        <Suspense fallback={<PanelSkeleton title={t("dashboard.byTask")} />}>
          <TaskProgressPanel data={progress} filters={filters} />
        </Suspense>
        <Suspense fallback={<PanelSkeleton title={t("dashboard.byPark")} />}>
          <ParkProgressPanel data={progress} filters={filters} />
        </Suspense>
        <Suspense fallback={<PanelSkeleton title={t("dashboard.warnings.title")} />}>
          <WarningTrendPanel data={warnings} filters={filters} />
        </Suspense>
        <Suspense fallback={<PanelSkeleton title={t("dashboard.submission.title")} />}>
          <SubmissionPanel data={submission} filters={filters} />
        </Suspense>
        <Suspense fallback={<PanelSkeleton title={t("dashboard.byMeasure")} height={600} />}>
          <MeasureProgressPanel data={progress} filters={filters} />
        </Suspense>
        <Suspense fallback={<PanelSkeleton title={t("dashboard.byUnit")} height={600} />}>
          <UnitProgressPanel data={progress} filters={filters} />
        </Suspense>
        <Suspense fallback={<PanelSkeleton title={t("dashboard.indicators.title")} height={420} />}>
          <IndicatorPanel data={indicators} filters={filters} />
        </Suspense>
        <Suspense fallback={<PanelSkeleton title={t("dashboard.resources.title")} height={420} />}>
          <ResourcePanel data={resources} filters={filters} />
        </Suspense>
        <Suspense fallback={<PanelSkeleton title={t("dashboard.deadlines.title", { days: DEADLINE_WINDOW_DAYS })} />}>
          <DeadlinesPanel data={deadlines} filters={filters} />
        </Suspense>
        <Suspense fallback={<PanelSkeleton title={t("dashboard.notices.title")} />}>
          <NoticesPanel data={notices} filters={filters} />
        </Suspense>
        <Suspense fallback={<PanelSkeleton title={t("dashboard.coordination.title")} />}>
          <CoordinationPanel data={coordination} filters={filters} />
        </Suspense>
        {readiness && (
          <Suspense fallback={<PanelSkeleton title={t("readiness.panel.title")} />}>
            <ReadinessPanel data={readiness} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
