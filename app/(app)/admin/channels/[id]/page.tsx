import { getTranslations } from "next-intl/server";
import { ChannelForm } from "@/components/delivery/channel-forms";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { deleteChannel } from "@/lib/delivery/actions";
import { getChannel } from "@/lib/delivery/queries";
import { listUnitOptions } from "@/lib/org/queries";

export default async function EditChannelPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("channel.manage");
  const { id } = await params;
  const [t, channel, units] = await Promise.all([getTranslations("delivery"), orNotFound(getChannel(user, id)), listUnitOptions(user)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("form.editTitle", { name: channel.name })} description={`${t(`kinds.${channel.kind}`)} · ${t("secretsNote")}`} actions={<ButtonLink href="/admin/channels">{t("form.back")}</ButtonLink>} />
      <Card>
        <ChannelForm kind={channel.kind} channel={channel} units={units} />
      </Card>
      <Card>
        <ConfirmAction action={deleteChannel} fields={{ id: channel.id }} label={t("form.delete")} confirm={t("form.confirmDelete")} variant="danger" redirectTo="/admin/channels" testId="delete-channel" />
      </Card>
    </div>
  );
}
