// A warning's one-line title from its kind and evidence, in any language: the engine stores
// the Chinese one (exports), pages and notifications render it in the reader's language.
import type { WarningKind, WarningLevel } from "./rules";
import type { WarningEvidence } from "./schema";
import type { MessageKey } from "@/lib/i18n/keys";

function item(evidence: WarningEvidence): { code: string; item: string } {
  return { code: evidence.subject.itemCode ?? "", item: evidence.subject.itemTitle ?? "" };
}

function figure(evidence: WarningEvidence, name: string): number | string {
  const value = evidence.figures[name];
  return typeof value === "number" || typeof value === "string" ? value : "";
}

/** With a translator it returns text; with `defer` (lib/i18n/deferred.ts) a message to render later. */
export function warningTitle<R>(t: (key: MessageKey, values?: Record<string, string | number>) => R, kind: WarningKind, level: WarningLevel, evidence: WarningEvidence): R {
  const unit = evidence.subject.unitName;
  switch (kind) {
    case "MISSING_REPORT":
      return t("warnings.titles.MISSING_REPORT", { unit, weeks: figure(evidence, "weeksMissing") });
    case "STALLED":
      return t("warnings.titles.STALLED", { ...item(evidence), reports: figure(evidence, "reportCount"), progress: figure(evidence, "progress") });
    case "BEHIND_PLAN":
      return t("warnings.titles.BEHIND_PLAN", { ...item(evidence), gap: figure(evidence, "gap") });
    case "OVERDUE":
      return t("warnings.titles.OVERDUE", { ...item(evidence), days: figure(evidence, "daysOverdue") });
    case "NOTICE_UNANSWERED":
      return t("warnings.titles.NOTICE_UNANSWERED", { number: evidence.subject.noticeNumber ?? "", days: figure(evidence, "daysOverdue") });
    case "FORECAST_LATE":
      return level === "BLUE"
        ? t("warnings.titles.FORECAST_DUE_SOON", { ...item(evidence), days: figure(evidence, "daysToDue") })
        : t("warnings.titles.FORECAST_LATE", item(evidence));
    case "REPEATED_YELLOW":
      return t("warnings.titles.REPEATED_YELLOW", { unit, count: figure(evidence, "yellowCount") });
  }
}
