import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { PERMISSIONS } from "@/lib/auth/permissions";
import type { WeeklyBriefing } from "@/lib/dashboard/briefing";
import { rate, shortWeek } from "@/lib/dashboard/figures";
import type { LedgerRow } from "@/lib/dashboard/ledger";
import { gapColor, LEVEL_COLOR } from "@/lib/dashboard/levels";
import { briefingHref, itemsHref, warningsHref } from "@/lib/dashboard/links";
import { dashboardSearchParams, DEFAULT_PERIOD, parseDashboardFilters, parseLedgerFilters, parseQuarterParam, parseWeekParam } from "@/lib/dashboard/schema";
import { briefingWorkbook, ledgerWorkbook } from "@/lib/dashboard/xlsx";
import { messagesFor } from "@/lib/i18n/messages";
import { translatorFor } from "@/lib/i18n/server";

describe("dashboard URL parameters", () => {
  it("read park, task and period, falling back to defaults on anything malformed", () => {
    expect(parseDashboardFilters({})).toEqual({ parkId: undefined, taskCode: undefined, weeks: DEFAULT_PERIOD });
    expect(parseDashboardFilters({ park: "demo-park-xcl", task: "2", period: "26" })).toEqual({ parkId: "demo-park-xcl", taskCode: "2", weeks: 26 });
    expect(parseDashboardFilters({ park: "x'; DROP", task: "", period: "13" })).toEqual({ parkId: undefined, taskCode: undefined, weeks: DEFAULT_PERIOD });
    expect(parseDashboardFilters({ park: ["a", "b"], period: ["4"] })).toEqual({ parkId: "a", taskCode: undefined, weeks: 4 });
  });

  it("write back only what differs from the defaults", () => {
    expect(dashboardSearchParams({ weeks: DEFAULT_PERIOD })).toEqual({});
    expect(dashboardSearchParams({ parkId: "p", taskCode: "1", weeks: 4 })).toEqual({ park: "p", task: "1", period: "4" });
  });

  it("parse an ISO week, a quarter and ledger filters", () => {
    expect(parseWeekParam("2026-W09")).toEqual({ isoYear: 2026, isoWeek: 9 });
    expect(parseWeekParam("2026-W54")).toBeUndefined();
    expect(parseWeekParam(undefined)).toBeUndefined();
    expect(parseQuarterParam({ year: "2026", quarter: "3" })).toEqual({ year: 2026, quarter: 3 });
    expect(parseQuarterParam({ year: "2026", quarter: "5" })).toBeUndefined();
    expect(parseLedgerFilters({ unit: "u1", status: "DONE" })).toEqual({ parkId: undefined, taskCode: undefined, unitId: "u1", status: undefined });
  });
});

describe("figures, colours and links", () => {
  it("computes rates with one decimal and no rate without a whole", () => {
    expect(rate(22, 24)).toBe(91.7);
    expect(rate(1, 3)).toBe(33.3);
    expect(rate(0, 0)).toBeNull();
    expect(shortWeek({ isoYear: 2026, isoWeek: 7 }, "en")).toBe("W07");
    expect(shortWeek({ isoYear: 2026, isoWeek: 7 }, "zh-CN")).toBe("第7周");
  });

  it("colours a gap with the warning bands", () => {
    expect(gapColor(5)).toBe(LEVEL_COLOR.GREEN);
    expect(gapColor(10)).toBe(LEVEL_COLOR.GREEN);
    expect(gapColor(10.1)).toBe(LEVEL_COLOR.YELLOW);
    expect(gapColor(25)).toBe(LEVEL_COLOR.ORANGE);
    expect(gapColor(31)).toBe(LEVEL_COLOR.RED);
  });

  it("links numbers to the filtered records behind them", () => {
    expect(itemsHref({ parkId: "p1", taskCode: "2" }, { behind: true })).toBe("/plan/items?park=p1&task=2&behind=1");
    // A measure is narrower than its task: the task is dropped.
    expect(itemsHref({ taskCode: "2" }, { measure: "2.1", status: "COMPLETED" })).toBe("/plan/items?measure=2.1&status=COMPLETED");
    expect(warningsHref({ level: "RED", parkId: "p1" })).toBe("/warnings?level=RED&park=p1");
    expect(briefingHref({ isoYear: 2026, isoWeek: 3 })).toBe("/briefings?week=2026-W03");
  });
});

