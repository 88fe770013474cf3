// The demo's readiness picture: the 2021 evaluation catalogue, the zone's baseline, current
// value, target and benchmark of each indicator, the office's qualitative scores, and links of
// work items and measures to the indicators they move. The catalogue is the published one
// (lib/readiness/catalogue-2021.ts); the zone's figures and the benchmarks are illustrative,
// set near what a provincial zone preparing for the upgrade reports (docs/readiness.md).
import { CATALOGUE_2021 } from "@/lib/readiness/catalogue-2021";
import { addDaysToKey, dateFromKey } from "@/lib/dates/zone-time";
import type { WorkItemIndicatorRow } from "./types";

export interface EvaluationSystemRow { id: string; zoneId: string; version: string; name: string; issuedBy: string | null; source: string | null; importedById: string | null; createdAt: Date }
export interface EvaluationGroupRow { id: string; systemId: string; code: string; name: string; weight: number; sortOrder: number }
export interface EvaluationIndicatorRow { id: string; groupId: string; code: string; name: string; unit: string | null; direction: "RISING" | "FALLING"; weight: number | null; qualitative: boolean; sortOrder: number }
export interface ReadinessSettingsRow { zoneId: string; systemId: string; cap: number; missingRule: "REWEIGHT" | "COUNT_AS_ZERO"; passMark: number }
export interface ReadinessFigureRow { indicatorId: string; zoneId: string; baseline: number | null; baselineYear: number | null; target: number | null; targetYear: number | null; benchmark: number | null; benchmarkSource: string | null }
export interface ReadinessValueRow { id: string; zoneId: string; indicatorId: string; value: number; asOf: Date; source: string; reason: string | null; createdById: string | null; createdAt: Date }
export interface ReadinessLinkRow { id: string; zoneId: string; indicatorId: string; workItemId: string | null; measureId: string | null; workItemIndicatorId: string | null; createdAt: Date }

export interface ReadinessTables {
  evaluationSystems: EvaluationSystemRow[];
  evaluationGroups: EvaluationGroupRow[];
  evaluationIndicators: EvaluationIndicatorRow[];
  readinessSettings: ReadinessSettingsRow[];
  readinessFigures: ReadinessFigureRow[];
  readinessValues: ReadinessValueRow[];
  readinessLinks: ReadinessLinkRow[];
}

const BENCHMARK_SOURCE = "演示数据：参照国家高新区同类指标中位水平估算";

