import { getTranslations } from "next-intl/server";
import { WorkItemTable } from "@/components/plan/work-item-table";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getMeasure } from "@/lib/plan/queries";

export default async function MeasurePage({ params }: { params: Promise<{ code: string }> }) {
  const user = await pageUser("plan.read");
  const { code } = await params;
  const [t, measure] = await Promise.all([getTranslations(), orNotFound(getMeasure(user, decodeURIComponent(code)))]);
  return (
    <div>
      <PageHeader
        title={`${measure.code} ${measure.title}`}
        description={`${t("plan.task")} ${measure.task.code} · ${measure.task.title}`}
        actions={
          <>
            {can(user, "plan.manage") && (
              <>
                <ButtonLink href={`/plan/measures/${encodeURIComponent(measure.code)}/edit`}>{t("planManage.editMeasure")}</ButtonLink>
                <ButtonLink href={`/plan/items/new?measure=${encodeURIComponent(measure.code)}`} variant="primary">{t("planManage.newItem")}</ButtonLink>
              </>
            )}
            <ButtonLink href="/plan">{t("common.back")}</ButtonLink>
          </>
        }
      />
      {measure.description && <p className="mb-4 text-sm text-slate-600">{measure.description}</p>}
      <Card title={t("plan.workItems")}>
        <WorkItemTable items={measure.items} />
      </Card>
    </div>
  );
}
