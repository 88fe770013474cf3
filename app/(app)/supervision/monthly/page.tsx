import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { pageUser } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format";
import { listMonthlyReports } from "@/lib/supervision/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("supervision.tabs"))("monthly") };
}

export default async function MonthlyReportsPage() {
  const user = await pageUser("monthlyReport.read");
  const [t, locale, months] = await Promise.all([getTranslations(), getLocale(), listMonthlyReports(user)]);
  return (
    <div>
      <PageHeader title={t("supervision.tabs.monthly")} description={t("supervision.monthly.listDescription")} />
      <Card>
        <Table caption={t("supervision.tabs.monthly")}>
          <thead>
            <tr>
              <Th>{t("supervision.monthly.month")}</Th>
              <Th>{t("common.status")}</Th>
              <Th>{t("supervision.monthly.publishedAt")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {months.map((row) => (
              <tr key={row.month} className="hover:bg-slate-50" data-testid="month-row">
                <Td>
                  <Link href={`/supervision/monthly/${row.month}`} className="font-medium text-brand-700 hover:underline">
                    {t("supervision.monthly.docPeriod", { year: Number(row.month.slice(0, 4)), month: Number(row.month.slice(5, 7)) })}
                  </Link>
                </Td>
                <Td>
                  <Badge tone={row.status === "PUBLISHED" ? "green" : row.status === "DRAFT" ? "yellow" : "gray"}>{t(`supervision.monthly.status.${row.status}`)}</Badge>
                </Td>
                <Td className="text-xs">{formatDateTime(row.publishedAt, locale, user.timeZone)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
