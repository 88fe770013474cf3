import { describe, expect, it } from "vitest";
import { STATE_DAYS_2026_2027, zoneCalendar } from "../support/calendar";
import { prepareQuarterData, type QuarterRaw } from "@/lib/assessment/inputs";
import { adjustedTotal, DEFAULT_MISSING_DATA_RULE, DEFAULT_WEIGHTS, rankByTotal, scoreQuarter, scoreUnit, substitutesFor, weekCredit, type MeasuredUnit, type UnitQuarterData } from "@/lib/assessment/scoring";

const q4 = { year: 2026, quarter: 4 };
const empty: Omit<UnitQuarterData, "unitId"> = { weeks: [], items: [], indicators: [], warnings: [], notices: [], inspections: [] };
const byComponent = (score: ReturnType<typeof scoreUnit>) => Object.fromEntries(score.components.map((component) => [component.component, component]));

describe("quarterly scoring (weights 20/35/20/15/10)", () => {
  // Hand-computed:
  // timeliness: on time, on time, 90 min late (0.8), missing (0) → 2.8 / 4 = 70
  // progress: gaps 5, 0 (ahead), 60 → 90, 100, 0 → 63.33
  // indicators: 0.4 of 0.5 planned → 80; 0.9 of 0.6 → capped 100 → 90
  // warnings: yellow 5 + orange 10 + one late notice 10 → 75
  // inspections: good 85, fair 70 → 77.5, one rectification overdue −10 → 67.5
  // total: 70×.20 + 63.33×.35 + 90×.20 + 75×.15 + 67.5×.10 = 14 + 22.17 + 18 + 11.25 + 6.75 = 72.17
  const unitA: UnitQuarterData = {
    unitId: "a",
    weeks: [
      { week: "2026-W41", outcome: "ON_TIME", lateMinutes: 0 },
      { week: "2026-W42", outcome: "ON_TIME", lateMinutes: 0 },
      { week: "2026-W43", outcome: "LATE", lateMinutes: 90 },
      { week: "2026-W44", outcome: "MISSING", lateMinutes: 0 },
    ],
    items: [
      { code: "1.1.1", title: "x", planned: 50, actual: 45 },
      { code: "1.1.2", title: "y", planned: 40, actual: 50 },
      { code: "1.1.3", title: "z", planned: 80, actual: 20 },
    ],
    indicators: [
      { code: "1.1.1", name: "高企数", baseline: 10, target: 20, value: 14, attained: 0.4, expected: 0.5 },
      { code: "1.1.2", name: "研发投入", baseline: 0, target: 10, value: 9, attained: 0.9, expected: 0.6 },
    ],
    warnings: [
      { level: "YELLOW", kind: "BEHIND_PLAN", title: "w1" },
      { level: "ORANGE", kind: "MISSING_REPORT", title: "w2" },
    ],
    notices: [
      { number: "督办〔2026〕3号", responseDue: "2026-11-10", late: true },
      { number: "督办〔2026〕4号", responseDue: "2026-11-20", late: false },
    ],
    inspections: [
      { date: "2026-10-15", rating: "GOOD", rectificationOverdue: false },
      { date: "2026-11-15", rating: "FAIR", rectificationOverdue: true },
    ],
  };

  it("scores every component and adds the weighted scores up", () => {
    const score = scoreUnit(unitA, DEFAULT_WEIGHTS);
    const parts = byComponent(score);
    expect(parts.TIMELINESS).toMatchObject({ rawScore: 70, weight: 20, score: 14 });
    expect(parts.PROGRESS).toMatchObject({ rawScore: 63.33, weight: 35, score: 22.17 });
    expect(parts.INDICATORS).toMatchObject({ rawScore: 90, weight: 20, score: 18 });
    expect(parts.WARNINGS).toMatchObject({ rawScore: 75, weight: 15, score: 11.25 });
    expect(parts.INSPECTIONS).toMatchObject({ rawScore: 67.5, weight: 10, score: 6.75 });
    expect(score.computedScore).toBe(72.17);
  });

  it("keeps the figures behind each component", () => {
    const parts = byComponent(scoreUnit(unitA, DEFAULT_WEIGHTS));
    expect(parts.TIMELINESS.evidence).toMatchObject({ expected: 4, onTime: 2, lateWithinDay: 1, lateOverDay: 0, missing: 1 });
    expect(parts.PROGRESS.evidence).toMatchObject({ averageGap: 21.67 });
    expect((parts.PROGRESS.evidence.items as { gap: number; score: number }[]).map((item) => [item.gap, item.score])).toEqual([[5, 90], [0, 100], [60, 0]]);
    expect(parts.WARNINGS.evidence).toMatchObject({ byLevel: { BLUE: 0, YELLOW: 1, ORANGE: 1, RED: 0 }, warningDeduction: 15, lateNotices: 1, noticeDeduction: 10 });
    expect(parts.INSPECTIONS.evidence).toMatchObject({ averageRating: 77.5, rectificationOverdue: 1, deduction: 10 });
  });

  // Unit B has no indicators and no inspections: their 30 points of weight are spread over
  // the other three in proportion (20/70, 35/70, 15/70 of 100 = 28.57, 50, 21.43).
  // timeliness: on time + 2000 min late (0.5) → 75; progress: 15 behind → 70; warnings: one red → 80
  // total: 75×.2857 + 70×.50 + 80×.2143 = 21.43 + 35 + 17.14 = 73.57
  it("spreads the weight of components without data over the others", () => {
    const unitB: UnitQuarterData = {
      ...empty,
      unitId: "b",
      weeks: [
        { week: "2026-W41", outcome: "ON_TIME", lateMinutes: 0 },
        { week: "2026-W42", outcome: "LATE", lateMinutes: 2000 },
      ],
      items: [{ code: "2.1.1", title: "x", planned: 60, actual: 45 }],
      warnings: [{ level: "RED", kind: "OVERDUE", title: "w" }],
    };
    const score = scoreUnit(unitB, DEFAULT_WEIGHTS);
    const parts = byComponent(score);
    expect(parts.TIMELINESS).toMatchObject({ configuredWeight: 20, weight: 28.57, rawScore: 75, score: 21.43 });
    expect(parts.PROGRESS).toMatchObject({ weight: 50, rawScore: 70, score: 35 });
    expect(parts.WARNINGS).toMatchObject({ weight: 21.43, rawScore: 80, score: 17.14 });
    expect(parts.INDICATORS).toMatchObject({ weight: 0, rawScore: null, score: 0 });
    expect(parts.INSPECTIONS).toMatchObject({ weight: 0, rawScore: null, score: 0 });
    expect(score.computedScore).toBe(73.57);
  });

  it("gives a flawless unit 100 and a unit with nothing to report on only its warnings score", () => {
    const flawless = scoreUnit({ ...unitA, weeks: [{ week: "2026-W41", outcome: "ON_TIME", lateMinutes: 0 }], items: [{ code: "1", title: "x", planned: 50, actual: 50 }], indicators: [], warnings: [], notices: [], inspections: [{ date: "2026-10-01", rating: "EXCELLENT", rectificationOverdue: false }] }, DEFAULT_WEIGHTS);
    expect(flawless.computedScore).toBe(100);
    const idle = scoreUnit({ ...empty, unitId: "c", warnings: [{ level: "RED", kind: "OVERDUE", title: "w" }, { level: "RED", kind: "OVERDUE", title: "w" }] }, DEFAULT_WEIGHTS);
    expect(idle.computedScore).toBe(60);
  });

  it("credits late reports by how late they were", () => {
    expect(weekCredit("ON_TIME", 0)).toBe(1);
    expect(weekCredit("LATE", 1440)).toBe(0.8);
    expect(weekCredit("LATE", 1441)).toBe(0.5);
    expect(weekCredit("MISSING", 0)).toBe(0);
  });

  it("follows the zone's weights and refuses weights that do not sum to 100", () => {
    const timelinessOnly = { TIMELINESS: 100, PROGRESS: 0, INDICATORS: 0, WARNINGS: 0, INSPECTIONS: 0 };
    expect(scoreQuarter([unitA], timelinessOnly, q4)[0]).toMatchObject({ computedScore: 70, year: 2026, quarter: 4 });
    expect(() => scoreQuarter([unitA], { ...DEFAULT_WEIGHTS, PROGRESS: 30 }, q4)).toThrow(/sum to 100/);
  });

  it("counts a part without data with the round's lowest by default, or its median or 0 when chosen", () => {
    // Inspections 100, 70, 85 and one unit without; nobody has TIMELINESS data.
    const unit = (unitId: string, inspections: number | null): MeasuredUnit => ({
      unitId,
      parts: [
        { component: "INSPECTIONS", rawScore: inspections, evidence: {} },
        { component: "TIMELINESS", rawScore: null, evidence: {} },
      ],
    });
    const round = [unit("a", 100), unit("b", 70), unit("c", null), unit("d", 85)];
    expect(DEFAULT_MISSING_DATA_RULE).toBe("ROUND_LOWEST");
    expect(substitutesFor(round, "ROUND_LOWEST")).toMatchObject({ INSPECTIONS: 70, TIMELINESS: null });
    expect(substitutesFor(round, "ROUND_MEDIAN")).toMatchObject({ INSPECTIONS: 85, TIMELINESS: null });
    expect(substitutesFor(round, "ZERO")).toMatchObject({ INSPECTIONS: 0, TIMELINESS: 0 });
    expect(substitutesFor(round, "EXCLUDE_AND_REWEIGHT")).toMatchObject({ INSPECTIONS: null, TIMELINESS: null });
  });

  it("ranks ties equally and keeps adjusted totals within 0–100", () => {
    const ranked = rankByTotal([
      { unitId: "a", total: 80 },
      { unitId: "b", total: 90 },
      { unitId: "c", total: 80 },
      { unitId: "d", total: 70 },
    ]);
    expect(ranked.map((row) => [row.unitId, row.rank])).toEqual([["b", 1], ["a", 2], ["c", 2], ["d", 4]]);
    expect(adjustedTotal(72.17, 3.5)).toBe(75.67);
    expect(adjustedTotal(98, 5)).toBe(100);
    expect(adjustedTotal(3, -5)).toBe(0);
  });
});

