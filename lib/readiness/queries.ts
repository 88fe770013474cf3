// Reads of the readiness domain: the zone's catalogue version with its figures, values and
// links, scored by lib/readiness/scoring.ts as of today (and at each month end for the trend).
import "server-only";
import { authorize, can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { dateKey, localDateKey } from "@/lib/dates/zone-time";
import { toNumber } from "@/lib/format";
import { FIGURE_STATUSES, statusListSql } from "@/lib/reports/workflow";
import { NotFoundError } from "@/lib/server/errors";
import { figuresAsOf, itemGains, latestObservation, scoreTrend, whatIfScore, type FigureInputs, type Feed, type Observation, type TrendPoint } from "./figures";
import { DEFAULT_METHOD, pointsBehind, scoreCatalogue, type CatalogueGroup, type IndicatorScore, type MissingRule, type ScoringMethod } from "./scoring";

const FIGURES = Prisma.raw(statusListSql(FIGURE_STATUSES));

/** How many indicators the page, the panel and the documents name as furthest behind. */
export const BEHIND_LIST = 8;

export interface SystemRow {
  id: string;
  version: string;
  name: string;
  issuedBy: string | null;
  source: string | null;
  groups: number;
  indicators: number;
  createdAt: Date;
}

export interface ReadinessSettingsView extends ScoringMethod {
  systemId: string | null;
  passMark: number;
}

export interface LinkedItem {
  linkId: string;
  workItemId: string | null;
  measureId: string | null;
  code: string;
  title: string;
  leadUnit: string | null;
  ownerName: string | null;
  progress: number | null;
  /** The work-item indicator whose reports feed this indicator, if any. */
  feed: { id: string; name: string; unit: string | null; current: number | null; target: number } | null;
  warnings: { level: string; count: number }[];
}

export interface IndicatorView {
  id: string;
  groupId: string;
  code: string;
  name: string;
  unit: string | null;
  direction: "RISING" | "FALLING";
  weight: number | null;
  qualitative: boolean;
  baseline: number | null;
  baselineYear: number | null;
  target: number | null;
  targetYear: number | null;
  benchmark: number | null;
  benchmarkSource: string | null;
  value: number | null;
  valueOn: string | null;
  valueSource: string | null;
  valueKind: "entered" | "reported" | null;
  reason: string | null;
  score: IndicatorScore;
  /** The indicator's score at its target (null without a target). */
  targetScore: number | null;
  /** Points of the overall score lost against the benchmark. */
  behind: number | null;
  whatIfValue: number | null;
  links: LinkedItem[];
  values: { id: string; value: number; asOf: string; source: string; reason: string | null }[];
}

export interface GroupView {
  id: string;
  code: string;
  name: string;
  weight: number;
  score: number | null;
  coverage: number;
  targetScore: number | null;
  whatIf: number | null;
  indicators: IndicatorView[];
}

export interface ReadinessView {
  system: SystemRow;
  systems: SystemRow[];
  /** True when the page shows the version the zone prepares for. */
  chosen: boolean;
  settings: ReadinessSettingsView;
  asOf: string;
  overall: number | null;
  coverage: number;
  indicatorCoverage: number;
  targetOverall: number | null;
  whatIf: { reached: string[]; overall: number | null } | null;
  groups: GroupView[];
  behind: IndicatorView[];
  missing: IndicatorView[];
  /** Work items that feed indicators, with the points each adds by reaching its target. */
  drivers: { workItemId: string; code: string; title: string; leadUnit: string | null; ownerName: string | null; gain: number; indicators: string[]; warnings: { level: string; count: number }[] }[];
  trend: TrendPoint[];
  canManage: boolean;
}

async function zoneOf(zoneId: string) {
  return db.zone.findUniqueOrThrow({ where: { id: zoneId }, select: { timeZone: true, campaignStart: true, name: true } });
}

async function settingsOf(zoneId: string): Promise<ReadinessSettingsView> {
  const row = await db.readinessSettings.findUnique({ where: { zoneId } });
  return row
    ? { systemId: row.systemId, cap: Number(row.cap), missingRule: row.missingRule as MissingRule, passMark: Number(row.passMark) }
    : { systemId: null, ...DEFAULT_METHOD, passMark: 80 };
}

export async function listSystems(actor: Actor): Promise<SystemRow[]> {
  authorize(actor, "readiness.view");
  const rows = await db.evaluationSystem.findMany({
    where: { zoneId: actor.zoneId },
    orderBy: [{ version: "desc" }, { createdAt: "desc" }],
    include: { groups: { select: { _count: { select: { indicators: true } } } } },
  });
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    name: row.name,
    issuedBy: row.issuedBy,
    source: row.source,
    groups: row.groups.length,
    indicators: row.groups.reduce((sum, group) => sum + group._count.indicators, 0),
    createdAt: row.createdAt,
  }));
}

