import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoticeForm } from "@/components/notices/notice-form";
import { Badge, levelTone } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/guard";
import { getNoticeDraft } from "@/lib/notices/queries";
import { memberUnitOptions } from "@/lib/supervision/queries";
import { warningTitle } from "@/lib/warnings/describe";

export async function generateMetadata() {
  return { title: (await getTranslations("notices"))("newTitle") };
}

export default async function NewNoticePage({ searchParams }: { searchParams: Promise<{ warning?: string | string[] }> }) {
  const user = await pageUser("notice.manage");
  const search = await searchParams;
  const warningIds = (Array.isArray(search.warning) ? search.warning : search.warning ? [search.warning] : []).slice(0, 50);
  const [t, draft, units] = await Promise.all([getTranslations(), getNoticeDraft(user, warningIds), memberUnitOptions(user)]);
  const titles = draft.warnings.map((warning) => warningTitle(t, warning.kind, warning.level, warning.evidence));
  const fromWarnings = draft.warnings.length > 0 && draft.unit !== null;
  return (
    <div className="space-y-4">
      <PageHeader title={t("notices.newTitle")} actions={<ButtonLink href="/warnings">{t("common.back")}</ButtonLink>} />
      {draft.mixedUnits && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{t("warnings.errors.mixedUnits")}</p>}
      <Card title={fromWarnings ? t("notices.fromWarnings") : t("notices.freehand")}>
        {fromWarnings && (
          <ul className="mb-4 space-y-1 text-sm" data-testid="draft-warnings">
            {draft.warnings.map((warning, index) => (
              <li key={warning.id} className="flex items-center gap-2">
                <Badge tone={levelTone(warning.level)}>{t(`warnings.levels.${warning.level}`)}</Badge>
                <Link href={`/warnings/${warning.id}`} className="text-brand-700 hover:underline">{titles[index]}</Link>
              </li>
            ))}
          </ul>
        )}
        <NoticeForm
          units={units}
          unitFixed={fromWarnings}
          defaults={{
            unitId: draft.unit?.id ?? "",
            title: draft.unit ? t("notices.draft.title", { unit: draft.unit.name }) : "",
            matter: fromWarnings ? titles.map((title, index) => `${index + 1}. ${title}`).join("\n") : "",
            requiredAction: t("notices.draft.requiredAction"),
            responseDue: draft.responseDue,
            level: draft.level,
            warningIds: fromWarnings ? draft.warnings.map((warning) => warning.id) : [],
            copyTo: draft.copyTo.join("、"),
          }}
        />
      </Card>
    </div>
  );
}
