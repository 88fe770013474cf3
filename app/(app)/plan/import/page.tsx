import { getTranslations } from "next-intl/server";
import { ImportPanel } from "@/components/plan/import-panel";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("planManage.import"))("title") };
}

export default async function PlanImportPage() {
  await pageUser("plan.manage");
  const t = await getTranslations();
  return (
    <div>
      <PageHeader
        title={t("planManage.import.title")}
        description={t("planManage.import.description")}
        actions={
          <>
            <a href="/api/plan/template" className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700" download>
              {t("planManage.import.template")}
            </a>
            <a href="/api/plan/export" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50" download>
              {t("planManage.import.exportCurrent")}
            </a>
            <ButtonLink href="/plan">{t("common.back")}</ButtonLink>
          </>
        }
      />
      <Card>
        <ImportPanel />
      </Card>
    </div>
  );
}
