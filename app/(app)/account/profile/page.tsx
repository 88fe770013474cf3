import { getTranslations } from "next-intl/server";
import { ProfileForm } from "@/components/delivery/profile-form";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { getProfile } from "@/lib/delivery/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("delivery.profile"))("title") };
}

export default async function ProfilePage() {
  const user = await pageUser("account.profile");
  const [t, profile] = await Promise.all([getTranslations("delivery.profile"), getProfile(user)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <ProfileForm profile={profile} />
      </Card>
    </div>
  );
}
