import { getLocale, getTranslations } from "next-intl/server";
import { DeliveryCountsLine } from "@/components/delivery/delivery-counts";
import { RetryAllDeliveries, RetryDelivery } from "@/components/delivery/channel-forms";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { pageUser } from "@/lib/auth/guard";
import { CHANNEL_KINDS } from "@/lib/delivery/channels";
import { FAILED_STATUSES, getFailedDeliveries } from "@/lib/delivery/queries";
import { formatDateTime } from "@/lib/format";

type Search = { status?: string; kind?: string; page?: string };

export async function generateMetadata() {
  return { title: (await getTranslations("delivery.deliveries"))("title") };
}

export default async function DeliveriesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await pageUser("delivery.manage");
  const search = await searchParams;
  const [t, locale, page] = await Promise.all([getTranslations("delivery"), getLocale(), getFailedDeliveries(user, search)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("deliveries.title")} description={t("deliveries.description")} actions={<ButtonLink href="/admin/channels">{t("deliveries.back")}</ButtonLink>} />

      <Card title={t("deliveries.summary", { days: page.days })}>
        {page.summary.length === 0 ? (
          <EmptyState title={t("list.empty")} />
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="delivery-summary">
            {page.summary.map((row) => (
              <li key={`${row.kind}:${row.name}`} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm" data-name={row.name}>
                <span>
                  <span className="font-medium text-slate-800">{row.name}</span> <span className="text-xs text-slate-500">{t(`kinds.${row.kind}`)}</span>
                </span>
                <DeliveryCountsLine counts={row.counts} />
              </li>
            ))}
          </ul>
        )}
      </Card>

      <FilterForm action="/admin/channels/deliveries">
        <FilterSelect name="status" label={t("deliveries.filterStatus")} value={page.filters.status ?? undefined} allLabel={t("deliveries.all")} options={FAILED_STATUSES.map((status) => ({ value: status, label: t(`deliveries.statuses.${status}`) }))} />
        <FilterSelect name="kind" label={t("deliveries.filterKind")} value={page.filters.kind ?? undefined} allLabel={t("deliveries.all")} options={CHANNEL_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))} />
      </FilterForm>

      <Card title={`${t("deliveries.title")}（${page.list.total}）`} actions={page.deadTotal > 0 ? <RetryAllDeliveries channelKind={page.filters.kind} /> : undefined}>
        {page.list.items.length === 0 ? (
          <EmptyState title={t("deliveries.empty")} />
        ) : (
          <Table caption={t("deliveries.title")}>
            <thead>
              <tr>
                <Th>{t("deliveries.time")}</Th>
                <Th>{t("deliveries.channel")}</Th>
                <Th>{t("deliveries.recipient")}</Th>
                <Th>{t("deliveries.message")}</Th>
                <Th>{t("deliveries.status")}</Th>
                <Th>{t("deliveries.attempts")}</Th>
                <Th>{t("deliveries.lastError")}</Th>
                <Th>{t("deliveries.actions")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.list.items.map((row) => (
                <tr key={row.id} data-testid="failed-delivery" data-status={row.status}>
                  <Td className="whitespace-nowrap text-xs">{formatDateTime(row.updatedAt, locale, user.timeZone)}</Td>
                  <Td className="text-xs">
                    <div>{row.channelName}</div>
                    <div className="text-slate-500">{t(`kinds.${row.channelKind}`)}</div>
                  </Td>
                  <Td className="text-xs">
                    <div>{row.address}</div>
                    {row.recipientName && <div className="text-slate-500">{row.recipientName}</div>}
                  </Td>
                  <Td className="max-w-xs text-xs">{row.subject}</Td>
                  <Td><Badge tone={row.status === "DEAD" ? "red" : row.status === "UNCERTAIN" ? "yellow" : "orange"}>{t(`deliveries.statuses.${row.status}`)}</Badge></Td>
                  <Td className="text-xs">{row.attempts}</Td>
                  <Td className="max-w-xs break-words text-xs text-red-700">{row.lastError ?? "—"}</Td>
                  <Td><RetryDelivery id={row.id} uncertain={row.status === "UNCERTAIN"} /></Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={page.list.page} pages={page.list.pages} total={page.list.total} params={search} basePath="/admin/channels/deliveries" />
      </Card>
    </div>
  );
}
