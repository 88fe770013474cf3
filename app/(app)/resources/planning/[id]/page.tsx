import { getLocale, getTranslations } from "next-intl/server";
import { PlanningForm } from "@/components/resources/planning-form";
import { StepList } from "@/components/resources/step-list";
import { statusTone } from "@/components/resources/tones";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { FactList } from "@/components/ui/fact-list";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { formatDate, formatKm2 } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { listParks } from "@/lib/plan/queries";
import { addPlanningStep, deletePlanningAdjustment, deletePlanningStep, updatePlanningStep } from "@/lib/resources/planning-actions";
import { getPlanningAdjustment } from "@/lib/resources/queries";

export default async function PlanningAdjustmentPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("resource.read");
  const { id } = await params;
  const manage = can(user, "resource.manage");
  const [t, locale, adjustment, parks] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>, orNotFound(getPlanningAdjustment(user, id)), manage ? listParks(user) : []]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={adjustment.title}
        description={`${t(`enums.PlanningKind.${adjustment.kind}`)} · ${t("resources.planning.plannedShort")} ${formatKm2(adjustment.plannedAreaKm2, locale)} · ${t("resources.planning.builtShort")} ${formatKm2(adjustment.builtAreaKm2, locale)}`}
        actions={
          <>
            <Badge tone={statusTone(adjustment.status)}>{t(`enums.DesignationStatus.${adjustment.status}`)}</Badge>
            {manage && <ConfirmAction action={deletePlanningAdjustment} fields={{ id: adjustment.id }} label={t("common.delete")} confirm={t("resources.confirmDelete")} variant="danger" redirectTo="/resources/planning" />}
            <ButtonLink href="/resources/planning">{t("common.back")}</ButtonLink>
          </>
        }
      />
      <Card title={manage ? t("resources.planning.editItem") : t("common.details")}>
        {manage ? (
          <PlanningForm adjustment={adjustment} parks={parks} />
        ) : (
          <FactList
            grid
            facts={[
              [t("resources.planning.plannedArea"), formatKm2(adjustment.plannedAreaKm2, locale)],
              [t("resources.planning.builtArea"), formatKm2(adjustment.builtAreaKm2, locale)],
              [t("resources.park"), adjustment.park?.name ?? "—"],
              [t("resources.planning.submittedAt"), formatDate(adjustment.submittedAt, locale)],
              [t("resources.planning.approvedAt"), formatDate(adjustment.approvedAt, locale)],
              [t("resources.note"), adjustment.note ?? "—"],
            ]}
          />
        )}
      </Card>
      <Card title={t("resources.planning.steps")}>
        <StepList steps={adjustment.steps} parentId={adjustment.id} manage={manage} actions={{ add: addPlanningStep, update: updatePlanningStep, remove: deletePlanningStep }} />
      </Card>
    </div>
  );
}
