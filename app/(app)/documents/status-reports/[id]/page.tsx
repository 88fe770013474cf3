import { getTranslations } from "next-intl/server";
import { DocumentLinksBar } from "@/components/documents/document-links";
import { StatusReportForm } from "@/components/documents/status-report-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { pdfAvailability } from "@/lib/documents/pdf";
import { documentLinks } from "@/lib/documents/registry";
import { getStatusReport } from "@/lib/documents/status-report-queries";

export default async function StatusReportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("statusReport.read");
  const { id } = await params;
  const [t, report] = await Promise.all([getTranslations("documents.statusReports"), orNotFound(getStatusReport(user, id))]);
  return (
    <div className="space-y-4">
      <PageHeader title={report.title} actions={<ButtonLink href="/documents/status-reports">{t("title")}</ButtonLink>} />
      <DocumentLinksBar links={documentLinks("status-report", report.id)} pdf={pdfAvailability()} />
      <Card>
        <StatusReportForm id={report.id} title={report.title} content={report.content} readOnly={!report.canManage} />
      </Card>
    </div>
  );
}
