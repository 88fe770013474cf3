import { getTranslations } from "next-intl/server";
import { DocumentSettingsForm } from "@/components/documents/settings-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { getDocumentSettingsForm } from "@/lib/documents/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("documents.settings"))("title") };
}

export default async function DocumentSettingsPage() {
  const user = await pageUser("documentSettings.manage");
  const [t, form] = await Promise.all([getTranslations("documents.settings"), getDocumentSettingsForm(user)]);
  return (
    <div>
      <PageHeader title={t("title")} description={t("description", { office: form.officeName })} actions={<ButtonLink href="/settings">{(await getTranslations("documents.settingsIndex"))("title")}</ButtonLink>} />
      <Card>
        <DocumentSettingsForm
          officeName={form.officeName}
          values={{ ...form.stored, copyTo: form.stored.copyTo.join("、"), briefingReportTo: form.stored.briefingReportTo.join("、"), briefingSendTo: form.stored.briefingSendTo.join("、") }}
        />
      </Card>
    </div>
  );
}
