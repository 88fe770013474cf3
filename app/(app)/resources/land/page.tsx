import Link from "next/link";
import { ExportLink } from "@/components/dashboard/export-links";
import { getLocale, getTranslations } from "next-intl/server";
import { LandNeededForm } from "@/components/resources/land-forms";
import { LandFunnel } from "@/components/resources/land-funnel";
import { LandProjectTable } from "@/components/resources/land-project-table";
import { ResourceTabs } from "@/components/resources/resource-tabs";
import { statusTone } from "@/components/resources/tones";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { formatDate, formatMu } from "@/lib/format";
import { getLandFunnel, listLandBatches } from "@/lib/resources/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("resources.land"))("title") };
}

export default async function LandPage() {
  const user = await pageUser("resource.read");
  const [t, locale, funnel, batches] = await Promise.all([getTranslations(), getLocale(), getLandFunnel(user), listLandBatches(user)]);
  const manage = can(user, "resource.manage");
  return (
    <div className="space-y-4">
      <PageHeader title={t("resources.title")} description={t("resources.description")} actions={
          <>
            <ExportLink href="/api/exports/land" testId="export-land">{t("documents.xlsx.export")}</ExportLink>
            {manage && <ButtonLink href="/resources/land/batches/new" variant="primary">{t("resources.land.newBatch")}</ButtonLink>}
          </>
        } />
      <ResourceTabs active="land" />
      <Card title={t("resources.land.funnel")}>
        <p className="mb-2 text-xs text-slate-500">{t("resources.land.funnelHint")}</p>
        <LandFunnel funnel={funnel} />
        {manage && (
          <div className="mt-4 border-t border-slate-100 pt-4">
            <LandNeededForm neededMu={funnel.neededMu} />
          </div>
        )}
      </Card>
      {batches.length === 0 && <EmptyState title={t("resources.land.noBatches")} />}
      {batches.map((batch) => (
        <Card
          key={batch.id}
          title={
            <span className="flex flex-wrap items-center gap-2">
              {t("resources.land.batchLabel", { seq: batch.seq })} · {batch.name}
              <Badge tone={statusTone(batch.status)}>{t(`enums.LandBatchStatus.${batch.status}`)}</Badge>
            </span>
          }
          actions={<Link href={`/resources/land/batches/${batch.id}`} className="text-sm text-brand-700 hover:underline">{manage ? t("common.edit") : t("resources.open")}</Link>}
        >
          <dl className="mb-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4" data-testid="land-batch">
            <div><dt className="text-xs text-slate-500">{t("resources.land.areaMu")}</dt><dd className="tabular-nums">{formatMu(batch.areaMu, locale)}</dd></div>
            <div><dt className="text-xs text-slate-500">{t("resources.land.approvedMu")}</dt><dd className="tabular-nums">{formatMu(batch.approvedMu, locale)}</dd></div>
            <div><dt className="text-xs text-slate-500">{t("resources.land.submittedAt")}</dt><dd>{formatDate(batch.submittedAt, locale)}</dd></div>
            <div><dt className="text-xs text-slate-500">{t("resources.land.approvedAt")}</dt><dd>{formatDate(batch.approvedAt, locale)}</dd></div>
          </dl>
          {batch.note && <p className="mb-3 text-xs text-slate-500">{batch.note}</p>}
          <LandProjectTable projects={batch.projects} />
        </Card>
      ))}
    </div>
  );
}
