import { getTranslations } from "next-intl/server";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { PERIODS, type DashboardFilters } from "@/lib/dashboard/schema";

/** Park, task and trend period as a GET form: the URL carries the view. */
export async function DashboardFilterBar({ filters, parks, tasks, action = "/dashboard", withPeriod = true }: {
  filters: DashboardFilters;
  parks: { id: string; label: string }[];
  tasks: { code: string; label: string }[];
  /** The page the form reloads (a drilldown page keeps its own route). */
  action?: string;
  /** Drilldown pages show no trend, so they have no period. */
  withPeriod?: boolean;
}) {
  const t = await getTranslations();
  return (
    <FilterForm action={action}>
      <FilterSelect name="park" label={t("dashboard.filterPark")} value={filters.parkId} allLabel={t("common.all")} options={parks.map((park) => ({ value: park.id, label: park.label }))} />
      <FilterSelect name="task" label={t("dashboard.filterTask")} value={filters.taskCode} allLabel={t("common.all")} options={tasks.map((task) => ({ value: task.code, label: task.label }))} />
      {withPeriod && (
      <label className="flex min-w-36 flex-col gap-1 text-xs font-medium text-slate-600">
        {t("dashboard.filterPeriod")}
        <select name="period" defaultValue={String(filters.weeks)} className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm text-slate-900">
          {PERIODS.map((weeks) => (
            <option key={weeks} value={weeks}>{t("dashboard.periodWeeks", { weeks })}</option>
          ))}
        </select>
      </label>
      )}
    </FilterForm>
  );
}
