import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { ProgressBar } from "@/components/ui/progress-bar";
import { pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listUnitOptions } from "@/lib/org/queries";
import { getPlanOverview, listParks } from "@/lib/plan/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("plan"))("title") };
}

export default async function PlanPage({ searchParams }: { searchParams: Promise<{ park?: string; unit?: string }> }) {
  const user = await pageUser("plan.read");
  const { park, unit } = await searchParams;
  const [t, tasks, parks, units] = await Promise.all([getTranslations(), getPlanOverview(user, { parkId: park, unitId: unit }), listParks(user), listUnitOptions(user)]);
  const itemsHref = (extra: Record<string, string>) => `/plan/items?${new URLSearchParams({ ...(park ? { park } : {}), ...(unit ? { unit } : {}), ...extra })}`;
  const manage = can(user, "plan.manage");
  return (
    <div>
      <PageHeader
        title={t("plan.title")}
        description={t("plan.description")}
        actions={
          <>
            <ButtonLink href={itemsHref({})}>{t("plan.allItems")}</ButtonLink>
            <a href="/api/plan/export" download className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
              {t("planManage.exportList")}
            </a>
            {manage && (
              <>
                <ButtonLink href="/plan/import">{t("planManage.importList")}</ButtonLink>
                <ButtonLink href="/plan/archived">{t("planManage.showArchived")}</ButtonLink>
                <ButtonLink href="/plan/tasks/new" variant="primary">{t("planManage.newTask")}</ButtonLink>
              </>
            )}
          </>
        }
      />
      <FilterForm action="/plan">
        <FilterSelect name="park" label={t("plan.filterPark")} value={park} allLabel={t("common.all")} options={parks.map((p) => ({ value: p.id, label: p.shortName }))} />
        <FilterSelect name="unit" label={t("plan.filterUnit")} value={unit} allLabel={t("common.all")} options={units.map((u) => ({ value: u.id, label: u.name }))} />
      </FilterForm>
      {tasks.length === 0 ? (
        <EmptyState title={t("plan.noPlan")} />
      ) : (
        <div className="space-y-4">
          {tasks.map((task) => (
            <Card
              key={task.id}
              title={<span id={`task-${task.code}`}>{t("plan.task")} {task.code} · {task.title}</span>}
              actions={
                <>
                  <span className="text-xs text-slate-500">{t("plan.itemCount", { count: task.itemCount })}</span>
                  {manage && (
                    <>
                      <ButtonLink href={`/plan/tasks/${encodeURIComponent(task.code)}/edit`}>{t("common.edit")}</ButtonLink>
                      <ButtonLink href={`/plan/measures/new?task=${encodeURIComponent(task.code)}`}>{t("planManage.newMeasure")}</ButtonLink>
                    </>
                  )}
                </>
              }
            >
              <ProgressBar value={task.progress} planned={task.planned} label={task.title} className="mb-4" />
              <ul className="divide-y divide-slate-100">
                {task.measures.map((measure) => (
                  <li key={measure.id} className="grid gap-2 py-2 sm:grid-cols-[1fr_14rem] sm:items-center" data-testid="measure-row">
                    <div>
                      <Link href={`/plan/measures/${measure.code}`} className="text-sm font-medium text-slate-800 hover:text-brand-700">
                        {measure.code} {measure.title}
                      </Link>
                      <div className="text-xs text-slate-500">
                        {t("plan.itemCount", { count: measure.itemCount })} · {t("plan.completedCount", { count: measure.completedCount })}
                      </div>
                    </div>
                    <ProgressBar value={measure.progress} planned={measure.planned} label={measure.title} />
                  </li>
                ))}
              </ul>
            </Card>
          ))}
        </div>
      )}
    </div>
  );
}
