import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DueBadge } from "@/components/notices/due-badge";
import { NoticeStatusBadge } from "@/components/notices/notice-status-badge";
import { NoticeSteps } from "@/components/notices/notice-steps";
import { InstructionsCard } from "@/components/notices/instructions-card";
import { ReadStatusCard } from "@/components/notices/read-status-card";
import { Badge, levelTone } from "@/components/ui/badge";
import { FactList } from "@/components/ui/fact-list";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format";
import { can } from "@/lib/auth/permissions";
import { getNotice } from "@/lib/notices/queries";
import { getNoticeReadStatus, recordNoticeOpened } from "@/lib/notices/read-status";
import { warningTitle } from "@/lib/warnings/describe";
import { translateKey } from "@/lib/i18n/keys";

export default async function NoticePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("notice.read");
  const { id } = await params;
  const [t, locale, notice] = await Promise.all([getTranslations(), getLocale(), orNotFound(getNotice(user, id))]);
  // Opening the notice is reading it (read status for the office; its notifications read).
  await recordNoticeOpened(user, notice.id);
  const readStatus = can(user, "notice.manage") ? await getNoticeReadStatus(user, notice.id) : null;
  const when = (value: Date | null) => formatDateTime(value, locale, user.timeZone);
  const facts: [string, React.ReactNode][] = [
    [t("notices.unit"), notice.unit.name],
    [t("notices.responseDue"), <span key="due" className="flex flex-wrap items-center gap-2">{formatDate(notice.responseDue, locale)} <DueBadge status={notice.status} daysLeft={notice.daysLeft} /></span>],
    [t("notices.issuedAt"), `${when(notice.issuedAt)} · ${notice.issuedBy?.name ?? "—"}`],
    [t("notices.signedAt"), when(notice.signedAt)],
    [t("notices.respondedAt"), when(notice.respondedAt)],
    [t("notices.closedAt"), when(notice.closedAt)],
    [t("notices.chaseCount"), notice.chaseCount ? `${notice.chaseCount} · ${when(notice.lastChasedAt)}` : "0"],
  ];
  if (notice.escalationStep) facts.push([t("reminders.step"), translateKey(t, `reminders.ladder.steps.${notice.escalationStep}`)]);
  if (notice.bulletinAt) facts.push([t("reminders.bulletin"), when(notice.bulletinAt)]);
  const eventText = (event: (typeof notice.events)[number]) => {
    if (event.type === "ESCALATED") return t("notices.events.ESCALATED", { level: event.note ? translateKey(t, `warnings.levels.${event.note}`) : "" });
    const ladder = ladderEventText(event);
    return ladder ?? translateKey(t, `notices.events.${event.type}`);
  };
  // The ladder's steps and the automatic chases are recorded by the system with a coded note.
  const ladderEventText = (event: (typeof notice.events)[number]): string | null => {
    const [code, value = ""] = (event.note ?? "").split(/:(.*)/s);
    if (event.type === "CHASED" && event.actor === null && code === "overdue") return t("reminders.events.autoChase", { days: Number(value) });
    if (event.type === "CHASED" && event.actor === null && code === "unread") return t("reminders.events.unreadChase", { hours: Number(value) });
    if (event.type !== "LADDER") return null;
    if (code === "SUPERVISION") return t("reminders.events.SUPERVISION", { level: value ? translateKey(t, `warnings.levels.${value}`) : "" });
    if (code === "BULLETIN") return t("reminders.events.BULLETIN");
    if (code === "LIAISON" || code === "LEADER") return t(`reminders.events.${code}`, { name: value || t("reminders.events.nobody") });
    return null;
  };
  const systemNote = (event: (typeof notice.events)[number]) => event.type === "ESCALATED" || event.type === "LADDER" || (event.type === "CHASED" && event.actor === null);
  return (
    <div className="space-y-4">
      <PageHeader
        title={`${notice.number} ${notice.title}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={levelTone(notice.level)}>{t(`warnings.levels.${notice.level}`)}</Badge>
            <NoticeStatusBadge status={notice.status} />
          </span>
        }
        actions={
          <>
            <ButtonLink href={`/print/notice/${notice.id}`} target="_blank" data-testid="notice-document">{t("notices.print")}</ButtonLink>
            <ButtonLink href="/notices">{t("common.back")}</ButtonLink>
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title={t("notices.matter")}>
            <p className="whitespace-pre-line text-sm text-slate-800" data-testid="notice-matter">{notice.matter}</p>
            <h3 className="mt-4 text-sm font-semibold text-slate-700">{t("notices.requiredAction")}</h3>
            <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{notice.requiredAction}</p>
            {notice.warnings.length > 0 && (
              <>
                <h3 className="mt-4 text-sm font-semibold text-slate-700">{t("notices.linkedWarnings")}</h3>
                <ul className="mt-1 space-y-1 text-sm" data-testid="notice-warnings">
                  {notice.warnings.map((warning) => (
                    <li key={warning.id} className="flex flex-wrap items-center gap-2">
                      <Badge tone={levelTone(warning.level)}>{t(`warnings.levels.${warning.level}`)}</Badge>
                      <Link href={`/warnings/${warning.id}`} className="text-brand-700 hover:underline">{warningTitle(t, warning.kind, warning.level, warning.evidence)}</Link>
                      <Badge tone={warning.status === "RESOLVED" ? "green" : "gray"}>{translateKey(t, `enums.WarningStatus.${warning.status}`)}</Badge>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Card>
          <Card title={t("notices.responses")}>
            {notice.responses.length === 0 ? (
              <p className="text-sm text-slate-500">{t("notices.noResponses")}</p>
            ) : (
              <ol className="space-y-4" data-testid="notice-responses">
                {notice.responses.map((response) => (
                  <li key={response.id} className="rounded-md border border-slate-200 p-3 text-sm">
                    <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                      <span>{response.author ?? "—"}</span>
                      <span>{when(response.createdAt)}</span>
                      {response.review && <Badge tone={response.review === "ACCEPTED" ? "green" : "orange"}>{t(`notices.review.${response.review}`)}</Badge>}
                    </div>
                    <p className="whitespace-pre-line text-slate-800">{response.content}</p>
                    {response.attachments.length > 0 && (
                      <ul className="mt-2 flex flex-wrap gap-2">
                        {response.attachments.map((file) => (
                          <li key={file.id}>
                            <a href={`/api/attachments/${file.id}`} className="inline-flex rounded-md border border-slate-200 px-2 py-1 text-xs text-brand-700 hover:border-brand-500">
                              {file.fileName} ({formatNumber(Math.max(1, Math.round(file.sizeBytes / 1024)), locale, 0)} KB)
                            </a>
                          </li>
                        ))}
                      </ul>
                    )}
                    {response.reviewNote && (
                      <p className="mt-2 rounded bg-slate-50 px-2 py-1 text-slate-700">
                        {t("notices.reviewNote")}：{response.reviewNote}
                        <span className="ml-2 text-xs text-slate-500">{response.reviewer} · {when(response.reviewedAt)}</span>
                      </p>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </Card>
          <Card title={t("notices.timeline")}>
            <ol className="space-y-2 text-sm" data-testid="notice-timeline">
              {notice.events.map((event) => (
                <li key={event.id} className="flex flex-wrap gap-x-3 border-l-2 border-slate-200 pl-3">
                  <span className="whitespace-nowrap text-xs text-slate-500">{when(event.at)}</span>
                  <span className="font-medium text-slate-800">{eventText(event)}</span>
                  <span className="text-xs text-slate-500">{event.actor ?? t("warnings.system")}</span>
                  {event.note && !systemNote(event) && <span className="w-full whitespace-pre-line text-slate-600">{event.note}</span>}
                </li>
              ))}
            </ol>
          </Card>
        </div>
        <div className="space-y-4">
          {notice.steps.length > 0 && (
            <Card title={t("notices.yourAction")}>
              <NoticeSteps noticeId={notice.id} steps={notice.steps} openWarnings={notice.warnings.filter((warning) => warning.status !== "RESOLVED").length} />
            </Card>
          )}
          <Card title={t("common.details")}>
            <FactList facts={facts} />
          </Card>
          {readStatus && <ReadStatusCard status={readStatus} timeZone={user.timeZone} />}
          <InstructionsCard instructions={notice.instructions} target={{ noticeId: notice.id }} canInstruct={notice.canInstruct} timeZone={user.timeZone} />
        </div>
      </div>
    </div>
  );
}
