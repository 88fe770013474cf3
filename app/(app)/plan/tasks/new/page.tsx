import { getTranslations } from "next-intl/server";
import { TaskForm } from "@/components/plan/task-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";

export default async function NewTaskPage() {
  await pageUser("plan.manage");
  const t = await getTranslations();
  return (
    <div>
      <PageHeader title={t("planManage.newTask")} actions={<ButtonLink href="/plan">{t("common.back")}</ButtonLink>} />
      <Card>
        <TaskForm />
      </Card>
    </div>
  );
}
