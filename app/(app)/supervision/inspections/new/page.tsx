import { getTranslations } from "next-intl/server";
import { InspectionForm } from "@/components/supervision/inspection-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { localDateKey } from "@/lib/dates/zone-time";
import { memberUnitOptions } from "@/lib/supervision/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("supervision.tabs"))("inspections") };
}

export default async function NewInspectionPage() {
  const user = await pageUser("inspection.manage");
  const [t, units] = await Promise.all([getTranslations(), memberUnitOptions(user)]);
  return (
    <div>
      <PageHeader title={t("supervision.inspection.new")} actions={<ButtonLink href="/supervision/inspections">{t("common.back")}</ButtonLink>} />
      <Card>
        <InspectionForm units={units} today={localDateKey(new Date(), user.timeZone)} />
      </Card>
    </div>
  );
}
