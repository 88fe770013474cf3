import { getTranslations } from "next-intl/server";
import { DesignationForm } from "@/components/resources/designation-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { listUnitOptions } from "@/lib/org/queries";
import { listParks } from "@/lib/plan/queries";

export default async function NewDesignationPage() {
  const user = await pageUser("resource.manage");
  const [t, parks, units] = await Promise.all([getTranslations(), listParks(user), listUnitOptions(user)]);
  return (
    <div>
      <PageHeader title={t("resources.designations.newItem")} actions={<ButtonLink href="/resources/designations">{t("common.back")}</ButtonLink>} />
      <Card>
        <DesignationForm parks={parks} units={units} />
      </Card>
    </div>
  );
}
