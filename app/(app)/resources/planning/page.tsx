import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ResourceTabs } from "@/components/resources/resource-tabs";
import { statusTone } from "@/components/resources/tones";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { formatDate, formatKm2, formatPercent } from "@/lib/format";
import { listPlanningAdjustments } from "@/lib/resources/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("resources.planning"))("title") };
}

export default async function PlanningPage() {
  const user = await pageUser("resource.read");
  const [t, locale, adjustments] = await Promise.all([getTranslations(), getLocale(), listPlanningAdjustments(user)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("resources.title")} description={t("resources.description")} actions={can(user, "resource.manage") && <ButtonLink href="/resources/planning/new" variant="primary">{t("resources.planning.newItem")}</ButtonLink>} />
      <ResourceTabs active="planning" />
      {adjustments.length === 0 && <EmptyState title={t("resources.planning.noItems")} />}
      {adjustments.map((adjustment) => {
        const planned = Number(adjustment.plannedAreaKm2);
        const next = adjustment.steps.find((step) => step.status !== "DONE");
        return (
          <Card
            key={adjustment.id}
            title={
              <span className="flex flex-wrap items-center gap-2">
                <Link href={`/resources/planning/${adjustment.id}`} className="hover:text-brand-700">{adjustment.title}</Link>
                <Badge tone={statusTone(adjustment.status)}>{t(`enums.DesignationStatus.${adjustment.status}`)}</Badge>
              </span>
            }
            actions={<span className="text-xs text-slate-500">{t(`enums.PlanningKind.${adjustment.kind}`)}{adjustment.park ? ` · ${adjustment.park.shortName}` : ""}</span>}
          >
            <div className="grid grid-cols-2 gap-3 lg:grid-cols-4" data-testid="planning-card">
              <Stat label={t("resources.planning.plannedShort")} value={formatKm2(adjustment.plannedAreaKm2, locale)} />
              <Stat label={t("resources.planning.builtShort")} value={formatKm2(adjustment.builtAreaKm2, locale)} />
              <Stat label={t("resources.planning.builtShare")} value={formatPercent(planned > 0 ? (Number(adjustment.builtAreaKm2) / planned) * 100 : null, locale)} />
              <Stat
                label={t("resources.designations.nextStep")}
                value={<span className="text-base">{next?.name ?? "—"}</span>}
                hint={next?.dueDate ? `${t("resources.steps.dueDate")} ${formatDate(next.dueDate, locale)}` : undefined}
              />
            </div>
            {adjustment.note && <p className="mt-3 text-xs text-slate-500">{adjustment.note}</p>}
          </Card>
        );
      })}
    </div>
  );
}