interface EnteredValue {
  id: string;
  value: number;
  asOf: string;
  source: string;
  reason: string | null;
}

interface Loaded {
  groups: CatalogueGroup[];
  inputs: FigureInputs;
  rows: Awaited<ReturnType<typeof loadCatalogue>>;
  reported: Map<string, Observation[]>;
  entered: Map<string, EnteredValue[]>;
  warnings: Map<string, { level: string; count: number }[]>;
}

function loadCatalogue(zoneId: string, systemId: string) {
  return db.evaluationGroup.findMany({
    where: { systemId, system: { zoneId } },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    include: {
      indicators: {
        orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
        include: {
          figure: true,
          links: {
            orderBy: { createdAt: "asc" },
            include: {
              workItem: { select: { id: true, code: true, title: true, ownerName: true, progress: true, status: true, leadUnit: { select: { shortName: true } } } },
              measure: { select: { id: true, code: true, title: true, workItems: { where: { status: { not: "ARCHIVED" } }, select: { id: true } } } },
              workItemIndicator: { select: { id: true, name: true, unit: true, currentValue: true, target: true } },
            },
          },
        },
      },
    },
  });
}

interface ReportedRow {
  indicatorId: string;
  value: unknown;
  weekStart: Date;
  submittedAt: Date | null;
}

