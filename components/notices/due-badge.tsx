import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { isUnanswered, type NoticeStatus } from "@/lib/notices/workflow";

/** The response countdown of a notice still waiting for an answer. */
export async function DueBadge({ status, daysLeft }: { status: NoticeStatus; daysLeft: number }) {
  const t = await getTranslations("notices");
  if (!isUnanswered(status)) return null;
  if (daysLeft < 0) return <Badge tone="red">{t("overdue", { days: -daysLeft })}</Badge>;
  if (daysLeft === 0) return <Badge tone="orange">{t("dueToday")}</Badge>;
  return <Badge tone={daysLeft <= 3 ? "yellow" : "gray"}>{t("dueIn", { days: daysLeft })}</Badge>;
}
