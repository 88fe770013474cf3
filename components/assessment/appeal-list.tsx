import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { AppealView } from "@/lib/assessment/queries";
import { formatDateTime, formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { AppealDecisionForm } from "./appeal-forms";

const TONES = { PENDING: "orange", ACCEPTED: "green", REJECTED: "gray" } as const;

/** Appeals with their reasons and decisions; the office decides the pending ones here. */
export async function AppealList({ appeals, timeZone, canDecide, showUnit }: { appeals: AppealView[]; timeZone: string; canDecide: boolean; showUnit: boolean }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>]);
  if (appeals.length === 0) return <p className="text-sm text-slate-500">{t("assessment.appeal.none")}</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="appeals">
      {appeals.map((appeal) => (
        <li key={appeal.id} className="py-3 text-sm" data-testid="appeal" data-status={appeal.status}>
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={TONES[appeal.status]}>{t(`assessment.appeal.status.${appeal.status}`)}</Badge>
            {showUnit && <span className="font-medium">{appeal.unit.name}</span>}
            <span>{t(`enums.AssessmentComponentKind.${appeal.component}`)}</span>
            {appeal.rawBefore !== null && <span className="text-slate-500">{t("assessment.appeal.rawBefore", { raw: formatNumber(appeal.rawBefore, locale, 2) })}</span>}
            {appeal.correctedRaw !== null && <span className="text-green-700">{t("assessment.appeal.corrected", { raw: formatNumber(appeal.correctedRaw, locale, 2) })}</span>}
          </div>
          <p className="mt-1 whitespace-pre-wrap text-slate-700">{appeal.reason}</p>
          <p className="text-xs text-slate-500">{t("assessment.appeal.filedLine", { by: appeal.filedBy, at: formatDateTime(appeal.filedAt, locale, timeZone) })}</p>
          {appeal.decisionReason && (
            <div className="mt-1 rounded bg-slate-50 p-2">
              <p className="whitespace-pre-wrap">{appeal.decisionReason}</p>
              <p className="text-xs text-slate-500">{t("assessment.appeal.decidedLine", { by: appeal.decidedBy ?? "—", at: formatDateTime(appeal.decidedAt, locale, timeZone) })}</p>
            </div>
          )}
          {canDecide && appeal.status === "PENDING" && <AppealDecisionForm id={appeal.id} rawBefore={appeal.rawBefore} />}
        </li>
      ))}
    </ul>
  );
}
