import { describe, expect, it } from "vitest";
import { figuresAsOf, itemGains, latestObservation, monthEnds, scoreTrend, whatIfScore, type FigureInputs, type Observation } from "@/lib/readiness/figures";
import { pointsBehind, rawAttainment, scoreCatalogue, type CatalogueGroup, type IndicatorFigures, type ScoringMethod } from "@/lib/readiness/scoring";

const indicator = (id: string, direction: "RISING" | "FALLING", weight: number | null, qualitative = false) => ({ id, code: id, name: id, unit: null, direction, weight, qualitative });

// A small catalogue: group A 40 %, group B 60 %.
const catalogue: CatalogueGroup[] = [
  { id: "A", code: "1", name: "A", weight: 40, indicators: [indicator("a1", "RISING", 1), indicator("a2", "FALLING", null), indicator("a3", "RISING", 2)] },
  { id: "B", code: "2", name: "B", weight: 60, indicators: [indicator("b1", "RISING", null, true), indicator("b2", "RISING", 1.2), indicator("b3", "RISING", 0.8)] },
];

const figures = new Map<string, IndicatorFigures>([
  ["a1", { value: 6, benchmark: 4 }], // 6 / 4 = 1.5 → capped at 1.2 → 120
  ["a2", { value: 0.5, benchmark: 0.4 }], // falling: 0.4 / 0.5 = 0.8 → 80
  ["a3", { value: null, benchmark: 8 }], // missing value
  ["b1", { value: 70, benchmark: null }], // qualitative: the office's 70
  ["b2", { value: 3, benchmark: 5 }], // 3 / 5 = 0.6 → 60
  ["b3", { value: 5, benchmark: null }], // missing benchmark
]);

const reweight: ScoringMethod = { cap: 1.2, missingRule: "REWEIGHT" };
const asZero: ScoringMethod = { cap: 1.2, missingRule: "COUNT_AS_ZERO" };

describe("readiness scoring on a small catalogue", () => {
  it("scores indicators: capped, falling inverted, qualitative as given, missing as null", () => {
    const score = scoreCatalogue(catalogue, figures, reweight);
    const [a, b] = score.groups;
    expect(a.indicators.map((row) => row.score)).toEqual([120, 80, null]);
    expect(a.indicators[0].capped).toBe(true);
    expect(a.indicators[0].attainment).toBe(1.2);
    expect(a.indicators[1].capped).toBe(false);
    expect(a.indicators[2].missing).toBe("value");
    expect(b.indicators[0].score).toBe(70);
    expect(b.indicators[1].score).toBeCloseTo(60, 10);
    expect(b.indicators[2]).toMatchObject({ score: null, missing: "benchmark", weight: 0.8 });
  });

  it("REWEIGHT: groups over their scored indicators, the whole over the groups", () => {
    const score = scoreCatalogue(catalogue, figures, reweight);
    // A: (120×1 + 80×1) / 2 = 100; coverage 2 of weight 4 = 0.5
    expect(score.groups[0].score).toBeCloseTo(100, 10);
    expect(score.groups[0].coverage).toBeCloseTo(0.5, 10);
    // B: (70×1 + 60×1.2) / 2.2 = 142 / 2.2 = 64.5454…; coverage 2.2 / 3
    expect(score.groups[1].score).toBeCloseTo(64.545454, 5);
    // overall: (40×100 + 60×64.5454…) / 100 = 78.7272…
    expect(score.overall).toBeCloseTo(78.727272, 5);
    expect(score.coverage).toBe(1);
    // indicator coverage: (40×0.5 + 60×2.2/3) / 100 = 0.64
    expect(score.indicatorCoverage).toBeCloseTo(0.64, 10);
  });

  it("COUNT_AS_ZERO: a missing indicator counts 0 inside its group, and is still reported missing", () => {
    const score = scoreCatalogue(catalogue, figures, asZero);
    // A: 200 / 4 = 50; B: 142 / 3 = 47.333…; overall 0.4×50 + 0.6×47.333… = 48.4
    expect(score.groups[0].score).toBeCloseTo(50, 10);
    expect(score.groups[1].score).toBeCloseTo(47.333333, 5);
    expect(score.overall).toBeCloseTo(48.4, 10);
    expect(score.groups[0].indicators[2].score).toBeNull();
  });

  it("a group with no scored indicator is missing and the whole is weighed over the others", () => {
    const onlyA = new Map([...figures].filter(([id]) => id.startsWith("a")));
    const score = scoreCatalogue(catalogue, onlyA, reweight);
    expect(score.groups[1].score).toBeNull();
    expect(score.overall).toBeCloseTo(100, 10);
    expect(score.coverage).toBeCloseTo(0.4, 10);
    expect(scoreCatalogue(catalogue, new Map(), reweight).overall).toBeNull();
  });

  it("growth rates against a benchmark at or below 0, and a falling value of 0", () => {
    // falling, benchmark −2 %: −3 % is 1 − (−3 + 2) / 2 = 1.5; +1 % is 1 − 3 / 2 = −0.5 (floored at 0 by the scoring)
    expect(rawAttainment("FALLING", -3, -2)).toBe(1.5);
    expect(rawAttainment("FALLING", 1, -2)).toBe(-0.5);
    // rising, benchmark −4 %: −1 % is 1 + 3 / 4 = 1.75
    expect(rawAttainment("RISING", -1, -4)).toBe(1.75);
    expect(rawAttainment("RISING", 5, 0)).toBeNull();
    expect(rawAttainment("FALLING", 0, 0.4)).toBe(Number.POSITIVE_INFINITY);
    const co2: CatalogueGroup[] = [{ id: "G", code: "3", name: "G", weight: 15, indicators: [indicator("c", "FALLING", null)] }];
    expect(scoreCatalogue(co2, new Map([["c", { value: 1, benchmark: -2 }]]), reweight).overall).toBe(0);
  });

  it("points behind: share of the whole × (100 − score)", () => {
    const score = scoreCatalogue(catalogue, figures, reweight);
    // b2: group B is 60 % of 100, b2 is 1.2 of B's weight 3 → 0.24 × (100 − 60) = 9.6
    expect(pointsBehind(score.groups[1], score.groups[1].indicators[1], 100)).toBeCloseTo(9.6, 10);
    // a1 is above the benchmark: nothing behind
    expect(pointsBehind(score.groups[0], score.groups[0].indicators[0], 100)).toBe(0);
    expect(pointsBehind(score.groups[0], score.groups[0].indicators[2], 100)).toBeNull();
  });
});

