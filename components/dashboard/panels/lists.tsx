// The dashboard's follow-up lists: deadlines coming up, open notices, coordination requests waiting.
import Link from "next/link";
import { Badge, levelTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { Deadlines, OpenNotices, WaitingRequest } from "@/lib/dashboard/queries";
import { DEADLINE_WINDOW_DAYS } from "@/lib/dashboard/queries";
import { LEVELS } from "@/lib/dashboard/levels";
import { coordinationHref, coordinationRequestHref, meetingsHref, noticeHref, noticesHref, unitHref, warningsHref, workItemHref } from "@/lib/dashboard/links";
import { formatDate } from "@/lib/format";
import { Panel } from "../panel";
import { context, type Props } from "./shared";

// ───────────────────────────── lists ─────────────────────────────

export async function DeadlinesPanel({ data, filters }: Props<Deadlines>) {
  const [{ t, locale }, deadlines] = await Promise.all([context(), data]);
  return (
    <Panel
      title={t("dashboard.deadlines.title", { days: DEADLINE_WINDOW_DAYS })}
      testId="panel-deadlines"
      actions={
        <>
          <Badge tone="blue">{t("dashboard.deadlines.upcoming", { count: deadlines.upcomingCount })}</Badge>
          <Link href={warningsHref({ parkId: filters.parkId, taskCode: filters.taskCode })}><Badge tone="red">{t("dashboard.deadlines.overdue", { count: deadlines.overdueCount })}</Badge></Link>
          {deadlines.overdueDecisions > 0 && <Link href={meetingsHref()} data-testid="overdue-decisions"><Badge tone="red">{t("dashboard.deadlines.overdueDecisions", { count: deadlines.overdueDecisions })}</Badge></Link>}
        </>
      }
    >
      {deadlines.items.length === 0 ? (
        <EmptyState title={t("dashboard.deadlines.empty", { days: DEADLINE_WINDOW_DAYS })} hint={t("dashboard.deadlines.emptyHint")} />
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {deadlines.items.map((item) => (
            <li key={item.id} className="grid gap-1 py-2 sm:grid-cols-[1fr_8rem]" data-testid="deadline-row">
              <div className="min-w-0">
                <Link href={workItemHref(item.id)} className="font-medium text-slate-800 hover:text-brand-700">{item.code} {item.title}</Link>
                <div className="text-xs text-slate-500">
                  <Link href={unitHref(item.leadUnitId)} className="hover:text-brand-700">{item.leadUnit}</Link> · {t("dashboard.deadlines.due")} {formatDate(item.dueDate, locale)}
                </div>
              </div>
              <ProgressBar value={item.progress} planned={item.planned} label={item.title} />
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

export async function NoticesPanel({ data, filters }: Props<OpenNotices>) {
  const [{ t, locale }, notices] = await Promise.all([context(), data]);
  return (
    <Panel
      title={t("dashboard.notices.title")}
      testId="panel-notices"
      actions={<Link href={noticesHref({ open: true, park: filters.parkId })} className="text-xs text-brand-700 hover:underline">{t("dashboard.notices.viewAll")}</Link>}
    >
      {notices.total === 0 ? (
        <EmptyState title={t("dashboard.notices.empty")} hint={t("dashboard.notices.emptyHint")} />
      ) : (
        <>
          <div className="mb-2 flex flex-wrap gap-2 text-sm">
            <Link href={noticesHref({ open: true, park: filters.parkId })}><Badge tone="brand">{t("dashboard.notices.total", { count: notices.total })}</Badge></Link>
            <Link href={noticesHref({ overdue: true, park: filters.parkId })}><Badge tone="red">{t("dashboard.notices.overdue", { count: notices.overdue })}</Badge></Link>
            {LEVELS.map((level) => (
              <Link key={level} href={noticesHref({ open: true, level, park: filters.parkId })}>
                <Badge tone={levelTone(level)}>{t(`enums.WarningLevel.${level}`)} {notices.byLevel[level]}</Badge>
              </Link>
            ))}
          </div>
          <ul className="divide-y divide-slate-100 text-sm">
            {notices.items.map((notice) => (
              <li key={notice.id} className="py-2" data-testid="notice-row">
                <Link href={noticeHref(notice.id)} className="font-medium text-slate-800 hover:text-brand-700">{notice.number} {notice.title}</Link>
                <div className="mt-0.5 flex flex-wrap items-center gap-1 text-xs text-slate-500">
                  <Badge tone={levelTone(notice.level)}>{t(`enums.WarningLevel.${notice.level}`)}</Badge>
                  <Badge>{t(`enums.NoticeStatus.${notice.status}`)}</Badge>
                  <Link href={unitHref(notice.unitId)} className="hover:text-brand-700">{notice.unit}</Link>
                  <span className={notice.overdue ? "font-medium text-level-red" : undefined}>· {t("dashboard.notices.due")} {formatDate(notice.responseDue, locale)}</span>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}

export async function CoordinationPanel({ data }: Props<{ total: number; items: WaitingRequest[] }>) {
  const [{ t, locale }, waiting] = await Promise.all([context(), data]);
  return (
    <Panel
      title={t("dashboard.coordination.title")}
      testId="panel-coordination"
      actions={
        <Link href={coordinationHref("WAITING_LEADER")}>
          <Badge tone={waiting.total > 0 ? "orange" : "gray"}>{t("dashboard.coordination.total", { count: waiting.total })}</Badge>
        </Link>
      }
    >
      {waiting.total === 0 ? (
        <EmptyState title={t("dashboard.coordination.empty")} hint={t("dashboard.coordination.emptyHint")} />
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {waiting.items.map((request) => (
            <li key={request.id} className="py-2" data-testid="coordination-row">
              <Link href={coordinationRequestHref(request.id)} className="font-medium text-slate-800 hover:text-brand-700">{request.title}</Link>
              <div className="mt-0.5 flex flex-wrap gap-x-2 text-xs text-slate-500">
                <span>{t("dashboard.coordination.addressee")}：{request.addressee}（{t(`enums.CoordinationAddressee.${request.addresseeKind}`)}）</span>
                {request.unitId && <Link href={unitHref(request.unitId)} className="hover:text-brand-700">{t("dashboard.coordination.raisedBy")}：{request.unit}</Link>}
                {request.workItemId && <Link href={workItemHref(request.workItemId)} className="hover:text-brand-700">{request.workItemCode}</Link>}
                {request.dueDate && <span>{t("dashboard.coordination.due")} {formatDate(request.dueDate, locale)}</span>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
