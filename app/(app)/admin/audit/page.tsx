import { getLocale, getTranslations } from "next-intl/server";
import { AuditChanges } from "@/components/admin/audit-changes";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { FilterForm, FilterSelect, FilterText } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { auditFilterOptions, listAuditLogs } from "@/lib/audit/queries";
import { pageUser } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format";

type Search = { action?: string; entity?: string; entityId?: string; from?: string; to?: string; page?: string };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await pageUser("audit.read");
  const search = await searchParams;
  const [t, locale, logs, options] = await Promise.all([
    getTranslations(),
    getLocale(),
    listAuditLogs(user, { action: search.action, entityType: search.entity, entityId: search.entityId, from: search.from, to: search.to, page: search.page }, user.timeZone),
    auditFilterOptions(user),
  ]);
  return (
    <div>
      <PageHeader title={t("admin.auditTitle")} description={t("admin.auditDescription")} />
      <FilterForm action="/admin/audit">
        <FilterSelect name="action" label={t("admin.action")} value={search.action} allLabel={t("common.all")} options={options.actions.map((action) => ({ value: action, label: action }))} />
        <FilterSelect name="entity" label={t("admin.entity")} value={search.entity} allLabel={t("common.all")} options={options.entityTypes.map((type) => ({ value: type, label: type }))} />
        <FilterText name="from" type="date" label={t("admin.from")} value={search.from} />
        <FilterText name="to" type="date" label={t("admin.to")} value={search.to} />
      </FilterForm>
      <Card>
        {logs.items.length === 0 ? (
          <EmptyState title={t("admin.noAudit")} />
        ) : (
          <Table caption={t("admin.auditTitle")}>
            <thead>
              <tr>
                <Th>{t("admin.time")}</Th>
                <Th>{t("admin.actor")}</Th>
                <Th>{t("admin.action")}</Th>
                <Th>{t("admin.entity")}</Th>
                <Th>{t("admin.ip")}</Th>
                <Th>{t("audit.changes")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {logs.items.map((row) => (
                <tr key={row.id} data-testid="audit-row">
                  <Td className="whitespace-nowrap text-xs">{formatDateTime(row.createdAt, locale, user.timeZone)}</Td>
                  <Td className="whitespace-nowrap text-xs">{row.actor ? `${row.actor.name}（${row.actor.email}）` : t("admin.system")}</Td>
                  <Td className="font-mono text-xs">{row.action}</Td>
                  <Td className="font-mono text-xs">{row.entityType}{row.entityId ? ` · ${row.entityId}` : ""}</Td>
                  <Td className="whitespace-nowrap font-mono text-xs" data-testid="audit-ip">{row.ip ?? "—"}</Td>
                  <Td><AuditChanges changes={row.changes} before={row.before} after={row.after} /></Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={logs.page} pages={logs.pages} total={logs.total} params={search} basePath="/admin/audit" />
      </Card>
    </div>
  );
}
