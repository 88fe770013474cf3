import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DesignationList } from "@/components/resources/designation-list";
import { FundingTotals } from "@/components/resources/funding-totals";
import { LandFunnel } from "@/components/resources/land-funnel";
import { ResourceTabs } from "@/components/resources/resource-tabs";
import { statusTone } from "@/components/resources/tones";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader, Stat } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listCoordinationWaitingForLeader } from "@/lib/coordination/queries";
import { formatKm2, formatPercent, formatYuan } from "@/lib/format";
import { getResourceOverview } from "@/lib/resources/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("resources"))("title") };
}

export default async function ResourcesPage() {
  const user = await pageUser("resource.read");
  const [t, locale, overview, waiting] = await Promise.all([
    getTranslations(),
    getLocale(),
    getResourceOverview(user),
    can(user, "coordination.read") ? listCoordinationWaitingForLeader(user, { limit: 5 }) : null,
  ]);
  const { funds } = overview;
  const arrivalRate = Number(funds.total.approved) > 0 ? (Number(funds.total.arrived) / Number(funds.total.approved)) * 100 : null;
  return (
    <div className="space-y-4">
      <PageHeader title={t("resources.title")} description={t("resources.description")} />
      <ResourceTabs active="overview" />
      <Card title={t("resources.land.funnel")} actions={<Link href="/resources/land" className="text-sm text-brand-700 hover:underline">{t("resources.viewAll")}</Link>}>
        <p className="mb-2 text-xs text-slate-500">{t("resources.land.funnelHint")}</p>
        <LandFunnel funnel={overview.land} />
      </Card>
      <Card title={t("resources.overview.funds")} actions={<Link href="/resources/funds" className="text-sm text-brand-700 hover:underline">{t("resources.viewAll")}</Link>}>
        <div className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
          <Stat label={t("resources.funds.sought")} value={formatYuan(funds.total.sought, locale)} />
          <Stat label={t("resources.funds.approved")} value={formatYuan(funds.total.approved, locale)} />
          <Stat label={t("resources.funds.arrived")} value={formatYuan(funds.total.arrived, locale)} />
          <Stat label={t("resources.funds.arrivalRate")} value={formatPercent(arrivalRate, locale)} />
        </div>
        <FundingTotals totals={funds} />
      </Card>
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t("resources.overview.designations")} className="lg:col-span-2" actions={<Link href="/resources/designations" className="text-sm text-brand-700 hover:underline">{t("resources.viewAll")}</Link>}>
          <DesignationList designations={overview.designations} />
        </Card>
        <div className="space-y-4">
          <Card title={t("resources.overview.planning")}>
            <ul className="space-y-3">
              {overview.planning.map((adjustment) => (
                <li key={adjustment.id} className="text-sm" data-testid="planning-summary">
                  <Link href={`/resources/planning/${adjustment.id}`} className="font-medium text-slate-800 hover:text-brand-700">{adjustment.title}</Link>
                  <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                    <Badge tone={statusTone(adjustment.status)}>{t(`enums.DesignationStatus.${adjustment.status}`)}</Badge>
                    <span>{t("resources.planning.plannedShort")} {formatKm2(adjustment.plannedAreaKm2, locale)}</span>
                    <span>{t("resources.planning.builtShort")} {formatKm2(adjustment.builtAreaKm2, locale)}</span>
                  </div>
                </li>
              ))}
            </ul>
          </Card>
          {waiting && (
            <Card title={t("resources.overview.coordination")}>
              <Link href="/coordination?status=WAITING_LEADER" className="text-sm font-medium text-brand-700 hover:underline">
                {t("resources.overview.coordinationCount", { count: waiting.total })}
              </Link>
              <ul className="mt-2 space-y-1 text-sm">
                {waiting.items.map((request) => (
                  <li key={request.id}>
                    <Link href={`/coordination/${request.id}`} className="text-slate-700 hover:text-brand-700">{request.title}</Link>
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
