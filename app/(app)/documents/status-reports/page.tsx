import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CreateStatusReport } from "@/components/documents/create-status-report";
import { Card, PageHeader } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listStatusReports } from "@/lib/documents/status-report-queries";
import { formatDate, formatDateTime } from "@/lib/format";

export async function generateMetadata() {
  return { title: (await getTranslations("documents.statusReports"))("title") };
}

export default async function StatusReportsPage() {
  const user = await pageUser("statusReport.read");
  const [t, locale, reports] = await Promise.all([getTranslations("documents"), getLocale(), listStatusReports(user)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("statusReports.title")} description={t("statusReports.description")} actions={<ButtonLink href="/documents">{t("title")}</ButtonLink>} />
      {can(user, "statusReport.manage") && <CreateStatusReport />}
      <Card>
        {reports.length === 0 ? (
          <p className="text-sm text-slate-500">{t("statusReports.empty")}</p>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>{t("statusReports.reportTitle")}</Th>
                <Th>{t("statusReports.asOf")}</Th>
                <Th>{t("statusReports.createdAt")}</Th>
                <Th>{t("statusReports.createdBy")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {reports.map((report) => (
                <tr key={report.id} data-testid="status-report-row">
                  <Td><Link className="text-brand-700 hover:underline" href={`/documents/status-reports/${report.id}`}>{report.title}</Link></Td>
                  <Td className="whitespace-nowrap">{formatDate(report.asOf, locale)}</Td>
                  <Td className="whitespace-nowrap">{formatDateTime(report.createdAt, locale, user.timeZone)}</Td>
                  <Td>{report.createdBy ?? "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
