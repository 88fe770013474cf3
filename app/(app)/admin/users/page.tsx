import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { FilterForm, FilterSelect, FilterText } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { pageUser } from "@/lib/auth/guard";
import { ROLES } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format";
import { listUnitOptions, listUsers } from "@/lib/org/queries";

type Search = { q?: string; role?: string; unit?: string; status?: string; page?: string; saved?: string };

export async function generateMetadata() {
  return { title: (await getTranslations("admin"))("usersTitle") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await pageUser("user.manage");
  const search = await searchParams;
  const status = search.status === "active" || search.status === "inactive" ? search.status : undefined;
  const [t, locale, users, units] = await Promise.all([
    getTranslations(),
    getLocale(),
    listUsers(user, { q: search.q?.trim() || undefined, role: ROLES.includes(search.role as never) ? search.role : undefined, unitId: search.unit, status, page: search.page }),
    listUnitOptions(user, { includeInactive: true }),
  ]);
  const { saved: _saved, ...params } = search;
  return (
    <div>
      <PageHeader title={t("admin.usersTitle")} description={t("admin.usersDescription")} actions={<ButtonLink href="/admin/users/new" variant="primary">{t("admin.newUser")}</ButtonLink>} />
      <FilterForm action="/admin/users">
        <FilterText name="q" label={t("common.search")} value={search.q} placeholder={t("admin.searchUsers")} />
        <FilterSelect name="role" label={t("admin.role")} value={search.role} allLabel={t("common.all")} options={ROLES.map((role) => ({ value: role, label: t(`enums.Role.${role}`) }))} />
        <FilterSelect name="unit" label={t("admin.unit")} value={search.unit} allLabel={t("common.all")} options={units.map((unit) => ({ value: unit.id, label: unit.name }))} />
        <FilterSelect name="status" label={t("common.status")} value={status} allLabel={t("common.all")} options={[{ value: "active", label: t("admin.statusActive") }, { value: "inactive", label: t("admin.statusInactive") }]} />
      </FilterForm>
      <Card>
        {users.items.length === 0 ? (
          <EmptyState title={t("admin.noUsers")} />
        ) : (
          <Table caption={t("admin.usersTitle")}>
            <thead>
              <tr>
                <Th>{t("admin.name")}</Th>
                <Th>{t("admin.email")}</Th>
                <Th>{t("admin.role")}</Th>
                <Th>{t("admin.unit")}</Th>
                <Th>{t("common.status")}</Th>
                <Th>{t("admin.lastLogin")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {users.items.map((row) => (
                <tr key={row.id} className="hover:bg-slate-50" data-testid="user-row">
                  <Td>
                    <Link href={`/admin/users/${row.id}`} className="font-medium text-slate-800 hover:text-brand-700">{row.name}</Link>
                    {row.title && <div className="text-xs text-slate-500">{row.title}</div>}
                  </Td>
                  <Td className="font-mono text-xs">{row.email}</Td>
                  <Td className="whitespace-nowrap">{t(`enums.Role.${row.role}`)}</Td>
                  <Td>{row.unit.name}</Td>
                  <Td>{row.active ? <Badge tone="green">{t("admin.statusActive")}</Badge> : <Badge>{t("admin.statusInactive")}</Badge>}</Td>
                  <Td className="whitespace-nowrap text-xs text-slate-500">{row.lastLoginAt ? formatDateTime(row.lastLoginAt, locale, user.timeZone) : t("admin.never")}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={users.page} pages={users.pages} total={users.total} params={params} basePath="/admin/users" />
      </Card>
    </div>
  );
}
