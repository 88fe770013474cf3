// The readiness page's body: the estimated score per group and overall, the gap to the bar and
// to the targets, the indicators furthest behind with the work items that drive them, the
// what-if (a plain GET form: the selection lives in the URL) and the monthly trend.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge, levelTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, EmptyState, Stat } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { workItemHref } from "@/lib/dashboard/links";
import { formatDate, formatNumber, formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { scoreText, signedPoints, valueText } from "@/lib/readiness/display";
import type { getLinkOptions, IndicatorView, LinkedItem, ReadinessView as View } from "@/lib/readiness/queries";
import { IndicatorManage } from "./manage";
import { TrendPanel } from "./trend-panel";

type Translator = Awaited<ReturnType<typeof getTranslations>>;

function Score({ value, locale, t, testId }: { value: number | null; locale: Locale; t: Translator; testId?: string }) {
  return value === null ? <span className="text-slate-400" data-testid={testId}>{t("readiness.missing")}</span> : <span data-testid={testId}>{scoreText(value, locale)}</span>;
}

function Warnings({ warnings, t }: { warnings: LinkedItem["warnings"]; t: Translator }) {
  if (warnings.length === 0) return null;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {warnings.map((row) => (
        <Badge key={row.level} tone={levelTone(row.level)}>{`${t(`enums.WarningLevel.${row.level}` as never)} ${row.count}`}</Badge>
      ))}
    </span>
  );
}

function value(row: Pick<IndicatorView, "unit" | "qualitative">, number: number | null, locale: Locale, t: Translator) {
  if (number === null) return <span className="text-slate-400">{t("readiness.missing")}</span>;
  return row.qualitative ? scoreText(number, locale) : valueText(number, row.unit, locale);
}

