import { getTranslations } from "next-intl/server";
import { UserForm } from "@/components/admin/user-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { ROLES } from "@/lib/auth/permissions";
import { listUnitOptions } from "@/lib/org/queries";

export default async function NewUserPage() {
  const user = await pageUser("user.manage");
  const [t, units] = await Promise.all([getTranslations(), listUnitOptions(user)]);
  return (
    <div>
      <PageHeader title={t("admin.newUser")} actions={<ButtonLink href="/admin/users">{t("common.back")}</ButtonLink>} />
      <Card>
        <UserForm units={units} roles={ROLES.map((role) => ({ value: role, label: t(`enums.Role.${role}`) }))} />
      </Card>
    </div>
  );
}
