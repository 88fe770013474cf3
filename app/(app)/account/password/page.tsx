import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("changePassword") };
}

export default async function ChangePasswordPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  await pageUser("account.password");
  const [t, { changed }] = await Promise.all([getTranslations("auth"), searchParams]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("changePassword")} description={t("changePasswordDescription")} />
      <Card>
        <ChangePasswordForm changed={changed === "1"} />
      </Card>
    </div>
  );
}