const context = { t: translatorFor("zh-CN"), locale: "zh-CN" as const, zoneName: "测试区", timeZone: "Asia/Shanghai", generatedAt: new Date("2026-03-11T02:00:00Z") };

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe("xlsx workbooks", () => {
  const briefing: WeeklyBriefing = {
    week: { isoYear: 2026, isoWeek: 10 },
    monday: "2026-03-02",
    submission: {
      expected: 3,
      submitted: 2,
      onTime: 1,
      ranking: [
        { rank: 1, unitId: "u1", unit: "一园委", unitName: "一园管委会", outcome: "ON_TIME", submittedAt: new Date("2026-03-06T09:00:00Z"), lateMinutes: 0 },
        { rank: 2, unitId: "u2", unit: "二园委", unitName: "二园管委会", outcome: "LATE", submittedAt: new Date("2026-03-06T12:00:00Z"), lateMinutes: 120 },
      ],
    },
    progress: [{ unitId: "u1", unit: "一园委", unitName: "一园管委会", items: 2, progress: 60, planned: 45.9, gap: 14.1, moved: 5 }],
    newRedWarnings: [],
    noticesIssued: [],
    noticesClosed: [],
    completed: [],
    readiness: null,
  };

  it("writes the briefing with Chinese headers, frozen header rows, widths and number formats", async () => {
    const workbook = await load(await briefingWorkbook(briefing, context));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["概况", "报送排名", "进度排名", "红色预警", "督办", "完成事项"]);
    const summary = workbook.getWorksheet("概况")!;
    // The week in Chinese: 2026-W10 runs Mon 2026-03-02 to Sun 2026-03-08 (W01 starts 2025-12-29).
    expect(summary.getCell("A1").value).toBe("创建国家高新区工作周通报（2026年第10周）");
    expect(String(summary.getCell("A2").value)).toMatch(/^2026年第10周（3月2日—3月8日） · /);
    expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(summary.getRow(3).values).toEqual([undefined, "指标", "数值"]);
    // Percentages are fractions with a % format (1 of 3 on time: 0.333 shows 33.3%), so Excel sums and averages them.
    expect(summary.getRow(8).values).toEqual([undefined, "按时报送率", 0.333]);
    expect(summary.getCell("B8").numFmt).toBe("0.0%");
    const ranking = workbook.getWorksheet("报送排名")!;
    expect(ranking.getRow(3).values).toEqual([undefined, "名次", "单位", "报送情况", "提交时间", "迟报（小时）"]);
    expect(ranking.getColumn(2).width).toBe(34);
    // 12:00 UTC is 20:00 in Shanghai: the cell shows the zone's wall clock.
    expect(ranking.getCell("D5").value).toEqual(new Date("2026-03-06T20:00:00Z"));
    expect(ranking.getCell("D5").numFmt).toBe("yyyy-mm-dd hh:mm");
    expect(ranking.getCell("E5").value).toBe(2);
    // Whole hours only in the column: no "2." with a trailing point.
    expect(ranking.getCell("E5").numFmt).toBe("#,##0");
    expect([workbook.getWorksheet("进度排名")!.getCell("D4").value, workbook.getWorksheet("进度排名")!.getCell("E4").value]).toEqual([0.6, 0.459]);
    expect(workbook.getWorksheet("进度排名")!.getCell("F4").numFmt).toBe("+0.0;-0.0;0.0");
  });

  it("writes the ledger with dates as dates and progress as percentages", async () => {
    const row: LedgerRow = {
      code: "1.1.1", taskCode: "1", taskTitle: "任务一", measureCode: "1.1", measureTitle: "措施一", title: "事项", source: "PLAN",
      leadUnit: "一园管委会", cooperators: "科技局、财政局", startDate: new Date("2026-03-02T00:00:00Z"), dueDate: new Date("2026-12-31T00:00:00Z"),
      deliverable: "成果", leaderName: "陈国栋", ownerName: null, recurrence: "NONE",
      indicators: [
        { name: "高企数", unit: "家", direction: "RISING", baseline: 10, current: 15, target: 30 },
        { name: "单位能耗", unit: "吨标准煤/万元", direction: "FALLING", baseline: 0.62, current: null, target: 0.58 },
      ],
      status: "ACTIVE", progress: 30, planned: 50, lastReportedAt: null, openWarnings: 1, highestLevel: "ORANGE",
    };
    const workbook = await load(await ledgerWorkbook([row], { ...context, scope: "一园管委会" }));
    const sheet = workbook.getWorksheet("工作台账")!;
    expect(sheet.getCell("A1").value).toBe("创建国家高新区工作台账（一园管委会）");
    expect(sheet.getCell("G4").value).toEqual(new Date("2026-03-02T00:00:00Z"));
    expect(sheet.getCell("G4").numFmt).toBe("yyyy-mm-dd");
    // One column names the item's indicators; their figures are on the indicator sheet, one row each.
    expect(sheet.getCell("J4").value).toBe("高企数\n单位能耗");
    expect([sheet.getCell("L4").value, sheet.getCell("L4").numFmt]).toEqual([0.3, "0.0%"]);
    expect(sheet.getCell("N4").value).toBe(-20);
    expect(sheet.getCell("Q4").value).toBe("橙色");
    const indicators = workbook.getWorksheet("指标")!;
    expect([4, 5].map((row) => [4, 5, 6, 7, 8, 9].map((column) => indicators.getCell(row, column).value))).toEqual([
      ["高企数", "家", "上升", 10, 15, 30],
      ["单位能耗", "吨标准煤/万元", "下降", 0.62, null, 0.58],
    ]);
    // As many decimals as the column's figures have (no "10." with a trailing point).
    expect([indicators.getCell("G4").numFmt, indicators.getCell("H4").numFmt]).toEqual(["#,##0.00", "#,##0"]);
    expect(sheet.autoFilter).toBeTruthy();
  });
});

