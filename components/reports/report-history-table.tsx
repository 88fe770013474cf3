import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime, formatDuration } from "@/lib/format";
import type { HistoryRow } from "@/lib/reports/queries";
import { ReportStatusBadge } from "./status-badge";
import { weekKeyLabel } from "@/lib/dates/week-label";

/** Every week of a unit: what it reported, when, and how late. */
export async function ReportHistoryTable({ rows, timeZone, editable = false }: { rows: HistoryRow[]; timeZone: string; editable?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("reports"), getLocale()]);
  return (
    <Table caption={t("history.title")}>
      <thead>
        <tr>
          <Th>{t("history.week")}</Th>
          <Th>{t("history.deadline")}</Th>
          <Th>{t("statusLabel")}</Th>
          <Th>{t("history.submittedAt")}</Th>
          <Th>{t("history.entries")}</Th>
          <Th>{t("history.notes")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.week} data-testid="history-week">
            <Td className="whitespace-nowrap font-mono text-xs">
              {row.report ? <Link href={`/reports/${row.report.id}`} className="text-brand-700 hover:underline">{weekKeyLabel(row.week, locale)}</Link> : weekKeyLabel(row.week, locale)}
            </Td>
            <Td className="whitespace-nowrap text-xs">
              {formatDateTime(row.deadline, locale, timeZone)}
              {row.moved && <div className="text-slate-500">{t("history.movedFor", { holiday: row.holiday ?? "" })}</div>}
            </Td>
            <Td>
              {row.owed || row.report || row.excused ? <ReportStatusBadge status={row.status} /> : <Badge>{t("history.notOwed")}</Badge>}
              {row.excused && <div className="mt-1 text-xs text-slate-500">{t("board.excused", { reason: row.excused.reason })}</div>}
              {!row.excused && row.weekExemption && <div className="mt-1 text-xs text-slate-500">{t(`board.week.${row.weekExemption}`, { holiday: row.holiday ?? "" })}</div>}
            </Td>
            <Td className="whitespace-nowrap text-xs">
              {formatDateTime(row.report?.submittedAt, locale, timeZone)}
              {row.report?.lateMinutes ? <div className="text-orange-700">{t("lateBy", { duration: formatDuration(row.report.lateMinutes, locale) })}</div> : null}
            </Td>
            <Td className="tabular-nums">{row.report?.entries ?? "—"}</Td>
            <Td className="text-xs text-slate-600">
              {row.report?.needsCoordination ? <Badge tone="orange">{t("coordinationCount", { count: row.report.needsCoordination })}</Badge> : null}
              {row.report?.returnReason && <div className="text-red-700">{row.report.returnReason}</div>}
              {editable && (row.status === "NOT_STARTED" || row.status === "DRAFT" || row.status === "RETURNED") && row.owed && (
                <Link href={`/my-unit?week=${row.week}`} className="text-brand-700 hover:underline">{t("history.fill")}</Link>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
