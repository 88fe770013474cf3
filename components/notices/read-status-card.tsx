import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import { translateKey } from "@/lib/i18n/keys";
import type { NoticeReadStatus } from "@/lib/notices/read-status";

const DELIVERY_TONE = { PENDING: "gray", SENDING: "gray", SENT: "blue", DELIVERED: "green", FAILED: "orange", DEAD: "red", UNCERTAIN: "orange" } as const;

/** Per person of the notice's unit: read or not (with the time), and each channel's delivery. */
export async function ReadStatusCard({ status, timeZone }: { status: NoticeReadStatus; timeZone: string }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <Card title={t("reminders.readStatus.title")} actions={<span className="text-sm text-slate-600" data-testid="read-summary">{t("reminders.readStatus.summary", { read: status.read, total: status.total })}</span>}>
      <p className="mb-2 text-xs text-slate-500">{t("reminders.readStatus.hint")}</p>
      <Table>
        <thead>
          <tr>
            <Th>{t("reminders.readStatus.person")}</Th>
            <Th>{t("reminders.readStatus.role")}</Th>
            <Th>{t("reminders.readStatus.read")}</Th>
            <Th>{t("reminders.readStatus.delivery")}</Th>
          </tr>
        </thead>
        <tbody data-testid="read-status">
          {status.rows.map((row) => (
            <tr key={row.userId} data-read={row.firstReadAt ? "yes" : "no"}>
              <Td>{row.name}</Td>
              <Td>{row.roles.map((role) => translateKey(t, `reminders.readStatus.roles.${role}`)).join("、")}</Td>
              <Td>
                {row.firstReadAt ? (
                  <Badge tone="green">{t("reminders.readStatus.readAt", { time: formatDateTime(row.firstReadAt, locale, timeZone) })}</Badge>
                ) : (
                  <Badge tone="orange">{t("reminders.readStatus.unread")}</Badge>
                )}
              </Td>
              <Td>
                {row.deliveries.length === 0 ? (
                  <span className="text-xs text-slate-500">{t("reminders.readStatus.none")}</span>
                ) : (
                  <span className="flex flex-wrap gap-1">
                    {row.deliveries.map((delivery) => (
                      <Badge key={delivery.channelKind} tone={DELIVERY_TONE[delivery.status]}>
                        {translateKey(t, `reminders.readStatus.channels.${delivery.channelKind}`)} {translateKey(t, `reminders.readStatus.status.${delivery.status}`)}
                      </Badge>
                    ))}
                  </span>
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
