import { getTranslations } from "next-intl/server";
import { UnitForm } from "@/components/admin/unit-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { unitPeopleOptions } from "@/lib/org/queries";
import { UNIT_KINDS } from "@/lib/org/schema";
import { listParks } from "@/lib/plan/queries";

export default async function NewUnitPage() {
  const user = await pageUser("unit.manage");
  const [t, parks, people] = await Promise.all([getTranslations(), listParks(user), unitPeopleOptions(user, null)]);
  return (
    <div>
      <PageHeader title={t("admin.newUnit")} actions={<ButtonLink href="/admin/units">{t("common.back")}</ButtonLink>} />
      <Card>
        <UnitForm people={people} parks={parks} kinds={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`enums.UnitKind.${kind}`) }))} />
      </Card>
    </div>
  );
}
