import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getLinkOptions, getReadiness, getReadinessSummary } from "@/lib/readiness/queries";
import { addIndicatorValue, addReadinessLink, importCatalogue, saveIndicatorFigure } from "@/lib/readiness/actions";
import { submitReport } from "@/lib/reports/actions";
import { getMyWeek } from "@/lib/reports/queries";
import { currentReportWeek } from "@/lib/reports/week";
import { loadZoneCalendar } from "@/lib/calendar/load";
import { formatIsoWeek } from "@/lib/dates/zone-time";
import { actAs, actorFor, form } from "./support/session";

const LEADER = "leader@demo.gov.cn";
const OFFICE = "office@demo.gov.cn";
const ADMIN = "admin@demo.gov.cn";
const REPORTER = "kjj@demo.gov.cn";

type Result = { ok: boolean; data?: { id: string }; fieldErrors?: Record<string, string[]>; message?: string };

const indicatorOf = (view: NonNullable<Awaited<ReturnType<typeof getReadiness>>>, code: string) => view.groups.flatMap((group) => group.indicators).find((row) => row.code === code)!;

describe("readiness on the demo", () => {
  it("shows the 2021 version's five groups with their weights, scores, and missing figures as missing", async () => {
    const view = (await getReadiness(await actorFor(LEADER)))!;
    expect(view.system.version).toBe("2021");
    expect(view.groups.map((group) => [group.name, group.weight])).toEqual([
      ["创新能力和创业活跃度", 20],
      ["结构优化和产业价值链", 20],
      ["绿色发展和宜居包容性", 15],
      ["开放创新和国际竞争力", 15],
      ["综合质效和持续创新力", 30],
    ]);
    for (const group of view.groups) expect(group.score).not.toBeNull();
    // 4.4 has no value, 3.7 no benchmark, 5.10 no qualitative score: missing, never 0
    expect(view.missing.map((row) => row.code).sort()).toEqual(["3.7", "4.4", "5.10"]);
    expect(indicatorOf(view, "4.4").score.score).toBeNull();
    // 3.3: 38 % against 30 % is 1.267, capped at 1.2 → 120
    expect(indicatorOf(view, "3.3").score).toMatchObject({ score: 120, capped: true });
    // 1.10, qualitative: the office's 72
    expect(indicatorOf(view, "1.10").score.score).toBe(72);
    // The leader may read, not manage.
    expect(view.canManage).toBe(false);
    await expect(getLinkOptions(await actorFor(LEADER))).rejects.toThrow();
  });

  it("a submitted report's indicator value flows to the readiness score", async () => {
    const leader = await actorFor(LEADER);
    const before = (await getReadiness(leader))!;
    const smes = indicatorOf(before, "1.8"); // 当年入库科技型中小企业数, fed by the item's 科技型中小企业入库数
    const feed = smes.links.find((link) => link.feed)!;
    expect(feed.feed!.name).toBe("科技型中小企业入库数");
    expect(smes.benchmark).toBe(350);

    const reporter = await actorFor(REPORTER);
    const zone = await db.zone.findFirstOrThrow({ select: { id: true } });
    const week = currentReportWeek(new Date(), await loadZoneCalendar(db, zone.id));
    await db.weeklyReport.deleteMany({ where: { unitId: reporter.unitId, isoYear: week.isoYear, isoWeek: week.isoWeek } });
    const items = (await getMyWeek(reporter, formatIsoWeek(week))).items;
    const values: Record<string, string> = { week: formatIsoWeek(week), summary: "本周推进顺利。" };
    for (const item of items) {
      values[`entries[${item.id}][progress]`] = String(Math.min(100, Math.max(item.lastReported?.progress ?? 0, 10) + 5));
      values[`entries[${item.id}][doneThisWeek]`] = `推进${item.code}`;
      values[`entries[${item.id}][planNextWeek]`] = `继续推进${item.code}`;
    }
    expect(items.some((item) => item.id === feed.workItemId)).toBe(true);
    values[`entries[${feed.workItemId}][indicators][${feed.feed!.id}]`] = "392";
    const submitted = (await submitReport(null, form(values))) as Result;
    expect(submitted.ok, JSON.stringify(submitted)).toBe(true);

    const after = (await getReadiness(await actorFor(LEADER)))!;
    const row = indicatorOf(after, "1.8");
    expect(row.value).toBe(392);
    expect(row.valueKind).toBe("reported");
    // 392 / 350 = 1.12 → 112 points
    expect(row.score.score).toBeCloseTo(112, 10);
    // Group 1 has indicator weights 0.8 + 1.2 + 8 × 1 = 10, every one scored: 1.8 moves the group by
    // (112 − before) / 10 and the whole (group 1 is 20 %) by a fifth of that.
    expect(before.groups[0].coverage).toBe(1);
    const moved = (112 - smes.score.score!) / 10;
    expect(after.groups[0].score! - before.groups[0].score!).toBeCloseTo(moved, 8);
    expect(after.overall! - before.overall!).toBeCloseTo(moved * 0.2, 8);
    // The summary the dashboard and the documents print reads the same figure.
    expect((await getReadinessSummary(await actorFor(OFFICE)))!.overall).toBeCloseTo(after.overall!, 10);
  });

  it("what-if: the selected item at its target changes the score as the formula says", async () => {
    const leader = await actorFor(LEADER);
    const now = (await getReadiness(leader))!;
    const gdp = indicatorOf(now, "5.1"); // fed by 园区GDP占全市比重, target 25, benchmark 22
    const link = gdp.links.find((row) => row.feed)!;
    const view = (await getReadiness(leader, { reach: [link.workItemId!] }))!;
    expect(view.whatIf?.reached).toEqual([link.workItemId]);
    expect(indicatorOf(view, "5.1").whatIfValue).toBe(25);
    // 25 / 22 = 1.136 → 113.64; group 5 weights: ten indicators of 1, 5.10 missing → 9 scored (REWEIGHT)
    const group5 = now.groups[4];
    expect(group5.coverage).toBeCloseTo(0.9, 10);
    const newScore = (100 * 25) / 22;
    const delta = (newScore - gdp.score.score!) / 9;
    expect(view.groups[4].whatIf! - group5.score!).toBeCloseTo(delta, 8);
    expect(view.whatIf!.overall! - now.overall!).toBeCloseTo(delta * 0.3, 8);
    // The drivers list the item with that same gain.
    expect(now.drivers.find((row) => row.workItemId === link.workItemId)!.gain).toBeCloseTo(delta * 0.3, 8);
    // An id that feeds nothing is ignored, never an error.
    expect((await getReadiness(leader, { reach: ["demo-nothing"] }))!.whatIf).toBeNull();
  });

  it("the trend has a point per month of the campaign, from the values recorded by then", async () => {
    const view = (await getReadiness(await actorFor(LEADER)))!;
    const zone = await db.zone.findFirstOrThrow({ select: { campaignStart: true } });
    const start = zone.campaignStart.toISOString().slice(0, 7);
    expect(view.trend[0].month).toBe(start);
    expect(view.trend.at(-1)!.month).toBe(view.asOf.slice(0, 7));
    expect(view.trend.at(-1)!.overall).toBeCloseTo(view.overall!, 8);
  });
});