/** Everything the scoring needs, read for one catalogue version of the zone. */
async function load(zoneId: string, systemId: string, timeZone: string): Promise<Loaded> {
  const rows = await loadCatalogue(zoneId, systemId);
  const indicatorIds = rows.flatMap((group) => group.indicators.map((indicator) => indicator.id));
  const links = rows.flatMap((group) => group.indicators.flatMap((indicator) => indicator.links));
  const feedIds = [...new Set(links.flatMap((link) => (link.workItemIndicatorId ? [link.workItemIndicatorId] : [])))];
  const itemIds = [...new Set(links.flatMap((link) => [link.workItemId, ...(link.measure?.workItems.map((item) => item.id) ?? [])]).filter((value): value is string => Boolean(value)))];
  const [values, reported, warnings] = await Promise.all([
    db.readinessValue.findMany({ where: { zoneId, indicatorId: { in: indicatorIds } }, orderBy: [{ asOf: "desc" }, { createdAt: "desc" }] }),
    feedIds.length === 0
      ? Promise.resolve([] as ReportedRow[])
      : db.$queryRaw<ReportedRow[]>`
          SELECT v."indicatorId", v."value", r."weekStart", r."submittedAt"
          FROM "IndicatorValue" v JOIN "ReportEntry" e ON e."id" = v."entryId" JOIN "WeeklyReport" r ON r."id" = e."reportId"
          WHERE v."indicatorId" = ANY(${feedIds}) AND r."status" IN ${FIGURES}`,
    itemIds.length === 0
      ? Promise.resolve([])
      : db.warning.groupBy({ by: ["workItemId", "level"], where: { zoneId, workItemId: { in: itemIds }, status: { not: "RESOLVED" } }, _count: { _all: true } }),
  ]);
  // A reported value counts from the day it was submitted (zone calendar), never before its week.
  const byFeed = new Map<string, { value: number; on: string }[]>();
  for (const row of reported) {
    const monday = localDateKey(row.weekStart, timeZone);
    const submitted = row.submittedAt ? localDateKey(row.submittedAt, timeZone) : monday;
    const on = submitted > monday ? submitted : monday;
    byFeed.set(row.indicatorId, [...(byFeed.get(row.indicatorId) ?? []), { value: Number(row.value), on }]);
  }
  const observations = new Map<string, Observation[]>();
  const reportedBy = new Map<string, Observation[]>();
  const entered = new Map<string, EnteredValue[]>();
  for (const value of values) {
    const row = { id: value.id, value: Number(value.value), asOf: dateKey(value.asOf), source: value.source, reason: value.reason };
    entered.set(value.indicatorId, [...(entered.get(value.indicatorId) ?? []), row]);
    observations.set(value.indicatorId, [...(observations.get(value.indicatorId) ?? []), { indicatorId: value.indicatorId, value: row.value, on: row.asOf, kind: "entered", source: row.source }]);
  }
  const feeds: Feed[] = [];
  for (const group of rows) {
    for (const indicator of group.indicators) {
      for (const link of indicator.links) {
        if (!link.workItemIndicator || !link.workItem) continue;
        feeds.push({ indicatorId: indicator.id, workItemId: link.workItem.id, target: Number(link.workItemIndicator.target) });
        const fed = (byFeed.get(link.workItemIndicator.id) ?? []).map((row): Observation => ({ indicatorId: indicator.id, value: row.value, on: row.on, kind: "reported", source: link.workItem!.code }));
        observations.set(indicator.id, [...(observations.get(indicator.id) ?? []), ...fed]);
        reportedBy.set(indicator.id, [...(reportedBy.get(indicator.id) ?? []), ...fed]);
      }
    }
  }
  const warningsBy = new Map<string, { level: string; count: number }[]>();
  for (const row of warnings) {
    if (!row.workItemId) continue;
    warningsBy.set(row.workItemId, [...(warningsBy.get(row.workItemId) ?? []), { level: row.level, count: row._count._all }]);
  }
  const groups: CatalogueGroup[] = rows.map((group) => ({
    id: group.id,
    code: group.code,
    name: group.name,
    weight: Number(group.weight),
    indicators: group.indicators.map((indicator) => ({
      id: indicator.id,
      code: indicator.code,
      name: indicator.name,
      unit: indicator.unit,
      direction: indicator.direction,
      weight: indicator.weight === null ? null : Number(indicator.weight),
      qualitative: indicator.qualitative,
    })),
  }));
  const inputs: FigureInputs = {
    indicators: groups.flatMap((group) => group.indicators.map(({ id, direction }) => ({ id, direction }))),
    observations,
    benchmarks: new Map(rows.flatMap((group) => group.indicators.map((indicator) => [indicator.id, toNumber(indicator.figure?.benchmark)] as const))),
    feeds,
  };
  return { groups, inputs, rows, reported: reportedBy, entered, warnings: warningsBy };
}

const LEVEL_ORDER = ["RED", "ORANGE", "YELLOW", "BLUE"];
const sortLevels = (rows: { level: string; count: number }[]) => [...rows].sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level));

function mergeWarnings(lists: { level: string; count: number }[][]): { level: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const list of lists) for (const row of list) counts.set(row.level, (counts.get(row.level) ?? 0) + row.count);
  return sortLevels([...counts].map(([level, count]) => ({ level, count })));
}

/** The system to show: the one asked for, else the zone's chosen one, else the newest. */
function pickSystem(systemId: string | null, settings: ReadinessSettingsView, systems: SystemRow[]): SystemRow | null {
  if (systemId) {
    const found = systems.find((row) => row.id === systemId);
    if (!found) throw new NotFoundError("evaluation system");
    return found;
  }
  return systems.find((row) => row.id === settings.systemId) ?? systems[0] ?? null;
}

