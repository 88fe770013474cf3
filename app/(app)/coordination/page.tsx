import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { statusTone } from "@/components/resources/tones";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { FilterForm, FilterSelect, FilterText } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listCoordinationRequests } from "@/lib/coordination/queries";
import { ADDRESSEE_KINDS } from "@/lib/coordination/schema";
import { COORDINATION_STATUSES } from "@/lib/coordination/workflow";
import { formatDate, formatDateTime } from "@/lib/format";

type Search = { status?: string; addressee?: string; q?: string; page?: string };

export async function generateMetadata() {
  return { title: (await getTranslations("coordination"))("title") };
}

export default async function CoordinationPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await pageUser("coordination.read");
  const search = await searchParams;
  const status = COORDINATION_STATUSES.find((value) => value === search.status);
  const addresseeKind = ADDRESSEE_KINDS.find((value) => value === search.addressee);
  const [t, locale, requests] = await Promise.all([
    getTranslations(),
    getLocale(),
    listCoordinationRequests(user, { status, addresseeKind, q: search.q?.trim() || undefined, page: search.page }),
  ]);
  return (
    <div>
      <PageHeader
        title={t("coordination.title")}
        description={t("coordination.description")}
        actions={can(user, "coordination.create") && <ButtonLink href="/coordination/new" variant="primary">{t("coordination.newRequest")}</ButtonLink>}
      />
      <FilterForm action="/coordination">
        <FilterText name="q" label={t("common.search")} value={search.q} placeholder={t("coordination.searchPlaceholder")} />
        <FilterSelect name="status" label={t("coordination.filterStatus")} value={status} allLabel={t("common.all")} options={COORDINATION_STATUSES.map((value) => ({ value, label: t(`enums.CoordinationStatus.${value}`) }))} />
        <FilterSelect name="addressee" label={t("coordination.filterAddressee")} value={addresseeKind} allLabel={t("common.all")} options={ADDRESSEE_KINDS.map((value) => ({ value, label: t(`enums.CoordinationAddressee.${value}`) }))} />
      </FilterForm>
      <Card>
        {requests.items.length === 0 ? (
          <EmptyState title={t("coordination.noRequests")} />
        ) : (
          <Table caption={t("coordination.title")}>
            <thead>
              <tr>
                <Th className="min-w-64">{t("coordination.itemTitle")}</Th>
                <Th>{t("coordination.addressee")}</Th>
                <Th>{t("coordination.unit")}</Th>
                <Th>{t("coordination.status")}</Th>
                <Th>{t("coordination.createdAt")}</Th>
                <Th>{t("coordination.dueDate")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {requests.items.map((request) => (
                <tr key={request.id} className="hover:bg-slate-50" data-testid="coordination-row">
                  <Td>
                    <Link href={`/coordination/${request.id}`} className="font-medium text-slate-800 hover:text-brand-700">{request.title}</Link>
                    {request.instructionCount > 0 && <div className="text-xs text-slate-500">{t("coordination.instructionCount", { count: request.instructionCount })}</div>}
                  </Td>
                  <Td className="text-xs">
                    {request.addressee}
                    <div className="text-slate-500">{t(`enums.CoordinationAddressee.${request.addresseeKind}`)}</div>
                  </Td>
                  <Td className="text-xs">{request.unit?.shortName ?? "—"}</Td>
                  <Td>
                    <Badge tone={statusTone(request.status)}>{t(`enums.CoordinationStatus.${request.status}`)}</Badge>
                  </Td>
                  <Td className="whitespace-nowrap text-xs text-slate-500">{formatDateTime(request.createdAt, locale, user.timeZone)}</Td>
                  <Td className="whitespace-nowrap text-xs">{formatDate(request.dueDate, locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={requests.page} pages={requests.pages} total={requests.total} params={search} basePath="/coordination" />
      </Card>
    </div>
  );
}