describe("the office's writes", () => {
  it("a qualitative score needs its reason and a score within 0–100; nothing is written when refused", async () => {
    await actAs(OFFICE);
    const view = (await getReadiness(await actorFor(OFFICE)))!;
    const quality = indicatorOf(view, "5.10");
    const count = await db.readinessValue.count();
    const noReason = (await addIndicatorValue(null, form({ indicatorId: quality.id, value: "90", asOf: view.asOf, source: "创建办评议" }))) as Result;
    expect(noReason.ok).toBe(false);
    expect(noReason.fieldErrors?.reason?.[0]).toBe("定性评分须写明理由");
    const tooHigh = (await addIndicatorValue(null, form({ indicatorId: quality.id, value: "120", asOf: view.asOf, source: "创建办评议", reason: "好" }))) as Result;
    expect(tooHigh.fieldErrors?.value?.[0]).toBe("定性评分须在0到100之间");
    expect(await db.readinessValue.count()).toBe(count);
    const scored = (await addIndicatorValue(null, form({ indicatorId: quality.id, value: "90", asOf: view.asOf, source: "创建办评议", reason: "统计台账规范，按月核对" }))) as Result;
    expect(scored.ok).toBe(true);
    const after = (await getReadiness(await actorFor(OFFICE)))!;
    expect(indicatorOf(after, "5.10")).toMatchObject({ value: 90, reason: "统计台账规范，按月核对" });
    expect(after.missing.map((row) => row.code)).not.toContain("5.10");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "readiness.addValue", entityId: scored.data!.id } });
    expect(audit.after).toMatchObject({ indicator: "5.10", value: "90" });
  });

  it("a benchmark needs its source, and a second feed of one indicator is refused", async () => {
    await actAs(OFFICE);
    const view = (await getReadiness(await actorFor(OFFICE)))!;
    const row = indicatorOf(view, "3.7");
    const refused = (await saveIndicatorFigure(null, form({ indicatorId: row.id, baseline: "0.55", target: "0.7", benchmark: "0.8" }))) as Result;
    expect(refused.fieldErrors?.benchmarkSource?.[0]).toBe("填写对标值时请注明来源");
    const smes = indicatorOf(view, "1.8");
    const other = await db.workItemIndicator.findFirstOrThrow({ where: { name: "园区科技型中小企业数" }, select: { id: true, workItemId: true } });
    const second = (await addReadinessLink(null, form({ indicatorId: smes.id, workItemId: other.workItemId, workItemIndicatorId: other.id }))) as Result;
    expect(second.fieldErrors?.workItemIndicatorId?.[0]).toBe("本指标已由另一事项的指标反映，请先取消那条关联");
  });
});

