import { getTranslations } from "next-intl/server";
import { TaskForm } from "@/components/plan/task-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { deleteTask } from "@/lib/plan/actions";
import { getTaskForEdit } from "@/lib/plan/queries";

export default async function EditTaskPage({ params }: { params: Promise<{ code: string }> }) {
  const user = await pageUser("plan.manage");
  const { code } = await params;
  const [t, task] = await Promise.all([getTranslations(), orNotFound(getTaskForEdit(user, decodeURIComponent(code)))]);
  return (
    <div className="space-y-4">
      <PageHeader title={`${t("planManage.editTask")} · ${task.code} ${task.title}`} actions={<ButtonLink href="/plan">{t("common.back")}</ButtonLink>} />
      <Card>
        <TaskForm task={task} />
      </Card>
      {task.measureCount === 0 && (
        <Card>
          <ConfirmAction action={deleteTask} fields={{ id: task.id }} label={t("planManage.delete")} confirm={t("planManage.confirmDelete")} variant="danger" redirectTo="/plan" />
        </Card>
      )}
    </div>
  );
}
