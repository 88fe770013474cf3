import { getTranslations } from "next-intl/server";
import { EditionList } from "@/components/briefings/edition-list";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listEditions } from "@/lib/briefings/queries";
import { loadSettingsFor } from "@/lib/documents/page-data";

export async function generateMetadata() {
  return { title: (await getTranslations("briefings.edition"))("listTitle") };
}

export default async function EditionsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await pageUser("briefingEdition.read");
  const [t, page, settings] = await Promise.all([getTranslations("briefings.edition"), listEditions(user, (await searchParams).page), loadSettingsFor(user)]);
  return (
    <div>
      <PageHeader title={t("listTitle")} description={t("listDescription")} actions={can(user, "briefing.read") ? <ButtonLink href="/briefings">{t("live")}</ButtonLink> : undefined} />
      <Card title={t("issuedList")}>
        <EditionList page={page} timeZone={user.timeZone} name={settings.briefingName} />
      </Card>
    </div>
  );
}
