import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

const tones = { RUNNING: "blue", SUCCEEDED: "green", FAILED: "red" } as const;

export async function RunStatusBadge({ status }: { status: keyof typeof tones }) {
  const t = await getTranslations("warnings.run");
  return <Badge tone={tones[status]}>{t(`statuses.${status}`)}</Badge>;
}
