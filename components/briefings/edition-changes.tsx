import { getLocale, getTranslations } from "next-intl/server";
import type { BriefingChange } from "@/lib/briefings/changes";
import { formatPercent } from "@/lib/format";
import type { SubmissionOutcome } from "@/lib/dashboard/briefing";

/** What the live briefing says differently from an issued edition. */
export async function EditionChanges({ changes }: { changes: BriefingChange[] }) {
  const [t, tb, locale] = await Promise.all([getTranslations("briefings.edition"), getTranslations("briefings"), getLocale()]);
  if (changes.length === 0) return <p className="text-sm text-slate-600" data-testid="edition-no-changes">{t("noChanges")}</p>;
  const outcome = (value: SubmissionOutcome | null) => (value ? tb(`outcome.${value}`) : t("change.none"));
  const progress = (value: number | null) => (value === null ? t("change.none") : formatPercent(value, locale));
  const line = (change: BriefingChange): string => {
    switch (change.kind) {
      case "submission":
        return t("change.submission", { figure: t(`change.figure.${change.figure}`), from: change.from, to: change.to });
      case "outcome":
        return t("change.outcome", { unit: change.unit, from: outcome(change.from), to: outcome(change.to) });
      case "progress":
        return t("change.progress", { unit: change.unit, from: progress(change.from), to: progress(change.to) });
      case "redWarning":
        return t(change.change === "added" ? "change.redAdded" : "change.redRemoved", { unit: change.unit, title: change.title });
      case "notice":
        return t(change.change === "added" ? "change.noticeAdded" : "change.noticeRemoved", { event: t(`change.noticeEvent.${change.event}`), number: change.number, unit: change.unit });
      case "completed":
        return t(change.change === "added" ? "change.completedAdded" : "change.completedRemoved", { code: change.code, title: change.title });
    }
  };
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700" data-testid="edition-changes">
      {changes.map((change, index) => (
        <li key={index}>{line(change)}</li>
      ))}
    </ul>
  );
}
