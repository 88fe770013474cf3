import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { loadZoneCalendar } from "@/lib/calendar/load";
import { parseIsoWeek } from "@/lib/dates/zone-time";
import { reportWeek } from "@/lib/reports/week";
import { NotFoundError } from "@/lib/server/errors";
import { acknowledgeWarnings, previewWarningRule, saveWarningRule } from "@/lib/warnings/actions";
import { getWarning, listWarnings } from "@/lib/warnings/queries";
import { evaluateWarningsForUnit, runWarnings } from "@/lib/warnings/run";
import { runScheduledWarnings } from "@/lib/warnings/scheduler";
import { JobQueue, setJobQueue } from "@/lib/jobs";
import { evaluateUnitJob, requestUnitEvaluation } from "@/lib/warnings/unit-evaluation";
import { unitEvaluationsIdle } from "./support/jobs";
import { actAs, form, signOutTestUser } from "./support/session";

const SUPERVISOR = "office@demo.gov.cn";
const REPORTER = "kjj@demo.gov.cn";

async function zone() {
  return db.zone.findFirstOrThrow({ select: { id: true, timeZone: true, reportDeadlineWeekday: true, reportDeadlineTime: true } });
}

/** Every warning with its events and the notifications: what "nothing changed" compares. */
async function snapshot() {
  const [warnings, events, notifications, noticeEvents] = await Promise.all([
    db.warning.findMany({ orderBy: { id: "asc" } }),
    db.warningEvent.findMany({ orderBy: { id: "asc" } }),
    db.notification.count(),
    db.noticeEvent.count(),
  ]);
  return { warnings, events, notifications, noticeEvents };
}

async function writeCounts() {
  const [warnings, events, rules, runs, audits, notifications] = await Promise.all([
    db.warning.count(), db.warningEvent.count(), db.warningRule.findMany({ orderBy: { kind: "asc" } }), db.warningRun.count(), db.auditLog.count(), db.notification.count(),
  ]);
  return { warnings, events, rules, runs, audits, notifications };
}

describe("persisting warnings", () => {
  beforeEach(() => signOutTestUser());

  it("changes nothing when the same evaluation runs twice", async () => {
    const { id: zoneId } = await zone();
    const asOf = new Date();
    const first = await runWarnings(db, { zoneId, trigger: "COMMAND_LINE", asOf });
    const before = await snapshot();
    const second = await runWarnings(db, { zoneId, trigger: "COMMAND_LINE", asOf });
    expect(second).toMatchObject({ opened: 0, reopened: 0, changed: 0, resolved: 0, notified: 0 });
    expect(await snapshot()).toEqual(before);
    expect(first.units).toBe(await db.unit.count());
    // The seeded demo holds warnings of every important level.
    const levels = new Set(before.warnings.filter((warning) => warning.status !== "RESOLVED").map((warning) => warning.level));
    expect([...levels].sort()).toEqual(expect.arrayContaining(["ORANGE", "RED", "YELLOW"]));
  });

  it("a later run writes no events when nothing changed", async () => {
    const { id: zoneId } = await zone();
    await runWarnings(db, { zoneId, trigger: "COMMAND_LINE", asOf: new Date() });
    const events = await db.warningEvent.count();
    const warnings = await db.warning.count();
    const result = await runWarnings(db, { zoneId, trigger: "COMMAND_LINE", asOf: new Date(Date.now() + 60_000) });
    expect(result).toMatchObject({ opened: 0, reopened: 0, changed: 0, resolved: 0 });
    expect(await db.warningEvent.count()).toBe(events);
    expect(await db.warning.count()).toBe(warnings);
  });

  it("never duplicates a warning when runs overlap", async () => {
    const { id: zoneId } = await zone();
    await db.warning.deleteMany({});
    const asOf = new Date();
    const results = await Promise.all([0, 1, 2].map(() => runWarnings(db, { zoneId, trigger: "COMMAND_LINE", asOf })));
    const warnings = await db.warning.findMany({ select: { id: true, dedupeKey: true } });
    expect(warnings.length).toBeGreaterThan(10);
    expect(new Set(warnings.map((warning) => warning.dedupeKey)).size).toBe(warnings.length);
    // Each was opened once, by whichever run got there first.
    expect(results.reduce((sum, result) => sum + result.opened, 0)).toBe(warnings.length);
    const opened = await db.warningEvent.groupBy({ by: ["warningId"], where: { type: "OPENED" }, _count: true });
    expect(opened.every((row) => row._count === 1)).toBe(true);
    expect(opened).toHaveLength(warnings.length);
  });

  it("clears a unit's missing-report warning in the same call once its missing reports are submitted, touching no other unit", async () => {
    const z = await zone();
    const stopped = await db.unit.findFirstOrThrow({ where: { code: "jtj" }, select: { id: true } });
    const missing = await db.warning.findFirstOrThrow({ where: { unitId: stopped.id, kind: "MISSING_REPORT", status: { not: "RESOLVED" } } });
    expect(missing.level).toBe("RED");
    const others = await db.warning.findMany({ where: { unitId: { not: stopped.id } }, orderBy: { id: "asc" } });

    // What the weekly-report submit action writes, for every week the warning names (filing only the
    // latest no longer clears it: warnings-catch-up.test.ts), submitted now.
    const now = new Date();
    const calendar = await loadZoneCalendar(db, z.id);
    const weeks = ((missing.evidence as { figures: { missingWeeks: string[] } }).figures.missingWeeks).map((label) => parseIsoWeek(label)!);
    expect(weeks.length).toBeGreaterThanOrEqual(3);
    const reporter = await db.user.findFirstOrThrow({ where: { unitId: stopped.id, role: "REPORTER" } });
    const items = await db.workItem.findMany({ where: { leadUnitId: stopped.id, status: "ACTIVE" }, select: { id: true, progress: true } });
    for (const week of weeks) {
      const info = reportWeek(week, calendar);
      await db.weeklyReport.create({
        data: {
          zoneId: z.id, unitId: stopped.id, isoYear: week.isoYear, isoWeek: week.isoWeek, weekStart: info.weekStart, deadline: info.deadline,
          status: "SUBMITTED", submittedAt: now, submittedById: reporter.id, lateMinutes: 60,
          entries: { create: items.map((item) => ({ workItemId: item.id, progress: item.progress })) },
        },
      });
    }

    const result = await evaluateWarningsForUnit({ zoneId: z.id, unitId: stopped.id, actorId: reporter.id });
    expect(result?.resolved).toBeGreaterThanOrEqual(1);
    const after = await db.warning.findUniqueOrThrow({ where: { id: missing.id } });
    expect(after).toMatchObject({ status: "RESOLVED", resolvedReason: "REPORT_SUBMITTED" });
    const event = await db.warningEvent.findFirstOrThrow({ where: { warningId: missing.id, type: "RESOLVED" } });
    expect(event.reason).toBe("REPORT_SUBMITTED");
    const run = await db.warningRun.findUniqueOrThrow({ where: { id: result!.runId } });
    expect(run).toMatchObject({ trigger: "REPORT_SUBMITTED", unitId: stopped.id, status: "SUCCEEDED", progress: 1, total: 1, startedById: reporter.id });
    expect(await db.warning.findMany({ where: { unitId: { not: stopped.id } }, orderBy: { id: "asc" } })).toEqual(others);
  });
});

