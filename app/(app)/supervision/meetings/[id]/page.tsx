import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MeetingForm } from "@/components/supervision/meeting-form";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Table, Td, Th } from "@/components/ui/table";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { localDateKey } from "@/lib/dates/zone-time";
import { formatDate } from "@/lib/format";
import { getMeeting, memberUnitOptions } from "@/lib/supervision/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("supervision.tabs"))("meetings") };
}

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("meeting.read");
  const { id } = await params;
  const [t, locale, meeting] = await Promise.all([getTranslations(), getLocale(), orNotFound(getMeeting(user, id))]);
  const units = meeting.canEdit ? await memberUnitOptions(user) : [];
  return (
    <div className="space-y-4">
      <PageHeader
        title={meeting.title}
        description={`${t(`enums.MeetingKind.${meeting.kind}`)} · ${formatDate(meeting.date, locale)}${meeting.location ? ` · ${meeting.location}` : ""}`}
        actions={<ButtonLink href="/supervision/meetings">{t("common.back")}</ButtonLink>}
      />
      <Card title={t("supervision.meeting.decisions")}>
        {meeting.decisions.length === 0 ? (
          <EmptyState title={t("supervision.meeting.noDecisions")} />
        ) : (
          <Table caption={t("supervision.meeting.decisions")}>
            <thead>
              <tr>
                <Th>{t("supervision.meeting.code")}</Th>
                <Th className="min-w-64">{t("supervision.meeting.decision")}</Th>
                <Th>{t("supervision.meeting.assignee")}</Th>
                <Th>{t("supervision.meeting.dueDate")}</Th>
                <Th className="min-w-40">{t("supervision.meeting.progress")}</Th>
                <Th>{t("common.status")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {meeting.decisions.map((decision) => (
                <tr key={decision.id} data-testid="decision-view">
                  <Td className="whitespace-nowrap font-mono text-xs">{decision.workItem ? <Link href={`/plan/items/${decision.workItem.id}`} className="text-brand-700 hover:underline">{decision.workItem.code}</Link> : decision.seq}</Td>
                  <Td>{decision.content}</Td>
                  <Td className="whitespace-nowrap">{decision.assignee.name}</Td>
                  <Td className="whitespace-nowrap text-xs">{formatDate(decision.dueDate, locale)}</Td>
                  <Td>{decision.workItem ? <ProgressBar value={decision.workItem.progress} label={decision.content} /> : "—"}</Td>
                  <Td>
                    <Badge tone={decision.status === "DONE" ? "green" : decision.status === "CANCELLED" ? "gray" : decision.overdue ? "red" : "yellow"}>
                      {decision.overdue ? t("supervision.monthly.overdue") : t(`enums.DecisionStatus.${decision.status}`)}
                    </Badge>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t("supervision.meeting.minutes")} className="lg:col-span-2">
          <p className="whitespace-pre-line text-sm text-slate-700">{meeting.minutes || "—"}</p>
        </Card>
        <Card title={`${t("supervision.meeting.attendees")}（${meeting.attendees.length}）`}>
          <ul className="space-y-0.5 text-sm text-slate-700">
            {meeting.attendees.map((unit) => (
              <li key={unit.id}>{unit.name}</li>
            ))}
          </ul>
        </Card>
      </div>
      {meeting.canEdit && (
        <Card title={t("common.edit")}>
          <MeetingForm meeting={meeting} units={units} today={localDateKey(new Date(), user.timeZone)} />
        </Card>
      )}
    </div>
  );
}
