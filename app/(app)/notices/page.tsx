import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DueBadge } from "@/components/notices/due-badge";
import { NoticeStatusBadge } from "@/components/notices/notice-status-badge";
import { Badge, levelTone } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { formatDate, formatDateTime } from "@/lib/format";
import { listNotices, parseNoticeFilters } from "@/lib/notices/queries";
import { NOTICE_STATUSES } from "@/lib/notices/workflow";
import { listUnitOptions } from "@/lib/org/queries";
import { listParks } from "@/lib/plan/queries";

type Search = Record<"status" | "unit" | "park" | "level" | "open" | "overdue" | "page", string | undefined>;

export async function generateMetadata() {
  return { title: (await getTranslations("notices"))("ledgerTitle") };
}

export default async function NoticeLedgerPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await pageUser("notice.read");
  const search = await searchParams;
  const filters = parseNoticeFilters(search);
  const [t, locale, notices, units, parks] = await Promise.all([getTranslations(), getLocale(), listNotices(user, filters), listUnitOptions(user), listParks(user)]);
  return (
    <div>
      <PageHeader
        title={t("notices.ledgerTitle")}
        description={t("notices.ledgerDescription")}
        actions={can(user, "notice.manage") && <ButtonLink href="/notices/new" variant="primary">{t("notices.newNotice")}</ButtonLink>}
      />
      <FilterForm action="/notices">
        <FilterSelect name="status" label={t("notices.status")} value={search.status} allLabel={t("common.all")} options={NOTICE_STATUSES.map((status) => ({ value: status, label: t(`enums.NoticeStatus.${status}`) }))} />
        <FilterSelect name="level" label={t("notices.level")} value={filters.level} allLabel={t("common.all")} options={(["RED", "ORANGE", "YELLOW", "BLUE"] as const).map((level) => ({ value: level, label: t(`enums.WarningLevel.${level}`) }))} />
        {user.role !== "REPORTER" && <FilterSelect name="park" label={t("notices.park")} value={search.park} allLabel={t("common.all")} options={parks.map((park) => ({ value: park.id, label: park.shortName }))} />}
        {user.role !== "REPORTER" && <FilterSelect name="unit" label={t("notices.unit")} value={search.unit} allLabel={t("common.all")} options={units.map((unit) => ({ value: unit.id, label: unit.name }))} />}
        <FilterSelect name="open" label={t("notices.openOnly")} value={search.open} allLabel={t("common.all")} options={[{ value: "1", label: t("notices.openOnly") }]} />
        <FilterSelect name="overdue" label={t("notices.overdueOnly")} value={search.overdue} allLabel={t("common.all")} options={[{ value: "1", label: t("notices.overdueOnly") }]} />
      </FilterForm>
      <Card>
        {notices.items.length === 0 ? (
          <EmptyState title={t("notices.noNotices")} />
        ) : (
          <Table caption={t("notices.ledgerTitle")}>
            <thead>
              <tr>
                <Th>{t("notices.number")}</Th>
                <Th className="min-w-56">{t("notices.title")}</Th>
                <Th>{t("notices.unit")}</Th>
                <Th>{t("notices.level")}</Th>
                <Th>{t("notices.status")}</Th>
                <Th>{t("notices.responseDue")}</Th>
                <Th>{t("notices.chaseCount")}</Th>
                <Th>{t("notices.issuedAt")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {notices.items.map((notice) => (
                <tr key={notice.id} className="hover:bg-slate-50" data-testid="notice-row" data-status={notice.status}>
                  <Td className="whitespace-nowrap">
                    <Link href={`/notices/${notice.id}`} className="font-medium text-brand-700 hover:underline">{notice.number}</Link>
                  </Td>
                  <Td>{notice.title}</Td>
                  <Td>{notice.unit.name}</Td>
                  <Td><Badge tone={levelTone(notice.level)}>{t(`warnings.levels.${notice.level}`)}</Badge></Td>
                  <Td><NoticeStatusBadge status={notice.status} /></Td>
                  <Td className="whitespace-nowrap">
                    <div>{formatDate(notice.responseDue, locale)}</div>
                    <DueBadge status={notice.status} daysLeft={notice.daysLeft} />
                  </Td>
                  <Td className="tabular-nums">{notice.chaseCount}</Td>
                  <Td className="whitespace-nowrap text-xs text-slate-500">{formatDateTime(notice.issuedAt, locale, user.timeZone)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={notices.page} pages={notices.pages} total={notices.total} params={search} basePath="/notices" />
      </Card>
    </div>
  );
}
