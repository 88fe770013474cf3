import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("settings") };
}

/** The settings sections, one page each. */
const SECTIONS = [{ href: "/settings/calendar", label: "sections.calendar", hint: "sections.calendarHint" }] as const;

export default async function SettingsPage() {
  await pageUser("settings.manage");
  const t = await getTranslations("calendar");
  return (
    <div className="space-y-4">
      <PageHeader title={t("settingsTitle")} description={t("settingsDescription")} />
      <Card>
        <ul className="divide-y divide-slate-100" data-testid="settings-sections">
          {SECTIONS.map((section) => (
            <li key={section.href} className="py-3">
              <Link href={section.href} className="font-medium text-brand-700 hover:underline">{t(section.label)}</Link>
              <p className="text-sm text-slate-500">{t(section.hint)}</p>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
