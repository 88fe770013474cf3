import { getTranslations } from "next-intl/server";
import type { DeliveryCounts } from "@/lib/delivery/queries";

/** A channel's delivery counts of the window, as small labelled figures (条). */
export async function DeliveryCountsLine({ counts }: { counts: DeliveryCounts }) {
  const t = await getTranslations("delivery.counts");
  const parts: { key: keyof DeliveryCounts; tone: string }[] = [
    { key: "sent", tone: "text-green-700" },
    { key: "failed", tone: "text-orange-700" },
    { key: "dead", tone: "text-red-700" },
    { key: "pending", tone: "text-slate-600" },
    { key: "uncertain", tone: "text-amber-700" },
  ];
  return (
    <span className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs" data-testid="delivery-counts">
      {parts
        .filter((part) => part.key === "sent" || part.key === "dead" || counts[part.key] > 0)
        .map((part) => (
          <span key={part.key} className={part.tone} data-count={part.key}>
            {t(part.key)} {counts[part.key]}
          </span>
        ))}
    </span>
  );
}
