import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { FilterForm, FilterSelect, FilterText } from "@/components/ui/filter-form";
import { Table, Td, Th } from "@/components/ui/table";
import { pageUser } from "@/lib/auth/guard";
import { UNIT_KINDS } from "@/lib/org/schema";
import { listUnitDirectory } from "@/lib/org/queries";
import { listParks } from "@/lib/plan/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("units"))("title") };
}

export default async function UnitsPage({ searchParams }: { searchParams: Promise<{ park?: string; kind?: string; q?: string }> }) {
  const user = await pageUser("unit.read");
  const search = await searchParams;
  const [t, units, parks] = await Promise.all([getTranslations(), listUnitDirectory(user, { parkId: search.park, kind: search.kind, q: search.q?.trim() || undefined }), listParks(user)]);
  return (
    <div>
      <PageHeader title={t("units.title")} description={t("units.description")} />
      <FilterForm action="/units">
        <FilterText name="q" label={t("common.search")} value={search.q} />
        <FilterSelect name="park" label={t("units.park")} value={search.park} allLabel={t("common.all")} options={parks.map((park) => ({ value: park.id, label: park.shortName }))} />
        <FilterSelect name="kind" label={t("units.kind")} value={search.kind} allLabel={t("common.all")} options={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`enums.UnitKind.${kind}`) }))} />
      </FilterForm>
      <Card>
        {units.length === 0 ? (
          <EmptyState title={t("units.noUnits")} />
        ) : (
          <Table caption={t("units.title")}>
            <thead>
              <tr>
                <Th>{t("units.name")}</Th>
                <Th>{t("units.kind")}</Th>
                <Th>{t("units.park")}</Th>
                <Th className="text-right">{t("units.led")}</Th>
                <Th className="text-right">{t("units.cooperating")}</Th>
                <Th>{t("units.contact")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {units.map((unit) => (
                <tr key={unit.id} className="hover:bg-slate-50" data-testid="unit-row">
                  <Td>
                    <Link href={`/units/${unit.id}`} className="font-medium text-slate-800 hover:text-brand-700">{unit.name}</Link>
                    {unit.isMember && <Badge tone="brand" className="ml-2">{t("units.member")}</Badge>}
                  </Td>
                  <Td className="whitespace-nowrap">{t(`enums.UnitKind.${unit.kind}`)}</Td>
                  <Td className="whitespace-nowrap">{unit.park?.shortName ?? "—"}</Td>
                  <Td className="text-right tabular-nums">{unit.ledCount}</Td>
                  <Td className="text-right tabular-nums">{unit.cooperatingCount}</Td>
                  <Td className="whitespace-nowrap text-xs text-slate-500">{[unit.contactName, unit.contactPhone].filter(Boolean).join(" ") || "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
