import { describe, expect, it } from "vitest";
import { zonedInstant } from "@/lib/dates/zone-time";
import { RULE_SCHEMAS as SCHEMAS } from "@/lib/warnings/rules";
import { STATE_DAYS_2026_2027, zoneCalendar } from "../support/calendar";
import { diffWarnings, evaluateWarnings, progressTrend, resolutionReason } from "@/lib/warnings/engine";
import { defaultRuleSet, RULE_SCHEMAS, ruleSetFromRows, type RuleSet, type WarningKind } from "@/lib/warnings/rules";
import type { ComputedWarning, EngineInput, EngineNotice, EngineReport, EngineWorkItem } from "@/lib/warnings/types";

const TZ = "Asia/Shanghai";
const at = (day: string, time = "10:00") => zonedInstant(day, time, TZ);
/** Friday 2026-11-20 is the deadline day of 2026-W47. */
const DEADLINE_W47 = at("2026-11-20", "18:00");

const UNIT = { id: "u-kjj", name: "江州市科学技术局", active: true, kind: "DEPARTMENT" };
const OTHER = { id: "u-fgw", name: "江州市发展和改革委员会", active: true, kind: "DEPARTMENT" };
/** The zone started weekly reporting in 2026-W40 (Monday 2026-09-28); an ordinary calendar unless a test says otherwise. */
const CALENDAR = zoneCalendar({ reportingStartsOn: "2026-09-28" });

function item(overrides: Partial<EngineWorkItem> & { id: string }): EngineWorkItem {
  return {
    code: overrides.id.toUpperCase(),
    title: `事项${overrides.id}`,
    source: "PLAN",
    leadUnitId: UNIT.id,
    startDate: "2026-10-01",
    dueDate: "2027-01-08",
    curve: "LINEAR",
    points: null,
    recurrence: "NONE",
    status: "ACTIVE",
    completedAt: null,
    createdAt: at("2026-09-01"),
    progress: 0,
    lastReportedAt: null,
    ...overrides,
  };
}

/** A report of an ISO week, submitted on its deadline day at 17:00 unless told otherwise. */
function report(week: string, entries: Record<string, number | null> = {}, options: { unitId?: string; status?: EngineReport["status"]; submittedAt?: Date | null } = {}): EngineReport {
  const [isoYear, isoWeek] = week.split("-W").map(Number);
  const status = options.status ?? "SUBMITTED";
  return {
    id: `r-${options.unitId ?? UNIT.id}-${week}`,
    unitId: options.unitId ?? UNIT.id,
    isoYear,
    isoWeek,
    status,
    submittedAt: options.submittedAt !== undefined ? options.submittedAt : status === "DRAFT" ? null : fridayOf(isoYear, isoWeek, "17:00"),
    entries: Object.entries(entries).map(([workItemId, progress]) => ({ workItemId, progress })),
  };
}

