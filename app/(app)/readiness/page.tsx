import { getTranslations } from "next-intl/server";
import { ReadinessManage } from "@/components/readiness/manage";
import { ReadinessView } from "@/components/readiness/readiness-view";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { pageUser, orNotFound } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getLinkOptions, getReadiness, listSystems } from "@/lib/readiness/queries";
import { parseReach } from "@/lib/readiness/schema";
import { id } from "@/lib/server/fields";

export async function generateMetadata() {
  return { title: (await getTranslations("readiness"))("title") };
}

export default async function ReadinessPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await pageUser("readiness.view");
  const params = await searchParams;
  const systemId = id.safeParse(params.system);
  const manage = can(user, "readiness.manage");
  const [t, view, systems, options] = await Promise.all([
    getTranslations("readiness"),
    orNotFound(getReadiness(user, { systemId: systemId.success ? systemId.data : null, reach: parseReach(params.reach) })),
    listSystems(user),
    manage ? getLinkOptions(user) : Promise.resolve(null),
  ]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={t("description")} />
      {view ? <ReadinessView view={view} linkOptions={options} /> : <EmptyState title={t("noCatalogue")} hint={manage ? t("noCatalogueHint") : undefined} />}
      {manage && <ReadinessManage systems={systems} settings={view?.settings ?? null} />}
    </div>
  );
}
