import { getTranslations } from "next-intl/server";
import { WeightsForm } from "@/components/assessment/weights-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { getWeights } from "@/lib/assessment/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("assessment.settings"))("title") };
}

export default async function AssessmentSettingsPage() {
  const user = await pageUser("assessment.manage");
  const [t, weights] = await Promise.all([getTranslations(), getWeights(user)]);
  return (
    <div>
      <PageHeader title={t("assessment.settings.title")} description={t("assessment.settings.description")} actions={<ButtonLink href="/assessment">{t("common.back")}</ButtonLink>} />
      <Card>
        <WeightsForm weights={weights} />
      </Card>
    </div>
  );
}
