import { getTranslations } from "next-intl/server";
import { Badge, type Tone } from "@/components/ui/badge";
import type { BoardStatus } from "@/lib/reports/workflow";

export const BOARD_TONES: Record<BoardStatus, Tone> = {
  NOT_STARTED: "gray",
  DRAFT: "yellow",
  ON_TIME: "green",
  LATE: "orange",
  RETURNED: "red",
  ACCEPTED: "blue",
  EXCUSED: "gray",
};

export async function ReportStatusBadge({ status }: { status: BoardStatus }) {
  const t = await getTranslations("reports");
  return (
    <Badge tone={BOARD_TONES[status]} className="status-badge">
      {t(`board.status.${status}`)}
    </Badge>
  );
}
