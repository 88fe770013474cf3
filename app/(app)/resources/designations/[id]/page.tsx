import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DesignationForm } from "@/components/resources/designation-form";
import { StepList } from "@/components/resources/step-list";
import { statusTone } from "@/components/resources/tones";
import { VisitList } from "@/components/resources/visit-list";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { FactList } from "@/components/ui/fact-list";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { listUnitOptions } from "@/lib/org/queries";
import { listParks } from "@/lib/plan/queries";
import { addDesignationStep, deleteDesignation, deleteDesignationStep, updateDesignationStep } from "@/lib/resources/designation-actions";
import { getDesignation, listOfficialVisits } from "@/lib/resources/queries";

export default async function DesignationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("resource.read");
  const { id } = await params;
  const manage = can(user, "resource.manage");
  const [t, locale, designation, visits, parks, units] = await Promise.all([
    getTranslations(),
    getLocale() as Promise<Locale>,
    orNotFound(getDesignation(user, id)),
    listOfficialVisits(user, { designationId: id, pageSize: 5 }),
    manage ? listParks(user) : [],
    manage ? listUnitOptions(user, { includeInactive: true }) : [],
  ]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={designation.name}
        description={`${t(`enums.AdminLevel.${designation.level}`)} · ${t("resources.designations.stepsProgress", { done: designation.stepsDone, total: designation.stepsTotal })}`}
        actions={
          <>
            <Badge tone={statusTone(designation.status)}>{t(`enums.DesignationStatus.${designation.status}`)}</Badge>
            {manage && <ConfirmAction action={deleteDesignation} fields={{ id: designation.id }} label={t("common.delete")} confirm={t("resources.confirmDelete")} variant="danger" redirectTo="/resources/designations" />}
            <ButtonLink href="/resources/designations">{t("common.back")}</ButtonLink>
          </>
        }
      />
      <Card title={manage ? t("resources.designations.editItem") : t("common.details")}>
        {manage ? (
          <DesignationForm designation={designation} parks={parks} units={units} />
        ) : (
          <FactList
            grid
            facts={[
              [t("resources.designations.appliedAt"), formatDate(designation.appliedAt, locale)],
              [t("resources.designations.approvedAt"), formatDate(designation.approvedAt, locale)],
              [t("resources.park"), designation.park?.name ?? "—"],
              [t("resources.leadUnit"), designation.leadUnit?.name ?? "—"],
              [t("resources.note"), designation.note ?? "—"],
            ]}
          />
        )}
      </Card>
      <Card title={t("resources.designations.steps")}>
        <StepList steps={designation.steps} parentId={designation.id} manage={manage} actions={{ add: addDesignationStep, update: updateDesignationStep, remove: deleteDesignationStep }} />
      </Card>
      <Card
        title={t("resources.designations.visits")}
        actions={
          <>
            <Link href={`/resources/visits?designation=${designation.id}`} className="text-sm text-brand-700 hover:underline">{t("resources.viewAll")}</Link>
            {manage && <ButtonLink href={`/resources/visits/new?designation=${designation.id}`}>{t("resources.visits.newItem")}</ButtonLink>}
          </>
        }
      >
        <VisitList visits={visits.items} manage={manage} />
      </Card>
    </div>
  );
}