describe("catalogue versions", () => {
  // The industry ministry's 2024 revision, first group as published (weights ×0.8, ×1.2, ×1, ×1); the rest condensed.
  const catalogue2024 = {
    version: "2024",
    name: "国家高新区综合评价指标体系（2024年版）",
    issuedBy: "工业和信息化部火炬中心",
    groups: [
      { code: "1", name: "高质量发展综合质效", weight: 15, indicators: [
        { code: "1.1", name: "园区全口径增加值占城市GDP比", unit: "%", weight: 0.8 },
        { code: "1.2", name: "制造业+生产性服务业营收占比", unit: "%", weight: 1.2 },
        { code: "1.3", name: "制造业增加值率", unit: "%", weight: 1 },
        { code: "1.4", name: "当年净增营业收入", unit: "亿元", weight: 1 },
      ] },
      { code: "2", name: "创新能力", weight: 45, indicators: [{ code: "2.1", name: "企业研发投入强度", unit: "%" }] },
      { code: "3", name: "绿色发展", weight: 40, indicators: [{ code: "3.1", name: "单位增加值综合能耗", unit: "吨标准煤/万元", direction: "FALLING" }] },
    ],
  };

  it("a new version imports from JSON, the zone prepares for it, and the 2021 version stays readable", async () => {
    await actAs(ADMIN);
    const before2021 = (await getReadiness(await actorFor(LEADER)))!;
    await actAs(ADMIN);
    const data = form({ choose: "on" });
    data.append("file", new File([JSON.stringify(catalogue2024)], "2024.json", { type: "application/json" }));
    const imported = (await importCatalogue(null, data)) as Result;
    expect(imported.ok, JSON.stringify(imported)).toBe(true);

    const leader = await actorFor(LEADER);
    const now = (await getReadiness(leader))!;
    expect(now.system.version).toBe("2024");
    expect(now.chosen).toBe(true);
    expect(now.groups.map((group) => [group.code, group.weight, group.indicators.length])).toEqual([["1", 15, 4], ["2", 45, 1], ["3", 40, 1]]);
    expect(now.groups[0].indicators.map((row) => row.weight)).toEqual([0.8, 1.2, 1, 1]);
    // No figures yet: every score missing, the overall too — never 0.
    expect(now.overall).toBeNull();
    expect(now.missing).toHaveLength(6);

    const old = (await getReadiness(leader, { systemId: before2021.system.id }))!;
    expect(old.chosen).toBe(false);
    expect(old.groups).toHaveLength(5);
    expect(old.overall).toBeCloseTo(before2021.overall!, 10);
    expect(now.systems.map((row) => row.version)).toEqual(["2024", "2021"]);

    // The same version twice is refused at the field, nothing written.
    await actAs(ADMIN);
    const again = form({});
    again.append("file", new File([JSON.stringify(catalogue2024)], "2024.json", { type: "application/json" }));
    const count = await db.evaluationSystem.count();
    const refused = (await importCatalogue(null, again)) as Result;
    expect(refused.fieldErrors?.version?.[0]).toBe("版本 2024 已存在");
    expect(await db.evaluationSystem.count()).toBe(count);
  });

  it("imports an .xlsx with merged group cells; weights that do not add up to 100 are refused", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("指标体系");
    sheet.addRow(["国家高新区综合评价指标体系（试行修订稿）"]);
    sheet.addRow(["组别编号", "组别名称", "组别权重(%)", "指标编号", "指标名称", "单位", "方向", "组内权重", "定性"]);
    sheet.addRow(["1", "创新", 60, "1.1", "研发强度", "%", "上升", 1.2, ""]);
    sheet.addRow(["", "", "", "1.2", "创新氛围", "", "", "", "是"]);
    sheet.addRow(["2", "绿色", 40, "2.1", "单位增加值能耗", "吨标准煤/万元", "下降", "", ""]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    await actAs(OFFICE);
    const data = form({ version: "2025-draft", name: "修订稿" });
    data.append("file", new File([bytes], "catalogue.xlsx"));
    const imported = (await importCatalogue(null, data)) as Result;
    expect(imported.ok, JSON.stringify(imported)).toBe(true);
    const groups = await db.evaluationGroup.findMany({ where: { systemId: imported.data!.id }, orderBy: { sortOrder: "asc" }, include: { indicators: { orderBy: { sortOrder: "asc" } } } });
    expect(groups.map((group) => [group.name, Number(group.weight)])).toEqual([["创新", 60], ["绿色", 40]]);
    expect(groups[0].indicators.map((row) => [row.code, row.qualitative, row.weight === null ? null : Number(row.weight)])).toEqual([["1.1", false, 1.2], ["1.2", true, null]]);
    expect(groups[1].indicators[0].direction).toBe("FALLING");

    sheet.getCell("C5").value = 30;
    const wrong = form({ version: "2025-wrong", name: "错误稿" });
    wrong.append("file", new File([Buffer.from(await workbook.xlsx.writeBuffer())], "catalogue.xlsx"));
    const refused = (await importCatalogue(null, wrong)) as Result;
    expect(refused.fieldErrors?.file?.[0]).toBe("各组权重合计为 90，应为100");
  });

  it("a leader may not import", async () => {
    await actAs(LEADER);
    const data = form({});
    data.append("file", new File([JSON.stringify({ ...catalogue2024, version: "2030" })], "x.json"));
    const refused = (await importCatalogue(null, data)) as Result;
    expect(refused.ok).toBe(false);
    expect(await db.evaluationSystem.count({ where: { version: "2030" } })).toBe(0);
  });
});
