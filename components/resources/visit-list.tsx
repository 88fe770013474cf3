import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import type { VisitRow } from "@/lib/resources/queries";

/** Officials' visits as a log: when, who, what was agreed, what follows. */
export async function VisitList({ visits, manage, showDesignation = false }: { visits: VisitRow[]; manage: boolean; showDesignation?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  if (visits.length === 0) return <EmptyState title={t("resources.visits.noItems")} />;
  return (
    <ol className="space-y-4">
      {visits.map((visit) => (
        <li key={visit.id} className="border-l-2 border-brand-500 pl-3" data-testid="visit-row">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <div className="text-sm font-medium text-slate-800">
              {formatDate(visit.date, locale)} · {visit.organization}
            </div>
            {manage && <Link href={`/resources/visits/${visit.id}`} className="text-xs text-brand-700 hover:underline">{t("common.edit")}</Link>}
          </div>
          <div className="text-xs text-slate-600">{visit.visitors}</div>
          {showDesignation && visit.designation && (
            <Link href={`/resources/designations/${visit.designation.id}`} className="text-xs text-brand-700 hover:underline">{visit.designation.name}</Link>
          )}
          {visit.agreed && (
            <p className="mt-1 text-sm text-slate-700">
              <span className="text-xs text-slate-500">{t("resources.visits.agreed")}</span>{" "}
              {visit.agreed}
            </p>
          )}
          {visit.followUps && (
            <p className="mt-1 text-sm text-slate-700">
              <span className="text-xs text-slate-500">{t("resources.visits.followUps")}</span>{" "}
              {visit.followUps}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