describe("queued unit evaluations", () => {
  // Two queue connections on this file's database play two app instances.
  let first: JobQueue;
  let second: JobQueue;
  beforeEach(() => {
    signOutTestUser();
    first = new JobQueue({ url: process.env.DATABASE_URL, pollingIntervalSeconds: 0.5 });
    second = new JobQueue({ url: process.env.DATABASE_URL, pollingIntervalSeconds: 0.5 });
    setJobQueue(first);
  });
  afterEach(async () => {
    await first.stop(5000);
    await second.stop(5000);
    setJobQueue(undefined);
  });

  it("evaluates a unit asked for twice once, from either instance, units waiting together in one batch with a run each, as a full run would", async () => {
    const { id: zoneId } = await zone();
    const units = await db.unit.findMany({ where: { code: { in: ["jtj", "kjj"] } }, select: { id: true, code: true } });
    const [stopped, science] = ["jtj", "kjj"].map((code) => units.find((unit) => unit.code === code)!.id);
    const reporter = await db.user.findUniqueOrThrow({ where: { email: REPORTER }, select: { id: true } });
    const others = await db.warning.findMany({ where: { unitId: { notIn: [stopped, science] } }, orderBy: { id: "asc" } });
    // Forget both units' warnings: the queued evaluation must open them again.
    await db.warning.deleteMany({ where: { unitId: { in: [stopped, science] } } });
    const runsBefore = await db.warningRun.count();
    const since = new Date();

    // No worker runs yet: the requests wait on the queue.
    await requestUnitEvaluation({ zoneId, unitId: stopped, trigger: "REPORT_SUBMITTED", actorId: reporter.id });
    await requestUnitEvaluation({ zoneId, unitId: science, trigger: "REPORT_SUBMITTED", actorId: null });
    // The same unit asked for again, through the other instance, while its evaluation waits: folded into it.
    expect(await second.enqueue(evaluateUnitJob, { zoneId, unitId: stopped, trigger: "REPORT_SUBMITTED", actorId: null }, { singletonKey: `${zoneId}:${stopped}` })).toBeNull();
    expect(await first.unfinished(evaluateUnitJob)).toBe(2);
    // Nothing ran inside the calls: the requester does not wait.
    expect(await db.warningRun.count()).toBe(runsBefore);

    await first.start();
    await unitEvaluationsIdle();

    const runs = await db.warningRun.findMany({ where: { startedAt: { gte: since } } });
    expect(runs).toHaveLength(2);
    const runOf = (unitId: string) => runs.find((run) => run.unitId === unitId)!;
    // The folded request left the waiting one as it was (its actor is the first request's).
    expect(runOf(stopped)).toMatchObject({ trigger: "REPORT_SUBMITTED", status: "SUCCEEDED", total: 1, progress: 1, startedById: reporter.id });
    expect(runOf(science)).toMatchObject({ trigger: "REPORT_SUBMITTED", status: "SUCCEEDED", startedById: null });
    // One batch: both as of the same instant.
    expect(runOf(stopped).asOf).toEqual(runOf(science).asOf);
    const reopened = await db.warning.findMany({ where: { unitId: { in: [stopped, science] } }, orderBy: { dedupeKey: "asc" }, select: { dedupeKey: true, unitId: true, level: true, status: true } });
    // Both units have open warnings in the demo (the stopped unit a stalled item, the science bureau a notice unanswered).
    expect(reopened.filter((warning) => warning.unitId === stopped && warning.status === "OPEN").length).toBeGreaterThan(0);
    expect(reopened.filter((warning) => warning.unitId === science && warning.status === "OPEN").length).toBeGreaterThan(0);
    expect(runOf(stopped).opened).toBe(reopened.filter((warning) => warning.unitId === stopped).length);
    expect(runOf(science).opened).toBe(reopened.filter((warning) => warning.unitId === science).length);
    // No other unit was touched.
    expect(await db.warning.findMany({ where: { unitId: { notIn: [stopped, science] } }, orderBy: { id: "asc" } })).toEqual(others);

    // A full run right after finds the two units exactly as the queue left them.
    const full = await runWarnings(db, { zoneId, trigger: "COMMAND_LINE" });
    expect(full).toMatchObject({ opened: 0, reopened: 0, resolved: 0 });
    expect(await db.warning.findMany({ where: { unitId: { in: [stopped, science] } }, orderBy: { dedupeKey: "asc" }, select: { dedupeKey: true, unitId: true, level: true, status: true } })).toEqual(reopened);
  });

  it("evaluates a submission queued by one instance on the worker of another", async () => {
    const { id: zoneId } = await zone();
    const reporter = await db.user.findUniqueOrThrow({ where: { email: REPORTER }, select: { id: true, unitId: true } });
    const since = new Date();
    // Only the second instance works; the first (the one answering the request) only queues.
    await second.start();
    await requestUnitEvaluation({ zoneId, unitId: reporter.unitId!, trigger: "REPORT_SUBMITTED", actorId: reporter.id });
    await unitEvaluationsIdle();
    const runs = await db.warningRun.findMany({ where: { startedAt: { gte: since } }, select: { unitId: true, trigger: true, status: true, startedById: true } });
    expect(runs).toEqual([{ unitId: reporter.unitId, trigger: "REPORT_SUBMITTED", status: "SUCCEEDED", startedById: reporter.id }]);
  });
});

