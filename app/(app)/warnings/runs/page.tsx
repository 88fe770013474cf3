import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StartRunButton } from "@/components/warnings/run-controls";
import { RunStatusBadge } from "@/components/warnings/run-status";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { pageUser } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format";
import { listWarningRuns } from "@/lib/warnings/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("warnings"))("run.title") };
}

export default async function WarningRunsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await pageUser("warning.manage");
  const search = await searchParams;
  const [t, locale, runs] = await Promise.all([getTranslations(), getLocale(), listWarningRuns(user, search.page)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("warnings.run.title")} description={t("warnings.run.description")} actions={<ButtonLink href="/warnings">{t("common.back")}</ButtonLink>} />
      <Card>
        <StartRunButton />
      </Card>
      <Card title={t("warnings.runs")}>
        {runs.items.length === 0 ? (
          <EmptyState title={t("warnings.run.noRuns")} />
        ) : (
          <Table caption={t("warnings.runs")}>
            <thead>
              <tr>
                <Th>{t("warnings.run.startedAt")}</Th>
                <Th>{t("warnings.run.trigger")}</Th>
                <Th>{t("warnings.run.asOf")}</Th>
                <Th>{t("common.status")}</Th>
                <Th>{t("warnings.run.progress")}</Th>
                <Th>{t("warnings.run.result")}</Th>
                <Th>{t("warnings.run.startedBy")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {runs.items.map((run) => (
                <tr key={run.id} data-testid="run-row">
                  <Td className="whitespace-nowrap">
                    <Link href={`/warnings/runs/${run.id}`} className="text-brand-700 hover:underline">{formatDateTime(run.startedAt, locale, user.timeZone)}</Link>
                  </Td>
                  <Td className="whitespace-nowrap">
                    {t(`warnings.run.triggers.${run.trigger}`)}
                    {run.unit && <div className="text-xs text-slate-500">{t("warnings.run.unitOnly", { unit: run.unit })}</div>}
                  </Td>
                  <Td className="whitespace-nowrap text-xs">{formatDateTime(run.asOf, locale, user.timeZone)}</Td>
                  <Td><RunStatusBadge status={run.status} /></Td>
                  <Td className="tabular-nums">{run.progress} / {run.total}</Td>
                  <Td className="text-xs">{t("warnings.run.summary", { opened: run.opened, changed: run.changed, resolved: run.resolved })}</Td>
                  <Td>{run.startedBy ?? t("warnings.system")}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={runs.page} pages={runs.pages} total={runs.total} params={search} basePath="/warnings/runs" />
      </Card>
    </div>
  );
}
