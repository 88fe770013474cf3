import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { UnitNoticesPanel } from "@/components/notices/unit-notices-panel";
import { CooperatingItems } from "@/components/reports/cooperating-items";
import { DeadlineCountdown } from "@/components/reports/deadline-countdown";
import { ReportEntries } from "@/components/reports/report-entries";
import { ReportForm } from "@/components/reports/report-form";
import { ReportStatusBadge } from "@/components/reports/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { UnitWarningsPanel } from "@/components/warnings/unit-warnings-panel";
import { Card, EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { weekKeyLabel } from "@/lib/dates/week-label";
import { formatDate, formatDateTime, formatDuration } from "@/lib/format";
import { markTargetRead } from "@/lib/notifications/read";
import { getMyWeek, getReport } from "@/lib/reports/queries";
import { boardStatus } from "@/lib/reports/workflow";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("myUnit") };
}

export default async function MyUnitPage({ searchParams }: { searchParams: Promise<{ week?: string }> }) {
  const user = await pageUser("report.write");
  const { week: weekParam } = await searchParams;
  const [t, locale, data] = await Promise.all([getTranslations("reports"), getLocale(), orNotFound(getMyWeek(user, weekParam))]);
  const detail = data.report && !data.editable ? await getReport(user, data.report.id) : null;
  // The reminders and 催报 of this week link here: opening it reads them.
  await markTargetRead(user, `/my-unit?week=${data.week.label}`);
  const status = boardStatus(data.report);
  const saved = data.items.filter((item) => item.saved).length;
  const behind = data.items.filter((item) => item.planned - (item.lastReported?.progress ?? 0) > 10).length;
  return (
    <div className="space-y-4">
      <PageHeader
        title={data.week.isCurrent ? t("myUnitTitle", { unit: data.unit.name }) : t("myUnitWeekTitle", { unit: data.unit.name, week: weekKeyLabel(data.week.label, locale) })}
        description={t("weekRange", { week: weekKeyLabel(data.week.label, locale, { year: true }), from: formatDate(data.week.mondayKey, locale), to: formatDate(data.week.sundayKey, locale) })}
        actions={
          <>
            <ButtonLink href={`/my-unit?week=${data.week.previous}`}>{t("previousWeek")}</ButtonLink>
            {data.week.next && <ButtonLink href={data.week.isCurrent ? "/my-unit" : `/my-unit?week=${data.week.next}`}>{t("nextWeek")}</ButtonLink>}
            {!data.week.isCurrent && <ButtonLink href="/my-unit">{t("thisWeek")}</ButtonLink>}
            <ButtonLink href="/my-unit/history">{t("history.link")}</ButtonLink>
          </>
        }
      />
      <div className="grid gap-3 lg:grid-cols-4">
        <div className="lg:col-span-2">
          <DeadlineCountdown deadline={data.week.deadline.toISOString()} deadlineText={formatDateTime(data.week.deadline, locale, data.timeZone)} submitted={status === "ON_TIME" || status === "LATE" || status === "ACCEPTED"}
            firstSubmittedText={data.report?.submittedAt ? formatDateTime(data.report.submittedAt, locale, data.timeZone) : null}
          />
        </div>
        <Stat label={t("statusLabel")} value={<ReportStatusBadge status={status} />} hint={data.report?.lateMinutes ? t("lateBy", { duration: formatDuration(data.report.lateMinutes, locale) }) : undefined} />
        <Stat label={t("itemsLabel")} value={data.items.length} hint={t("itemsHint", { saved, behind, warnings: data.items.reduce((sum, item) => sum + item.openWarnings, data.unitWarnings) })} />
      </div>
      {(data.excused || data.week.exemption || data.week.moved) && (
        <div className="rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900" role="note" data-testid="week-note">
          {data.excused
            ? t("board.excused", { reason: data.excused })
            : data.week.exemption
              ? t(`board.week.${data.week.exemption}`, { holiday: data.week.holiday ?? "" })
              : t("board.week.moved", { holiday: data.week.holiday ?? "", deadline: formatDateTime(data.week.deadline, locale, data.timeZone) })}
        </div>
      )}
      {data.pending.length > 0 && (
        <div className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="pending-weeks">
          {t("pendingWeeks")}{" "}
          {data.pending.map((row) => (
            <Link key={row.week} href={`/my-unit?week=${row.week}`} className="mr-3 underline">
              {weekKeyLabel(row.week, locale)} {t(`board.status.${row.status}`)}
            </Link>
          ))}
        </div>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <UnitWarningsPanel user={user} />
        <UnitNoticesPanel user={user} />
      </div>
      {data.rectifications.length > 0 && (
        <div className="rounded-lg border border-orange-200 bg-orange-50 px-4 py-3 text-sm text-orange-900" data-testid="rectifications">
          <div className="font-medium">{t("rectifications")}</div>
          <ul className="mt-1 space-y-1">
            {data.rectifications.map((row) => (
              <li key={row.id}>
                <Link href={`/supervision/inspections/${row.id}`} className="underline">{formatDate(row.date, locale)}</Link>：{row.findings}
                <span className={row.overdue ? "ml-1 font-medium text-red-700" : "ml-1"}>{t(row.overdue ? "rectificationOverdue" : "rectificationDue", { date: formatDate(row.due, locale) })}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {data.report?.status === "RETURNED" && (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800" data-testid="returned-banner">
          <div className="font-medium">{t("returnedTitle")}</div>
          <div className="mt-1 whitespace-pre-line">{data.report.returnReason}</div>
        </div>
      )}
      {data.editable ? (
        data.items.length === 0 ? (
          <EmptyState title={t("noItems")} hint={t("noItemsHint")} />
        ) : (
          <ReportForm
            key={data.week.label}
            unitId={data.unit.id}
            week={data.week.label}
            reportId={data.report?.id ?? null}
            version={data.report?.version ?? null}
            summary={data.report?.summary ?? ""}
            items={data.items}
          />
        )
      ) : (
        detail && (
          <Card title={t("submittedReport")} actions={<ButtonLink href={`/reports/${detail.id}`}>{t("openReport")}</ButtonLink>}>
            <p className="mb-3 text-sm text-slate-600">
              {t("submittedAt", { at: formatDateTime(detail.submittedAt, locale, data.timeZone), by: detail.submittedBy ?? "—" })} {t("readOnlyHint")}
            </p>
            {detail.summary && <p className="mb-3 whitespace-pre-line rounded-md bg-slate-50 p-3 text-sm text-slate-700">{detail.summary}</p>}
            <ReportEntries entries={detail.entries} />
          </Card>
        )
      )}
      <CooperatingItems items={data.cooperating} />
    </div>
  );
}
