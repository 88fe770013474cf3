import { getTranslations } from "next-intl/server";
import { MeasureForm } from "@/components/plan/measure-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { listPlanStructure } from "@/lib/plan/queries";

export default async function NewMeasurePage({ searchParams }: { searchParams: Promise<{ task?: string }> }) {
  const user = await pageUser("plan.manage");
  const { task } = await searchParams;
  const [t, tasks] = await Promise.all([getTranslations(), listPlanStructure(user)]);
  return (
    <div>
      <PageHeader title={t("planManage.newMeasure")} actions={<ButtonLink href="/plan">{t("common.back")}</ButtonLink>} />
      <Card>
        <MeasureForm tasks={tasks} taskId={tasks.find((entry) => entry.code === task)?.id} />
      </Card>
    </div>
  );
}