export async function ReadinessView({ view, linkOptions }: { view: View; linkOptions: Awaited<ReturnType<typeof getLinkOptions>> | null }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>]);
  const chosenSystem = view.systems.find((row) => row.id === view.settings.systemId);
  const gap = view.overall === null ? null : view.settings.passMark - view.overall;
  const reached = new Set(view.whatIf?.reached ?? []);
  return (
    <div className="space-y-4" data-testid="readiness">
      <form method="get" className="flex flex-wrap items-end gap-2 text-sm" data-testid="version-picker">
        <label className="space-y-1">
          <span className="block font-medium text-slate-700">{t("readiness.version")}</span>
          <select name="system" defaultValue={view.system.id} className="rounded-md border border-slate-300 px-3 py-2">
            {view.systems.map((row) => (
              <option key={row.id} value={row.id}>{`${row.name}${row.id === view.settings.systemId ? ` · ${t("readiness.versionChosen")}` : ""}`}</option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="secondary">{t("readiness.showVersion")}</Button>
        <span className="pb-2 text-slate-500">{t("readiness.asOf", { date: formatDate(view.asOf, locale) })}{view.system.issuedBy ? ` · ${view.system.issuedBy}` : ""}</span>
        {!view.chosen && chosenSystem && <p className="w-full rounded-md bg-yellow-50 px-3 py-2 text-yellow-800">{t("readiness.versionOther", { name: chosenSystem.name })}</p>}
      </form>

      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        <Stat
          label={t("readiness.overall")}
          value={<Score value={view.overall} locale={locale} t={t} testId="readiness-overall" />}
          hint={t("readiness.overallHint", { cap: scoreText(view.settings.cap * 100, locale) })}
          tone={gap === null ? undefined : gap <= 0 ? "green" : gap <= 10 ? "yellow" : "orange"}
        />
        <Stat
          label={t("readiness.passMark")}
          value={scoreText(view.settings.passMark, locale)}
          hint={gap === null ? t("readiness.passMarkHint") : gap <= 0 ? t("readiness.passed") : t("readiness.gapToPass", { value: scoreText(gap, locale) })}
        />
        <Stat label={t("readiness.targetScore")} value={<Score value={view.targetOverall} locale={locale} t={t} />} hint={t("readiness.targetScoreHint")} />
        <Stat label={t("readiness.coverage")} value={formatPercent(view.indicatorCoverage * 100, locale)} hint={t("readiness.coverageHint", { rule: t(`readiness.manage.rules.${view.settings.missingRule}`) })} />
        <Stat
          label={t("readiness.whatIf")}
          value={<Score value={view.whatIf?.overall ?? null} locale={locale} t={t} testId="readiness-what-if" />}
          hint={view.whatIf ? t("readiness.whatIfHint", { count: view.whatIf.reached.length }) : t("readiness.drivers.hint").split("。")[0]}
          tone={view.whatIf ? "blue" : undefined}
        />
      </div>

      <Card title={t("readiness.groups")}>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          {view.groups.map((group) => (
            <a key={group.id} href={`#group-${group.code}`} className="rounded-md border border-slate-200 p-3 hover:border-brand-500" data-testid="readiness-group">
              <div className="text-sm font-medium text-slate-700">{`${group.code}. ${group.name}`}</div>
              <div className="mt-1 text-2xl font-semibold tabular-nums text-slate-900"><Score value={group.score} locale={locale} t={t} testId="readiness-group-score" /></div>
              <div className="mt-1 space-y-0.5 text-xs text-slate-500">
                <div>{t("readiness.groupWeight", { value: formatNumber(group.weight, locale) })} · {t("readiness.groupCoverage", { value: formatPercent(group.coverage * 100, locale, 0) })}</div>
                {group.targetScore !== null && <div>{t("readiness.groupTarget", { value: scoreText(group.targetScore, locale) })}</div>}
                {group.whatIf !== null && <div className="text-blue-700">{t("readiness.whatIf")} {scoreText(group.whatIf, locale)}</div>}
              </div>
            </a>
          ))}
        </div>
      </Card>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("readiness.behind.title")}>
          <p className="mb-2 text-xs text-slate-500">{t("readiness.behind.hint")}</p>
          {view.behind.length === 0 ? (
            <EmptyState title={t("readiness.behind.empty")} />
          ) : (
            <ol className="space-y-3" data-testid="readiness-behind">
              {view.behind.map((row) => (
                <li key={row.id} className="text-sm">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <a href={`#indicator-${row.code}`} className="font-medium text-slate-800 hover:text-brand-700">{`${row.code} ${row.name}`}</a>
                    <span className="tabular-nums text-slate-600">
                      <Score value={row.score.score} locale={locale} t={t} /> · {t("readiness.behind.lost", { value: scoreText(row.behind!, locale) })}
                    </span>
                  </div>
                  <div className="text-xs text-slate-500">
                    {t("readiness.table.current")} {value(row, row.value, locale, t)} · {t("readiness.table.benchmark")} {value(row, row.benchmark, locale, t)}
                    {row.target !== null && <> · {t("readiness.table.target")} {value(row, row.target, locale, t)}</>}
                  </div>
                  <div className="mt-1 text-xs">
                    <span className="text-slate-500">{t("readiness.behind.drivers")}：</span>
                    {row.links.length === 0 ? (
                      <span className="text-slate-400">{t("readiness.behind.noDrivers")}</span>
                    ) : (
                      row.links.map((link) => (
                        <span key={link.linkId} className="mr-3 inline-flex flex-wrap items-center gap-1">
                          {link.workItemId ? <Link href={workItemHref(link.workItemId)} className="text-brand-700 hover:underline">{`${link.code} ${link.title}`}</Link> : <span>{`${link.code} ${link.title}`}</span>}
                          {(link.leadUnit || link.ownerName) && <span className="text-slate-500">（{[link.leadUnit, link.ownerName].filter(Boolean).join(" ")}）</span>}
                          <Warnings warnings={link.warnings} t={t} />
                        </span>
                      ))
                    )}
                  </div>
                </li>
              ))}
            </ol>
          )}
          {view.missing.length > 0 && (
            <div className="mt-4 border-t border-slate-100 pt-3 text-sm" data-testid="readiness-missing">
              <div className="mb-1 font-medium text-slate-700">{t("readiness.missingList.title")}</div>
              <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
                {view.missing.map((row) => (
                  <li key={row.id}><a href={`#indicator-${row.code}`} className="hover:text-brand-700">{`${row.code} ${row.name}`}</a>（{t(`readiness.missingList.${row.score.missing!}`)}）</li>
                ))}
              </ul>
            </div>
          )}
        </Card>

        <Card title={t("readiness.trend.title")}>
          <p className="mb-2 text-xs text-slate-500">{t("readiness.trend.hint")}</p>
          {view.trend.every((point) => point.overall === null) ? (
            <EmptyState title={t("readiness.trend.empty")} />
          ) : (
            <TrendPanel
              data={view.trend.map((point) => ({ month: point.month, overall: point.overall === null ? null : Math.round(point.overall * 10) / 10 }))}
              passMark={view.settings.passMark}
              labels={{ overall: t("readiness.trend.overall"), passMark: t("readiness.trend.passMark"), unit: locale === "en" ? " pts" : "分" }}
              ariaLabel={t("readiness.trend.title")}
            />
          )}
        </Card>
      </div>

      <Card title={t("readiness.drivers.title")}>
        <p className="mb-2 text-xs text-slate-500">{t("readiness.drivers.hint")}</p>
        {view.drivers.length === 0 ? (
          <EmptyState title={t("readiness.drivers.empty")} />
        ) : (
          <form method="get" data-testid="what-if">
            <input type="hidden" name="system" value={view.system.id} />
            <Table caption={t("readiness.drivers.title")}>
              <thead>
                <tr>
                  <Th className="w-8"><span className="sr-only">{t("readiness.drivers.run")}</span></Th>
                  <Th>{t("readiness.drivers.item")}</Th>
                  <Th>{t("readiness.drivers.lead")}</Th>
                  <Th>{t("readiness.drivers.indicators")}</Th>
                  <Th className="text-right">{t("readiness.drivers.gain")}</Th>
                  <Th>{t("readiness.drivers.warnings")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {view.drivers.map((row) => (
                  <tr key={row.workItemId} data-testid="what-if-item">
                    <Td><input type="checkbox" name="reach" value={row.workItemId} defaultChecked={reached.has(row.workItemId)} aria-label={`${row.code} ${row.title}`} /></Td>
                    <Td><Link href={workItemHref(row.workItemId)} className="text-slate-800 hover:text-brand-700">{`${row.code} ${row.title}`}</Link></Td>
                    <Td className="whitespace-nowrap text-slate-600">{[row.leadUnit, row.ownerName].filter(Boolean).join(" / ") || "—"}</Td>
                    <Td className="text-slate-600">{row.indicators.join("、")}</Td>
                    <Td className="text-right tabular-nums">{signedPoints(row.gain, locale)}</Td>
                    <Td><Warnings warnings={row.warnings} t={t} /></Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <div className="mt-3 flex flex-wrap items-center gap-3">
              <Button type="submit" data-testid="what-if-run">{t("readiness.drivers.run")}</Button>
              {view.whatIf && <Link href={`/readiness?system=${view.system.id}`} className="text-sm text-brand-700 hover:underline">{t("readiness.drivers.clear")}</Link>}
              {view.whatIf && view.whatIf.overall !== null && (
                <span className="text-sm text-blue-800" role="status" data-testid="what-if-result">
                  {t("readiness.drivers.result", {
                    whatIf: scoreText(view.whatIf.overall, locale),
                    now: view.overall === null ? t("readiness.missing") : scoreText(view.overall, locale),
                    delta: signedPoints(view.whatIf.overall - (view.overall ?? 0), locale),
                  })}
                </span>
              )}
            </div>
          </form>
        )}
      </Card>

      {view.groups.map((group) => (
        <Card key={group.id} title={<span id={`group-${group.code}`}>{`${group.code}. ${group.name}（${formatNumber(group.weight, locale)}%）`}</span>} actions={<Score value={group.score} locale={locale} t={t} />}>
          <Table caption={group.name}>
            <thead>
              <tr>
                <Th>{t("readiness.table.indicator")}</Th>
                <Th className="text-right">{t("readiness.table.weight")}</Th>
                <Th className="text-right">{t("readiness.table.baseline")}</Th>
                <Th className="text-right">{t("readiness.table.current")}</Th>
                <Th className="text-right">{t("readiness.table.target")}</Th>
                <Th className="text-right">{t("readiness.table.benchmark")}</Th>
                <Th className="text-right">{t("readiness.table.score")}</Th>
                <Th className="text-right">{t("readiness.table.gap")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {group.indicators.map((row) => (
                <tr key={row.id} id={`indicator-${row.code}`} data-testid="indicator-row" className="align-top">
                  <Td>
                    <div className="text-slate-800">{`${row.code} ${row.name}`}</div>
                    <div className="mt-0.5 flex flex-wrap gap-1 text-xs text-slate-500">
                      {row.unit && <span>{row.unit}</span>}
                      {row.direction === "FALLING" && <Badge tone="blue">{t("readiness.table.falling")}</Badge>}
                      {row.qualitative && <Badge>{t("readiness.table.qualitative")}</Badge>}
                      {row.score.capped && <Badge tone="green">{t("readiness.table.capped")}</Badge>}
                    </div>
                    {row.valueSource && (
                      <div className="mt-0.5 text-xs text-slate-500">
                        {t("readiness.table.source")}：{row.valueKind === "reported" ? t("readiness.table.reported", { code: row.valueSource }) : row.valueSource}
                        {row.valueOn && ` · ${formatDate(row.valueOn, locale)}`}
                      </div>
                    )}
                    {row.reason && <div className="mt-0.5 text-xs text-slate-500">{t("readiness.table.reason", { reason: row.reason })}</div>}
                    {row.benchmarkSource && <div className="mt-0.5 text-xs text-slate-400">{t("readiness.table.benchmark")}：{row.benchmarkSource}</div>}
                    {linkOptions && <IndicatorManage indicator={row} options={linkOptions} />}
                  </Td>
                  <Td className="text-right tabular-nums">{row.weight === null ? "—" : `×${formatNumber(row.weight, locale, 3)}`}</Td>
                  <Td className="text-right tabular-nums">{value(row, row.baseline, locale, t)}</Td>
                  <Td className="text-right tabular-nums">
                    {value(row, row.value, locale, t)}
                    {row.whatIfValue !== null && row.whatIfValue !== row.value && <div className="text-xs text-blue-700">→ {value(row, row.whatIfValue, locale, t)}</div>}
                  </Td>
                  <Td className="text-right tabular-nums">{value(row, row.target, locale, t)}</Td>
                  <Td className="text-right tabular-nums">{row.qualitative ? "—" : value(row, row.benchmark, locale, t)}</Td>
                  <Td className="text-right tabular-nums"><Score value={row.score.score} locale={locale} t={t} /></Td>
                  <Td className="text-right tabular-nums">
                    {row.target === null || row.value === null ? "—" : row.qualitative ? scoreText(row.target - row.value, locale) : valueText(row.target - row.value, row.unit, locale)}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      ))}
    </div>
  );
}
