import { getTranslations } from "next-intl/server";
import { CoordinationForm } from "@/components/coordination/coordination-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listCoordinationWorkItemOptions } from "@/lib/coordination/queries";
import { listUnitOptions } from "@/lib/org/queries";

export default async function NewCoordinationPage() {
  const user = await pageUser("coordination.create");
  const office = can(user, "coordination.manage");
  const [t, workItems, units] = await Promise.all([getTranslations(), listCoordinationWorkItemOptions(user), office ? listUnitOptions(user) : undefined]);
  return (
    <div>
      <PageHeader title={t("coordination.newRequest")} actions={<ButtonLink href="/coordination">{t("common.back")}</ButtonLink>} />
      <Card>
        <CoordinationForm workItems={workItems} units={units} />
      </Card>
    </div>
  );
}
