import { getLocale, getTranslations } from "next-intl/server";
import { BriefingView } from "@/components/dashboard/briefing-view";
import { BriefingExportLink, LedgerExportLink } from "@/components/dashboard/export-links";
import { WeekPicker } from "@/components/dashboard/week-picker";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { defaultBriefingWeek, getWeeklyBriefing } from "@/lib/dashboard/briefing";
import { parseWeekParam } from "@/lib/dashboard/schema";
import { addDaysToKey, formatIsoWeek, isoWeekMondayKey } from "@/lib/dates/zone-time";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";

export async function generateMetadata() {
  return { title: (await getTranslations("briefings"))("title") };
}

export default async function BriefingPage({ searchParams }: { searchParams: Promise<{ week?: string }> }) {
  const user = await pageUser("briefing.read");
  const week = parseWeekParam((await searchParams).week) ?? (await defaultBriefingWeek(user));
  const [t, locale, briefing] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>, getWeeklyBriefing(user, week)]);
  const monday = isoWeekMondayKey(week);
  return (
    <div>
      <PageHeader
        title={`${t("briefings.title")} · ${formatIsoWeek(week)}`}
        description={t("briefings.weekRange", { week: formatIsoWeek(week), from: formatDate(monday, locale), to: formatDate(addDaysToKey(monday, 6), locale) })}
        actions={
          <>
            <ButtonLink href={`/briefings/print?week=${formatIsoWeek(week)}`} target="_blank" data-testid="print-view">{t("briefings.printView")}</ButtonLink>
            <BriefingExportLink week={week} />
            <LedgerExportLink user={user} search={{}} />
            <ButtonLink href="/briefings/ranking">{t("briefings.ranking.link")}</ButtonLink>
          </>
        }
      />
      <WeekPicker week={week} basePath="/briefings" />
      <BriefingView briefing={briefing} timeZone={user.timeZone} />
    </div>
  );
}
