import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UnitActivitySections } from "@/components/dashboard/unit-activity";
import { WorkItemTable } from "@/components/plan/work-item-table";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getUnitActivity } from "@/lib/org/activity";
import { parkHref } from "@/lib/dashboard/links";
import { getUnitDetail } from "@/lib/org/queries";

export default async function UnitPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("unit.read");
  const { id } = await params;
  const [t, unit, activity] = await Promise.all([getTranslations(), orNotFound(getUnitDetail(user, id)), orNotFound(getUnitActivity(user, id))]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={unit.name}
        description={
          <>
            {[t(`enums.UnitKind.${unit.kind}`), [unit.contactName, unit.contactPhone].filter(Boolean).join(" ")].filter(Boolean).join(" · ")}
            {unit.park && (
              <Link href={parkHref(unit.park.id)} className="ml-2 text-brand-700 hover:underline">{t("dashboard.unitPage.parkLink", { park: unit.park.shortName })}</Link>
            )}
          </>
        }
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
      <UnitActivitySections activity={activity} timeZone={user.timeZone} excuse={can(user, "report.excuse") ? { unitId: unit.id, unitName: unit.shortName } : undefined} />
    </div>
  );
}
