import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format";
import type { ReportDetail } from "@/lib/reports/queries";

/** The audited workflow steps shown, with their labels (reports.timeline). */
const STEPS = new Map<string, "submit" | "return" | "accept">([
  ["report.submit", "submit"],
  ["report.return", "return"],
  ["report.accept", "accept"],
]);

/** The report's workflow steps from the audit log: submissions, returns with reasons, acceptance. */
export async function ReportTimeline({ events, timeZone }: { events: ReportDetail["timeline"]; timeZone: string }) {
  const [t, locale] = await Promise.all([getTranslations("reports.timeline"), getLocale()]);
  const shown = events.filter((event) => STEPS.has(event.action));
  if (shown.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  return (
    <ol className="space-y-3 border-l border-slate-200 pl-4 text-sm" data-testid="report-timeline">
      {shown.map((event, index) => (
        <li key={index}>
          <div className="font-medium text-slate-800">{t(STEPS.get(event.action)!)}</div>
          <div className="text-xs text-slate-500">
            {formatDateTime(event.at, locale, timeZone)} · {event.actor ?? "—"}
          </div>
          {event.reason && <div className="mt-0.5 text-slate-700">{event.reason}</div>}
        </li>
      ))}
    </ol>
  );
}
