import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { can, type Permission } from "@/lib/auth/permissions";
import { documentLinks } from "@/lib/documents/registry";

/** The office's documents in one place: what it sends, and where each one is made. */
const ENTRIES = [
  { href: documentLinks("plan").print, title: "taskList", hint: "taskListHint", permission: "plan.manage" },
  { href: "/documents/status-reports", title: "statusReports", hint: "statusReportsHint", permission: "statusReport.read" },
  { href: "/briefings/editions", title: "briefings", hint: "briefingsHint", permission: "briefingEdition.read" },
  { href: "/supervision/monthly", title: "monthly", hint: "monthlyHint", permission: "monthlyReport.read" },
  { href: "/briefings/ranking", title: "ranking", hint: "rankingHint", permission: "assessment.read" },
  { href: "/settings/documents", title: "settings", hint: "settingsHint", permission: "documentSettings.manage" },
] as const satisfies readonly { href: string; title: string; hint: string; permission: Permission }[];

export async function generateMetadata() {
  return { title: (await getTranslations("documents"))("title") };
}

export default async function DocumentsPage() {
  const user = await pageUser("statusReport.read");
  const t = await getTranslations("documents");
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {ENTRIES.filter((entry) => can(user, entry.permission)).map((entry) => (
          <Card key={entry.href}>
            <Link href={entry.href} className="text-base font-semibold text-brand-700 hover:underline" data-testid={`documents-${entry.title}`}>{t(`hub.${entry.title}`)}</Link>
            <p className="mt-1 text-sm text-slate-600">{t(`hub.${entry.hint}`)}</p>
          </Card>
        ))}
      </div>
    </div>
  );
}
