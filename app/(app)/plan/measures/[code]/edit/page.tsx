import { getTranslations } from "next-intl/server";
import { MeasureForm } from "@/components/plan/measure-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { deleteMeasure } from "@/lib/plan/actions";
import { getMeasureForEdit, listPlanStructure } from "@/lib/plan/queries";

export default async function EditMeasurePage({ params }: { params: Promise<{ code: string }> }) {
  const user = await pageUser("plan.manage");
  const code = decodeURIComponent((await params).code);
  const [t, measure, tasks] = await Promise.all([getTranslations(), orNotFound(getMeasureForEdit(user, code)), listPlanStructure(user)]);
  return (
    <div className="space-y-4">
      <PageHeader title={`${t("planManage.editMeasure")} · ${measure.code} ${measure.title}`} actions={<ButtonLink href={`/plan/measures/${encodeURIComponent(measure.code)}`}>{t("common.back")}</ButtonLink>} />
      <Card>
        <MeasureForm measure={measure} tasks={tasks} />
      </Card>
      {measure.itemCount === 0 && (
        <Card>
          <ConfirmAction action={deleteMeasure} fields={{ id: measure.id }} label={t("planManage.delete")} confirm={t("planManage.confirmDelete")} variant="danger" redirectTo="/plan" />
        </Card>
      )}
    </div>
  );
}
