import { getTranslations } from "next-intl/server";
import { UnitForm } from "@/components/admin/unit-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { UNIT_KINDS } from "@/lib/org/schema";
import { listParks } from "@/lib/plan/queries";

export default async function NewUnitPage() {
  const user = await pageUser("unit.manage");
  const [t, parks] = await Promise.all([getTranslations(), listParks(user)]);
  return (
    <div>
      <PageHeader title={t("admin.newUnit")} actions={<ButtonLink href="/admin/units">{t("common.back")}</ButtonLink>} />
      <Card>
        <UnitForm parks={parks} kinds={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`enums.UnitKind.${kind}`) }))} />
      </Card>
    </div>
  );
}
