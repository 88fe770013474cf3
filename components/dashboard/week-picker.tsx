import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatIsoWeek, shiftIsoWeek, type IsoWeek } from "@/lib/dates/zone-time";

/** Previous / next week links and a week input, all as URLs (?week=2026-W47). */
export async function WeekPicker({ week, basePath }: { week: IsoWeek; basePath: string }) {
  const t = await getTranslations();
  const href = (target: IsoWeek) => `${basePath}?week=${formatIsoWeek(target)}`;
  const link = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-700 hover:bg-slate-50";
  return (
    <form method="get" action={basePath} className="no-print mb-4 flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3" role="search">
      <Link href={href(shiftIsoWeek(week, -1))} className={link} rel="prev">{t("briefings.prevWeek")}</Link>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        {t("briefings.pickWeek")}
        <input type="week" name="week" defaultValue={formatIsoWeek(week)} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900" />
      </label>
      <button type="submit" className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700">{t("briefings.show")}</button>
      <Link href={href(shiftIsoWeek(week, 1))} className={link} rel="next">{t("briefings.nextWeek")}</Link>
    </form>
  );
}
