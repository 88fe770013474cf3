import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChannelForm } from "@/components/delivery/channel-forms";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { channelKindSchema } from "@/lib/delivery/schema";
import { listUnitOptions } from "@/lib/org/queries";

export default async function NewChannelPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const user = await pageUser("channel.manage");
  const kind = channelKindSchema.safeParse((await searchParams).kind);
  if (!kind.success) notFound();
  const [t, units] = await Promise.all([getTranslations("delivery"), listUnitOptions(user)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("form.newTitle", { kind: t(`kinds.${kind.data}`) })} description={t("secretsNote")} actions={<ButtonLink href="/admin/channels">{t("form.back")}</ButtonLink>} />
      <Card>
        <ChannelForm kind={kind.data} units={units} />
      </Card>
    </div>
  );
}
