import { getLocale, getTranslations } from "next-intl/server";
import { EditionChanges } from "@/components/briefings/edition-changes";
import { EditionForm } from "@/components/briefings/edition-form";
import { DocumentLinksBar } from "@/components/documents/document-links";
import { DocumentView } from "@/components/documents/document-view";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { getEdition } from "@/lib/briefings/queries";
import { weekLabel } from "@/lib/dates/week-label";
import { formatIsoWeek } from "@/lib/dates/zone-time";
import { briefingDocument, briefingTitle } from "@/lib/documents/briefing";
import { issueLabel } from "@/lib/documents/numbering";
import { pdfAvailability } from "@/lib/documents/pdf";
import { documentLinks } from "@/lib/documents/registry";
import { formatDateTime } from "@/lib/format";

export default async function EditionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("briefingEdition.read");
  const { id } = await params;
  const [t, locale, edition] = await Promise.all([getTranslations("briefings.edition"), getLocale(), orNotFound(getEdition(user, id))]);
  const issued = edition.status === "ISSUED";
  const doc = briefingDocument(edition.briefing, { ...edition, seq: issued ? edition.seq : null }, edition.settings);
  const heading = issued ? t("editionTitle", { name: edition.settings.briefingName, issue: `${edition.year}年${issueLabel(edition.seq)}` }) : t("draftOf", { week: weekLabel(edition.week, locale, { year: true }) });
  return (
    <div className="space-y-4">
      <PageHeader
        title={heading}
        description={issued ? t("frozenNote", { at: formatDateTime(edition.issuedAt, locale, user.timeZone) }) : t("liveNote")}
        actions={<ButtonLink href="/briefings/editions">{t("listTitle")}</ButtonLink>}
      />
      <DocumentLinksBar links={documentLinks("briefing", edition.id)} pdf={pdfAvailability()} />
      {edition.changes && (
        <Card title={t("changesTitle")}>
          <EditionChanges changes={edition.changes} />
          <p className="mt-2 text-xs text-slate-500">{t("changesHint")}</p>
          <ButtonLink href={`/briefings?week=${formatIsoWeek(edition.week)}`} className="mt-2">{t("live")}</ButtonLink>
        </Card>
      )}
      <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="overflow-x-auto rounded-lg bg-slate-100 py-4" data-testid="edition-document">
          <DocumentView doc={doc} />
        </div>
        {edition.canManage && (
          <Card>
            <EditionForm
              id={edition.id}
              defaultTitle={briefingTitle(edition.briefing)}
              values={{ title: edition.title, summary: edition.summary, praise: edition.praise, criticism: edition.criticism, requirements: edition.requirements, reportTo: edition.reportTo.join("、"), sendTo: edition.sendTo.join("、") }}
            />
          </Card>
        )}
      </div>
    </div>
  );
}
