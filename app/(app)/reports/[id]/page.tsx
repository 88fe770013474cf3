import { getLocale, getTranslations } from "next-intl/server";
import { ReportEntries } from "@/components/reports/report-entries";
import { ReportTimeline } from "@/components/reports/report-timeline";
import { ReviewPanel } from "@/components/reports/review-panel";
import { ReportStatusBadge } from "@/components/reports/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { FactList } from "@/components/ui/fact-list";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { formatDateTime, formatDuration } from "@/lib/format";
import { getReport } from "@/lib/reports/queries";
import { weekKeyLabel } from "@/lib/dates/week-label";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("reports") };
}

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("report.read");
  const { id } = await params;
  const [t, locale, report] = await Promise.all([getTranslations("reports"), getLocale(), orNotFound(getReport(user, id))]);
  const back = can(user, "report.review") ? `/reports?week=${report.week}` : "/my-unit/history";
  const facts: [string, React.ReactNode][] = [
    [t("detail.unit"), report.unit.name],
    [t("detail.deadline"), formatDateTime(report.deadline, locale, report.timeZone)],
    [t("detail.submitted"), report.submittedAt ? `${formatDateTime(report.submittedAt, locale, report.timeZone)} · ${report.submittedBy ?? ""}` : "—"],
    [t("detail.lateness"), report.lateMinutes ? t("lateBy", { duration: formatDuration(report.lateMinutes, locale) }) : report.submittedAt ? t("onTime") : "—"],
    [t("detail.reviewed"), report.reviewedAt ? `${formatDateTime(report.reviewedAt, locale, report.timeZone)} · ${report.reviewedBy ?? ""}` : "—"],
  ];
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("detail.title", { unit: report.unit.name, week: weekKeyLabel(report.week, locale) })}
        description={<ReportStatusBadge status={report.boardStatus} />}
        actions={
          <>
            {report.canEdit && <ButtonLink href={`/my-unit?week=${report.week}`} variant="primary">{t("detail.edit")}</ButtonLink>}
            <ButtonLink href={back}>{t("detail.back")}</ButtonLink>
          </>
        }
      />
      {report.status === "RETURNED" && report.returnReason && (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          <span className="font-medium">{t("returnedTitle")}</span> {report.returnReason}
        </div>
      )}
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title={t("detail.facts")}>
            <FactList facts={facts} grid />
            {report.summary && <p className="mt-4 whitespace-pre-line rounded-md bg-slate-50 p-3 text-sm text-slate-700">{report.summary}</p>}
          </Card>
          <ReportEntries entries={report.entries} />
        </div>
        <div className="space-y-4">
          {report.canReview && (
            <Card title={t("review.title")}>
              <ReviewPanel reportId={report.id} />
            </Card>
          )}
          <Card title={t("timeline.title")}>
            <ReportTimeline events={report.timeline} timeZone={report.timeZone} />
          </Card>
        </div>
      </div>
    </div>
  );
}
