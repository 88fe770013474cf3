import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, PageHeader, Stat } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { SupervisorWorkbench } from "@/components/home/supervisor-workbench";
import { pageUser } from "@/lib/auth/guard";
import { formatPercent } from "@/lib/format";
import { getSupervisorWorkbench } from "@/lib/home/queries";
import { getOverallProgress } from "@/lib/dashboard/queries";
import type { Locale } from "@/lib/i18n/config";
import { navigationFor } from "@/lib/navigation";
import { listUnitDirectory } from "@/lib/org/queries";
import { getPlanOverview, listParks } from "@/lib/plan/queries";

export default async function HomePage() {
  const user = await pageUser("plan.read");
  // A reporter's home is the unit's week: items, report form and deadline; a leader's is the overview.
  if (user.role === "REPORTER") redirect("/my-unit");
  if (user.role === "LEADER") redirect("/dashboard");
  const [t, locale, tasks, parks, units, workbench, progress] = await Promise.all([
    getTranslations(),
    getLocale() as Promise<Locale>,
    getPlanOverview(user),
    listParks(user),
    listUnitDirectory(user),
    user.role === "SUPERVISOR" ? getSupervisorWorkbench(user) : null,
    getOverallProgress(user),
  ]);
  const itemCount = tasks.reduce((sum, task) => sum + task.itemCount, 0);
  const links = navigationFor(user).flatMap((section) => section.items).filter((item) => item.href !== "/");
  return (
    <div className="space-y-6">
      <PageHeader title={t("home.greeting", { name: user.name })} description={t("home.intro", { zone: user.zoneName })} />
      {workbench && <SupervisorWorkbench data={workbench} timeZone={user.timeZone} />}
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        <Stat label={t("home.parks")} value={parks.length} />
        <Stat label={t("home.units")} value={units.filter((unit) => unit.isMember).length} />
        <Stat label={t("home.tasks")} value={`${tasks.length} / ${tasks.reduce((sum, task) => sum + task.measures.length, 0)}`} />
        <Stat label={t("home.items")} value={itemCount} />
        <Stat label={t("home.progress")} value={<span data-testid="home-overall-progress">{formatPercent(progress.overall.progress, locale)}</span>} hint={t("home.planned", { value: formatPercent(progress.overall.planned, locale) })} />
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t("home.byTask")} className="lg:col-span-2">
          <ul className="space-y-4">
            {tasks.map((task) => (
              <li key={task.id}>
                <div className="mb-1 flex justify-between gap-2 text-sm">
                  <Link href={`/plan#task-${task.code}`} className="font-medium text-slate-800 hover:text-brand-700">
                    {task.code}. {task.title}
                  </Link>
                  <span className="shrink-0 text-xs text-slate-500">{t("plan.itemCount", { count: task.itemCount })}</span>
                </div>
                <ProgressBar value={task.progress} planned={task.planned} label={task.title} />
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t("home.quickLinks")}>
          <ul className="grid grid-cols-2 gap-2">
            {links.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="block rounded-md border border-slate-200 px-3 py-2 text-sm text-slate-700 hover:border-brand-500 hover:text-brand-700">
                  {t(`nav.${item.label}` as "nav.home")}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </div>
  );
}
