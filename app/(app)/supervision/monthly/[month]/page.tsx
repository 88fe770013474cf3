import { getTranslations } from "next-intl/server";
import { MonthlyDocument } from "@/components/supervision/monthly-document";
import { MonthlyPublish } from "@/components/supervision/monthly-publish";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { getMonthlyReport } from "@/lib/supervision/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("supervision.tabs"))("monthly") };
}

export default async function MonthlyReportPage({ params }: { params: Promise<{ month: string }> }) {
  const user = await pageUser("monthlyReport.read");
  const { month } = await params;
  const [t, report] = await Promise.all([getTranslations(), orNotFound(getMonthlyReport(user, month))]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("supervision.monthly.docPeriod", { year: report.year, month: report.monthNumber })}
        description={t(`supervision.monthly.status.${report.status}`)}
        actions={
          <>
            <ButtonLink href={`/print/monthly/${month}`} target="_blank" variant="primary">{t("supervision.monthly.printView")}</ButtonLink>
            <ButtonLink href="/supervision/monthly">{t("common.back")}</ButtonLink>
          </>
        }
      />
      <div className="grid gap-4 xl:grid-cols-4">
        <div className="xl:col-span-3">
          <MonthlyDocument report={report} />
        </div>
        {report.canManage && report.status === "DRAFT" && (
          <Card title={t("supervision.monthly.commentary")} className="h-fit">
            <MonthlyPublish month={month} commentary={report.commentary} />
          </Card>
        )}
      </div>
    </div>
  );
}