describe("dashboard and briefing UI text", () => {
  const roots = [
    "components/dashboard", "lib/dashboard", "app/(app)/dashboard", "app/(app)/briefings", "app/(app)/parks", "app/print", "app/(screen)", "app/api/exports",
    "components/briefings", "components/documents", "lib/briefings", "lib/documents", "app/(app)/documents", "app/(app)/settings", "app/api/documents",
  ];
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
    });
  const lookup = (messages: unknown, key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

  it("has every key the code uses, in both languages", () => {
    // Literal keys, and the fixed prefix of keys built from a value (`dashboard.levels.${level}`).
    const literal = new Set<string>();
    const prefixes = new Set<string>();
    for (const file of roots.flatMap(files)) {
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(/["`]((?:dashboard|briefings|documents)\.[A-Za-z0-9_.]+?)(\.\$\{|["`])/g)) {
        if (match[1] in PERMISSIONS) continue;
        // A namespace handed to getTranslations / useTranslations is an object of keys.
        if (/Translations\($/.test(source.slice(0, match.index))) {
          prefixes.add(match[1]);
          continue;
        }
        (match[2] === '"' || match[2] === "`" ? literal : prefixes).add(match[1]);
      }
    }
    expect(literal.size).toBeGreaterThan(100);
    for (const locale of ["zh-CN", "en"] as const) {
      const messages = messagesFor(locale);
      for (const key of literal) expect(typeof lookup(messages, key), `${locale} ${key}`).toBe("string");
      for (const prefix of prefixes) expect(typeof lookup(messages, prefix), `${locale} ${prefix}.*`).toBe("object");
    }
  });
});
