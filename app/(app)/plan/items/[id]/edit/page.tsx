import { getTranslations } from "next-intl/server";
import { WorkItemForm } from "@/components/plan/work-item-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { listUnitOptions } from "@/lib/org/queries";
import { getWorkItemForEdit, listPlanStructure } from "@/lib/plan/queries";

export default async function EditWorkItemPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("plan.manage");
  const { id } = await params;
  const [t, item, tasks, units] = await Promise.all([getTranslations(), orNotFound(getWorkItemForEdit(user, id)), listPlanStructure(user), listUnitOptions(user, { includeInactive: true })]);
  const measures = tasks.flatMap((task) => task.measures.map((entry) => ({ id: entry.id, label: `${entry.code} ${entry.title}` })));
  // A deactivated unit is offered only where the item already has it.
  const onItem = new Set([item.leadUnitId, ...item.cooperatorIds]);
  return (
    <div>
      <PageHeader title={`${t("planManage.editItem")} · ${item.code}`} actions={<ButtonLink href={`/plan/items/${item.id}`}>{t("common.back")}</ButtonLink>} />
      <Card>
        <WorkItemForm item={item} measures={measures} units={units.filter((unit) => unit.active || onItem.has(unit.id))} />
      </Card>
    </div>
  );
}
