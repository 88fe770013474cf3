import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { scopeOf } from "@/lib/auth/permissions";
import { formatIsoWeek, type IsoWeek } from "@/lib/dates/zone-time";
import { cn } from "@/components/ui/cn";

const button = "inline-flex items-center justify-center gap-1.5 whitespace-nowrap rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50";

function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** Downloads are plain links to the export route handlers (they check the session and permissions). */
export function ExportLink({ href, children, className, testId }: { href: string; children: React.ReactNode; className?: string; testId?: string }) {
  return (
    <a href={href} download className={cn(button, className)} data-testid={testId}>
      {children}
    </a>
  );
}

export async function BriefingExportLink({ week }: { week: IsoWeek }) {
  const t = await getTranslations("briefings");
  return <ExportLink href={`/api/exports/briefing${query({ week: formatIsoWeek(week) })}`} testId="export-briefing">{t("exportXlsx")}</ExportLink>;
}

/** The ledger export with the list's filters; a reporter's export is its own unit's, and says so. */
export async function LedgerExportLink({ user, search }: { user: Actor; search: { park?: string; task?: string; unit?: string; status?: string } }) {
  const t = await getTranslations("briefings");
  const own = scopeOf(user, "export.read") === "own";
  return (
    <ExportLink href={`/api/exports/ledger${query({ park: search.park, task: search.task, unit: own ? undefined : search.unit, status: search.status })}`} testId="export-ledger">
      {own ? t("exportLedgerOwn") : t("exportLedger")}
    </ExportLink>
  );
}

export async function RankingExportLink({ year, quarter }: { year: number; quarter: number }) {
  const t = await getTranslations("briefings");
  return <ExportLink href={`/api/exports/ranking${query({ year: String(year), quarter: String(quarter) })}`} testId="export-ranking">{t("exportRanking")}</ExportLink>;
}
