import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { WarningTable } from "@/components/dashboard/warning-table";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { FactList } from "@/components/ui/fact-list";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Table, Td, Th } from "@/components/ui/table";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listWorkItemWarnings } from "@/lib/warnings/queries";
import { archiveWorkItem, deleteWorkItem, restoreWorkItem } from "@/lib/plan/actions";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format";
import { getWorkItem } from "@/lib/plan/queries";
import { weekLabel } from "@/lib/dates/week-label";

export default async function WorkItemPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("plan.read");
  const { id } = await params;
  const [t, locale, item, warnings] = await Promise.all([
    getTranslations(),
    getLocale(),
    orNotFound(getWorkItem(user, id)),
    can(user, "warning.read") ? listWorkItemWarnings(user, id) : null,
  ]);
  const manage = can(user, "plan.manage") && item.source === "PLAN";
  const archived = item.status === "ARCHIVED";
  const facts: [string, React.ReactNode][] = [
    [t("plan.leadUnit"), <Link key="lead" href={`/units/${item.leadUnit.id}`} className="text-brand-700 hover:underline">{item.leadUnit.name}</Link>],
    [t("plan.cooperators"), item.cooperators.map((unit) => unit.name).join("、") || "—"],
    [t("plan.leaderName"), item.leaderName ?? "—"],
    [t("plan.ownerName"), item.ownerName ?? "—"],
    [t("plan.startDate"), formatDate(item.startDate, locale)],
    [t("plan.dueDate"), formatDate(item.dueDate, locale)],
    [t("plan.recurrence"), t(`enums.Recurrence.${item.recurrence}`)],
    [t("plan.deliverable"), item.deliverable ?? "—"],
    [t("plan.curve"), t(`enums.PlannedCurve.${item.curve}`)],
    [t("plan.lastReported"), formatDateTime(item.lastReportedAt, locale, user.timeZone)],
  ];
  return (
    <div className="space-y-4">
      <PageHeader
        title={`${item.code} ${item.title}`}
        description={item.measure ? `${t("plan.measure")} ${item.measure.code} ${item.measure.title}` : t("enums.WorkItemSource.MEETING_DECISION")}
        actions={
          <>
            {manage && !archived && <ButtonLink href={`/plan/items/${item.id}/edit`} variant="primary">{t("common.edit")}</ButtonLink>}
            {manage && !archived && <ConfirmAction action={archiveWorkItem} fields={{ id: item.id }} label={t("planManage.archive")} confirm={t("planManage.confirmArchive")} testId="archive-item" />}
            {manage && !archived && item.reportCount === 0 && (
              <ConfirmAction action={deleteWorkItem} fields={{ id: item.id }} label={t("planManage.delete")} confirm={t("planManage.confirmDelete")} variant="danger" redirectTo={item.measure ? `/plan/measures/${item.measure.code}` : "/plan"} testId="delete-item" />
            )}
            {manage && archived && <ConfirmAction action={restoreWorkItem} fields={{ id: item.id }} label={t("planManage.restore")} variant="primary" testId="restore-item" />}
            <ButtonLink href={item.measure ? `/plan/measures/${item.measure.code}` : "/plan/items"}>{t("common.back")}</ButtonLink>
          </>
        }
      />
      {archived && (
        <div role="status" className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
          {t("planManage.archivedHint")}
        </div>
      )}
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t("common.details")} className="lg:col-span-2">
          <FactList facts={facts} grid />
          {item.description && <p className="mt-4 whitespace-pre-line text-sm text-slate-600">{item.description}</p>}
        </Card>
        <Card title={t("plan.progressVsPlan")}>
          <ProgressBar value={item.progress} planned={item.planned} label={item.title} />
          <p className="mt-2 text-sm text-slate-600">
            {t("plan.progress")} {item.progress.toFixed(1)}% · {t("plan.planned")} {item.planned.toFixed(1)}%
          </p>
          {item.planned - item.progress > 10 && <Badge tone="orange" className="mt-2">{t("plan.behindBy", { points: (item.planned - item.progress).toFixed(0) })}</Badge>}
          {item.indicators.map((indicator) => (
            <dl key={indicator.id} className="mt-4 grid grid-cols-3 gap-2 text-center text-sm" data-testid="item-indicator">
              <div className="col-span-3 text-left text-xs text-slate-500">
                {indicator.name}
                {indicator.unit ? `（${indicator.unit}）` : ""}
                {indicator.direction === "FALLING" && <Badge className="ml-1">{t("enums.IndicatorDirection.FALLING")}</Badge>}
              </div>
              <div><dt className="text-xs text-slate-500">{t("plan.baseline")}</dt><dd className="tabular-nums">{formatNumber(indicator.baseline, locale)}</dd></div>
              <div><dt className="text-xs text-slate-500">{t("plan.current")}</dt><dd className="font-semibold tabular-nums">{formatNumber(indicator.current ?? indicator.baseline, locale)}</dd></div>
              <div><dt className="text-xs text-slate-500">{t("plan.target")}</dt><dd className="tabular-nums">{formatNumber(indicator.target, locale)}</dd></div>
            </dl>
          ))}
        </Card>
      </div>
      {item.milestones.length > 0 && (
        <Card title={t("plan.milestones")}>
          <ol className="space-y-1 text-sm" data-testid="item-milestones">
            {item.milestones.map((milestone) => (
              <li key={`${milestone.date}-${milestone.text}`} className="flex gap-3">
                <span className="w-32 shrink-0 tabular-nums text-slate-500">{formatDate(milestone.date, locale)}</span>
                <span className="text-slate-800">{milestone.text}</span>
              </li>
            ))}
          </ol>
        </Card>
      )}
      <Card title={t("plan.history")}>
        {item.history.length === 0 ? (
          <EmptyState title={t("plan.historyEmpty")} />
        ) : (
          <Table caption={t("plan.history")}>
            <thead>
              <tr>
                <Th>{t("plan.week")}</Th>
                <Th>{t("plan.progress")}</Th>
                {item.indicators.map((indicator) => (
                  <Th key={indicator.id}>{indicator.name}</Th>
                ))}
                <Th className="min-w-64">{t("plan.doneThisWeek")}</Th>
                <Th>{t("plan.problems")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {item.history.map((entry) => (
                <tr key={entry.reportId} data-testid="history-row">
                  <Td className="whitespace-nowrap text-xs">{weekLabel(entry, locale)}</Td>
                  <Td className="tabular-nums">{entry.progress.toFixed(0)}%</Td>
                  {item.indicators.map((indicator) => (
                    <Td key={indicator.id} className="tabular-nums">{formatNumber(entry.indicatorValues[indicator.id] ?? null, locale)}</Td>
                  ))}
                  <Td className="text-xs">{entry.doneThisWeek || "—"}</Td>
                  <Td className="text-xs">
                    {entry.problems || "—"}
                    {entry.needsCoordination && <Badge tone="orange" className="ml-1">{t("plan.needsCoordination")}</Badge>}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      {warnings && (
        <Card title={t("dashboard.itemWarnings.title")}>
          <WarningTable warnings={warnings} timeZone={user.timeZone} empty={t("dashboard.itemWarnings.empty")} showUnit />
        </Card>
      )}
    </div>
  );
}
