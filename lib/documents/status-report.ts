// 情况汇报: the report the zone sends to city leaders, written from the records in one click —
// designations and visits, funds, land by batch, planning adjustment, progress of the tasks and
// the laggards, coordination requests that need city leaders — each section's figures as text,
// with the office's own text between them. Stored as versioned JSON, edited, then sent. Pure.
import { z } from "zod";
import { heading, paragraphsOf, type Block, type OfficialDocument } from "./model";
import type { DocumentSettings } from "./settings";
import { chineseNumeral, documentDate, joinNames, plainNumber, wanYuan } from "./text";

export const STATUS_SECTIONS = ["designations", "funds", "land", "planning", "progress", "readiness", "coordination"] as const;
export type StatusSectionKey = (typeof STATUS_SECTIONS)[number];

export const SECTION_HEADINGS: Record<StatusSectionKey, string> = {
  designations: "称号创建及上级对接情况",
  funds: "争取上级资金情况",
  land: "用地报批情况",
  planning: "规划调整情况",
  progress: "重点任务推进情况",
  readiness: "对照国家高新区评价指标达标情况",
  coordination: "需要市领导协调解决的事项",
};

export interface StatusFacts {
  /** "YYYY-MM-DD", zone calendar. */
  asOf: string;
  zoneName: string;
  designations: { name: string; level: string; status: string; approved: boolean; stepsDone: number; stepsTotal: number; nextStep: string | null }[];
  visits: { date: string; visitors: string; organization: string; agreed: string }[];
  funds: { count: number; sought: number; approved: number; arrived: number; pending: { name: string; amount: number; status: string }[] };
  land: { neededMu: number; submittedMu: number; approvedMu: number; batches: { seq: number; name: string; status: string; areaMu: number; approvedMu: number; projectCount: number }[] };
  planning: { title: string; status: string; plannedAreaKm2: number; builtAreaKm2: number; note: string | null }[];
  progress: {
    overall: { items: number; completed: number; progress: number; planned: number; behind: number };
    tasks: { code: string; title: string; items: number; completed: number; progress: number; planned: number; behind: number }[];
    laggards: { unit: string; progress: number; planned: number }[];
  };
  /** The estimated score against the national evaluation (docs/readiness.md); null without a catalogue. */
  readiness: {
    systemName: string;
    overall: number | null;
    passMark: number;
    groups: { name: string; weight: number; score: number | null }[];
    behind: { code: string; name: string; behind: number }[];
  } | null;
  coordination: { title: string; unit: string | null; addressee: string; dueDate: string | null }[];
}

const points = (value: number) => `${plainNumber(value, 1)}分`;

const mu = (value: number) => `${plainNumber(value)}亩`;
const pct = (value: number) => `${plainNumber(value, 1)}%`;

