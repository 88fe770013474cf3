import { getTranslations } from "next-intl/server";
import { MonthlyDocument } from "@/components/supervision/monthly-document";
import { PrintButton } from "@/components/ui/print-button";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { getMonthlyReport } from "@/lib/supervision/queries";

export async function generateMetadata({ params }: { params: Promise<{ month: string }> }) {
  const { month } = await params;
  const t = await getTranslations("supervision.monthly");
  return { title: t("docPeriod", { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) }) };
}

export default async function MonthlyPrintPage({ params }: { params: Promise<{ month: string }> }) {
  const user = await pageUser("monthlyReport.read");
  const { month } = await params;
  const report = await orNotFound(getMonthlyReport(user, month));
  return (
    <>
      <div className="no-print mx-auto mb-4 flex max-w-[210mm] justify-end px-6">
        <PrintButton />
      </div>
      <MonthlyDocument report={report} />
    </>
  );
}
