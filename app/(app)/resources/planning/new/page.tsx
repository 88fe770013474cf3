import { getTranslations } from "next-intl/server";
import { PlanningForm } from "@/components/resources/planning-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { listParks } from "@/lib/plan/queries";

export default async function NewPlanningPage() {
  const user = await pageUser("resource.manage");
  const [t, parks] = await Promise.all([getTranslations(), listParks(user)]);
  return (
    <div>
      <PageHeader title={t("resources.planning.newItem")} actions={<ButtonLink href="/resources/planning">{t("common.back")}</ButtonLink>} />
      <Card>
        <PlanningForm parks={parks} />
      </Card>
    </div>
  );
}
