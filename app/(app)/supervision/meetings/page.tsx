import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { listMeetings } from "@/lib/supervision/queries";
import { MEETING_KINDS } from "@/lib/supervision/schema";

export async function generateMetadata() {
  return { title: (await getTranslations("supervision.tabs"))("meetings") };
}

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<{ kind?: string; page?: string }> }) {
  const user = await pageUser("meeting.read");
  const search = await searchParams;
  const [t, locale, meetings] = await Promise.all([getTranslations(), getLocale(), listMeetings(user, search)]);
  return (
    <div>
      <PageHeader
        title={t("supervision.tabs.meetings")}
        description={t("supervision.meeting.listDescription")}
        actions={can(user, "meeting.manage") ? <ButtonLink href="/supervision/meetings/new" variant="primary">{t("supervision.meeting.new")}</ButtonLink> : undefined}
      />
      <FilterForm action="/supervision/meetings">
        <FilterSelect name="kind" label={t("supervision.meeting.kind")} value={search.kind} allLabel={t("common.all")} options={MEETING_KINDS.map((kind) => ({ value: kind, label: t(`enums.MeetingKind.${kind}`) }))} />
      </FilterForm>
      <Card>
        {meetings.items.length === 0 ? (
          <EmptyState title={t("supervision.meeting.empty")} />
        ) : (
          <Table caption={t("supervision.tabs.meetings")}>
            <thead>
              <tr>
                <Th>{t("supervision.meeting.date")}</Th>
                <Th className="min-w-72">{t("supervision.meeting.title")}</Th>
                <Th>{t("supervision.meeting.kind")}</Th>
                <Th>{t("supervision.meeting.attendees")}</Th>
                <Th>{t("supervision.meeting.decisions")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {meetings.items.map((row) => (
                <tr key={row.id} className="hover:bg-slate-50" data-testid="meeting-row">
                  <Td className="whitespace-nowrap">{formatDate(row.date, locale)}</Td>
                  <Td>
                    <Link href={`/supervision/meetings/${row.id}`} className="font-medium text-slate-800 hover:text-brand-700">{row.title}</Link>
                    {row.location && <div className="text-xs text-slate-500">{row.location}</div>}
                  </Td>
                  <Td className="whitespace-nowrap"><Badge>{t(`enums.MeetingKind.${row.kind}`)}</Badge></Td>
                  <Td className="tabular-nums">{row.attendees}</Td>
                  <Td className="whitespace-nowrap tabular-nums">{t("supervision.meeting.decisionsDone", { done: row.decisionsDone, total: row.decisions })}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={meetings.page} pages={meetings.pages} total={meetings.total} params={search} basePath="/supervision/meetings" />
      </Card>
    </div>
  );
}
