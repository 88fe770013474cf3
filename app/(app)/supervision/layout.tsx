import { getTranslations } from "next-intl/server";
import { SupervisionTabs } from "@/components/supervision/supervision-tabs";
import { pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";

export default async function SupervisionLayout({ children }: { children: React.ReactNode }) {
  const user = await pageUser("monthlyReport.read");
  const t = await getTranslations("supervision.tabs");
  const tabs = [
    { href: "/supervision/inspections", label: t("inspections"), permission: "inspection.read" as const },
    { href: "/supervision/meetings", label: t("meetings"), permission: "meeting.read" as const },
    { href: "/supervision/monthly", label: t("monthly"), permission: "monthlyReport.read" as const },
  ].filter((tab) => can(user, tab.permission));
  return (
    <div>
      <SupervisionTabs tabs={tabs.map(({ href, label }) => ({ href, label }))} />
      {children}
    </div>
  );
}
