import { getLocale, getTranslations } from "next-intl/server";
import { BriefingView } from "@/components/dashboard/briefing-view";
import { PrintPageStyle } from "@/components/dashboard/print";
import { PrintButton } from "@/components/notices/print-button";
import { pageUser } from "@/lib/auth/guard";
import { defaultBriefingWeek, getWeeklyBriefing } from "@/lib/dashboard/briefing";
import { parseWeekParam } from "@/lib/dashboard/schema";
import { addDaysToKey, formatIsoWeek, isoWeekMondayKey } from "@/lib/dates/zone-time";
import { formatDate, formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { cspNonce } from "@/lib/security/nonce";

export async function generateMetadata() {
  return { title: (await getTranslations("briefings"))("title") };
}

export default async function BriefingPrintPage({ searchParams }: { searchParams: Promise<{ week?: string }> }) {
  const user = await pageUser("briefing.read");
  const week = parseWeekParam((await searchParams).week) ?? (await defaultBriefingWeek(user));
  const [t, locale, briefing, nonce] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>, getWeeklyBriefing(user, week), cspNonce()]);
  const monday = isoWeekMondayKey(week);
  const range = t("briefings.weekRange", { week: formatIsoWeek(week), from: formatDate(monday, locale), to: formatDate(addDaysToKey(monday, 6), locale) });
  const heading = `${user.zoneName} · ${t("briefings.title")} · ${formatIsoWeek(week)}`;
  return (
    <article className="mx-auto w-full max-w-[210mm] bg-white px-[16mm] py-[14mm] shadow print:max-w-none print:p-0 print:shadow-none" data-testid="briefing-print">
      <PrintPageStyle header={heading} footer={t("briefings.print.footer", { time: formatDateTime(new Date(), locale, user.timeZone) })} pageLabel={t("briefings.print.page")} nonce={nonce} />
      <div className="no-print mb-4 flex justify-end">
        <PrintButton />
      </div>
      <header className="mb-6 border-b-2 border-red-700 pb-3 text-center">
        <div className="text-sm tracking-widest text-red-700">{user.zoneName}</div>
        <h1 className="mt-1 text-2xl font-bold text-slate-900">{t("briefings.print.title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{range}</p>
      </header>
      <BriefingView briefing={briefing} timeZone={user.timeZone} paper />
    </article>
  );
}
