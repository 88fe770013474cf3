import { getTranslations } from "next-intl/server";
import { FundingForm } from "@/components/resources/funding-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { listUnitOptions } from "@/lib/org/queries";
import { listParks } from "@/lib/plan/queries";

export default async function NewFundingPage() {
  const user = await pageUser("resource.manage");
  const [t, parks, units] = await Promise.all([getTranslations(), listParks(user), listUnitOptions(user)]);
  return (
    <div>
      <PageHeader title={t("resources.funds.newItem")} actions={<ButtonLink href="/resources/funds">{t("common.back")}</ButtonLink>} />
      <Card>
        <FundingForm parks={parks} units={units} />
      </Card>
    </div>
  );
}
