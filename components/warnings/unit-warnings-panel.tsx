import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge, levelTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/permissions";
import { warningTitle } from "@/lib/warnings/describe";
import { listUnitWarnings } from "@/lib/warnings/queries";

/** The reporter's own unit's open warnings, most severe first, each with its reason and a link to the evidence. */
export async function UnitWarningsPanel({ user }: { user: Actor }) {
  const [t, warnings] = await Promise.all([getTranslations(), listUnitWarnings(user)]);
  return (
    <Card
      title={`${t("warnings.unitTitle")}${warnings.total ? `（${warnings.total}）` : ""}`}
      actions={warnings.total > 0 && <Link href="/warnings" className="text-sm text-brand-700 hover:underline">{t("warnings.viewAll")}</Link>}
    >
      {warnings.items.length === 0 ? (
        <p className="text-sm text-slate-500">{t("warnings.unitEmpty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="unit-warnings">
          {warnings.items.map((warning) => (
            <li key={warning.id} className="flex items-start gap-2 py-2 text-sm">
              <Badge tone={levelTone(warning.level)}>{t(`warnings.levels.${warning.level}`)}</Badge>
              <div className="min-w-0">
                <Link href={`/warnings/${warning.id}`} className="font-medium text-slate-800 hover:text-brand-700">
                  {warningTitle(t, warning.kind, warning.level, warning.evidence)}
                </Link>
                <p className="text-xs text-slate-500">{t(`warnings.kindDescriptions.${warning.kind}`)}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
