import { getLocale, getTranslations } from "next-intl/server";
import { LevelTabs } from "@/components/warnings/level-tabs";
import { WarningTable } from "@/components/warnings/warning-table";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format";
import { warningTitle } from "@/lib/warnings/describe";
import { listWarnings, parseWarningFilters, warningFilterOptions } from "@/lib/warnings/queries";
import { WARNING_KINDS } from "@/lib/warnings/rules";

type Search = Record<"level" | "status" | "park" | "unit" | "task" | "kind" | "page", string | undefined>;

export async function generateMetadata() {
  return { title: (await getTranslations("warnings"))("inboxTitle") };
}

export default async function WarningInboxPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await pageUser("warning.read");
  const search = await searchParams;
  const filters = parseWarningFilters(search);
  const [t, locale, inbox, options] = await Promise.all([getTranslations(), getLocale(), listWarnings(user, filters), warningFilterOptions(user)]);
  const canManage = can(user, "warning.manage");
  const rows = inbox.page.items.map((row) => ({
    id: row.id,
    title: warningTitle(t, row.kind, row.level, row.evidence),
    level: row.level,
    kind: row.kind,
    status: row.status,
    unitName: row.unit.name,
    itemCode: row.workItem?.code ?? null,
    firstSeen: formatDateTime(row.firstSeenAt, locale, user.timeZone),
    resolvedReason: row.resolvedReason,
  }));
  return (
    <div>
      <PageHeader
        title={t("warnings.inboxTitle")}
        description={t("warnings.inboxDescription")}
        actions={
          canManage && (
            <>
              <ButtonLink href="/warnings/runs">{t("warnings.run.title")}</ButtonLink>
              {can(user, "warningRule.manage") && <ButtonLink href="/warnings/rules">{t("warnings.rulesTitle")}</ButtonLink>}
              <ButtonLink href="/notices" variant="primary">{t("notices.ledgerTitle")}</ButtonLink>
            </>
          )
        }
      />
      <LevelTabs counts={inbox.byLevel} current={filters.level} params={search} />
      <FilterForm action="/warnings">
        {filters.level && <input type="hidden" name="level" value={filters.level} />}
        {options.parks.length > 0 && user.role !== "REPORTER" && (
          <FilterSelect name="park" label={t("warnings.park")} value={search.park} allLabel={t("common.all")} options={options.parks.map((park) => ({ value: park.id, label: park.name }))} />
        )}
        {user.role !== "REPORTER" && (
          <FilterSelect name="unit" label={t("warnings.unit")} value={search.unit} allLabel={t("common.all")} options={options.units.map((unit) => ({ value: unit.id, label: unit.name }))} />
        )}
        <FilterSelect name="task" label={t("warnings.task")} value={search.task} allLabel={t("common.all")} options={options.tasks.map((task) => ({ value: task.code, label: `${task.code}. ${task.title}` }))} />
        <FilterSelect name="kind" label={t("warnings.kind")} value={search.kind} allLabel={t("common.all")} options={WARNING_KINDS.map((kind) => ({ value: kind, label: t(`enums.WarningKind.${kind}`) }))} />
        <FilterSelect
          name="status"
          label={t("warnings.status")}
          value={filters.status === "active" ? undefined : filters.status}
          allLabel={t("warnings.activeOnly")}
          options={[
            ...(["OPEN", "ACKNOWLEDGED", "RESOLVED"] as const).map((status) => ({ value: status, label: t(`enums.WarningStatus.${status}`) })),
            { value: "all", label: t("common.all") },
          ]}
        />
      </FilterForm>
      <Card>
        {rows.length === 0 ? <EmptyState title={t("warnings.noWarnings")} /> : <WarningTable rows={rows} canManage={canManage} />}
        <Pagination page={inbox.page.page} pages={inbox.page.pages} total={inbox.page.total} params={search} basePath="/warnings" />
      </Card>
    </div>
  );
}
