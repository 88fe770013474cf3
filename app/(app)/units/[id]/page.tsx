import { getTranslations } from "next-intl/server";
import { WorkItemTable } from "@/components/plan/work-item-table";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { getUnitDetail } from "@/lib/org/queries";

export default async function UnitPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("unit.read");
  const { id } = await params;
  const [t, unit] = await Promise.all([getTranslations(), orNotFound(getUnitDetail(user, id))]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={unit.name}
        description={[t(`enums.UnitKind.${unit.kind}`), unit.park?.shortName, [unit.contactName, unit.contactPhone].filter(Boolean).join(" ")].filter(Boolean).join(" · ")}
        actions={
          <>
            {unit.isMember && <Badge tone="brand">{t("units.member")}</Badge>}
            <ButtonLink href="/units">{t("common.back")}</ButtonLink>
          </>
        }
      />
      <Card title={`${t("units.ledItems")}（${unit.led.length}）`}>
        <WorkItemTable items={unit.led} showMeasure />
      </Card>
      <Card title={`${t("units.cooperatingItems")}（${unit.cooperating.length}）`}>
        <WorkItemTable items={unit.cooperating} showMeasure />
      </Card>
    </div>
  );
}
