import { getLocale, getTranslations } from "next-intl/server";
import { DeliveryCountsLine } from "@/components/delivery/delivery-counts";
import { TestMessageForm } from "@/components/delivery/channel-forms";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { pageUser } from "@/lib/auth/guard";
import { CHANNEL_KINDS, CHANNELS } from "@/lib/delivery/channels";
import { getChannelsPage, type ChannelRow } from "@/lib/delivery/queries";
import { formatDateTime } from "@/lib/format";

export async function generateMetadata() {
  return { title: (await getTranslations("delivery"))("title") };
}

export default async function ChannelsPage() {
  const user = await pageUser("channel.manage");
  const [t, locale, page] = await Promise.all([getTranslations("delivery"), getLocale(), getChannelsPage(user)]);
  const lastTest = (test: ChannelRow["lastTest"]) =>
    test && (
      <p className="mt-1 text-xs text-slate-500" data-testid="last-test">
        {t("test.last")}
        <Badge tone={test.status === "SENT" || test.status === "DELIVERED" ? "green" : test.status === "DEAD" ? "red" : "gray"}>{t(`deliveries.statuses.${test.status}`)}</Badge> {formatDateTime(test.createdAt, locale, user.timeZone)}
        {test.lastError && <span className="ml-1 text-red-700">{test.lastError}</span>}
      </p>
    );
  const secretState = (channel: ChannelRow) => {
    if (channel.secretsSet === null) return <Badge tone="red">{t("secret.unreadable")}</Badge>;
    return channel.secretsSet.length > 0 ? <Badge tone="green">{t("secret.set")}</Badge> : <Badge tone="gray">{t("secret.notSet")}</Badge>;
  };
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={t("description")} actions={<ButtonLink href="/admin/channels/deliveries">{t("deliveriesLink")}</ButtonLink>} />
      <p className="text-sm text-slate-600">
        {t("secretsNote")} <span data-testid="key-source">{t(`keySource.${page.keySource}`)}</span>
      </p>

      {page.environmentEmail && (
        <Card title={t("env.title")}>
          <div data-testid="environment-email" data-effective={page.environmentEmail.effective}>
            <p className={page.environmentEmail.effective ? "text-sm font-medium text-green-800" : "text-sm text-slate-500"}>{page.environmentEmail.effective ? t("env.effective") : t("env.overridden")}</p>
            <ul className="mt-2 space-y-0.5 text-sm text-slate-700">
              <li>{t("env.server", { host: page.environmentEmail.host, port: page.environmentEmail.port })}</li>
              {page.environmentEmail.user && <li>{t("env.user", { user: page.environmentEmail.user })}</li>}
              <li>{t("env.from", { from: page.environmentEmail.from })}</li>
              <li>{t("env.password", { state: page.environmentEmail.passwordSet ? t("secret.set") : t("secret.notSet") })}</li>
            </ul>
            <div className="mt-2"><DeliveryCountsLine counts={page.environmentEmail.counts} /></div>
            {page.environmentEmail.effective && (
              <div className="mt-3">
                <TestMessageForm channelId={null} kind="EMAIL" perRecipient />
                {lastTest(page.environmentEmail.lastTest)}
              </div>
            )}
          </div>
        </Card>
      )}

      <Card
        title={t("list.title")}
        actions={
          <div className="flex flex-wrap gap-2" data-testid="add-channel">
            {CHANNEL_KINDS.map((kind) => (
              <ButtonLink key={kind} href={`/admin/channels/new?kind=${kind}`}>+ {t(`kinds.${kind}`)}</ButtonLink>
            ))}
          </div>
        }
      >
        {page.channels.length === 0 ? (
          <EmptyState title={t("list.empty")} />
        ) : (
          <Table caption={t("list.title")}>
            <thead>
              <tr>
                <Th>{t("list.name")}</Th>
                <Th>{t("list.state")}</Th>
                <Th>{t("list.scope")}</Th>
                <Th>{t("list.secrets")}</Th>
                <Th>{t("list.counts", { days: page.days })}</Th>
                <Th>{t("list.actions")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.channels.map((channel) => (
                <tr key={channel.id} data-testid="channel-row" data-name={channel.name}>
                  <Td>
                    <div className="font-medium text-slate-800">{channel.name}</div>
                    <div className="text-xs text-slate-500">{t(`kinds.${channel.kind}`)} · {t("list.rate", { rate: channel.ratePerMinute })}</div>
                  </Td>
                  <Td><Badge tone={channel.enabled ? "green" : "gray"}>{channel.enabled ? t("list.enabled") : t("list.disabled")}</Badge></Td>
                  <Td className="text-xs">{channel.unitIds.length === 0 ? t("list.allUnits") : t("list.someUnits", { count: channel.unitIds.length })}</Td>
                  <Td data-testid="channel-secrets">{secretState(channel)}</Td>
                  <Td><DeliveryCountsLine counts={channel.counts} /></Td>
                  <Td>
                    <div className="flex flex-col gap-2">
                      <ButtonLink href={`/admin/channels/${channel.id}`} className="self-start px-2 py-1 text-xs">{t("list.edit")}</ButtonLink>
                      {channel.enabled && <TestMessageForm channelId={channel.id} kind={channel.kind} perRecipient={CHANNELS[channel.kind].perRecipient} />}
                      {lastTest(channel.lastTest)}
                    </div>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