describe("preparing a quarter's figures from the rows", () => {
  // An ordinary calendar (Fridays 18:00, no holidays) unless a test says otherwise.
  const base: QuarterRaw = {
    quarter: q4,
    zone: zoneCalendar(),
    now: new Date("2027-01-20T00:00:00Z"),
    units: [{ id: "u1", active: true, kind: "DEPARTMENT" }],
    excused: [],
    items: [
      { id: "i1", code: "1.1.1", title: "培育高企", leadUnitId: "u1", startDate: "2026-10-01", dueDate: "2027-03-31", curve: "LINEAR", points: null, status: "ACTIVE", completedAt: null, recurrence: "NONE", indicators: [{ id: "k1", name: "高企数", baseline: 100, target: 200 }] },
      { id: "i2", code: "1.1.2", title: "旧事项", leadUnitId: "u1", startDate: "2026-01-01", dueDate: "2026-06-30", curve: "LINEAR", points: null, status: "COMPLETED", completedAt: new Date("2026-06-20T00:00:00Z"), recurrence: "NONE", indicators: [] },
    ],
    reports: [{ unitId: "u1", isoYear: 2026, isoWeek: 40, submittedAt: new Date("2026-10-02T09:00:00Z"), lateMinutes: 0 }],
    entries: [
      { workItemId: "i1", isoYear: 2026, isoWeek: 40, progress: 10, values: [{ indicatorId: "k1", value: 110 }] },
      { workItemId: "i1", isoYear: 2026, isoWeek: 53, progress: 40, values: [] },
      { workItemId: "i1", isoYear: 2027, isoWeek: 2, progress: 60, values: [{ indicatorId: "k1", value: 160 }] },
    ],
    warnings: [
      { id: "w1", unitId: "u1", level: "YELLOW", kind: "BEHIND_PLAN", title: "in", openedAt: new Date("2026-12-01T00:00:00Z") },
      { id: "w2", unitId: "u1", level: "RED", kind: "OVERDUE", title: "after", openedAt: new Date("2027-01-05T00:00:00Z") },
    ],
    notices: [{ id: "n1", unitId: "u1", number: "督办〔2026〕1号", responseDue: "2026-12-10", respondedAt: new Date("2026-12-10T15:00:00Z") }],
    inspections: [{ id: "s1", unitId: "u1", date: "2026-11-11", rating: "POOR", rectificationRequired: true, rectificationDue: "2026-12-01", rectifiedAt: null }],
  };

  it("assesses a closed quarter as of its last day, from the weeks whose deadline fell in it", () => {
    const [data] = prepareQuarterData(base);
    // Deadlines from Fri 2026-10-02 (W40) to Thu 2026-12-31 is W53's Friday 2027-01-01: not in Q4.
    expect(data.weeks.map((week) => week.week)).toEqual(Array.from({ length: 13 }, (_, index) => `2026-W${40 + index}`));
    expect(data.weeks.filter((week) => week.outcome === "ON_TIME")).toHaveLength(1);
    expect(data.items).toEqual([{ id: "i1", code: "1.1.1", title: "培育高企", planned: expect.closeTo(50.55, 1), actual: 40 }]);
    expect(data.indicators[0]).toMatchObject({ value: 110, attained: 0.1 });
    expect(data.warnings.map((warning) => warning.title)).toEqual(["in"]);
    // Answered on the due day (23:00 Shanghai): on time.
    expect(data.notices).toEqual([{ id: "n1", number: "督办〔2026〕1号", responseDue: "2026-12-10", late: false }]);
    expect(data.inspections).toEqual([{ id: "s1", date: "2026-11-11", rating: "POOR", rectificationOverdue: true }]);
  });

  it("owes no report for weeks before the zone started reporting", () => {
    const [data] = prepareQuarterData({ ...base, zone: zoneCalendar({ reportingStartsOn: "2026-11-02" }) });
    expect(data.weeks[0].week).toBe("2026-W45");
    expect(data.weeks).toHaveLength(8);
  });

  it("times the quarter on the working calendar: holidays move deadlines across the quarter's edges; excused weeks are not owed", () => {
    // 2026-W40's Friday is 国庆: its deadline moves to Wednesday 09-30 (Q3). 2026-W53's Friday is 元旦 2027: to
    // Thursday 12-31 (Q4). So Q4 owes W41–W53; W46 excused (免报) leaves 12.
    const [data] = prepareQuarterData({ ...base, zone: zoneCalendar({}, STATE_DAYS_2026_2027), excused: ["u1:2026-W46"] });
    expect(data.weeks.map((week) => week.week)).toEqual(["41", "42", "43", "44", "45", "47", "48", "49", "50", "51", "52", "53"].map((week) => `2026-W${week}`));
    // The W40 report (filed 10-02) is no longer in this quarter's weeks.
    expect(data.weeks.filter((week) => week.outcome === "ON_TIME")).toHaveLength(0);
  });

  it("assesses a running quarter as of now", () => {
    const [data] = prepareQuarterData({ ...base, now: new Date("2026-10-20T00:00:00Z") });
    expect(data.weeks.map((week) => week.week)).toEqual(["2026-W40", "2026-W41", "2026-W42"]);
    expect(data.inspections).toEqual([]);
  });
});
