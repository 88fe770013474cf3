import { getLocale, getTranslations } from "next-intl/server";
import { ImportPanel } from "@/components/plan/import-panel";
import { LatestImport } from "@/components/plan/latest-import";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format";
import { isLocale } from "@/lib/i18n/config";
import { latestPlanImport } from "@/lib/plan/import-job";
import { listPlanLayouts } from "@/lib/plan/plan-export";

export async function generateMetadata() {
  return { title: (await getTranslations("planManage.import"))("title") };
}

export default async function PlanImportPage() {
  const user = await pageUser("plan.manage");
  const [t, locale, layouts, latest] = await Promise.all([getTranslations(), getLocale(), listPlanLayouts(user), latestPlanImport(user)]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("planManage.import.title")}
        description={t("planManage.import.description")}
        actions={
          <>
            <a href="/api/plan/template" className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700" download>
              {t("planManage.import.template")}
            </a>
            <a href="/api/plan/export" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50" download>
              {t("planManage.import.exportCurrent")}
            </a>
            <ButtonLink href="/plan">{t("common.back")}</ButtonLink>
          </>
        }
      />
      <Card>
        <ImportPanel />
      </Card>
      {latest && (
        <Card title={t("planManage.import.latest.title")}>
          <LatestImport
            latest={{
              id: latest.id,
              status: latest.status,
              fileName: latest.fileName,
              createdAt: formatDateTime(latest.createdAt, isLocale(locale) ? locale : "zh-CN", user.timeZone),
              attempt: latest.attempt,
              phase: latest.phase,
              done: latest.done,
              total: latest.total,
              error: latest.error,
              retryable: latest.retryable,
            }}
          />
        </Card>
      )}
      {layouts.length > 0 && (
        <Card title={t("planManage.import.layouts.title")}>
          <p className="mb-2 text-xs text-slate-500">{t("planManage.import.layouts.hint")}</p>
          <ul className="divide-y divide-slate-100 text-sm" data-testid="remembered-layouts">
            {layouts.map((layout) => (
              <li key={layout.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-medium text-slate-800">{layout.title ?? layout.sheetName}</span>
                  <span className="ml-2 text-xs text-slate-500">{layout.sheetName}</span>
                </span>
                <span className="flex gap-3">
                  <a href={`/api/plan/export?layout=${layout.id}`} className="text-brand-700 hover:underline" download>
                    {t("planManage.import.layouts.exportPlan")}
                  </a>
                  <a href={`/api/exports/ledger?layout=${layout.id}`} className="text-brand-700 hover:underline" download>
                    {t("planManage.import.layouts.exportLedger")}
                  </a>
                </span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
