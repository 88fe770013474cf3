import { getTranslations } from "next-intl/server";
import { Badge, type Tone } from "@/components/ui/badge";
import type { Rating } from "@/lib/supervision/monthly";

const RATING_TONES: Record<Rating, Tone> = { EXCELLENT: "green", GOOD: "blue", FAIR: "yellow", POOR: "red" };

export async function RatingBadge({ rating }: { rating: Rating }) {
  const t = await getTranslations("enums.InspectionRating");
  return <Badge tone={RATING_TONES[rating]}>{t(rating)}</Badge>;
}
