// Which value an evaluation indicator counts with, as of a day, and under a what-if. Pure.
//
// An indicator's observations are the values the office entered (with their source and
// statistics date) and the values reported in weekly reports on the work-item indicators that
// feed it (dated the day the report was submitted). Its value as of a day is the latest
// observation on or before that day; an entered value wins a tie (the office checked it).
// What-if: a selected work item that reaches its target gives each indicator it feeds the
// target of its own indicator (the better one, when several selected items feed the same).
import { scoreCatalogue, type CatalogueGroup, type IndicatorFigures, type ReadinessScore, type ScoringMethod } from "./scoring";

export type ObservationKind = "entered" | "reported";

export interface Observation {
  indicatorId: string;
  value: number;
  /** "YYYY-MM-DD": the day the value describes. */
  on: string;
  kind: ObservationKind;
  /** Entered: the source as typed; reported: the work item's code. */
  source: string;
}

/** A work-item indicator whose reports feed an evaluation indicator. */
export interface Feed {
  indicatorId: string;
  workItemId: string;
  /** The work-item indicator's target: what the item promises. */
  target: number;
}

export function latestObservation(observations: readonly Observation[], upTo?: string): Observation | null {
  let best: Observation | null = null;
  for (const observation of observations) {
    if (upTo !== undefined && observation.on > upTo) continue;
    if (!best || observation.on > best.on || (observation.on === best.on && observation.kind === "entered" && best.kind === "reported")) best = observation;
  }
  return best;
}

export interface FigureInputs {
  /** Every scored indicator of the catalogue, with its direction (the what-if picks the better target). */
  indicators: { id: string; direction: "RISING" | "FALLING" }[];
  observations: ReadonlyMap<string, readonly Observation[]>;
  benchmarks: ReadonlyMap<string, number | null>;
  feeds: readonly Feed[];
}

export function figuresAsOf(inputs: FigureInputs, options: { upTo?: string; reached?: ReadonlySet<string> } = {}): Map<string, IndicatorFigures> {
  const promised = new Map<string, number[]>();
  if (options.reached && options.reached.size > 0) {
    for (const feed of inputs.feeds) {
      if (!options.reached.has(feed.workItemId)) continue;
      promised.set(feed.indicatorId, [...(promised.get(feed.indicatorId) ?? []), feed.target]);
    }
  }
  const figures = new Map<string, IndicatorFigures>();
  for (const indicator of inputs.indicators) {
    const targets = promised.get(indicator.id);
    const value = targets
      ? indicator.direction === "RISING" ? Math.max(...targets) : Math.min(...targets)
      : (latestObservation(inputs.observations.get(indicator.id) ?? [], options.upTo)?.value ?? null);
    figures.set(indicator.id, { value, benchmark: inputs.benchmarks.get(indicator.id) ?? null });
  }
  return figures;
}

/** The last day of every month from the month of `startKey` to the month of `endKey`; the last one is `endKey` itself. */
export function monthEnds(startKey: string, endKey: string): string[] {
  const days: string[] = [];
  let year = Number(startKey.slice(0, 4));
  let month = Number(startKey.slice(5, 7));
  const endMonth = endKey.slice(0, 7);
  for (let guard = 0; guard < 240; guard += 1) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    if (key > endMonth) break;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    days.push(key === endMonth ? endKey : `${key}-${String(last).padStart(2, "0")}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return days;
}

export interface TrendPoint {
  month: string;
  overall: number | null;
  coverage: number;
}

/** The estimated overall score at the end of each month, from the values recorded by then (benchmarks as they stand now). */
export function scoreTrend(groups: CatalogueGroup[], inputs: FigureInputs, method: ScoringMethod, startKey: string, endKey: string): TrendPoint[] {
  return monthEnds(startKey, endKey).map((day) => {
    const score = scoreCatalogue(groups, figuresAsOf(inputs, { upTo: day }), method);
    return { month: day.slice(0, 7), overall: score.overall, coverage: score.indicatorCoverage };
  });
}

/** The score if the given work items reach their targets. */
export function whatIfScore(groups: CatalogueGroup[], inputs: FigureInputs, method: ScoringMethod, reached: ReadonlySet<string>, upTo?: string): ReadinessScore {
  return scoreCatalogue(groups, figuresAsOf(inputs, { upTo, reached }), method);
}

/** For each work item that feeds an indicator: the overall points it adds by reaching its target alone (where effort pays most). */
export function itemGains(groups: CatalogueGroup[], inputs: FigureInputs, method: ScoringMethod, upTo?: string): Map<string, number> {
  const base = scoreCatalogue(groups, figuresAsOf(inputs, { upTo }), method).overall;
  const gains = new Map<string, number>();
  for (const workItemId of new Set(inputs.feeds.map((feed) => feed.workItemId))) {
    const reached = whatIfScore(groups, inputs, method, new Set([workItemId]), upTo).overall;
    if (reached !== null) gains.set(workItemId, reached - (base ?? 0));
  }
  return gains;
}
