import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { FilterForm, FilterSelect, FilterText } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { pageUser } from "@/lib/auth/guard";
import { listUnitsForAdmin } from "@/lib/org/queries";
import { UNIT_KINDS } from "@/lib/org/schema";
import { listParks } from "@/lib/plan/queries";

type Search = { q?: string; park?: string; kind?: string; page?: string; saved?: string };

export default async function AdminUnitsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await pageUser("unit.manage");
  const search = await searchParams;
  const [t, units, parks] = await Promise.all([
    getTranslations(),
    listUnitsForAdmin(user, { q: search.q?.trim() || undefined, parkId: search.park, kind: UNIT_KINDS.includes(search.kind as never) ? search.kind : undefined, page: search.page }),
    listParks(user),
  ]);
  const { saved: _saved, ...params } = search;
  return (
    <div>
      <PageHeader title={t("admin.unitsTitle")} description={t("admin.unitsDescription")} actions={<ButtonLink href="/admin/units/new" variant="primary">{t("admin.newUnit")}</ButtonLink>} />
      <FilterForm action="/admin/units">
        <FilterText name="q" label={t("common.search")} value={search.q} />
        <FilterSelect name="park" label={t("admin.park")} value={search.park} allLabel={t("common.all")} options={parks.map((park) => ({ value: park.id, label: park.shortName }))} />
        <FilterSelect name="kind" label={t("admin.unitKind")} value={search.kind} allLabel={t("common.all")} options={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`enums.UnitKind.${kind}`) }))} />
      </FilterForm>
      <Card>
        <Table caption={t("admin.unitsTitle")}>
          <thead>
            <tr>
              <Th>{t("admin.unitCode")}</Th>
              <Th>{t("admin.unitName")}</Th>
              <Th>{t("admin.unitKind")}</Th>
              <Th>{t("admin.park")}</Th>
              <Th className="text-right">{t("admin.users")}</Th>
              <Th>{t("common.status")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {units.items.map((unit) => (
              <tr key={unit.id} className="hover:bg-slate-50" data-testid="admin-unit-row">
                <Td className="font-mono text-xs">{unit.code}</Td>
                <Td>
                  <Link href={`/admin/units/${unit.id}`} className="font-medium text-slate-800 hover:text-brand-700">{unit.name}</Link>
                  {unit.isMember && <Badge tone="brand" className="ml-2">{t("admin.isMember")}</Badge>}
                </Td>
                <Td className="whitespace-nowrap">{t(`enums.UnitKind.${unit.kind}`)}</Td>
                <Td className="whitespace-nowrap">{unit.park?.shortName ?? "—"}</Td>
                <Td className="text-right tabular-nums">{unit.userCount}</Td>
                <Td>{unit.active ? <Badge tone="green">{t("admin.statusActive")}</Badge> : <Badge>{t("admin.statusInactive")}</Badge>}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
        <Pagination page={units.page} pages={units.pages} total={units.total} params={params} basePath="/admin/units" />
      </Card>
    </div>
  );
}
