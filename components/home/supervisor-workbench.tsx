import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState, Stat } from "@/components/ui/card";
import { weekKeyLabel } from "@/lib/dates/week-label";
import { formatDate, formatDateTime, formatDuration } from "@/lib/format";
import type { SupervisorWorkbench as Workbench } from "@/lib/home/queries";

function StatLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="block rounded-lg transition hover:ring-2 hover:ring-brand-500/40">
      {children}
    </Link>
  );
}

export async function SupervisorWorkbench({ data, timeZone }: { data: Workbench; timeZone: string }) {
  const [t, locale] = await Promise.all([getTranslations("home.workbench"), getLocale()]);
  const { week, reportsToReview, openWarnings, notices } = data;
  return (
    <section className="space-y-4" data-testid="supervisor-workbench" aria-label={t("title")}>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        <StatLink href={`/reports?week=${week.label}`}>
          <Stat
            label={t("weekReports", { week: weekKeyLabel(week.label, locale) })}
            value={week.submitted}
            hint={week.deadlinePassed ? t("deadlinePassed") : t("weekReportsHint", { submitted: week.submitted, draft: week.draft, deadline: formatDateTime(week.deadline, locale, timeZone) })}
          />
        </StatLink>
        <StatLink href="/reports">
          <Stat label={t("toReview")} value={reportsToReview.total} tone={reportsToReview.total > 0 ? "blue" : undefined} />
        </StatLink>
        <StatLink href="/warnings">
          <Stat
            label={t("openWarnings")}
            value={t("redOrange", { red: openWarnings.RED, orange: openWarnings.ORANGE })}
            hint={t("warningsHint", { yellow: openWarnings.YELLOW, blue: openWarnings.BLUE })}
            tone={openWarnings.RED > 0 ? "red" : openWarnings.ORANGE > 0 ? "orange" : undefined}
          />
        </StatLink>
        <StatLink href="/notices?overdue=1">
          <Stat label={t("notices")} value={notices.responded + notices.overdue} hint={t("noticesHint", { responded: notices.responded, overdue: notices.overdue })} tone={notices.overdue > 0 ? "red" : undefined} />
        </StatLink>
        <StatLink href="/coordination?status=WAITING_LEADER">
          <Stat label={t("coordination")} value={data.coordinationWaiting} hint={t("coordinationHint")} />
        </StatLink>
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t("reportsTitle", { count: reportsToReview.total })} actions={<Link href="/reports" className="text-sm text-brand-700 hover:underline">{t("viewAll")}</Link>}>
          {reportsToReview.items.length === 0 ? (
            <EmptyState title={t("reportsEmpty")} />
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {reportsToReview.items.map((report) => (
                <li key={report.id} className="flex items-center justify-between gap-2 py-2">
                  <Link href={`/reports/${report.id}`} className="min-w-0 truncate text-slate-800 hover:text-brand-700">
                    {report.unitName} · <span className="text-xs">{weekKeyLabel(report.week, locale)}</span>
                  </Link>
                  {report.lateMinutes ? <Badge tone="yellow">{t("late", { duration: formatDuration(report.lateMinutes, locale) })}</Badge> : <Badge tone="green">{t("onTime")}</Badge>}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t("noticesTitle")} actions={<Link href="/notices" className="text-sm text-brand-700 hover:underline">{t("viewAll")}</Link>}>
          {notices.items.length === 0 ? (
            <EmptyState title={t("noticesEmpty")} />
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {notices.items.map((notice) => (
                <li key={notice.id} className="flex items-center justify-between gap-2 py-2">
                  <Link href={`/notices/${notice.id}`} className="min-w-0 truncate text-slate-800 hover:text-brand-700">
                    {notice.number} · {notice.unitName}
                  </Link>
                  {notice.status === "RESPONDED" ? <Badge tone="blue">{t("responded")}</Badge> : <Badge tone="red">{t("overdueDays", { days: notice.overdueDays })}</Badge>}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t("dueTitle")}>
          {data.dueSoon.length === 0 ? (
            <EmptyState title={t("dueEmpty")} />
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {data.dueSoon.map((due) => (
                <li key={due.id} className="py-2">
                  <Link href={due.href} className="line-clamp-2 text-slate-800 hover:text-brand-700">{due.title}</Link>
                  <div className="mt-0.5 flex items-center gap-2 text-xs text-slate-500">
                    <span>{due.unitName}</span>
                    <span>{formatDate(due.dueDate, locale)}</span>
                    {due.dueDate < data.today && <Badge tone="red">{t("overdue")}</Badge>}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </section>
  );
}
