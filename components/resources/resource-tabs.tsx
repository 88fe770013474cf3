import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";

const TABS = [
  { key: "overview", href: "/resources" },
  { key: "designations", href: "/resources/designations" },
  { key: "funds", href: "/resources/funds" },
  { key: "land", href: "/resources/land" },
  { key: "planning", href: "/resources/planning" },
  { key: "visits", href: "/resources/visits" },
] as const;

export type ResourceTab = (typeof TABS)[number]["key"];

/** The sections of resources and approvals. */
export async function ResourceTabs({ active }: { active: ResourceTab }) {
  const t = await getTranslations("resources.tabs");
  return (
    <nav className="no-print -mx-1 mb-4 flex gap-1 overflow-x-auto border-b border-slate-200" aria-label={t("overview")}>
      {TABS.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === active ? "page" : undefined}
          className={cn("whitespace-nowrap border-b-2 px-3 py-2 text-sm", tab.key === active ? "border-brand-600 font-medium text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900")}
        >
          {t(tab.key)}
        </Link>
      ))}
    </nav>
  );
}
