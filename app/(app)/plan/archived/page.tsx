import { getTranslations } from "next-intl/server";
import { WorkItemTable } from "@/components/plan/work-item-table";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { pageUser } from "@/lib/auth/guard";
import { listArchivedWorkItems } from "@/lib/plan/queries";

export default async function ArchivedWorkItemsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await pageUser("plan.manage");
  const search = await searchParams;
  const [t, items] = await Promise.all([getTranslations(), listArchivedWorkItems(user, search.page)]);
  return (
    <div>
      <PageHeader title={t("planManage.showArchived")} description={t("planManage.archivedHint")} actions={<ButtonLink href="/plan">{t("common.back")}</ButtonLink>} />
      <Card>
        <WorkItemTable items={items.items} showMeasure />
        <Pagination page={items.page} pages={items.pages} total={items.total} params={search} basePath="/plan/archived" />
      </Card>
    </div>
  );
}
