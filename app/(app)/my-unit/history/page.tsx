import { getTranslations } from "next-intl/server";
import { ReportHistoryTable } from "@/components/reports/report-history-table";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { pageUser } from "@/lib/auth/guard";
import { listReportHistory } from "@/lib/reports/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("reports"))("history.title") };
}

export default async function ReportHistoryPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await pageUser("report.write");
  const { page } = await searchParams;
  const [t, history] = await Promise.all([getTranslations("reports"), listReportHistory(user, { page })]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("history.title")} description={t("history.description", { unit: history.unit.name })} actions={<ButtonLink href="/my-unit">{t("thisWeek")}</ButtonLink>} />
      <Card>
        <ReportHistoryTable rows={history.items} timeZone={user.timeZone} editable />
        <Pagination page={history.page} pages={history.pages} total={history.total} params={{ page }} basePath="/my-unit/history" />
      </Card>
    </div>
  );
}
