import { getTranslations } from "next-intl/server";
import { CoordinationForm } from "@/components/coordination/coordination-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getCoordinationRequest, listCoordinationWorkItemOptions } from "@/lib/coordination/queries";
import { listUnitOptions } from "@/lib/org/queries";

export default async function EditCoordinationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("coordination.create");
  const { id } = await params;
  const office = can(user, "coordination.manage");
  const [t, request, workItems, units] = await Promise.all([
    getTranslations(),
    orNotFound(getCoordinationRequest(user, id)),
    listCoordinationWorkItemOptions(user),
    office ? listUnitOptions(user, { includeInactive: true }) : undefined,
  ]);
  return (
    <div>
      <PageHeader title={t("coordination.editRequest")} actions={<ButtonLink href={`/coordination/${request.id}`}>{t("common.back")}</ButtonLink>} />
      <Card>
        <CoordinationForm request={request} workItems={workItems} units={units} />
      </Card>
    </div>
  );
}