/** The figures of one section as the paragraphs an office would write. */
export function sectionFacts(key: StatusSectionKey, facts: StatusFacts): string {
  switch (key) {
    case "designations": {
      if (facts.designations.length === 0) return "目前暂无在推进的称号创建事项。";
      const approved = facts.designations.filter((row) => row.approved);
      const lines = [
        `目前在推进称号创建事项${facts.designations.length}项，已获批${approved.length}项${approved.length ? `（${joinNames(approved.map((row) => row.name))}）` : ""}。`,
        ...facts.designations
          .filter((row) => !row.approved)
          .map((row) => `${row.name}（${row.level}）：${row.status}，已完成${row.stepsDone}/${row.stepsTotal}个环节${row.nextStep ? `，下一步${row.nextStep}` : ""}。`),
      ];
      if (facts.visits.length) {
        lines.push(`近期共对接上级部门${facts.visits.length}次：${facts.visits.map((visit) => `${documentDate(visit.date)}，${visit.organization}${visit.visitors}来区指导${visit.agreed ? `，${visit.agreed.replace(/[。；;]+$/, "")}` : ""}`).join("；")}。`);
      }
      return lines.join("\n");
    }
    case "funds": {
      const { funds } = facts;
      if (funds.count === 0) return "目前暂无争取上级资金项目。";
      const lines = [`累计谋划争取上级资金项目${funds.count}个，申请资金${wanYuan(funds.sought)}，已批复${wanYuan(funds.approved)}，已到位${wanYuan(funds.arrived)}。`];
      if (funds.pending.length) lines.push(`正在争取的有：${funds.pending.map((row) => `${row.name}${wanYuan(row.amount)}（${row.status}）`).join("；")}。`);
      return lines.join("\n");
    }
    case "land": {
      const { land } = facts;
      const lines = [`创建共需建设用地${mu(land.neededMu)}，已报批${mu(land.submittedMu)}，已获批${mu(land.approvedMu)}，尚有${mu(Math.max(0, land.neededMu - land.approvedMu))}待落实。`];
      for (const batch of land.batches) {
        lines.push(`第${chineseNumeral(batch.seq)}批次${batch.name ? `（${batch.name}）` : ""}${mu(batch.areaMu)}，${batch.status}${batch.approvedMu > 0 ? `，获批${mu(batch.approvedMu)}` : ""}，涉及项目${batch.projectCount}个。`);
      }
      return lines.join("\n");
    }
    case "planning": {
      if (facts.planning.length === 0) return "暂无规划调整事项。";
      return facts.planning
        .map((row) => `${row.title}：规划面积${plainNumber(row.plannedAreaKm2)}平方公里，已建成${plainNumber(row.builtAreaKm2)}平方公里，目前${row.status}${row.note ? `，${row.note.replace(/[。]+$/, "")}` : ""}。`)
        .join("\n");
    }
    case "progress": {
      const { overall, tasks, laggards } = facts.progress;
      const lines = [
        `实施方案分解工作事项${overall.items}项，已完成${overall.completed}项，平均进度${pct(overall.progress)}，序时进度${pct(overall.planned)}；滞后序时进度10个百分点以上的事项${overall.behind}项。`,
        ...tasks.map((task) => `${task.code}. ${task.title}：${task.items}项事项，完成${task.completed}项，平均进度${pct(task.progress)}（序时${pct(task.planned)}）${task.behind ? `，滞后${task.behind}项` : ""}。`),
      ];
      if (laggards.length) lines.push(`进度滞后的单位主要有：${laggards.map((row) => `${row.unit}（进度${pct(row.progress)}，序时${pct(row.planned)}）`).join("、")}。`);
      return lines.join("\n");
    }
    case "readiness": {
      const { readiness } = facts;
      if (!readiness) return "尚未导入国家高新区综合评价指标体系，暂无达标测算。";
      const { overall, passMark } = readiness;
      const lines = [
        `对照${readiness.systemName}测算，` +
          (overall === null ? "本区估算得分暂缺（指标数据不足）。" : `本区估算得分${points(overall)}，${overall >= passMark ? `已达到本区达标线${points(passMark)}` : `距本区达标线${points(passMark)}差${points(passMark - overall)}`}。`),
        `分类看：${readiness.groups.map((group) => `${group.name}（权重${plainNumber(group.weight)}%）${group.score === null ? "暂缺" : points(group.score)}`).join("，")}。`,
      ];
      if (readiness.behind.length) lines.push(`失分较多的指标为：${readiness.behind.map((row) => `${row.code}${row.name}（失分${points(row.behind)}）`).join("、")}。`);
      return lines.join("\n");
    }
    case "coordination": {
      if (facts.coordination.length === 0) return "目前暂无需要市领导协调的事项。";
      return facts.coordination
        .map((row, index) => `${index + 1}．${row.title}${row.unit ? `（${row.unit}提出）` : ""}，需协调${row.addressee}${row.dueDate ? `，希望于${documentDate(row.dueDate)}前解决` : ""}。`)
        .join("\n");
    }
  }
}

// ───────────── stored shape ─────────────

export const STATUS_REPORT_VERSION = 1;

const sectionSchema = z.object({ key: z.enum(STATUS_SECTIONS), heading: z.string(), facts: z.string(), remarks: z.string() });
export const statusReportContentSchema = z.object({
  version: z.literal(STATUS_REPORT_VERSION),
  addressee: z.string(),
  intro: z.string(),
  sections: z.array(sectionSchema),
  closing: z.string(),
});
export type StatusReportContent = z.infer<typeof statusReportContentSchema>;

export function statusReportTitle(zoneName: string): string {
  return `关于${zoneName}创建国家高新区工作进展情况的汇报`;
}

/** A new report from the records: each section's figures, the office's text left to write. */
export function composeStatusReport(facts: StatusFacts): StatusReportContent {
  return {
    version: STATUS_REPORT_VERSION,
    addressee: "市委、市政府",
    intro: `现将截至${documentDate(facts.asOf)}${facts.zoneName}创建国家高新区工作进展情况汇报如下：`,
    sections: STATUS_SECTIONS.map((key) => ({ key, heading: SECTION_HEADINGS[key], facts: sectionFacts(key, facts), remarks: "" })),
    closing: "下一步，我们将对照创建标准，逐项盯紧滞后事项和报批环节，恳请市领导对上述需协调事项予以支持。\n特此汇报。",
  };
}

export function statusReportDocument(report: { title: string; asOf: string; content: StatusReportContent }, settings: DocumentSettings): OfficialDocument {
  const body: Block[] = [...paragraphsOf(report.content.intro)];
  report.content.sections.forEach((section, index) => {
    body.push(heading(1, `${chineseNumeral(index + 1)}、${section.heading}`), ...paragraphsOf(section.facts), ...paragraphsOf(section.remarks));
  });
  body.push(...paragraphsOf(report.content.closing));
  return {
    fileName: `情况汇报-${report.asOf}`,
    title: report.title,
    addressee: report.content.addressee.trim() || undefined,
    body,
    signature: { name: settings.signatureName, date: documentDate(report.asOf) },
  };
}