describe("rule settings", () => {
  beforeEach(() => signOutTestUser());

  it("previews a threshold change without writing anything", async () => {
    await actAs(SUPERVISOR);
    const before = await writeCounts();
    const result = await previewWarningRule(null, form({ kind: "BEHIND_PLAN", enabled: "on", yellow: "5", orange: "10", red: "15" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.counts.opened + result.data.counts.changed).toBeGreaterThan(0);
    expect(result.data.changed.every((change) => change.kind === "BEHIND_PLAN")).toBe(true);
    const off = await previewWarningRule(null, form({ kind: "OVERDUE", level: "RED" }));
    expect(off.ok && off.data.counts.closed).toBe(await db.warning.count({ where: { kind: "OVERDUE", status: { not: "RESOLVED" } } }));
    expect(await writeCounts()).toEqual(before);
  });

  it("refuses thresholds out of order at the field, in Chinese, and writes nothing", async () => {
    await actAs(SUPERVISOR);
    const before = await writeCounts();
    for (const action of [previewWarningRule, saveWarningRule]) {
      const result = await action(null, form({ kind: "BEHIND_PLAN", enabled: "on", yellow: "20", orange: "15", red: "", level: "x" }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { red: ["必填"] } });
      const order = await action(null, form({ kind: "BEHIND_PLAN", enabled: "on", yellow: "20", orange: "15", red: "40" }));
      expect(order).toMatchObject({ ok: false, fieldErrors: { orange: ["须大于前一等级的阈值"] } });
    }
    expect(await writeCounts()).toEqual(before);
  });

  it("saves a rule with an audit row; a reporter may neither preview nor save", async () => {
    const supervisor = await actAs(SUPERVISOR);
    const saved = await saveWarningRule(null, form({ kind: "STALLED", enabled: "on", reports: "4", level: "ORANGE" }));
    expect(saved).toEqual({ ok: true, data: { kind: "STALLED" } });
    const rule = await db.warningRule.findFirstOrThrow({ where: { kind: "STALLED" } });
    expect(rule).toMatchObject({ enabled: true, params: { reports: 4, level: "ORANGE" }, updatedById: supervisor.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "warningRule.update", entityId: "STALLED" } });
    expect(audit.before).toMatchObject({ params: { reports: 3, level: "YELLOW" } });

    await actAs(REPORTER);
    const before = await writeCounts();
    expect(await saveWarningRule(null, form({ kind: "STALLED", reports: "2", level: "RED" }))).toMatchObject({ ok: false, message: "您无权执行此操作。" });
    expect(await previewWarningRule(null, form({ kind: "STALLED", reports: "2", level: "RED" }))).toMatchObject({ ok: false, message: "您无权执行此操作。" });
    expect(await writeCounts()).toEqual(before);
  });
});

describe("the inbox", () => {
  beforeEach(() => signOutTestUser());

  it("acknowledges in bulk with events and audit; a reporter may not", async () => {
    const supervisor = await actAs(SUPERVISOR);
    const open = await db.warning.findMany({ where: { status: "OPEN" }, take: 2, orderBy: { id: "asc" } });
    const result = await acknowledgeWarnings(null, form({ warning: open.map((warning) => warning.id) }));
    expect(result).toEqual({ ok: true, data: { count: 2 } });
    for (const warning of open) {
      expect(await db.warning.findUniqueOrThrow({ where: { id: warning.id } })).toMatchObject({ status: "ACKNOWLEDGED", acknowledgedById: supervisor.id });
      expect(await db.warningEvent.count({ where: { warningId: warning.id, type: "ACKNOWLEDGED" } })).toBe(1);
      expect(await db.auditLog.count({ where: { action: "warning.acknowledge", entityId: warning.id } })).toBe(1);
    }
    expect(await acknowledgeWarnings(null, form({}))).toMatchObject({ ok: false, fieldErrors: { warning: ["请先勾选预警。"] } });

    await actAs(REPORTER);
    const another = await db.warning.findFirstOrThrow({ where: { status: "OPEN" } });
    expect(await acknowledgeWarnings(null, form({ warning: another.id }))).toMatchObject({ ok: false, message: "您无权执行此操作。" });
    expect((await db.warning.findUniqueOrThrow({ where: { id: another.id } })).status).toBe("OPEN");
  });

  it("shows a reporter only its own unit's warnings, and another unit's as not found", async () => {
    const reporter = await actAs(REPORTER);
    const actor = (await getCurrentUser())!;
    const inbox = await listWarnings(actor, { status: "all" });
    expect(inbox.page.items.every((warning) => warning.unit.id === reporter.unitId)).toBe(true);
    const foreign = await db.warning.findFirstOrThrow({ where: { unitId: { not: reporter.unitId } } });
    await expect(getWarning(actor, foreign.id)).rejects.toThrow(NotFoundError);
  });

  it("filters by level, kind and unit, and counts each level under the other filters", async () => {
    await actAs(SUPERVISOR);
    const actor = (await getCurrentUser())!;
    const all = await listWarnings(actor, {});
    const red = await listWarnings(actor, { level: "RED" });
    expect(red.page.total).toBe(all.byLevel.RED);
    expect(red.page.items.every((warning) => warning.level === "RED")).toBe(true);
    const overdue = await listWarnings(actor, { kind: "OVERDUE" });
    expect(overdue.page.items.every((warning) => warning.kind === "OVERDUE")).toBe(true);
    // Most severe first.
    const ranks = all.page.items.map((warning) => ["BLUE", "YELLOW", "ORANGE", "RED"].indexOf(warning.level));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });
});

describe("runs", () => {
  beforeEach(() => signOutTestUser());

  it("runs the schedule once per slot however many instances tick at once", async () => {
    await db.warningRun.deleteMany({ where: { trigger: "SCHEDULE" } });
    const now = new Date();
    const outcomes = await Promise.all([runScheduledWarnings(db, now), runScheduledWarnings(db, now), runScheduledWarnings(db, now)]);
    expect(outcomes.reduce((sum, outcome) => sum + outcome.ran.length, 0)).toBe(1);
    expect(await db.warningRun.count({ where: { trigger: "SCHEDULE" } })).toBe(1);
    const again = await runScheduledWarnings(db, new Date(now.getTime() + 1000));
    expect(again).toMatchObject({ locked: true, ran: [] });
    expect(again.skipped).toHaveLength(1);
  });
});