export async function getReadiness(actor: Actor, options: { systemId?: string | null; reach?: string[]; now?: Date } = {}): Promise<ReadinessView | null> {
  authorize(actor, "readiness.view");
  const [zone, settings, systems] = await Promise.all([zoneOf(actor.zoneId), settingsOf(actor.zoneId), listSystems(actor)]);
  const system = pickSystem(options.systemId ?? null, settings, systems);
  if (!system) return null;
  const asOf = localDateKey(options.now ?? new Date(), zone.timeZone);
  const loaded = await load(actor.zoneId, system.id, zone.timeZone);
  const method: ScoringMethod = { cap: settings.cap, missingRule: settings.missingRule };
  const score = scoreCatalogue(loaded.groups, figuresAsOf(loaded.inputs, { upTo: asOf }), method);
  const feedItems = new Set(loaded.inputs.feeds.map((feed) => feed.workItemId));
  const reached = (options.reach ?? []).filter((id) => feedItems.has(id));
  const whatIf = reached.length > 0 ? whatIfScore(loaded.groups, loaded.inputs, method, new Set(reached), asOf) : null;
  const whatIfFigures = reached.length > 0 ? figuresAsOf(loaded.inputs, { upTo: asOf, reached: new Set(reached) }) : null;
  // The score at the targets: every indicator with a target at its target, the others as they are.
  const targetFigures = figuresAsOf(loaded.inputs, { upTo: asOf });
  for (const group of loaded.rows) {
    for (const indicator of group.indicators) {
      const target = toNumber(indicator.figure?.target);
      if (target !== null) targetFigures.set(indicator.id, { value: target, benchmark: toNumber(indicator.figure?.benchmark) });
    }
  }
  const targetScore = scoreCatalogue(loaded.groups, targetFigures, method);
  const totalGroupWeight = loaded.groups.reduce((sum, group) => sum + group.weight, 0);
  const gains = itemGains(loaded.groups, loaded.inputs, method, asOf);

  const groups: GroupView[] = loaded.rows.map((group, groupIndex) => {
    const scored = score.groups[groupIndex];
    return {
      id: group.id,
      code: group.code,
      name: group.name,
      weight: Number(group.weight),
      score: scored.score,
      coverage: scored.coverage,
      targetScore: targetScore.groups[groupIndex].score,
      whatIf: whatIf?.groups[groupIndex].score ?? null,
      indicators: group.indicators.map((indicator, indicatorIndex): IndicatorView => {
        const indicatorScore = scored.indicators[indicatorIndex];
        const latest = latestObservation(loaded.inputs.observations.get(indicator.id) ?? [], asOf);
        const values = loaded.entered.get(indicator.id) ?? [];
        const latestEntered = latest?.kind === "entered" ? values.find((row) => row.asOf === latest.on && row.value === latest.value) : undefined;
        return {
          id: indicator.id,
          groupId: group.id,
          code: indicator.code,
          name: indicator.name,
          unit: indicator.unit,
          direction: indicator.direction,
          weight: indicator.weight === null ? null : Number(indicator.weight),
          qualitative: indicator.qualitative,
          baseline: toNumber(indicator.figure?.baseline),
          baselineYear: indicator.figure?.baselineYear ?? null,
          target: toNumber(indicator.figure?.target),
          targetYear: indicator.figure?.targetYear ?? null,
          benchmark: toNumber(indicator.figure?.benchmark),
          benchmarkSource: indicator.figure?.benchmarkSource ?? null,
          value: latest?.value ?? null,
          valueOn: latest?.on ?? null,
          valueSource: latest?.source ?? null,
          valueKind: latest?.kind ?? null,
          reason: latestEntered?.reason ?? null,
          score: indicatorScore,
          targetScore: toNumber(indicator.figure?.target) === null ? null : targetScore.groups[groupIndex].indicators[indicatorIndex].score,
          behind: pointsBehind(scored, indicatorScore, totalGroupWeight),
          whatIfValue: whatIfFigures?.get(indicator.id)?.value ?? null,
          links: indicator.links.map((link): LinkedItem => {
            const itemIdsOfLink = link.workItem ? [link.workItem.id] : (link.measure?.workItems.map((item) => item.id) ?? []);
            return {
              linkId: link.id,
              workItemId: link.workItem?.id ?? null,
              measureId: link.measure?.id ?? null,
              code: link.workItem?.code ?? link.measure?.code ?? "",
              title: link.workItem?.title ?? link.measure?.title ?? "",
              leadUnit: link.workItem?.leadUnit.shortName ?? null,
              ownerName: link.workItem?.ownerName ?? null,
              progress: link.workItem ? Number(link.workItem.progress) : null,
              feed: link.workItemIndicator
                ? { id: link.workItemIndicator.id, name: link.workItemIndicator.name, unit: link.workItemIndicator.unit, current: toNumber(link.workItemIndicator.currentValue), target: Number(link.workItemIndicator.target) }
                : null,
              warnings: mergeWarnings(itemIdsOfLink.map((id) => loaded.warnings.get(id) ?? [])),
            };
          }),
          values,
        };
      }),
    };
  });
  const all = groups.flatMap((group) => group.indicators);
  const behind = all.filter((row) => (row.behind ?? 0) > 0).sort((a, b) => b.behind! - a.behind!).slice(0, BEHIND_LIST);
  const missing = all.filter((row) => row.score.score === null);
  const driverRows = new Map<string, ReadinessView["drivers"][number]>();
  for (const indicator of all) {
    for (const link of indicator.links) {
      if (!link.workItemId || !link.feed) continue;
      const existing = driverRows.get(link.workItemId);
      if (existing) existing.indicators.push(indicator.code);
      else driverRows.set(link.workItemId, { workItemId: link.workItemId, code: link.code, title: link.title, leadUnit: link.leadUnit, ownerName: link.ownerName, gain: gains.get(link.workItemId) ?? 0, indicators: [indicator.code], warnings: link.warnings });
    }
  }
  const drivers = [...driverRows.values()].sort((a, b) => b.gain - a.gain || a.code.localeCompare(b.code, "zh-CN", { numeric: true }));
  const startKey = dateKey(zone.campaignStart) < asOf ? dateKey(zone.campaignStart) : asOf;
  return {
    system,
    systems,
    chosen: system.id === settings.systemId,
    settings,
    asOf,
    overall: score.overall,
    coverage: score.coverage,
    indicatorCoverage: score.indicatorCoverage,
    targetOverall: targetScore.overall,
    whatIf: whatIf ? { reached, overall: whatIf.overall } : null,
    groups,
    behind,
    missing,
    drivers,
    trend: scoreTrend(loaded.groups, loaded.inputs, method, startKey, asOf),
    canManage: can(actor, "readiness.manage"),
  };
}

