import Link from "next/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { can, type Permission } from "@/lib/auth/permissions";

/** The zone's settings pages, each a section of its own. */
const SECTIONS = [
  { href: "/settings/calendar", title: "calendar.sections.calendar", hint: "calendar.sections.calendarHint", permission: "settings.manage" },
  { href: "/settings/reminders", title: "reminders.title", hint: "reminders.sectionHint", permission: "reminders.manage" },
  { href: "/settings/documents", title: "documents.hub.settings", hint: "documents.hub.settingsHint", permission: "documentSettings.manage" },
] as const satisfies readonly { href: string; title: string; hint: string; permission: Permission }[];

export async function generateMetadata() {
  return { title: (await getTranslations("documents.settingsIndex"))("title") };
}

export default async function SettingsPage() {
  const user = await pageUser();
  const t = await getTranslations();
  const sections = SECTIONS.filter((section) => can(user, section.permission));
  if (sections.length === 0) forbidden();
  return (
    <div>
      <PageHeader title={t("documents.settingsIndex.title")} description={t("documents.settingsIndex.description")} />
      <div className="grid gap-4 sm:grid-cols-2" data-testid="settings-sections">
        {sections.map((section) => (
          <Card key={section.href}>
            <Link href={section.href} className="text-base font-semibold text-brand-700 hover:underline">{t(section.title)}</Link>
            <p className="mt-1 text-sm text-slate-600">{t(section.hint)}</p>
          </Card>
        ))}
      </div>
    </div>
  );
}
