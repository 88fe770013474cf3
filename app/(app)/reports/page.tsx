import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ExcuseWeek, ReleaseHolidayWeek, RequireHolidayWeek, WithdrawExemption } from "@/components/reports/excuse-week";
import { RemindButton } from "@/components/reports/remind-button";
import { BOARD_TONES, ReportStatusBadge } from "@/components/reports/status-badge";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { formatDateTime, formatDuration, formatPercent } from "@/lib/format";
import { listParks } from "@/lib/plan/queries";
import { getSubmissionBoard } from "@/lib/reports/queries";
import { BOARD_STATUSES } from "@/lib/reports/workflow";
import { weekKeyLabel } from "@/lib/dates/week-label";

type Search = { week?: string; park?: string; status?: string; page?: string };

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("review") };
}

export default async function ReviewBoardPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await pageUser("report.review");
  const search = await searchParams;
  const [t, locale, board, parks] = await Promise.all([
    getTranslations("reports"),
    getLocale(),
    orNotFound(getSubmissionBoard(user, { week: search.week, parkId: search.park, status: search.status, page: search.page })),
    listParks(user),
  ]);
  const link = (changes: Partial<Search>) => {
    const params = new URLSearchParams();
    // Another week or status starts on the first page.
    for (const [key, value] of Object.entries({ ...search, page: undefined, ...changes })) if (value) params.set(key, value);
    const query = params.toString();
    return query ? `/reports?${query}` : "/reports";
  };
  const canExcuse = can(user, "report.excuse");
  const { week } = board;
  const deadlineText = formatDateTime(week.deadline, locale, board.timeZone);
  const weekNote = board.required
    ? t("board.week.required", { reason: board.required })
    : week.exemption
      ? t(`board.week.${week.exemption}`, { holiday: week.holiday ?? "" })
      : week.moved
        ? t("board.week.moved", { holiday: week.holiday ?? "", deadline: deadlineText })
        : null;
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("board.title", { week: weekKeyLabel(board.nav.label, locale) })}
        description={t("board.description", { deadline: deadlineText, submitted: board.submitted, total: board.total, rate: formatPercent(board.total ? (100 * board.submitted) / board.total : 0, locale) })}
        actions={
          <>
            <ButtonLink href={link({ week: board.nav.previous })}>{t("previousWeek")}</ButtonLink>
            {board.nav.next && <ButtonLink href={link({ week: board.nav.next })}>{t("nextWeek")}</ButtonLink>}
          </>
        }
      />
      {weekNote && (
        <div className="flex flex-wrap items-center gap-2 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900" role="note" data-testid="week-note">
          <span>{weekNote}</span>
          {canExcuse && board.required && <ReleaseHolidayWeek week={board.nav.label} />}
          {canExcuse && !board.required && (week.exemption === "HOLIDAY_WEEK" || week.exemption === "HOLIDAY_SKIPPED") && <RequireHolidayWeek week={board.nav.label} />}
        </div>
      )}
      <div className="grid grid-cols-3 gap-2 sm:grid-cols-7" data-testid="status-counts">
        {BOARD_STATUSES.map((status) => (
          <Link
            key={status}
            href={link({ status: search.status === status ? undefined : status })}
            className={cn("rounded-lg border bg-white p-3 shadow-sm hover:border-brand-500", search.status === status ? "border-brand-500 ring-1 ring-brand-500" : "border-slate-200")}
            data-testid={`count-${status}`}
          >
            <Badge tone={BOARD_TONES[status]}>{t(`board.status.${status}`)}</Badge>
            <div className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{board.counts[status]}</div>
          </Link>
        ))}
      </div>
      <FilterForm action="/reports">
        <input type="hidden" name="week" value={board.nav.label} />
        <FilterSelect name="park" label={t("board.park")} value={search.park} allLabel={t("board.allParks")} options={parks.map((park) => ({ value: park.id, label: park.shortName }))} />
        <FilterSelect name="status" label={t("statusLabel")} value={search.status} allLabel={t("board.allStatuses")} options={BOARD_STATUSES.map((status) => ({ value: status, label: t(`board.status.${status}`) }))} />
      </FilterForm>
      <Card title={t("board.units", { count: board.pagination.total })} actions={board.pending > 0 ? <RemindButton week={board.nav.label} parkId={search.park} pending={board.pending} /> : undefined}>
        {board.rows.length === 0 ? (
          <EmptyState title={t("board.empty")} />
        ) : (
          <Table caption={t("board.title", { week: weekKeyLabel(board.nav.label, locale) })}>
            <thead>
              <tr>
                <Th>{t("board.unit")}</Th>
                <Th>{t("board.park")}</Th>
                <Th>{t("statusLabel")}</Th>
                <Th>{t("history.submittedAt")}</Th>
                <Th>{t("history.entries")}</Th>
                <Th>{t("history.notes")}</Th>
                <Th>{t("board.open")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {board.rows.map((row) => (
                <tr key={row.id} className="hover:bg-slate-50" data-testid="board-row" data-unit={row.name}>
                  <Td className="font-medium text-slate-800">{row.name}</Td>
                  <Td className="whitespace-nowrap text-xs">{row.park?.shortName ?? "—"}</Td>
                  <Td>
                    <ReportStatusBadge status={row.status} />
                    {row.excused && <div className="mt-1 max-w-xs text-xs text-slate-500">{t("board.excused", { reason: row.excused.reason })}</div>}
                  </Td>
                  <Td className="whitespace-nowrap text-xs">
                    {formatDateTime(row.report?.submittedAt, locale, board.timeZone)}
                    {row.report?.lateMinutes ? <div className="text-orange-700">{t("lateBy", { duration: formatDuration(row.report.lateMinutes, locale) })}</div> : null}
                  </Td>
                  <Td className="tabular-nums">{row.report?.entries ?? "—"}</Td>
                  <Td>{row.report?.needsCoordination ? <Badge tone="orange">{t("coordinationCount", { count: row.report.needsCoordination })}</Badge> : null}</Td>
                  <Td>
                    {row.report && row.status !== "DRAFT" && row.status !== "EXCUSED" ? (
                      <Link href={`/reports/${row.report.id}`} className="text-brand-700 hover:underline">{row.status === "ON_TIME" || row.status === "LATE" ? t("board.review") : t("board.view")}</Link>
                    ) : canExcuse && row.excused ? (
                      <WithdrawExemption id={row.excused.id} />
                    ) : canExcuse && row.owed && (row.status === "NOT_STARTED" || row.status === "DRAFT") ? (
                      <ExcuseWeek unitId={row.id} unitName={row.shortName} week={board.nav.label} />
                    ) : (
                      "—"
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {board.pagination.pages > 1 && (
          <Pagination page={board.pagination.page} pages={board.pagination.pages} total={board.pagination.total} params={{ week: board.nav.label, park: search.park, status: search.status }} basePath="/reports" />
        )}
      </Card>
    </div>
  );
}
