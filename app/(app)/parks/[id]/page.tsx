import { getLocale, getTranslations } from "next-intl/server";
import { ParkSections } from "@/components/dashboard/park-sections";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getParkOverview } from "@/lib/org/activity";
import { formatKm2 } from "@/lib/format";

export default async function ParkPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("unit.read");
  const { id } = await params;
  const [t, locale, park] = await Promise.all([getTranslations(), getLocale(), orNotFound(getParkOverview(user, id))]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={park.name}
        description={t("dashboard.parkPage.description", { kind: t(`enums.ParkKind.${park.kind}`), planned: formatKm2(park.plannedAreaKm2, locale), built: formatKm2(park.builtAreaKm2, locale) })}
        actions={
          <>
            {can(user, "dashboard.read") && <ButtonLink href={`/dashboard?park=${park.id}`}>{t("nav.dashboard")}</ButtonLink>}
            <ButtonLink href={`/plan/items?park=${park.id}`}>{t("plan.allItems")}</ButtonLink>
          </>
        }
      />
      <ParkSections park={park} />
    </div>
  );
}
