import { getTranslations } from "next-intl/server";
import { SupervisionTabs } from "@/components/supervision/supervision-tabs";
import { pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { ClientMessages } from "@/lib/i18n/client-messages";

export default async function SupervisionLayout({ children }: { children: React.ReactNode }) {
  // A reporter reads its own unit's inspections (e.g. from a rectification notice); each page checks its own permission.
  const user = await pageUser("inspection.read");
  const t = await getTranslations("supervision.tabs");
  const tabs = [
    { href: "/supervision/inspections", label: t("inspections"), permission: "inspection.read" as const },
    { href: "/supervision/meetings", label: t("meetings"), permission: "meeting.read" as const },
    { href: "/supervision/monthly", label: t("monthly"), permission: "monthlyReport.read" as const },
  ].filter((tab) => can(user, tab.permission));
  return (
    <ClientMessages namespaces={["common", "enums", "errors", "files", "reports", "supervision"]}>
      <div>
        <SupervisionTabs tabs={tabs.map(({ href, label }) => ({ href, label }))} />
        {children}
      </div>
    </ClientMessages>
  );
}
