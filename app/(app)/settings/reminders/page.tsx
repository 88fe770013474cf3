import { getTranslations } from "next-intl/server";
import { ReminderSettingsForm } from "@/components/reminders/settings-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { getReminderSchedule } from "@/lib/reminders/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("reminders"))("title") };
}

export default async function ReminderSettingsPage() {
  const user = await pageUser("reminders.manage");
  const [t, settings, schedule] = await Promise.all([getTranslations("reminders"), getTranslations("documents.settingsIndex"), getReminderSchedule(user)]);
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} actions={<ButtonLink href="/settings">{settings("title")}</ButtonLink>} />
      <Card>
        <ReminderSettingsForm schedule={schedule} />
      </Card>
    </div>
  );
}
