"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { formatDuration } from "@/lib/format";
import { deadlineCountdown } from "@/lib/reports/week";
import { cn } from "@/components/ui/cn";

/** Time left until the week's deadline, ticking; after it, how late a submission would be. */
export function DeadlineCountdown({ deadline, deadlineText, submitted, firstSubmittedText }: {
  deadline: string;
  deadlineText: string;
  submitted: boolean;
  /** Set when a returned report was submitted before: its timeliness is already recorded. */
  firstSubmittedText: string | null;
}) {
  const t = useTranslations("reports.countdown");
  const locale = useLocale();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const { minutesLeft, minutesLate } = deadlineCountdown(now, new Date(deadline));
  const tone = submitted || firstSubmittedText ? "border-green-200 bg-green-50 text-green-800" : minutesLate > 0 ? "border-red-200 bg-red-50 text-red-800" : minutesLeft < 24 * 60 ? "border-amber-200 bg-amber-50 text-amber-900" : "border-slate-200 bg-white text-slate-700";
  return (
    <div className={cn("rounded-lg border px-4 py-3 text-sm", tone)} data-testid="deadline-countdown">
      <div className="font-medium">{t("deadline", { deadline: deadlineText })}</div>
      <div className="mt-0.5">
        {submitted ? t("submitted") : firstSubmittedText ? t("firstSubmitted", { at: firstSubmittedText }) : minutesLate > 0 ? t("overdue", { duration: formatDuration(minutesLate, locale) }) : t("left", { duration: formatDuration(minutesLeft, locale) })}
      </div>
    </div>
  );
}
