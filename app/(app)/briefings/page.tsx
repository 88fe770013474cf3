import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ComposeEdition } from "@/components/briefings/compose-edition";
import { EditionList } from "@/components/briefings/edition-list";
import { BriefingView } from "@/components/dashboard/briefing-view";
import { BriefingExportLink, LedgerExportLink } from "@/components/dashboard/export-links";
import { WeekPicker } from "@/components/dashboard/week-picker";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { editionOfWeek, listEditions } from "@/lib/briefings/queries";
import { defaultBriefingWeek, getWeeklyBriefing } from "@/lib/dashboard/briefing";
import { parseWeekParam } from "@/lib/dashboard/schema";
import { weekLabel } from "@/lib/dates/week-label";
import { addDaysToKey, formatIsoWeek, isoWeekMondayKey } from "@/lib/dates/zone-time";
import { issueLabel } from "@/lib/documents/numbering";
import { loadSettingsFor } from "@/lib/documents/page-data";
import { formatDate, formatDateTime } from "@/lib/format";

export async function generateMetadata() {
  return { title: (await getTranslations("briefings"))("title") };
}

export default async function BriefingPage({ searchParams }: { searchParams: Promise<{ week?: string; page?: string }> }) {
  const user = await pageUser("briefingEdition.read");
  const search = await searchParams;
  // A member unit reads the issued bulletins; the live briefing is the office's and the leaders'.
  if (!can(user, "briefing.read")) {
    const [t, page, settings] = await Promise.all([getTranslations("briefings.edition"), listEditions(user, search.page), loadSettingsFor(user)]);
    return (
      <div>
        <PageHeader title={t("listTitle")} description={t("listDescription")} />
        <Card title={t("issuedList")}>
          <EditionList page={page} timeZone={user.timeZone} name={settings.briefingName} />
        </Card>
      </div>
    );
  }
  const week = parseWeekParam(search.week) ?? (await defaultBriefingWeek(user));
  const [t, locale, briefing, edition] = await Promise.all([getTranslations(), getLocale(), getWeeklyBriefing(user, week), editionOfWeek(user, week)]);
  const monday = isoWeekMondayKey(week);
  return (
    <div>
      <PageHeader
        title={`${t("briefings.title")} · ${weekLabel(week, locale)}`}
        description={t("briefings.weekRange", { week: weekLabel(week, locale, { year: true }), from: formatDate(monday, locale), to: formatDate(addDaysToKey(monday, 6), locale) })}
        actions={
          <>
            {can(user, "briefingEdition.manage") && edition?.status !== "ISSUED" && <ComposeEdition week={formatIsoWeek(week)} />}
            <ButtonLink href={`/print/briefing/${formatIsoWeek(week)}`} target="_blank" data-testid="print-view">{t("briefings.printView")}</ButtonLink>
            <BriefingExportLink week={week} />
            <LedgerExportLink user={user} search={{}} />
            <ButtonLink href="/briefings/editions">{t("briefings.edition.listTitle")}</ButtonLink>
            <ButtonLink href="/briefings/ranking">{t("briefings.ranking.link")}</ButtonLink>
          </>
        }
      />
      {edition && (
        <p role="status" className="mb-4 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900" data-testid="edition-banner">
          {edition.status === "ISSUED" ? t("briefings.edition.issuedBanner", { at: formatDateTime(edition.issuedAt, locale, user.timeZone), issue: issueLabel(edition.seq) }) : t("briefings.edition.draftBanner")}{" "}
          <Link className="font-medium underline" href={`/briefings/editions/${edition.id}`}>
            {edition.status === "ISSUED" ? t("briefings.edition.openEdition", { issue: issueLabel(edition.seq) }) : t("briefings.edition.openDraft")}
          </Link>
        </p>
      )}
      <WeekPicker week={week} basePath="/briefings" />
      <BriefingView briefing={briefing} timeZone={user.timeZone} />
    </div>
  );
}
