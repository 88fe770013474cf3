import { getTranslations } from "next-intl/server";
import { VisitForm } from "@/components/resources/visit-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { deleteOfficialVisit } from "@/lib/resources/visit-actions";
import { getOfficialVisit, listDesignationOptions } from "@/lib/resources/queries";

export default async function EditVisitPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("resource.manage");
  const { id } = await params;
  const [t, visit, designations] = await Promise.all([getTranslations(), orNotFound(getOfficialVisit(user, id)), listDesignationOptions(user)]);
  return (
    <div>
      <PageHeader
        title={t("resources.visits.editItem")}
        actions={
          <>
            <ConfirmAction action={deleteOfficialVisit} fields={{ id: visit.id }} label={t("common.delete")} confirm={t("resources.confirmDelete")} variant="danger" redirectTo="/resources/visits" />
            <ButtonLink href="/resources/visits">{t("common.back")}</ButtonLink>
          </>
        }
      />
      <Card>
        <VisitForm visit={visit} designations={designations} returnTo="/resources/visits" />
      </Card>
    </div>
  );
}
