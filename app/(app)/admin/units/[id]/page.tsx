import { getTranslations } from "next-intl/server";
import { ActiveToggle } from "@/components/admin/active-toggle";
import { UnitForm } from "@/components/admin/unit-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { setUnitActive } from "@/lib/org/actions";
import { getUnitForAdmin } from "@/lib/org/queries";
import { UNIT_KINDS } from "@/lib/org/schema";
import { listParks } from "@/lib/plan/queries";

export default async function EditUnitPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("unit.manage");
  const { id } = await params;
  const [t, unit, parks] = await Promise.all([getTranslations(), orNotFound(getUnitForAdmin(user, id)), listParks(user)]);
  return (
    <div className="space-y-4">
      <PageHeader title={`${t("admin.editUnit")} · ${unit.name}`} actions={<ButtonLink href="/admin/units">{t("common.back")}</ButtonLink>} />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <UnitForm unit={unit} people={unit.people} parks={parks} kinds={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`enums.UnitKind.${kind}`) }))} />
        </Card>
        <Card title={t("common.status")}>
          <ActiveToggle id={unit.id} active={unit.active} action={setUnitActive} />
        </Card>
      </div>
    </div>
  );
}
