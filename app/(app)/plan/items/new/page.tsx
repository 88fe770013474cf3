import { getTranslations } from "next-intl/server";
import { WorkItemForm } from "@/components/plan/work-item-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { listUnitOptions } from "@/lib/org/queries";
import { listPlanStructure } from "@/lib/plan/queries";

export default async function NewWorkItemPage({ searchParams }: { searchParams: Promise<{ measure?: string }> }) {
  const user = await pageUser("plan.manage");
  const { measure } = await searchParams;
  const [t, tasks, units] = await Promise.all([getTranslations(), listPlanStructure(user), listUnitOptions(user)]);
  const measures = tasks.flatMap((task) => task.measures.map((entry) => ({ id: entry.id, code: entry.code, label: `${entry.code} ${entry.title}` })));
  return (
    <div>
      <PageHeader title={t("planManage.newItem")} actions={<ButtonLink href={measure ? `/plan/measures/${encodeURIComponent(measure)}` : "/plan"}>{t("common.back")}</ButtonLink>} />
      <Card>
        <WorkItemForm measures={measures} units={units} measureId={measures.find((entry) => entry.code === measure)?.id} />
      </Card>
    </div>
  );
}
