import { getTranslations } from "next-intl/server";
import { LandBatchForm, LandProjectForm } from "@/components/resources/land-forms";
import { LandProjectTable } from "@/components/resources/land-project-table";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listParks } from "@/lib/plan/queries";
import { deleteLandBatch, deleteLandProject } from "@/lib/resources/land-actions";
import { getLandBatch } from "@/lib/resources/queries";

export default async function LandBatchPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("resource.read");
  const { id } = await params;
  const [t, batch, parks] = await Promise.all([getTranslations(), orNotFound(getLandBatch(user, id)), listParks(user)]);
  const manage = can(user, "resource.manage");
  return (
    <div className="space-y-4">
      <PageHeader
        title={`${t("resources.land.batchLabel", { seq: batch.seq })} · ${batch.name}`}
        actions={
          <>
            {manage && <ConfirmAction action={deleteLandBatch} fields={{ id: batch.id }} label={t("common.delete")} confirm={t("resources.confirmDelete")} variant="danger" redirectTo="/resources/land" />}
            <ButtonLink href="/resources/land">{t("common.back")}</ButtonLink>
          </>
        }
      />
      {manage && (
        <Card title={t("resources.land.editBatch")}>
          <LandBatchForm batch={batch} parks={parks} />
        </Card>
      )}
      <Card title={`${t("resources.land.projects")} · ${t("resources.land.projectCount", { count: batch.projects.length })}`}>
        {batch.projects.length === 0 ? (
          <EmptyState title={t("resources.land.noProjects")} />
        ) : manage ? (
          <ul className="space-y-3">
            {batch.projects.map((project) => (
              <li key={project.id} className="rounded-md border border-slate-200 p-3" data-testid="land-project-row">
                <LandProjectForm batchId={batch.id} project={project} />
                <div className="mt-2">
                  <ConfirmAction action={deleteLandProject} fields={{ id: project.id }} label={t("common.delete")} confirm={t("resources.confirmDelete")} />
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <LandProjectTable projects={batch.projects} />
        )}
        {manage && (
          <div className="mt-4 rounded-md border border-dashed border-slate-300 p-3">
            <h3 className="mb-2 text-sm font-medium text-slate-700">{t("resources.land.newProject")}</h3>
            <LandProjectForm batchId={batch.id} />
          </div>
        )}
      </Card>
    </div>
  );
}