/** code → [baseline, current, target, benchmark]; null where the zone has no figure yet. A qualitative one: [null, score, target score, null]. */
const FIGURES: Record<string, [number | null, number | null, number | null, number | null]> = {
  "1.1": [12, null, 20, 25], // fed by the item "省级以上研发平台数"
  "1.2": [4.2, 4.8, 6, 6.5],
  "1.3": [2.1, null, 3, 2.8], // fed by "企业研发经费投入强度"
  "1.4": [18, 21, 30, 35],
  "1.5": [6.5, 7.2, 9, 8.1],
  "1.6": [1, 2, 4, 5],
  "1.7": [1850, 2120, 2600, 3200],
  "1.8": [210, null, 400, 350], // fed by "科技型中小企业入库数"
  "1.9": [85, 102, 150, 180],
  "1.10": [null, 72, 85, null],
  "2.1": [12.5, 13.8, 18, 22],
  "2.2": [28, 30.5, 35, 38],
  "2.3": [0.9, 1.2, 2, 2.6],
  "2.4": [45, 58, 80, 120],
  "2.5": [6.1, 6.4, 7, 7.2],
  "2.6": [18, 32, 64, 60],
  "2.7": [6, 9, 15, 20],
  "2.8": [520, 580, 700, 900],
  "2.9": [21, 22, 24, 23],
  "3.1": [0.62, null, 0.58, 0.45], // fed by "单位工业增加值能耗" (falling)
  "3.2": [4.5, 3.2, 1.5, 2],
  "3.3": [32, 38, 40, 30], // above the benchmark: capped
  "3.4": [21, 23, 28, 30],
  "3.5": [0.6, 0.8, 1.2, 1.5],
  "3.6": [28, 29, 32, 33],
  "3.7": [0.55, 0.62, 0.7, null], // no comparable published figure: benchmark missing
  "3.8": [18, 21, 26, 40],
  "3.9": [null, 80, 85, null],
  "4.1": [2, 3, 6, 12],
  "4.2": [0.35, 0.42, 0.6, 0.8],
  "4.3": [14, 17, 25, 40],
  "4.4": [null, null, 2, 3], // not yet counted: value missing
  "4.5": [1.8, 2.1, 3, 5],
  "4.6": [6.5, 7.1, 9, 10],
  "4.7": [0.4, 0.5, 0.8, 1.2],
  "5.1": [18, null, 25, 22], // fed by "园区GDP占全市比重"
  "5.2": [5.2, 6, 7.5, 6.8],
  "5.3": [8, 9.5, 14, 18],
  "5.4": [6, 7.2, 10, 15],
  "5.5": [3, 5, 10, 12],
  "5.6": [4, 5, 8, 10],
  "5.7": [1, 2, 4, 5],
  "5.8": [3, 4, 7, 10],
  "5.9": [null, 85, 90, null],
  "5.10": [null, null, 90, null], // the office has not scored it yet
};

const REASONS: Record<string, string> = {
  "1.10": "创新创业大赛和“双创”活动周常态化举办，众创空间数量增加，但国家级孵化载体偏少",
  "3.9": "循环经济产业园资源综合利用项目推进，绿色工厂创建有序，再生水回用工程进度滞后",
  "5.9": "未发生重大安全和环保事故，用地报批依法合规推进",
};

/** Evaluation indicator → the demo work-item indicator (by name) whose reports feed it. */
const FEEDS: Record<string, string> = {
  "1.1": "省级以上研发平台数",
  "1.3": "企业研发经费投入强度",
  "1.8": "科技型中小企业入库数",
  "3.1": "单位工业增加值能耗",
  "5.1": "园区GDP占全市比重",
};

/** Evaluation indicator → demo work-item indicators (by name) of items that move it without measuring it. */
const DRIVERS: Record<string, string[]> = {
  "1.4": ["每万名从业人员发明专利拥有量"],
  "2.1": ["高新技术产业营业收入占比"],
  "2.3": ["技术合同成交额"],
  "2.6": ["高新技术企业数", "园区高新技术企业数"],
  "5.6": ["上市后备企业数"],
  "2.7": ["引导基金规模"],
};

/** Evaluation indicator → demo measures that move it. */
const MEASURES: Record<string, string[]> = {
  "1.2": ["1.5"],
  "1.6": ["2.1"],
  "1.9": ["2.1"],
  "3.2": ["3.5"],
  "4.2": ["2.4"],
};

