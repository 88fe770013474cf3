import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { InstructionForm } from "@/components/coordination/instruction-form";
import { TransitionForm } from "@/components/coordination/transition-form";
import { statusTone } from "@/components/resources/tones";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { FactList } from "@/components/ui/fact-list";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getCoordinationRequest } from "@/lib/coordination/queries";
import { canInstruct, COORDINATION_TRANSITIONS, editableByRaisingUnit, isFinished } from "@/lib/coordination/workflow";
import { formatDate, formatDateTime } from "@/lib/format";

export default async function CoordinationRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("coordination.read");
  const { id } = await params;
  const [t, locale, request] = await Promise.all([getTranslations(), getLocale(), orNotFound(getCoordinationRequest(user, id))]);
  const office = can(user, "coordination.manage");
  const editable = office ? !isFinished(request.status) : can(user, "coordination.create", { unitId: request.unitId, zoneId: user.zoneId }) && editableByRaisingUnit(request.status);
  const instruct = can(user, "instruction.create") && canInstruct(request.status);
  return (
    <div className="space-y-4">
      <PageHeader
        title={request.title}
        description={`${t(`enums.CoordinationAddressee.${request.addresseeKind}`)} · ${request.addressee}`}
        actions={
          <>
            <Badge tone={statusTone(request.status)}>
              <span data-testid="coordination-status">{t(`enums.CoordinationStatus.${request.status}`)}</span>
            </Badge>
            {editable && <ButtonLink href={`/coordination/${request.id}/edit`}>{t("common.edit")}</ButtonLink>}
            <ButtonLink href="/coordination">{t("common.back")}</ButtonLink>
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title={t("common.details")}>
            <p className="mb-4 whitespace-pre-line text-sm text-slate-800">{request.content}</p>
            <FactList
              grid
              facts={[
                [t("coordination.unit"), request.unit?.name ?? "—"],
                [t("coordination.raisedBy"), request.raisedBy?.name ?? "—"],
                [t("coordination.createdAt"), formatDateTime(request.createdAt, locale, user.timeZone)],
                [t("coordination.dueDate"), formatDate(request.dueDate, locale)],
                [
                  t("coordination.workItem"),
                  request.workItem ? (
                    <Link href={`/plan/items/${request.workItem.id}`} className="text-brand-700 hover:underline">
                      {request.workItem.code} {request.workItem.title}
                    </Link>
                  ) : (
                    "—"
                  ),
                ],
                [t("coordination.outcome"), request.outcome ?? "—"],
              ]}
            />
          </Card>
          <Card title={t("coordination.instructions")}>
            {request.instructions.length === 0 ? (
              <EmptyState title={t("coordination.noInstructions")} />
            ) : (
              <ol className="space-y-3">
                {request.instructions.map((instruction) => (
                  <li key={instruction.id} className="rounded-md border-l-4 border-red-600 bg-red-50/50 px-3 py-2" data-testid="instruction">
                    <p className="whitespace-pre-line text-sm text-slate-900">{instruction.content}</p>
                    <p className="mt-1 text-xs text-slate-500">
                      {[instruction.author?.name, instruction.author?.title].filter(Boolean).join(" · ") || "—"} · {formatDateTime(instruction.createdAt, locale, user.timeZone)}
                    </p>
                  </li>
                ))}
              </ol>
            )}
            {instruct && (
              <div className="mt-4 border-t border-slate-100 pt-4">
                <InstructionForm requestId={request.id} />
              </div>
            )}
          </Card>
        </div>
        {office && (
          <Card title={t("coordination.workflow")}>
            {request.status === "OPEN" && <p className="mb-3 text-xs text-slate-500">{t("coordination.waitingHint")}</p>}
            <TransitionForm requestId={request.id} allowed={COORDINATION_TRANSITIONS[request.status]} outcome={request.outcome} />
          </Card>
        )}
      </div>
    </div>
  );
}
