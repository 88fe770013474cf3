import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AcknowledgeButton } from "@/components/warnings/acknowledge-button";
import { WarningEvidenceView } from "@/components/warnings/warning-evidence";
import { InstructionsCard } from "@/components/notices/instructions-card";
import { Badge, levelTone } from "@/components/ui/badge";
import { FactList } from "@/components/ui/fact-list";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { formatDate, formatDateTime } from "@/lib/format";
import { warningTitle } from "@/lib/warnings/describe";
import { getWarning } from "@/lib/warnings/queries";
import { translateKey } from "@/lib/i18n/keys";

export default async function WarningDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("warning.read");
  const { id } = await params;
  const [t, locale, warning] = await Promise.all([getTranslations(), getLocale(), orNotFound(getWarning(user, id))]);
  const when = (value: Date | null) => formatDateTime(value, locale, user.timeZone);
  const canManage = can(user, "warning.manage");
  const facts: [string, React.ReactNode][] = [
    [t("warnings.unit"), <Link key="unit" href={`/units/${warning.unit.id}`} className="text-brand-700 hover:underline">{warning.unit.name}</Link>],
    [t("warnings.item"), warning.workItem ? <Link key="item" href={`/plan/items/${warning.workItem.id}`} className="text-brand-700 hover:underline">{warning.workItem.code} {warning.workItemTitle}</Link> : "—"],
    [t("warnings.firstSeen"), when(warning.firstSeenAt)],
    [t("warnings.lastEvaluated"), when(warning.lastEvaluatedAt)],
  ];
  if (warning.notice) facts.push([t("notices.number"), <Link key="notice" href={`/notices/${warning.notice.id}`} className="text-brand-700 hover:underline">{warning.notice.number}</Link>]);
  if (warning.acknowledgedAt) facts.push([t("warnings.acknowledgedBy"), `${warning.acknowledgedBy ?? "—"} · ${when(warning.acknowledgedAt)}`]);
  if (warning.resolvedAt) {
    facts.push([t("warnings.resolvedAt"), when(warning.resolvedAt)]);
    facts.push([t("warnings.resolvedReasonLabel"), warning.resolvedReason ? t(`warnings.resolvedReason.${warning.resolvedReason}`) : "—"]);
  }
  const eventText = (event: (typeof warning.events)[number]) => {
    const level = (value: string | null) => (value ? translateKey(t, `warnings.levels.${value}`) : "—");
    switch (event.type) {
      case "OPENED":
      case "REOPENED":
        return t(`warnings.events.${event.type}`, { level: level(event.toLevel) });
      case "LEVEL_CHANGED":
        return t("warnings.events.LEVEL_CHANGED", { from: level(event.fromLevel), to: level(event.toLevel) });
      case "RESOLVED":
        return t("warnings.events.RESOLVED", { reason: event.reason ? translateKey(t, `warnings.resolvedReason.${event.reason}`) : "—" });
      case "ESCALATED": {
        const reason = event.reason ?? "";
        const step = reason.slice(0, Math.max(0, reason.indexOf(":")));
        const name = reason.slice(reason.indexOf(":") + 1);
        return t(step === "LEADER" ? "warnings.events.ESCALATED_LEADER" : "warnings.events.ESCALATED_LIAISON", { name: name || t("reminders.events.nobody") });
      }
      default:
        return t("warnings.events.ACKNOWLEDGED");
    }
  };
  return (
    <div className="space-y-4">
      <PageHeader
        title={warningTitle(t, warning.kind, warning.level, warning.evidence)}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={levelTone(warning.level)}>{t(`warnings.levels.${warning.level}`)}</Badge>
            <Badge>{t(`enums.WarningKind.${warning.kind}`)}</Badge>
            <Badge tone={warning.status === "RESOLVED" ? "green" : warning.status === "OPEN" ? "red" : "yellow"}>{t(`enums.WarningStatus.${warning.status}`)}</Badge>
          </span>
        }
        actions={
          <>
            {canManage && warning.status === "OPEN" && <AcknowledgeButton warningId={warning.id} />}
            {can(user, "notice.manage") && warning.status !== "RESOLVED" && (
              <ButtonLink href={`/notices/new?warning=${warning.id}`} variant="primary">{t("warnings.issueNotice")}</ButtonLink>
            )}
            <ButtonLink href="/warnings">{t("common.back")}</ButtonLink>
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t("warnings.evidence")} className="lg:col-span-2">
          <WarningEvidenceView kind={warning.kind} evidence={warning.evidence} timeZone={user.timeZone} />
          {warning.related.length > 0 && (
            <div className="mt-4 text-sm">
              <div className="text-xs text-slate-500">{t("warnings.relatedWarnings")}</div>
              <ul className="mt-1 space-y-1">
                {warning.related.map((related) => (
                  <li key={related.id} className="flex items-center gap-2">
                    <Badge tone={levelTone(related.level)}>{t(`warnings.levels.${related.level}`)}</Badge>
                    <Link href={`/warnings/${related.id}`} className="text-brand-700 hover:underline">{warningTitle(t, related.kind, related.level, related.evidence)}</Link>
                    <Badge tone={related.status === "RESOLVED" ? "green" : "gray"}>{translateKey(t, `enums.WarningStatus.${related.status}`)}</Badge>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Card>
        <Card title={t("common.details")}>
          <FactList facts={facts} />
        </Card>
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t("warnings.history")} className="lg:col-span-2">
          {warning.events.length === 0 ? (
            <EmptyState title={t("warnings.noHistory")} />
          ) : (
            <ol className="space-y-2 text-sm" data-testid="warning-history">
              {warning.events.map((event) => (
                <li key={event.id} className="flex flex-wrap gap-x-3 border-l-2 border-slate-200 pl-3">
                  <span className="whitespace-nowrap text-xs text-slate-500">{when(event.at)}</span>
                  <span className="text-slate-800">{eventText(event)}</span>
                  <span className="text-xs text-slate-500">{event.actor ?? t("warnings.system")}</span>
                </li>
              ))}
            </ol>
          )}
        </Card>
        <div className="space-y-4">
          <Card title={t("warnings.linkedNotices")}>
            {warning.notices.length === 0 ? (
              <p className="text-sm text-slate-500">{t("warnings.noNotices")}</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {warning.notices.map((notice) => (
                  <li key={notice.id} className="flex flex-wrap items-center gap-2">
                    <Link href={`/notices/${notice.id}`} className="font-medium text-brand-700 hover:underline">{notice.number}</Link>
                    <Badge>{translateKey(t, `enums.NoticeStatus.${notice.status}`)}</Badge>
                    <span className="text-xs text-slate-500">{t("notices.responseDue")} {formatDate(notice.responseDue, locale)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <InstructionsCard instructions={warning.instructions} target={{ warningId: warning.id }} canInstruct={can(user, "instruction.create")} timeZone={user.timeZone} />
        </div>
      </div>
    </div>
  );
}