export function generateReadiness(options: {
  zoneId: string;
  todayKey: string;
  campaignStartKey: string;
  createdById: string;
  workItemIndicators: readonly WorkItemIndicatorRow[];
  measureIds: ReadonlySet<string>;
}): ReadinessTables {
  const { zoneId, todayKey, campaignStartKey, createdById } = options;
  const systemId = "demo-eval-2021";
  const createdAt = dateFromKey(campaignStartKey);
  const tables: ReadinessTables = {
    evaluationSystems: [{ id: systemId, zoneId, version: CATALOGUE_2021.version, name: CATALOGUE_2021.name, issuedBy: CATALOGUE_2021.issuedBy ?? null, source: CATALOGUE_2021.source ?? null, importedById: createdById, createdAt }],
    evaluationGroups: [],
    evaluationIndicators: [],
    readinessSettings: [{ zoneId, systemId, cap: 1.2, missingRule: "REWEIGHT", passMark: 80 }],
    readinessFigures: [],
    readinessValues: [],
    readinessLinks: [],
  };
  const baselineYear = Number(campaignStartKey.slice(0, 4)) - 1;
  const midKey = addDaysToKey(campaignStartKey, Math.floor((Date.parse(todayKey) - Date.parse(campaignStartKey)) / 86_400_000 / 2));
  const recentKey = addDaysToKey(todayKey, -20);
  // The catalog's items come first: the first indicator of a name is the plan's own, not a generated extra's.
  const indicatorByName = new Map<string, WorkItemIndicatorRow>();
  for (const row of options.workItemIndicators) if (!indicatorByName.has(row.name)) indicatorByName.set(row.name, row);
  let valueSeq = 0;
  const addValue = (indicatorId: string, value: number, on: string, source: string, reason: string | null = null) => {
    tables.readinessValues.push({ id: `demo-rv-${++valueSeq}`, zoneId, indicatorId, value, asOf: dateFromKey(on), source, reason, createdById, createdAt: dateFromKey(on) });
  };
  const link = (indicatorId: string, fields: { workItemId?: string; measureId?: string; workItemIndicatorId?: string }) => {
    tables.readinessLinks.push({ id: `demo-rl-${tables.readinessLinks.length + 1}`, zoneId, indicatorId, workItemId: fields.workItemId ?? null, measureId: fields.measureId ?? null, workItemIndicatorId: fields.workItemIndicatorId ?? null, createdAt });
  };

  CATALOGUE_2021.groups.forEach((group, groupIndex) => {
    const groupId = `demo-eval-g${group.code}`;
    tables.evaluationGroups.push({ id: groupId, systemId, code: group.code, name: group.name, weight: group.weight, sortOrder: groupIndex + 1 });
    group.indicators.forEach((indicator, index) => {
      const id = `demo-eval-i${indicator.code}`;
      tables.evaluationIndicators.push({ id, groupId, code: indicator.code, name: indicator.name, unit: indicator.unit ?? null, direction: indicator.direction ?? "RISING", weight: indicator.weight ?? null, qualitative: indicator.qualitative ?? false, sortOrder: index + 1 });
      const [baseline, current, target, benchmark] = FIGURES[indicator.code] ?? [null, null, null, null];
      tables.readinessFigures.push({
        indicatorId: id,
        zoneId,
        baseline,
        baselineYear: baseline === null ? null : baselineYear,
        target,
        targetYear: target === null ? null : baselineYear + 3,
        benchmark,
        benchmarkSource: benchmark === null ? null : BENCHMARK_SOURCE,
      });
      if (indicator.qualitative) {
        if (current !== null) addValue(id, current, recentKey, "创建办评议", REASONS[indicator.code] ?? null);
        return;
      }
      if (baseline !== null) addValue(id, baseline, campaignStartKey, `${baselineYear}年统计年报`);
      if (current !== null && baseline !== null) {
        addValue(id, Math.round((baseline + (current - baseline) / 2) * 100) / 100, midKey, "统计快报（季度）");
        addValue(id, current, recentKey, "统计快报（月度）");
      }
      const feed = FEEDS[indicator.code] ? indicatorByName.get(FEEDS[indicator.code]) : undefined;
      if (feed) link(id, { workItemId: feed.workItemId, workItemIndicatorId: feed.id });
      for (const name of DRIVERS[indicator.code] ?? []) {
        const driver = indicatorByName.get(name);
        if (driver && !tables.readinessLinks.some((row) => row.indicatorId === id && row.workItemId === driver.workItemId)) link(id, { workItemId: driver.workItemId });
      }
      for (const code of MEASURES[indicator.code] ?? []) {
        const measureId = `demo-measure-${code}`;
        if (options.measureIds.has(measureId)) link(id, { measureId });
      }
    });
  });
  return tables;
}