function fridayOf(isoYear: number, isoWeek: number, time: string): Date {
  const jan4 = Date.UTC(isoYear, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (isoWeek - 1) * 7 * 86_400_000;
  return at(new Date(monday + 4 * 86_400_000).toISOString().slice(0, 10), time);
}

function rules(changes: Partial<{ [K in WarningKind]: Partial<RuleSet[K]> }> = {}, only?: WarningKind[]): RuleSet {
  const set = defaultRuleSet();
  for (const kind of Object.keys(set) as WarningKind[]) {
    if (only && !only.includes(kind)) set[kind] = { ...set[kind], enabled: false } as never;
    const change = changes[kind];
    if (change) set[kind] = { ...set[kind], ...change, params: { ...set[kind].params, ...(change.params ?? {}) } } as never;
  }
  return set;
}

function input(overrides: Partial<EngineInput>): EngineInput {
  return {
    asOf: DEADLINE_W47,
    calendar: CALENDAR,
    rules: defaultRuleSet(),
    units: [UNIT, OTHER],
    workItems: [],
    reports: [],
    exemptions: [],
    notices: [],
    yellowHistory: [],
    ...overrides,
  };
}

const ofKind = (warnings: ComputedWarning[], kind: WarningKind) => warnings.filter((warning) => warning.kind === kind);
const only = (warnings: ComputedWarning[], kind: WarningKind) => {
  const found = ofKind(warnings, kind);
  expect(found, `${kind}: ${JSON.stringify(warnings.map((w) => w.dedupeKey))}`).toHaveLength(1);
  return found[0];
};

describe("missing report", () => {
  const items = [item({ id: "a", startDate: "2026-09-01" })];
  const onlyMissing = rules({}, ["MISSING_REPORT"]);
  const history = ["2026-W40", "2026-W41", "2026-W42", "2026-W43", "2026-W44"].map((week) => report(week));

  it("is on time at the deadline instant and missing one second later", () => {
    const reports = [...history, report("2026-W45"), report("2026-W46")];
    expect(evaluateWarnings(input({ asOf: DEADLINE_W47, rules: onlyMissing, workItems: items, reports }))).toEqual([]);
    const late = evaluateWarnings(input({ asOf: new Date(DEADLINE_W47.getTime() + 1000), rules: onlyMissing, workItems: items, reports }));
    const warning = only(late, "MISSING_REPORT");
    expect(warning).toMatchObject({ level: "YELLOW", unitId: UNIT.id, dedupeKey: `MISSING_REPORT:${UNIT.id}`, workItemId: null });
    expect(warning.evidence.figures).toMatchObject({ weeksMissing: 1, missingWeeks: ["2026-W47"], lastSubmittedWeek: "2026-W46", lastDeadline: DEADLINE_W47.toISOString() });
    expect(warning.evidence.reports).toEqual([{ id: `r-${UNIT.id}-2026-W46`, week: "2026-W46" }]);
    expect(warning.title).toBe("江州市科学技术局 1 周未报送周报");
  });

  it("reads the deadline on the zone's clock, not the server's", () => {
    // 17:59:59 in Shanghai is 09:59:59 UTC: still on time.
    const reports = [...history, report("2026-W45"), report("2026-W46")];
    expect(evaluateWarnings(input({ asOf: new Date("2026-11-20T09:59:59Z"), rules: onlyMissing, workItems: items, reports }))).toEqual([]);
    expect(evaluateWarnings(input({ asOf: new Date("2026-11-20T10:00:01Z"), rules: onlyMissing, workItems: items, reports }))).toHaveLength(1);
  });

  it("escalates with consecutive weeks: 1 yellow, 2 orange, 3 and more red", () => {
    const asOf = new Date(DEADLINE_W47.getTime() + 60_000);
    const levels = [
      [report("2026-W45"), report("2026-W46")],
      [report("2026-W45")],
      [],
    ].map((recent) => only(evaluateWarnings(input({ asOf, rules: onlyMissing, workItems: items, reports: [...history, ...recent] })), "MISSING_REPORT"));
    expect(levels.map((warning) => [warning.level, warning.evidence.figures.weeksMissing])).toEqual([["YELLOW", 1], ["ORANGE", 2], ["RED", 3]]);
    const four = only(evaluateWarnings(input({ asOf, rules: onlyMissing, workItems: items, reports: history.slice(0, 4) })), "MISSING_REPORT");
    expect(four).toMatchObject({ level: "RED" });
    expect(four.evidence.figures.missingWeeks).toEqual(["2026-W44", "2026-W45", "2026-W46", "2026-W47"]);
  });

  it("counts every owed week not filed in the look-back window, not only the latest streak", () => {
    // W45 missed, W46 submitted, W47 missed: two weeks missing, orange (issue 12 changed this from "one week, the streak").
    const reports = [...history, report("2026-W46")];
    const warning = only(evaluateWarnings(input({ asOf: new Date(DEADLINE_W47.getTime() + 1), rules: onlyMissing, workItems: items, reports })), "MISSING_REPORT");
    expect(warning.level).toBe("ORANGE");
    expect(warning.evidence.figures).toMatchObject({ weeksMissing: 2, missingWeeks: ["2026-W45", "2026-W47"], lastSubmittedWeek: "2026-W46" });
    expect(warning.title).toBe("江州市科学技术局 2 周未报送周报");
  });

  it("keeps the week on the zone's calendar across the week boundary", () => {
    const reports = [...history, report("2026-W45"), report("2026-W46")];
    // Monday 00:30 in Shanghai is still Sunday in UTC: W48 has begun, its deadline is days away.
    const mondayMorning = at("2026-11-23", "00:30");
    expect(only(evaluateWarnings(input({ asOf: mondayMorning, rules: onlyMissing, workItems: items, reports })), "MISSING_REPORT").evidence.figures.missingWeeks).toEqual(["2026-W47"]);
    // A W47 report filed late, on Sunday 23:59, clears it; one filed after asOf does not yet.
    const lateReport = report("2026-W47", {}, { submittedAt: at("2026-11-22", "23:59") });
    expect(evaluateWarnings(input({ asOf: mondayMorning, rules: onlyMissing, workItems: items, reports: [...reports, lateReport] }))).toEqual([]);
    const afterAsOf = report("2026-W47", {}, { submittedAt: at("2026-11-23", "09:00") });
    expect(evaluateWarnings(input({ asOf: mondayMorning, rules: onlyMissing, workItems: items, reports: [...reports, afterAsOf] }))).toHaveLength(1);
  });

  it("runs across the ISO year end (2026 has 53 weeks)", () => {
    const reports = [report("2026-W50"), report("2026-W51")];
    const asOf = at("2027-01-08", "18:00:01");
    // Reporting started in W50 (Monday 2026-12-07).
    const calendar = zoneCalendar({ reportingStartsOn: "2026-12-07" });
    const warning = only(evaluateWarnings(input({ asOf, calendar, rules: onlyMissing, workItems: [item({ id: "a", startDate: "2026-11-02", dueDate: "2027-06-30" })], reports })), "MISSING_REPORT");
    expect(warning.evidence.figures.missingWeeks).toEqual(["2026-W52", "2026-W53", "2027-W01"]);
    expect(warning.level).toBe("RED");
  });

  it("ignores drafts, and weeks before the unit had anything to report", () => {
    // The only item starts on Saturday 2026-11-14, after W46's deadline day: W46 is not owed.
    const late = [item({ id: "b", startDate: "2026-11-14" })];
    const drafts = [report("2026-W47", {}, { status: "DRAFT" })];
    const warning = only(evaluateWarnings(input({ asOf: new Date(DEADLINE_W47.getTime() + 1), rules: onlyMissing, workItems: late, reports: drafts })), "MISSING_REPORT");
    expect(warning.evidence.figures).toMatchObject({ weeksMissing: 1, lastSubmittedWeek: null });
    // Starting on the deadline day itself makes the week owed.
    const onFriday = [item({ id: "b", startDate: "2026-11-13" })];
    expect(only(evaluateWarnings(input({ asOf: new Date(DEADLINE_W47.getTime() + 1), rules: onlyMissing, workItems: onFriday })), "MISSING_REPORT").level).toBe("ORANGE");
  });

  it("spares inactive units and units with nothing open", () => {
    const asOf = new Date(DEADLINE_W47.getTime() + 1);
    expect(evaluateWarnings(input({ asOf, rules: onlyMissing, units: [{ ...UNIT, active: false }], workItems: items }))).toEqual([]);
    // Completed on 2026-10-30 (in W44) after filing W40–W44: nothing owed since.
    const done = [item({ id: "a", startDate: "2026-09-01", status: "COMPLETED", completedAt: at("2026-10-30") })];
    expect(evaluateWarnings(input({ asOf, rules: onlyMissing, workItems: done, reports: history }))).toEqual([]);
  });
});

describe("missing reports: catching up, excused weeks, reporting start, the holiday calendar", () => {
  const items = [item({ id: "a", startDate: "2026-09-01" })];
  const onlyMissing = rules({}, ["MISSING_REPORT"]);
  const filed = ["2026-W40", "2026-W41", "2026-W42", "2026-W43", "2026-W44"].map((week) => report(week));
  const afterW47 = new Date(DEADLINE_W47.getTime() + 60_000);
  const missing = (extra: Partial<EngineInput>) => ofKind(evaluateWarnings(input({ asOf: afterW47, rules: onlyMissing, workItems: items, ...extra })), "MISSING_REPORT");

  it("steps down as weeks are filed, latest first or not, and ends when none is missing", () => {
    // W45, W46, W47 missing: red. Filing only W47 (the latest) leaves two: orange, not cleared.
    expect(missing({ reports: filed })[0]).toMatchObject({ level: "RED" });
    const latestOnly = missing({ reports: [...filed, report("2026-W47")] })[0];
    expect(latestOnly).toMatchObject({ level: "ORANGE" });
    expect(latestOnly.evidence.figures.missingWeeks).toEqual(["2026-W45", "2026-W46"]);
    // A late filing counts as filed: W45 filed on Sunday 11-22 leaves W46 alone: yellow.
    const caughtUp = [...filed, report("2026-W47"), report("2026-W45", {}, { submittedAt: at("2026-11-20", "17:00") })];
    expect(missing({ reports: caughtUp })[0]).toMatchObject({ level: "YELLOW" });
    expect(missing({ reports: [...caughtUp, report("2026-W46", {}, { submittedAt: at("2026-11-20", "17:30") })] })).toEqual([]);
  });

  it("leaves out a week the office excused (免报), and says so", () => {
    const warning = missing({ reports: [...filed, report("2026-W47")], exemptions: [`${UNIT.id}:2026-W45`] })[0];
    expect(warning).toMatchObject({ level: "YELLOW" });
    expect(warning.evidence.figures).toMatchObject({ weeksMissing: 1, missingWeeks: ["2026-W46"], excusedWeeks: ["2026-W45"] });
    // Another unit's exemption does not count for this one.
    expect(missing({ reports: [...filed, report("2026-W47")], exemptions: [`${OTHER.id}:2026-W45`] })[0]).toMatchObject({ level: "ORANGE" });
  });

  it("never looks before the week reporting started: a zone adopting the product mid-year", () => {
    // The item runs since September; the zone starts reporting on Monday 2026-11-16 (W47): one week owed, not twelve.
    const warning = missing({ calendar: zoneCalendar({ reportingStartsOn: "2026-11-16" }), reports: [] })[0];
    expect(warning).toMatchObject({ level: "YELLOW" });
    expect(warning.evidence.figures.missingWeeks).toEqual(["2026-W47"]);
    // Before any report and without a start date, nothing is owed at all.
    expect(missing({ calendar: zoneCalendar({ reportingStartsOn: null }), reports: [] })).toEqual([]);
  });

  it("looks back no further than the configured window", () => {
    // W40–W47 all missing (8 weeks): a 4-week window counts W44–W47 only.
    const windowed = evaluateWarnings(input({ asOf: afterW47, rules: rules({ MISSING_REPORT: { params: { yellowWeeks: 1, orangeWeeks: 2, redWeeks: 3, lookbackWeeks: 4 } } }, ["MISSING_REPORT"]), workItems: items }));
    expect(only(windowed, "MISSING_REPORT").evidence.figures).toMatchObject({ weeksMissing: 4, windowFrom: "2026-W44" });
    // A warning about W40–W41 that the window no longer reaches ends as "out of the look-back window".
    const stale = { kind: "MISSING_REPORT" as const, unitId: UNIT.id, workItemId: null, noticeId: null, evidence: { figures: { missingWeeks: ["2026-W40", "2026-W41"] } } };
    const filedSince = ["2026-W42", "2026-W43", "2026-W44", "2026-W45", "2026-W46", "2026-W47"].map((week) => report(week));
    const narrow = input({ asOf: afterW47, rules: rules({ MISSING_REPORT: { params: { yellowWeeks: 1, orangeWeeks: 2, redWeeks: 3, lookbackWeeks: 4 } } }, ["MISSING_REPORT"]), workItems: items, reports: filedSince });
    expect(evaluateWarnings(narrow)).toEqual([]);
    expect(resolutionReason(stale, narrow)).toBe("LOOKBACK_PASSED");
  });

  it("follows the holiday calendar: 2026-W40's deadline moved to Wednesday 09-30 (BEFORE), Thursday 10-08 (AFTER), or the week skipped", () => {
    const calendar = (holidayPolicy: "BEFORE" | "AFTER" | "SKIP") => zoneCalendar({ reportingStartsOn: "2026-09-28", holidayPolicy }, STATE_DAYS_2026_2027);
    const oct1 = at("2026-10-01", "10:00");
    const run = (policy: "BEFORE" | "AFTER" | "SKIP", asOf: Date) => ofKind(evaluateWarnings(input({ asOf, calendar: calendar(policy), rules: onlyMissing, workItems: items })), "MISSING_REPORT");
    expect(run("BEFORE", oct1)[0].evidence.figures).toMatchObject({ missingWeeks: ["2026-W40"], lastDeadline: "2026-09-30T10:00:00.000Z" });
    expect(run("AFTER", oct1)).toEqual([]);
    expect(run("AFTER", at("2026-10-08", "18:00:01"))[0].evidence.figures.missingWeeks).toEqual(["2026-W40"]);
    expect(run("SKIP", at("2026-10-09", "18:00:01"))[0].evidence.figures.missingWeeks).toEqual(["2026-W41"]);
    // A report filed Wednesday 17:00 meets the BEFORE deadline.
    const onWednesday = report("2026-W40", {}, { submittedAt: at("2026-09-30", "17:00") });
    expect(ofKind(evaluateWarnings(input({ asOf: oct1, calendar: calendar("BEFORE"), rules: onlyMissing, workItems: items, reports: [onWednesday] })), "MISSING_REPORT")).toEqual([]);
  });

  it("owes nothing for a week inside 春节 (2026-W08)", () => {
    const spring = zoneCalendar({ reportingStartsOn: "2026-02-02" }, STATE_DAYS_2026_2027);
    const early = [item({ id: "a", startDate: "2026-01-05", dueDate: "2026-06-30" })];
    const reports = ["2026-W06", "2026-W07", "2026-W09"].map((week) => report(week));
    expect(evaluateWarnings(input({ asOf: at("2026-03-02", "09:00"), calendar: spring, rules: onlyMissing, workItems: early, reports }))).toEqual([]);
  });
});

describe("returned reports and empty fields", () => {
  // 2026-10-01 → 2027-01-08: planned 51 % on 2026-11-20.
  const items = [item({ id: "a" })];
  const asOf = new Date(DEADLINE_W47.getTime() + 60_000);

  it("a returned report is filed for timeliness but its figures do not count; an empty progress is never 0 %", () => {
    const reports = [report("2026-W46", { a: 45 }), report("2026-W47", { a: null }, { status: "RETURNED" })];
    const warnings = evaluateWarnings(input({ asOf, rules: rules({}, ["MISSING_REPORT", "BEHIND_PLAN"]), workItems: items, reports }));
    // W46 and the returned W47 count as filed (only W40–W45, never filed, are missing); behind plan reads
    // W46's 45 %, 6 points behind the 51 % planned: nothing (read as 0 %, it would be 51 points: red).
    expect(ofKind(warnings, "BEHIND_PLAN")).toEqual([]);
    expect(ofKind(warnings, "MISSING_REPORT").map((warning) => warning.evidence.figures.missingWeeks)).toEqual([["2026-W40", "2026-W41", "2026-W42", "2026-W43", "2026-W44", "2026-W45"]]);
    // Even a returned report that says 0 % is taken back.
    const zero = [report("2026-W46", { a: 45 }), report("2026-W47", { a: 0 }, { status: "RETURNED" })];
    expect(ofKind(evaluateWarnings(input({ asOf, rules: rules({}, ["BEHIND_PLAN"]), workItems: items, reports: zero })), "BEHIND_PLAN")).toEqual([]);
  });

  it("a returned report's flat figure does not keep an item stalled, nor does its empty field end a real stall", () => {
    const flat = ["2026-W44", "2026-W45", "2026-W46"].map((week) => report(week, { a: 40 }));
    const onlyStalled = rules({}, ["STALLED"]);
    // W47 returned with the field emptied: the stall over W44–W46 stands.
    expect(only(evaluateWarnings(input({ asOf, rules: onlyStalled, workItems: items, reports: [...flat, report("2026-W47", { a: null }, { status: "RETURNED" })] })), "STALLED").evidence.figures).toMatchObject({ sinceWeek: "2026-W44" });
    // A submitted entry left empty is skipped too.
    expect(only(evaluateWarnings(input({ asOf, rules: onlyStalled, workItems: items, reports: [...flat, report("2026-W47", { a: null })] })), "STALLED")).toBeDefined();
  });
});

describe("less noise", () => {
  it("stalled fires only while the item is behind its planned progress", () => {
    // Back-loaded 2026-10-01 → 2027-01-08: on 11-20 the plan is 100·(51/100)² = 26.01 %. Flat at 30 % is ahead: not stalled.
    const slowStart = [item({ id: "a", curve: "BACK_LOADED" })];
    const flat = (value: number) => ["2026-W45", "2026-W46", "2026-W47"].map((week) => report(week, { a: value }));
    expect(evaluateWarnings(input({ rules: rules({}, ["STALLED"]), workItems: slowStart, reports: flat(30) }))).toEqual([]);
    expect(only(evaluateWarnings(input({ rules: rules({}, ["STALLED"]), workItems: slowStart, reports: flat(26) })), "STALLED").evidence.figures).toMatchObject({ progress: 26, planned: 26.01 });
  });

  it("the forecast never fires on an item created in the last two weeks", () => {
    const values = [25, 28, 31, 34, 37, 40];
    const weeks = ["2026-W42", "2026-W43", "2026-W44", "2026-W45", "2026-W46", "2026-W47"];
    const reports = values.map((value, index) => report(weeks[index], { a: value }));
    const asOf = new Date(DEADLINE_W47.getTime() + 3_600_000);
    const forecast = (createdAt: Date) =>
      evaluateWarnings(input({ asOf, rules: rules({}, ["FORECAST_LATE"]), workItems: [item({ id: "a", startDate: "2026-09-01", dueDate: "2027-01-29", createdAt })], reports }));
    // Created 13 days 23 hours before asOf: still settling. 14 days: forecast as usual (yellow, see above).
    expect(forecast(new Date(asOf.getTime() - 14 * 86_400_000 + 3_600_000))).toEqual([]);
    expect(only(forecast(new Date(asOf.getTime() - 14 * 86_400_000)), "FORECAST_LATE").level).toBe("YELLOW");
  });
});

describe("deactivated units", () => {
  it("are not warned of anything, and their warnings end saying so", () => {
    const items = [item({ id: "a" }), item({ id: "b", dueDate: "2026-11-10" })];
    const notice: EngineNotice = { id: "n1", number: "督办〔2026〕9号", unitId: UNIT.id, level: "YELLOW", status: "ISSUED", responseDue: "2026-11-10", issuedAt: at("2026-11-01"), chaseCount: 0 };
    const active = evaluateWarnings(input({ asOf: new Date(DEADLINE_W47.getTime() + 1), workItems: items, notices: [notice] }));
    expect(active.filter((warning) => warning.unitId === UNIT.id).map((warning) => warning.kind).sort()).toEqual(["BEHIND_PLAN", "MISSING_REPORT", "NOTICE_UNANSWERED", "OVERDUE"]);
    const inactive = input({ asOf: new Date(DEADLINE_W47.getTime() + 1), units: [{ ...UNIT, active: false }, OTHER], workItems: items, notices: [notice] });
    expect(evaluateWarnings(inactive)).toEqual([]);
    for (const warning of active) expect(resolutionReason(warning, inactive)).toBe("UNIT_DEACTIVATED");
  });
});

describe("stalled", () => {
  const items = [item({ id: "a" })];
  const onlyStalled = rules({}, ["STALLED"]);

  it("flags progress unchanged over the last 3 submitted reports", () => {
    const reports = [report("2026-W44", { a: 30 }), report("2026-W45", { a: 40 }), report("2026-W46", { a: 40 }), report("2026-W47", { a: 40 })];
    const warning = only(evaluateWarnings(input({ rules: onlyStalled, workItems: items, reports })), "STALLED");
    expect(warning).toMatchObject({ level: "YELLOW", workItemId: "a", dedupeKey: "STALLED:a" });
    expect(warning.evidence.figures).toMatchObject({ progress: 40, reportCount: 3, sinceWeek: "2026-W45" });
    expect(warning.evidence.reports.map((entry) => entry.week)).toEqual(["2026-W45", "2026-W46", "2026-W47"]);
  });

  it("needs 3 reports, all equal, submitted, and below 100 %", () => {
    const cases: EngineReport[][] = [
      [report("2026-W46", { a: 40 }), report("2026-W47", { a: 40 })],
      [report("2026-W45", { a: 40 }), report("2026-W46", { a: 40 }), report("2026-W47", { a: 41 })],
      [report("2026-W45", { a: 40 }), report("2026-W46", { a: 40 }), report("2026-W47", { a: 40 }, { status: "DRAFT" })],
      [report("2026-W45", { a: 100 }), report("2026-W46", { a: 100 }), report("2026-W47", { a: 100 })],
    ];
    for (const reports of cases) expect(evaluateWarnings(input({ rules: onlyStalled, workItems: items, reports }))).toEqual([]);
  });

  it("follows the configured number of reports", () => {
    const reports = [report("2026-W46", { a: 40 }), report("2026-W47", { a: 40 })];
    expect(evaluateWarnings(input({ rules: rules({ STALLED: { params: { reports: 2, level: "ORANGE" } } }, ["STALLED"]), workItems: items, reports }))[0]).toMatchObject({ level: "ORANGE" });
  });
});

describe("behind plan", () => {
  // 2026-10-01 → 2027-01-08 is 100 days: on 2026-11-20 (day 51) the plan stands at 51 %.
  const items = [item({ id: "a" })];
  const onlyBehind = rules({}, ["BEHIND_PLAN"]);
  const behind = (progress: number) => evaluateWarnings(input({ rules: onlyBehind, workItems: items, reports: [report("2026-W46", { a: progress })] }));

  it("is silent at exactly 10 points behind and yellow just beyond", () => {
    expect(behind(41)).toEqual([]);
    const warning = only(behind(40.99), "BEHIND_PLAN");
    expect(warning).toMatchObject({ level: "YELLOW", dedupeKey: "BEHIND_PLAN:a" });
    expect(warning.evidence.figures).toMatchObject({ planned: 51, actual: 40.99, gap: 10.01, onDate: "2026-11-20" });
    expect(warning.evidence.threshold).toEqual({ yellow: 10, orange: 20, red: 30 });
    expect(warning.title).toBe("A 事项a：滞后序时进度 10.01 个百分点");
  });

  it("turns orange beyond 20 and red beyond 30 points", () => {
    expect(behind(31)[0].level).toBe("YELLOW");
    expect(behind(30.99)[0].level).toBe("ORANGE");
    expect(behind(21)[0].level).toBe("ORANGE");
    expect(behind(20)[0].level).toBe("RED");
  });

  it("reads the latest report submitted by asOf", () => {
    const reports = [report("2026-W46", { a: 45 }), report("2026-W47", { a: 10 }, { submittedAt: at("2026-11-21") })];
    expect(evaluateWarnings(input({ rules: onlyBehind, workItems: items, reports }))).toEqual([]);
  });

  it("uses custom thresholds, skips items not started and leaves overdue items to the overdue rule", () => {
    expect(evaluateWarnings(input({ rules: rules({ BEHIND_PLAN: { params: { yellow: 15, orange: 25, red: 35 } } }, ["BEHIND_PLAN"]), workItems: items, reports: [report("2026-W46", { a: 40 })] }))).toEqual([]);
    expect(evaluateWarnings(input({ rules: onlyBehind, workItems: [item({ id: "a", startDate: "2026-11-21" })] }))).toEqual([]);
    expect(evaluateWarnings(input({ rules: onlyBehind, workItems: [item({ id: "a", startDate: "2026-01-01", dueDate: "2026-11-19" })] }))).toEqual([]);
  });
});

describe("overdue", () => {
  const items = [item({ id: "a", dueDate: "2026-11-20" })];
  const onlyOverdue = rules({}, ["OVERDUE"]);

  it("opens red at the end of the due date's local day", () => {
    const reports = [report("2026-W46", { a: 80 })];
    expect(evaluateWarnings(input({ asOf: at("2026-11-20", "23:59:59"), rules: onlyOverdue, workItems: items, reports }))).toEqual([]);
    const warning = only(evaluateWarnings(input({ asOf: at("2026-11-21", "00:00"), rules: onlyOverdue, workItems: items, reports })), "OVERDUE");
    expect(warning).toMatchObject({ level: "RED", dedupeKey: "OVERDUE:a" });
    expect(warning.evidence.figures).toMatchObject({ dueDate: "2026-11-20", actual: 80, daysOverdue: 1 });
  });

  it("is silent for finished and completed items", () => {
    const asOf = at("2026-12-01");
    expect(evaluateWarnings(input({ asOf, rules: onlyOverdue, workItems: items, reports: [report("2026-W47", { a: 100 })] }))).toEqual([]);
    expect(evaluateWarnings(input({ asOf, rules: onlyOverdue, workItems: [{ ...items[0], status: "COMPLETED", completedAt: at("2026-11-25") }] }))).toEqual([]);
  });
});

describe("notice unanswered", () => {
  const notice: EngineNotice = { id: "n1", number: "督办〔2026〕3号", unitId: UNIT.id, level: "YELLOW", status: "SIGNED", responseDue: "2026-11-20", issuedAt: at("2026-11-10"), chaseCount: 1 };
  const onlyNotices = rules({}, ["NOTICE_UNANSWERED"]);

  it("escalates the notice's level by one once its response date has passed", () => {
    expect(evaluateWarnings(input({ asOf: at("2026-11-20", "23:59"), rules: onlyNotices, notices: [notice] }))).toEqual([]);
    const warning = only(evaluateWarnings(input({ asOf: at("2026-11-23"), rules: onlyNotices, notices: [notice] })), "NOTICE_UNANSWERED");
    expect(warning).toMatchObject({ level: "ORANGE", noticeId: "n1", dedupeKey: "NOTICE_UNANSWERED:n1", title: "督办〔2026〕3号逾期 3 天未反馈" });
    expect(evaluateWarnings(input({ asOf: at("2026-11-23"), rules: onlyNotices, notices: [{ ...notice, level: "ORANGE" }] }))[0].level).toBe("RED");
    expect(evaluateWarnings(input({ asOf: at("2026-11-23"), rules: onlyNotices, notices: [{ ...notice, level: "RED" }] }))[0].level).toBe("RED");
  });

  it("is silent once answered, and waits out the grace days", () => {
    for (const status of ["RESPONDED", "REVIEWED", "CLOSED"] as const) {
      expect(evaluateWarnings(input({ asOf: at("2026-11-23"), rules: onlyNotices, notices: [{ ...notice, status }] }))).toEqual([]);
    }
    // Three working days of grace after Friday 11-20: Monday 11-23 to Wednesday 11-25 (issue 14: working days, not calendar days).
    const grace = rules({ NOTICE_UNANSWERED: { params: { graceDays: 3, escalateBy: 1 } } }, ["NOTICE_UNANSWERED"]);
    expect(evaluateWarnings(input({ asOf: at("2026-11-25", "23:00"), rules: grace, notices: [notice] }))).toEqual([]);
    const warning = only(evaluateWarnings(input({ asOf: at("2026-11-26"), rules: grace, notices: [notice] })), "NOTICE_UNANSWERED");
    expect(warning.evidence.figures).toMatchObject({ responseDue: "2026-11-20", lastDay: "2026-11-25", daysOverdue: 6 });
  });
});

describe("forecast", () => {
  const onlyForecast = rules({}, ["FORECAST_LATE"]);
  // Due 2027-01-29, 10 weeks after 2026-11-20.
  const due = "2027-01-29";
  const weeks = ["2026-W42", "2026-W43", "2026-W44", "2026-W45", "2026-W46", "2026-W47"];
  const series = (values: number[], dueDate = due, asOf = new Date(DEADLINE_W47.getTime() + 3_600_000)) =>
    evaluateWarnings(input({
      asOf,
      rules: onlyForecast,
      workItems: [item({ id: "a", startDate: "2026-09-01", dueDate })],
      reports: values.map((value, index) => report(weeks[index + weeks.length - values.length], { a: value })),
    }));

  it("fits a straight line exactly", () => {
    const trend = progressTrend([{ day: 0, progress: 10 }, { day: 7, progress: 17 }, { day: 14, progress: 24 }]);
    expect(trend.slopePerDay).toBeCloseTo(1, 10);
    expect(trend.completionDay).toBeCloseTo(90, 10);
    expect(progressTrend([{ day: 0, progress: 50 }, { day: 7, progress: 50 }]).completionDay).toBeNull();
  });

  it("is silent for a rising series that finishes in time", () => {
    // 8 points a week from 52 % on 2026-11-20: 100 % about six weeks later, well before the due date.
    expect(series([12, 20, 28, 36, 44, 52])).toEqual([]);
  });

  it("warns yellow when the rising trend lands after the due date", () => {
    // 3 points a week from 40 %: 20 more weeks to go, about 10 weeks late.
    const warning = only(series([25, 28, 31, 34, 37, 40]), "FORECAST_LATE");
    expect(warning.level).toBe("YELLOW");
    expect(warning.evidence.figures).toMatchObject({ basis: "trend", slopePerWeek: 3, projectedDate: "2027-04-09", daysLate: 70, dueDate: due });
    expect(warning.evidence.reports).toHaveLength(6);
  });

  it("treats a flat series as never finishing", () => {
    const warning = only(series([40, 40, 40, 40]), "FORECAST_LATE");
    expect(warning.evidence.figures).toMatchObject({ projectedDate: null, daysLate: null, basis: "trend" });
    expect(warning.level).toBe("YELLOW");
  });

  it("reads a noisy series by its trend", () => {
    // Around 8 points a week with ±3 of noise: on time; around 3 a week with noise: late by roughly the same as without noise.
    expect(series([14, 18, 31, 33, 47, 51])).toEqual([]);
    const noisy = only(series([27, 26, 33, 32, 39, 38]), "FORECAST_LATE");
    const clean = only(series([25, 28, 31, 34, 37, 40]), "FORECAST_LATE");
    expect(Math.abs((noisy.evidence.figures.daysLate as number) - (clean.evidence.figures.daysLate as number))).toBeLessThan(30);
  });

  it("turns orange when the due date is near, and gives a blue reminder to work due soon but on track", () => {
    expect(only(series([25, 28, 31, 34, 37, 40], "2026-12-18"), "FORECAST_LATE").level).toBe("ORANGE");
    const blue = only(series([52, 60, 68, 76, 84, 92], "2026-12-01"), "FORECAST_LATE");
    expect(blue).toMatchObject({ level: "BLUE", title: "A 事项a：距完成期限还有 11 天" });
    expect(blue.evidence.figures.basis).toBe("dueSoon");
    // Too few reports for a trend, but due soon: still a blue reminder.
    expect(only(series([60, 70], "2026-12-01"), "FORECAST_LATE").level).toBe("BLUE");
    // Too few reports and far from due: nothing.
    expect(series([10, 11])).toEqual([]);
  });

  it("leaves items further out than the horizon to the behind-plan rule", () => {
    expect(series([25, 28, 31, 34, 37, 40], "2027-02-19")).toEqual([]); // due in 91 days
    expect(only(series([25, 28, 31, 34, 37, 40], "2027-02-18"), "FORECAST_LATE").level).toBe("YELLOW"); // due in 90
  });

  it("stays quiet for finished or overdue work", () => {
    expect(series([70, 80, 90, 100])).toEqual([]);
    expect(series([10, 11, 12], "2026-11-19")).toEqual([]);
  });
});

describe("repeated yellow", () => {
  const stalledPair = [item({ id: "a" }), item({ id: "b" })];
  // Flat at 45 %, below the 51 % planned on 2026-11-20: stalled (flat above the plan would not be).
  const flat = ["2026-W45", "2026-W46", "2026-W47"].map((week) => report(week, { a: 45, b: 45 }));
  const subset = rules({}, ["STALLED", "REPEATED_YELLOW"]);

  it("suggests a notice after two yellow warnings of one unit in the quarter", () => {
    const warnings = evaluateWarnings(input({ rules: subset, workItems: stalledPair, reports: flat }));
    const repeated = only(warnings, "REPEATED_YELLOW");
    expect(repeated).toMatchObject({ level: "ORANGE", dedupeKey: `REPEATED_YELLOW:${UNIT.id}:2026-Q4`, unitId: UNIT.id });
    expect(repeated.evidence.figures).toMatchObject({ yellowCount: 2, quarter: "2026-Q4", warningKeys: ["STALLED:a", "STALLED:b"], suggestNotice: true });
  });

  it("counts yellow warnings seen earlier in the quarter, but not before it or after asOf", () => {
    const one = [item({ id: "a" })];
    const flatA = ["2026-W45", "2026-W46", "2026-W47"].map((week) => report(week, { a: 45 }));
    const history = (when: Date) => [{ dedupeKey: `BEHIND_PLAN:x`, unitId: UNIT.id, at: when }];
    expect(ofKind(evaluateWarnings(input({ rules: subset, workItems: one, reports: flatA, yellowHistory: history(at("2026-10-02")) })), "REPEATED_YELLOW")).toHaveLength(1);
    expect(ofKind(evaluateWarnings(input({ rules: subset, workItems: one, reports: flatA, yellowHistory: history(at("2026-09-30")) })), "REPEATED_YELLOW")).toHaveLength(0);
    expect(ofKind(evaluateWarnings(input({ rules: subset, workItems: one, reports: flatA, yellowHistory: history(at("2026-11-25")) })), "REPEATED_YELLOW")).toHaveLength(0);
  });
});

describe("auto-resolution and diffs", () => {
  const items = [item({ id: "a", startDate: "2026-09-01" })];
  const history = ["2026-W40", "2026-W41", "2026-W42", "2026-W43", "2026-W44", "2026-W45", "2026-W46"].map((week) => report(week, { a: 45 }));
  const asOf = new Date(DEADLINE_W47.getTime() + 1);
  const onItem = (kind: "BEHIND_PLAN" | "NOTICE_UNANSWERED", ids: { workItemId?: string; noticeId?: string } = {}) => ({ kind, unitId: UNIT.id, workItemId: ids.workItemId ?? null, noticeId: ids.noticeId ?? null });

  it("drops a warning whose condition cleared and names the reason", () => {
    const before = evaluateWarnings(input({ asOf, rules: rules({}, ["MISSING_REPORT"]), workItems: items, reports: history }));
    const filed = input({ asOf, rules: rules({}, ["MISSING_REPORT"]), workItems: items, reports: [...history, report("2026-W47", { a: 50 }, { submittedAt: asOf })] });
    const diff = diffWarnings(before, evaluateWarnings(filed));
    expect(diff.closed.map((warning) => warning.dedupeKey)).toEqual([`MISSING_REPORT:${UNIT.id}`]);
    expect(diff.opened).toEqual([]);
    expect(resolutionReason(before[0], filed)).toBe("REPORT_SUBMITTED");
  });

  it("names a switched-off rule, a completed or archived item, a deactivated unit and an answered notice", () => {
    const switchedOff = input({ rules: rules({ BEHIND_PLAN: { enabled: false } }), workItems: items });
    expect(resolutionReason(onItem("BEHIND_PLAN", { workItemId: "a" }), switchedOff)).toBe("RULE_DISABLED");
    const completed = input({ workItems: [{ ...items[0], status: "COMPLETED", completedAt: at("2026-11-19") }] });
    expect(resolutionReason(onItem("BEHIND_PLAN", { workItemId: "a" }), completed)).toBe("ITEM_COMPLETED");
    expect(resolutionReason(onItem("BEHIND_PLAN", { workItemId: "a" }), input({ workItems: [{ ...items[0], status: "ARCHIVED" }] }))).toBe("ITEM_ARCHIVED");
    expect(resolutionReason(onItem("BEHIND_PLAN", { workItemId: "a" }), input({ units: [{ ...UNIT, active: false }, OTHER], workItems: items }))).toBe("UNIT_DEACTIVATED");
    expect(resolutionReason(onItem("BEHIND_PLAN", { workItemId: "a" }), input({ workItems: items }))).toBe("CAUGHT_UP");
    expect(resolutionReason(onItem("NOTICE_UNANSWERED", { noticeId: "gone" }), input({}))).toBe("NOTICE_ANSWERED");
    const raised = { ...onItem("BEHIND_PLAN", { workItemId: "a" }), evidence: { threshold: { yellow: 10, orange: 20, red: 30 } } };
    expect(resolutionReason(raised, input({ workItems: items }))).toBe("CAUGHT_UP");
    expect(resolutionReason(raised, input({ workItems: items, rules: rules({ BEHIND_PLAN: { params: { yellow: 15, orange: 20, red: 30 } } }) }))).toBe("THRESHOLD_CHANGED");
    const due = [{ ...items[0], dueDate: "2026-11-19" }];
    expect(resolutionReason(onItem("BEHIND_PLAN", { workItemId: "a" }), input({ workItems: due }))).toBe("NOW_OVERDUE");
  });

  it("reports level changes between two rule sets", () => {
    const reports = [report("2026-W46", { a: 25 })]; // 26 points behind the 51 % planned
    const current = evaluateWarnings(input({ rules: rules({}, ["BEHIND_PLAN"]), workItems: [item({ id: "a" })], reports }));
    const relaxed = evaluateWarnings(input({ rules: rules({ BEHIND_PLAN: { params: { yellow: 20, orange: 30, red: 40 } } }, ["BEHIND_PLAN"]), workItems: [item({ id: "a" })], reports }));
    const diff = diffWarnings(current, relaxed);
    expect(diff.changed.map(({ before, after }) => [before.level, after.level])).toEqual([["ORANGE", "YELLOW"]]);
  });
});

describe("determinism", () => {
  function bigInput(): EngineInput {
    const workItems = ["a", "b", "c", "d", "e"].map((id, index) =>
      item({ id, startDate: "2026-09-01", dueDate: index % 2 ? "2026-12-04" : "2026-11-18", leadUnitId: index < 3 ? UNIT.id : OTHER.id }),
    );
    const reports = ["2026-W43", "2026-W44", "2026-W45", "2026-W46"].flatMap((week, index) => [
      report(week, { a: 40, b: 20 + index * 3, c: 60 }),
      ...(index < 2 ? [report(week, { d: 10 + index, e: 50 }, { unitId: OTHER.id })] : []),
    ]);
    const notices: EngineNotice[] = [
      { id: "n1", number: "督办〔2026〕1号", unitId: OTHER.id, level: "YELLOW", status: "ISSUED", responseDue: "2026-11-10", issuedAt: at("2026-11-01"), chaseCount: 0 },
      { id: "n2", number: "督办〔2026〕2号", unitId: UNIT.id, level: "ORANGE", status: "RETURNED", responseDue: "2026-11-12", issuedAt: at("2026-11-02"), chaseCount: 2 },
    ];
    return input({ asOf: new Date(DEADLINE_W47.getTime() + 5), workItems, reports, notices, yellowHistory: [{ dedupeKey: "X", unitId: OTHER.id, at: at("2026-11-02") }] });
  }

  function shuffled<T>(values: T[], seed: number): T[] {
    const copy = [...values];
    let state = seed;
    for (let index = copy.length - 1; index > 0; index -= 1) {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      const other = state % (index + 1);
      [copy[index], copy[other]] = [copy[other], copy[index]];
    }
    return copy;
  }

  it("gives the same output for the same input, whatever the order of the input", () => {
    const base = bigInput();
    const expected = evaluateWarnings(base);
    expect(new Set(expected.map((warning) => warning.kind)).size).toBeGreaterThanOrEqual(5);
    expect(evaluateWarnings(bigInput())).toEqual(expected);
    for (const seed of [1, 2, 3, 42]) {
      const reordered: EngineInput = {
        ...base,
        units: shuffled(base.units, seed),
        workItems: shuffled(base.workItems, seed + 1),
        reports: shuffled(base.reports, seed + 2).map((entry) => ({ ...entry, entries: shuffled(entry.entries, seed) })),
        notices: shuffled(base.notices, seed + 3),
        yellowHistory: shuffled(base.yellowHistory, seed),
      };
      expect(evaluateWarnings(reordered)).toEqual(expected);
    }
    expect(expected.map((warning) => warning.dedupeKey)).toEqual([...expected.map((warning) => warning.dedupeKey)].sort());
  });
});

describe("rule parameters", () => {
  it("validate per kind, with thresholds rising by level", () => {
    expect(RULE_SCHEMAS.BEHIND_PLAN.safeParse({ yellow: "10", orange: "20", red: "30" })).toMatchObject({ success: true, data: { yellow: 10, orange: 20, red: 30 } });
    const bad = RULE_SCHEMAS.BEHIND_PLAN.safeParse({ yellow: 20, orange: 20, red: 10 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => issue.path.join("."))).toEqual(["orange", "red"]);
    expect(RULE_SCHEMAS.MISSING_REPORT.safeParse({ yellowWeeks: 0, orangeWeeks: 2, redWeeks: 3 }).success).toBe(false);
    const forecast = { horizonDays: 90, minReports: 5, windowReports: 5, marginDays: 0, orangeWithinDays: 30, blueWithinDays: 14 };
    expect(RULE_SCHEMAS.FORECAST_LATE.safeParse(forecast).success).toBe(true);
    expect(RULE_SCHEMAS.FORECAST_LATE.safeParse({ ...forecast, windowReports: 4 }).error?.issues[0].path).toEqual(["windowReports"]);
    expect(RULE_SCHEMAS.STALLED.safeParse({ reports: 3, level: "PURPLE" }).success).toBe(false);
  });

  it("fill missing kinds and parameters with defaults and survive bad stored params", () => {
    const set = ruleSetFromRows([
      { kind: "STALLED", enabled: false, params: { reports: 4 } },
      { kind: "BEHIND_PLAN", enabled: true, params: { yellow: 50, orange: 1, red: 2 } },
    ]);
    expect(set.STALLED).toEqual({ enabled: false, params: { reports: 4, level: "YELLOW" } });
    expect(set.BEHIND_PLAN.params).toEqual({ yellow: 10, orange: 20, red: 30 });
    expect(set.MISSING_REPORT).toEqual({ enabled: true, params: { yellowWeeks: 1, orangeWeeks: 2, redWeeks: 3, lookbackWeeks: 26 } });
    // A row stored before the look-back window existed reads it as the default.
    expect(ruleSetFromRows([{ kind: "MISSING_REPORT", enabled: true, params: { yellowWeeks: 1, orangeWeeks: 2, redWeeks: 4 } }]).MISSING_REPORT.params).toEqual({ yellowWeeks: 1, orangeWeeks: 2, redWeeks: 4, lookbackWeeks: 26 });
  });

  it("need three reports for a trend, and a look-back window no shorter than the red count", () => {
    expect(SCHEMAS.FORECAST_LATE.safeParse({ horizonDays: 90, minReports: 2, windowReports: 6, marginDays: 7, orangeWithinDays: 30, blueWithinDays: 14 }).success).toBe(false);
    expect(SCHEMAS.FORECAST_LATE.safeParse({ horizonDays: 90, minReports: 3, windowReports: 6, marginDays: 7, orangeWithinDays: 30, blueWithinDays: 14 }).success).toBe(true);
    expect(SCHEMAS.MISSING_REPORT.safeParse({ yellowWeeks: 1, orangeWeeks: 2, redWeeks: 3, lookbackWeeks: 2 }).success).toBe(false);
  });
});

describe("recurring items are judged per period", () => {
  // A monthly item (2026-10-01 → 2027-01-08) on Friday 2026-11-20: November's planned share is
  // (19 + 1) / (29 + 1) = 66.67 %; read as a one-off item it would be (50 + 1) / (99 + 1) = 51 %.
  const monthly = (id: string) => item({ id, recurrence: "MONTHLY" });
  const asOf = new Date(DEADLINE_W47.getTime() + 60_000);

  it("behind plan compares this month's latest figure with this month's planned share", () => {
    // October closed at 100 %; November reads 30 % (W46) then 40 % (W47): 66.67 − 40 = 26.67 points behind → orange.
    const reports = [report("2026-W44", { a: 100 }), report("2026-W46", { a: 30 }), report("2026-W47", { a: 40 })];
    const [warning, ...rest] = ofKind(evaluateWarnings(input({ asOf, rules: rules({}, ["BEHIND_PLAN"]), workItems: [monthly("a")], reports })), "BEHIND_PLAN");
    expect(rest).toEqual([]);
    expect(warning.level).toBe("ORANGE");
    expect(warning.evidence.figures).toMatchObject({ planned: 66.67, actual: 40, gap: 26.67 });
  });

  it("a month without a figure yet starts at 0 %, not at last month's 100 %", () => {
    // Only October's 100 % (W44): November has no figure, so 66.67 points behind → red.
    const reports = [report("2026-W44", { a: 100 })];
    const [warning] = ofKind(evaluateWarnings(input({ asOf, rules: rules({}, ["BEHIND_PLAN"]), workItems: [monthly("a")], reports })), "BEHIND_PLAN");
    expect(warning.level).toBe("RED");
    expect(warning.evidence.figures).toMatchObject({ planned: 66.67, actual: 0 });
  });

  it("stalled counts only this month's reports", () => {
    // a: 50 % in W45, W46, W47 (all November) and below the 66.67 % planned → stalled.
    // b: 50 % in W43 and W44 (October) and W47: one November report, not three → not stalled.
    const reports = [
      report("2026-W43", { b: 50 }),
      report("2026-W44", { b: 50 }),
      report("2026-W45", { a: 50 }),
      report("2026-W46", { a: 50 }),
      report("2026-W47", { a: 50, b: 50 }),
    ];
    const stalled = ofKind(evaluateWarnings(input({ asOf, rules: rules({}, ["STALLED"]), workItems: [monthly("a"), monthly("b")], reports })), "STALLED");
    expect(stalled.map((warning) => warning.workItemId)).toEqual(["a"]);
  });

  it("the forecast leaves recurring items alone", () => {
    // 20 % with 5 points a week needs 16 more weeks, but the item is due in 7 (2027-01-08): a one-off
    // item like this is forecast late; a monthly one is not judged by a trend.
    const reports = [report("2026-W45", { a: 10, o: 10 }), report("2026-W46", { a: 15, o: 15 }), report("2026-W47", { a: 20, o: 20 })];
    const forecast = ofKind(evaluateWarnings(input({ asOf, rules: rules({}, ["FORECAST_LATE"]), workItems: [monthly("a"), item({ id: "o" })], reports })), "FORECAST_LATE");
    expect(forecast.map((warning) => warning.workItemId)).toEqual(["o"]);
  });
});
