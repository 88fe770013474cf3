// The weekly briefing (周通报), on screen and in the print view: the same sections, with page
// breaks between them when printed.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge, levelTone, type Tone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { Table, Td, Th } from "@/components/ui/table";
import { BRIEFING_TOP, type BriefingNotice, type SubmissionOutcome, type UnitProgressRow, type WeeklyBriefing } from "@/lib/dashboard/briefing";
import { rate } from "@/lib/dashboard/figures";
import { noticeHref, unitHref, warningHref, workItemHref } from "@/lib/dashboard/links";
import { localizedWarningTitle } from "@/lib/dashboard/warning-title";
import { formatDateTime, formatDuration, formatNumber, formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { scoreText } from "@/lib/readiness/display";
import type { Translator } from "@/lib/i18n/server";

const OUTCOME_TONE: Record<SubmissionOutcome, Tone> = { ON_TIME: "green", LATE: "yellow", RETURNED: "orange", DRAFT: "orange", MISSING: "red" };

function Section({ title, children, breakBefore = false, testId }: { title: ReactNode; children: ReactNode; breakBefore?: boolean; testId?: string }) {
  return (
    <section className={cn("rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:rounded-none print:border-0 print:p-0 print:shadow-none", breakBefore && "print:break-before-page")} data-testid={testId}>
      <h2 className="mb-3 border-l-4 border-brand-600 pl-2 text-base font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="rounded-md border border-dashed border-slate-300 px-3 py-4 text-center text-sm text-slate-500">{children}</p>;
}

function SummaryFigure({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) {
  return (
    <div className="rounded-md border border-slate-200 px-3 py-2 print:border-slate-400">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums text-slate-900" data-testid={testId}>{value}</dd>
    </div>
  );
}

/** `paper`: one column throughout, for the A4 print view. */
export async function BriefingView({ briefing, timeZone, paper = false }: { briefing: WeeklyBriefing; timeZone: string; paper?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>]);
  const { submission } = briefing;
  const leaders = briefing.progress.slice(0, BRIEFING_TOP);
  const laggards = [...briefing.progress].reverse().slice(0, BRIEFING_TOP);
  const signed = (value: number) => `${value > 0 ? "+" : ""}${formatNumber(value, locale, 1)}`;

  const progressTable = (rows: UnitProgressRow[], caption: string, testId: string) => (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("briefings.unit")}</Th>
          <Th className="text-right">{t("briefings.progress.items")}</Th>
          <Th className="text-right">{t("briefings.progress.actual")}</Th>
          <Th className="text-right">{t("briefings.progress.planned")}</Th>
          <Th className="text-right">{t("briefings.progress.gapShort")}</Th>
          <Th className="text-right">{t("briefings.progress.movedShort")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.unitId} data-testid={testId}>
            <Td className="whitespace-nowrap"><Link href={unitHref(row.unitId)} className="hover:text-brand-700" title={row.unitName}>{row.unit}</Link></Td>
            <Td className="text-right tabular-nums">{row.items}</Td>
            <Td className="text-right tabular-nums">{formatPercent(row.progress, locale)}</Td>
            <Td className="text-right tabular-nums">{formatPercent(row.planned, locale)}</Td>
            <Td className={cn("text-right tabular-nums", row.gap < -10 && "font-medium text-level-red")}>{signed(row.gap)}</Td>
            <Td className="text-right tabular-nums">{signed(row.moved)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );

  const noticeList = (notices: BriefingNotice[], empty: string, testId: string) =>
    notices.length === 0 ? (
      <Empty>{empty}</Empty>
    ) : (
      <ul className="divide-y divide-slate-100 text-sm">
        {notices.map((notice) => (
          <li key={notice.id} className="py-1.5" data-testid={testId}>
            <Link href={noticeHref(notice.id)} className="font-medium hover:text-brand-700">{notice.number}</Link> {notice.title}
            <span className="ml-1 inline-flex flex-wrap items-center gap-1 text-xs text-slate-500">
              <Badge tone={levelTone(notice.level)}>{t(`enums.WarningLevel.${notice.level}`)}</Badge>
              {notice.unit} · {formatDateTime(notice.at, locale, timeZone)}
            </span>
          </li>
        ))}
      </ul>
    );

  return (
    <div className="space-y-4 print:space-y-6">
      <Section title={t("briefings.summary.title")} testId="briefing-summary">
        <dl className={cn("grid gap-2", paper ? "grid-cols-5" : "grid-cols-2 sm:grid-cols-3 lg:grid-cols-5 print:grid-cols-5")}>
          <SummaryFigure label={t("briefings.summary.expected")} value={submission.expected} testId="briefing-expected" />
          <SummaryFigure label={t("briefings.summary.submitted")} value={submission.submitted} testId="briefing-submitted" />
          <SummaryFigure label={t("briefings.summary.onTime")} value={submission.onTime} testId="briefing-on-time" />
          <SummaryFigure label={t("briefings.summary.submissionRate")} value={formatPercent(rate(submission.submitted, submission.expected), locale)} />
          <SummaryFigure label={t("briefings.summary.onTimeRate")} value={formatPercent(rate(submission.onTime, submission.expected), locale)} testId="briefing-on-time-rate" />
          <SummaryFigure label={t("briefings.summary.newRed")} value={briefing.newRedWarnings.length} />
          <SummaryFigure label={t("briefings.summary.noticesIssued")} value={briefing.noticesIssued.length} />
          <SummaryFigure label={t("briefings.summary.noticesClosed")} value={briefing.noticesClosed.length} />
          <SummaryFigure label={t("briefings.summary.completed")} value={briefing.completed.length} />
        </dl>
        {briefing.readiness && (
          <p className="mt-3 text-sm text-slate-700" data-testid="briefing-readiness">
            <Link href="/readiness" className="hover:text-brand-700">
              {t("briefings.readiness.line", {
                system: briefing.readiness.systemName,
                score: briefing.readiness.overall === null ? t("briefings.readiness.missing") : scoreText(briefing.readiness.overall, locale),
                passMark: scoreText(briefing.readiness.passMark, locale),
              })}
              {briefing.readiness.weakest &&
                t("briefings.readiness.weakest", { code: briefing.readiness.weakest.code, name: briefing.readiness.weakest.name, points: scoreText(briefing.readiness.weakest.behind, locale) })}
            </Link>
          </p>
        )}
      </Section>

      <Section title={t("briefings.submission.title")} testId="briefing-submission">
        {submission.ranking.length === 0 ? (
          <Empty>{t("briefings.submission.empty")}</Empty>
        ) : (
          <Table caption={t("briefings.submission.title")}>
            <thead>
              <tr>
                <Th className="w-12 text-right">{t("briefings.rank")}</Th>
                <Th>{t("briefings.unit")}</Th>
                <Th>{t("briefings.submission.outcome")}</Th>
                <Th>{t("briefings.submission.submittedAt")}</Th>
                <Th>{t("briefings.submission.late")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {submission.ranking.map((row) => (
                <tr key={row.unitId} data-testid="submission-rank-row">
                  <Td className="text-right tabular-nums">{row.rank}</Td>
                  <Td><Link href={unitHref(row.unitId)} className="hover:text-brand-700">{row.unitName}</Link></Td>
                  <Td><Badge tone={OUTCOME_TONE[row.outcome]}>{t(`briefings.outcome.${row.outcome}`)}</Badge></Td>
                  <Td className="whitespace-nowrap text-xs">{formatDateTime(row.submittedAt, locale, timeZone)}</Td>
                  <Td className="whitespace-nowrap text-xs">{row.lateMinutes ? formatDuration(row.lateMinutes, locale) : "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>

      <Section title={t("briefings.progress.title")} breakBefore testId="briefing-progress">
        {briefing.overall && (
          <p className="mb-2 text-sm" data-testid="briefing-overall">
            {t("dashboard.overall.actual")} {formatPercent(briefing.overall.overall.progress, locale)}（{t("dashboard.overall.plannedHint", { value: formatPercent(briefing.overall.overall.planned, locale) })}）
            {briefing.overall.decisions.items > 0 && ` · ${t("dashboard.overall.decisions")} ${formatPercent(briefing.overall.decisions.progress, locale)}`}
          </p>
        )}
        {briefing.progress.length === 0 ? (
          <Empty>{t("briefings.progress.empty")}</Empty>
        ) : (
          <div className={cn("grid gap-4", paper ? "grid-cols-1" : "lg:grid-cols-2 print:grid-cols-1")}>
            <div className="min-w-0">
              <h3 className="mb-1 text-sm font-medium text-level-green">{t("briefings.progress.leaders", { count: leaders.length })}</h3>
              {progressTable(leaders, t("briefings.progress.leaders", { count: leaders.length }), "leader-row")}
            </div>
            <div className="min-w-0">
              <h3 className="mb-1 text-sm font-medium text-level-red">{t("briefings.progress.laggards", { count: laggards.length })}</h3>
              {progressTable(laggards, t("briefings.progress.laggards", { count: laggards.length }), "laggard-row")}
            </div>
          </div>
        )}
        <p className="mt-2 text-xs text-slate-500">{t("briefings.progress.hint")}</p>
      </Section>

      <Section title={t("briefings.red.title")} breakBefore testId="briefing-red">
        {briefing.newRedWarnings.length === 0 ? (
          <Empty>{t("briefings.red.empty")}</Empty>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {briefing.newRedWarnings.map((warning) => (
              <li key={warning.id} className="py-1.5">
                <Badge tone="red">{t(`enums.WarningKind.${warning.kind}`)}</Badge> <span className="font-medium">{warning.unit}</span>{" "}
                <Link href={warningHref(warning.id)} className="hover:text-brand-700">{localizedWarningTitle(t as unknown as Translator, warning)}</Link>
                {warning.workItemId && (
                  <Link href={workItemHref(warning.workItemId)} className="ml-1 font-mono text-xs text-brand-700 hover:underline">{warning.workItemCode}</Link>
                )}
                <span className="ml-1 text-xs text-slate-500">{formatDateTime(warning.reachedAt, locale, timeZone)}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t("briefings.notices.title")} testId="briefing-notices">
        <div className={cn("grid gap-4", paper ? "grid-cols-1" : "lg:grid-cols-2 print:grid-cols-1")}>
          <div className="min-w-0">
            <h3 className="mb-1 text-sm font-medium text-slate-700">{t("briefings.notices.issuedCount", { count: briefing.noticesIssued.length })}</h3>
            {noticeList(briefing.noticesIssued, t("briefings.notices.emptyIssued"), "notice-issued-row")}
          </div>
          <div className="min-w-0">
            <h3 className="mb-1 text-sm font-medium text-slate-700">{t("briefings.notices.closedCount", { count: briefing.noticesClosed.length })}</h3>
            {noticeList(briefing.noticesClosed, t("briefings.notices.emptyClosed"), "notice-closed-row")}
          </div>
        </div>
      </Section>

      <Section title={t("briefings.completed.title")} testId="briefing-completed">
        {briefing.completed.length === 0 ? (
          <Empty>{t("briefings.completed.empty")}</Empty>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {briefing.completed.map((item) => (
              <li key={item.id} className="py-1.5" data-testid="completed-row">
                <Link href={workItemHref(item.id)} className="font-mono text-xs text-brand-700 hover:underline">{item.code}</Link> {item.title}
                <span className="ml-1 text-xs text-slate-500">{item.unit} · {formatDateTime(item.completedAt, locale, timeZone)}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
