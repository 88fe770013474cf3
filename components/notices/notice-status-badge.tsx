import { getTranslations } from "next-intl/server";
import { Badge, type Tone } from "@/components/ui/badge";
import type { NoticeStatus } from "@/lib/notices/workflow";

const tones: Record<NoticeStatus, Tone> = {
  ISSUED: "red",
  SIGNED: "orange",
  IN_PROGRESS: "yellow",
  RESPONDED: "blue",
  REVIEWED: "brand",
  RETURNED: "orange",
  CLOSED: "green",
};

export async function NoticeStatusBadge({ status }: { status: NoticeStatus }) {
  const t = await getTranslations("enums.NoticeStatus");
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