describe("values, what-if and trend", () => {
  const obs = (indicatorId: string, value: number, on: string, kind: Observation["kind"] = "entered"): Observation => ({ indicatorId, value, on, kind, source: "统计" });
  const inputs: FigureInputs = {
    indicators: catalogue.flatMap((group) => group.indicators.map(({ id, direction }) => ({ id, direction }))),
    observations: new Map([
      ["a1", [obs("a1", 2, "2026-01-15"), obs("a1", 6, "2026-03-08", "reported")]],
      ["a2", [obs("a2", 0.5, "2026-01-31")]],
      ["b1", [obs("b1", 70, "2026-02-01")]],
      ["b2", [obs("b2", 3, "2026-02-20", "reported"), obs("b2", 3.5, "2026-02-20")]],
    ]),
    benchmarks: new Map([["a1", 4], ["a2", 0.4], ["a3", 8], ["b2", 5]]),
    feeds: [
      { indicatorId: "a3", workItemId: "W1", target: 10 },
      { indicatorId: "b2", workItemId: "W2", target: 4 },
      { indicatorId: "b2", workItemId: "W3", target: 6 },
    ],
  };

  it("the latest observation by date counts; an entered value wins a tie", () => {
    expect(latestObservation(inputs.observations.get("a1")!)?.value).toBe(6);
    expect(latestObservation(inputs.observations.get("a1")!, "2026-02-28")?.value).toBe(2);
    expect(latestObservation(inputs.observations.get("b2")!)?.value).toBe(3.5);
    expect(latestObservation(inputs.observations.get("a1")!, "2025-12-31")).toBeNull();
  });

  it("what-if: the selected items' targets replace the values they feed", () => {
    // b2 = 3.5 → 70; B = (70 + 1.2×70) / 2.2 = 70; A = (120 + 80) / 2 = 100; overall 0.4×100 + 0.6×70 = 82
    const now = whatIfScore(catalogue, inputs, reweight, new Set());
    expect(now.overall).toBeCloseTo(82, 10);
    // W1 reaches 10 on a3: 10 / 8 = 1.25 → 120; A = (120 + 80 + 2×120) / 4 = 110 → overall 44 + 42 = 86
    expect(whatIfScore(catalogue, inputs, reweight, new Set(["W1"])).overall).toBeCloseTo(86, 10);
    // W2 and W3 both feed b2: the better target (6) counts → 6 / 5 = 1.2 → 120; B = (70 + 144) / 2.2 = 97.2727… → overall 40 + 58.3636… = 98.3636…
    expect(whatIfScore(catalogue, inputs, reweight, new Set(["W2", "W3"])).overall).toBeCloseTo(98.363636, 5);
    const gains = itemGains(catalogue, inputs, reweight);
    expect(gains.get("W1")).toBeCloseTo(4, 10);
    // W2 alone: b2 = 4 → 80; B = (70 + 96) / 2.2 = 75.4545… → overall 40 + 45.2727… = 85.2727… → +3.2727…
    expect(gains.get("W2")).toBeCloseTo(3.272727, 5);
    expect(figuresAsOf(inputs, { reached: new Set(["W1"]) }).get("a3")).toEqual({ value: 10, benchmark: 8 });
  });

  it("the trend scores each month end from the values recorded by then", () => {
    expect(monthEnds("2025-11-20", "2026-03-10")).toEqual(["2025-11-30", "2025-12-31", "2026-01-31", "2026-02-28", "2026-03-10"]);
    const trend = scoreTrend(catalogue, inputs, reweight, "2025-12-01", "2026-03-10");
    expect(trend.map((point) => point.month)).toEqual(["2025-12", "2026-01", "2026-02", "2026-03"]);
    // December: nothing recorded → missing, not 0
    expect(trend[0].overall).toBeNull();
    // January: a1 = 2 → 50, a2 = 80 → A = 65; B missing → overall 65
    expect(trend[1].overall).toBeCloseTo(65, 10);
    // February: A = 65; B = 70 → overall 0.4×65 + 0.6×70 = 68
    expect(trend[2].overall).toBeCloseTo(68, 10);
    // March: a1 = 6 → 120, A = 100 → 82
    expect(trend[3].overall).toBeCloseTo(82, 10);
  });
});
