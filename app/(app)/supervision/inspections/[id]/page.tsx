import { getLocale, getTranslations } from "next-intl/server";
import { InspectionForm } from "@/components/supervision/inspection-form";
import { RatingBadge } from "@/components/supervision/rating-badge";
import { ButtonLink } from "@/components/ui/button";
import { FactList } from "@/components/ui/fact-list";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound, pageUser } from "@/lib/auth/guard";
import { localDateKey } from "@/lib/dates/zone-time";
import { formatDate } from "@/lib/format";
import { getInspection, memberUnitOptions } from "@/lib/supervision/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("supervision.tabs"))("inspections") };
}

export default async function InspectionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pageUser("inspection.read");
  const { id } = await params;
  const [t, locale, inspection] = await Promise.all([getTranslations(), getLocale(), orNotFound(getInspection(user, id))]);
  const units = inspection.canEdit ? await memberUnitOptions(user) : [];
  const facts: [string, React.ReactNode][] = [
    [t("supervision.inspection.unit"), inspection.unit.name],
    [t("supervision.inspection.date"), formatDate(inspection.date, locale)],
    [t("supervision.inspection.inspectors"), inspection.inspectors],
    [t("supervision.inspection.rating"), <RatingBadge key="rating" rating={inspection.rating} />],
    [t("supervision.inspection.rectification"), inspection.rectificationRequired ? `${t("supervision.inspection.dueBy", { date: formatDate(inspection.rectificationDue, locale) })}${inspection.rectifiedOn ? ` · ${t("supervision.inspection.rectifiedOnShort", { date: formatDate(inspection.rectifiedOn, locale) })}` : ""}` : "—"],
    [t("supervision.inspection.recordedBy"), inspection.createdBy ?? "—"],
  ];
  return (
    <div className="space-y-4">
      <PageHeader title={`${inspection.unit.name} · ${formatDate(inspection.date, locale)}`} description={t("supervision.inspection.detail")} actions={<ButtonLink href="/supervision/inspections">{t("common.back")}</ButtonLink>} />
      <Card title={t("common.details")}>
        <FactList facts={facts} grid />
        <p className="mt-4 whitespace-pre-line text-sm text-slate-700">{inspection.findings}</p>
        {inspection.files.length > 0 && (
          <div className="mt-3 flex flex-wrap gap-3 text-sm">
            {inspection.files.map((file) => (
              <a key={file.id} href={`/api/attachments/${file.id}`} className="text-brand-700 hover:underline">{file.fileName}</a>
            ))}
          </div>
        )}
      </Card>
      {inspection.canEdit && (
        <Card title={t("common.edit")}>
          <InspectionForm inspection={inspection} units={units} today={localDateKey(new Date(), user.timeZone)} />
        </Card>
      )}
    </div>
  );
}