export interface ReadinessSummary {
  version: string;
  systemName: string;
  overall: number | null;
  indicatorCoverage: number;
  passMark: number;
  targetOverall: number | null;
  groups: { code: string; name: string; weight: number; score: number | null }[];
  behind: { code: string; name: string; behind: number; score: number | null }[];
  missing: number;
  indicators: number;
}

/** The figures the dashboard panel, the briefing line and the status report print. Null when the zone has no catalogue. */
export async function getReadinessSummary(actor: Actor, now?: Date): Promise<ReadinessSummary | null> {
  const view = await getReadiness(actor, { now });
  if (!view) return null;
  return {
    version: view.system.version,
    systemName: view.system.name,
    overall: view.overall,
    indicatorCoverage: view.indicatorCoverage,
    passMark: view.settings.passMark,
    targetOverall: view.targetOverall,
    groups: view.groups.map((group) => ({ code: group.code, name: group.name, weight: group.weight, score: group.score })),
    behind: view.behind.slice(0, 3).map((row) => ({ code: row.code, name: row.name, behind: row.behind!, score: row.score.score })),
    missing: view.missing.length,
    indicators: view.groups.reduce((sum, group) => sum + group.indicators.length, 0),
  };
}

/** Work items and measures the office may link to an indicator, with the items' own indicators. */
export async function getLinkOptions(actor: Actor) {
  authorize(actor, "readiness.manage");
  const [items, measures] = await Promise.all([
    db.workItem.findMany({
      where: { zoneId: actor.zoneId, status: { not: "ARCHIVED" } },
      orderBy: [{ code: "asc" }],
      select: { id: true, code: true, title: true, indicators: { orderBy: { seq: "asc" }, select: { id: true, name: true, unit: true } } },
    }),
    db.measure.findMany({ where: { zoneId: actor.zoneId }, orderBy: [{ code: "asc" }], select: { id: true, code: true, title: true } }),
  ]);
  const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code, "zh-CN", { numeric: true });
  return { items: items.sort(byCode), measures: measures.sort(byCode) };
}

