import { getTranslations } from "next-intl/server";
import { ActiveToggle } from "@/components/admin/active-toggle";
import { ResetPasswordForm } from "@/components/admin/reset-password-form";
import { UserForm } from "@/components/admin/user-form";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { ROLES } from "@/lib/auth/permissions";
import { setUserActive } from "@/lib/org/actions";
import { getUser, listUnitOptions } from "@/lib/org/queries";

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await pageUser("user.manage");
  const { id } = await params;
  const [t, user, units] = await Promise.all([getTranslations(), orNotFound(getUser(actor, id)), listUnitOptions(actor, { includeInactive: true })]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={`${t("admin.editUser")} · ${user.name}`}
        actions={
          <>
            {user.active ? <Badge tone="green">{t("admin.statusActive")}</Badge> : <Badge>{t("admin.statusInactive")}</Badge>}
            <ButtonLink href="/admin/users">{t("common.back")}</ButtonLink>
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <UserForm user={{ ...user, unitId: user.unit.id }} units={units} roles={ROLES.map((role) => ({ value: role, label: t(`enums.Role.${role}`) }))} />
        </Card>
        <div className="space-y-4">
          <Card title={t("admin.resetPassword")}>
            <ResetPasswordForm userId={user.id} />
          </Card>
          {user.id !== actor.id && (
            <Card title={t("common.status")}>
              <ActiveToggle id={user.id} active={user.active} action={setUserActive} />
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
