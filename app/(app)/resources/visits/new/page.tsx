import { getTranslations } from "next-intl/server";
import { VisitForm } from "@/components/resources/visit-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { listDesignationOptions } from "@/lib/resources/queries";

export default async function NewVisitPage({ searchParams }: { searchParams: Promise<{ designation?: string }> }) {
  const user = await pageUser("resource.manage");
  const { designation } = await searchParams;
  const [t, designations] = await Promise.all([getTranslations(), listDesignationOptions(user)]);
  const known = designations.find((entry) => entry.id === designation)?.id;
  const returnTo = known ? `/resources/designations/${known}` : "/resources/visits";
  return (
    <div>
      <PageHeader title={t("resources.visits.newItem")} actions={<ButtonLink href={returnTo}>{t("common.back")}</ButtonLink>} />
      <Card>
        <VisitForm designations={designations} designationId={known} returnTo={returnTo} />
      </Card>
    </div>
  );
}
