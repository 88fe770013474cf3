// One description of an official document, written by the builders (notice, briefing, …) and
// read by the two writers: .docx (docx.ts) and HTML for the print view and the PDF (html.ts).
// Everything here is plain data, always Chinese, with no layout decisions: those are layout.ts's.

export interface TextRun {
  text: string;
  bold?: boolean;
  /** The role's font instead of the block's (a lead-in in 黑体 inside a 仿宋 paragraph…). */
  font?: "heiti" | "kaiti" | "fangsong";
}

export type Inline = string | TextRun;

export type Block =
  /** Structural headings: 一、 in 黑体, （一） in 楷体, 1. and （1） in 仿宋 (GB/T 9704 7.3.3). */
  | { type: "heading"; level: 1 | 2 | 3 | 4; text: string }
  /** A body paragraph in 3号仿宋, first line indented two characters unless `indent` is false. */
  | { type: "paragraph"; runs: Inline[]; indent?: boolean; align?: "left" | "center" | "right" }
  /** A table in a smaller size; `widths` are relative; every column wraps, none is cut off. */
  | { type: "table"; columns: TableColumn[]; rows: string[][]; note?: string; size?: "normal" | "small" }
  /** A gap of whole lines. */
  | { type: "blank"; lines?: number };

export interface TableColumn {
  header: string;
  width: number;
  align?: "left" | "center" | "right";
}

/** 版头 of the 文件格式: the issuing office's name in red, the number, the red rule. */
export interface RedHeader {
  /** 发文机关标志, e.g. "江州市创建国家高新区工作领导小组办公室". */
  issuer: string;
  /** 发文字号, e.g. "督办〔2026〕7号"; absent for a document sent without one. */
  number?: string;
}

/** 简报's head: its name in red, 第 N 期, the editing office and the date above a red rule. */
export interface BulletinHeader {
  name: string;
  /** "第 12 期"; "（未印发）" for a draft. */
  issue: string;
  editor: string;
  date: string;
}

/** 版记: 抄送, 印发机关 and 印发日期 between the colophon's lines. */
export interface Colophon {
  copyTo: string[];
  printedBy: string;
  printedOn: string;
}

/** 简报's distribution at its end: 报 (upwards), 送 (sideways), 发 (downwards). */
export interface Distribution {
  reportTo: string[];
  sendTo: string[];
  issueTo?: string[];
}

/** A part printed on its own (landscape) pages after the body: 附件 with a wide table. */
export interface Appendix {
  /** "附件1" / "附件". */
  label: string;
  title: string;
  landscape: boolean;
  blocks: Block[];
}

export interface OfficialDocument {
  /** File name without extension. */
  fileName: string;
  redHeader?: RedHeader;
  bulletin?: BulletinHeader;
  /** Printed across the page (a draft, an unissued preview). */
  watermark?: string;
  title: string;
  /** A line under the title (the period of a report), centred in 楷体. */
  subtitle?: string;
  /** 主送机关, ending with the full-width colon. */
  addressee?: string;
  body: Block[];
  /** 附件说明 after the body: the attachments' names. */
  attachmentNote?: string[];
  /** 发文机关署名 and 成文日期. */
  signature?: { name: string; date: string };
  /** 附注 under the date, in brackets: the contact person (联系人：…). */
  postscript?: string;
  appendices?: Appendix[];
  distribution?: Distribution;
  colophon?: Colophon;
}

export const text = (value: string): Inline[] => [value];
export const paragraph = (runs: Inline[] | string, options: { indent?: boolean; align?: "left" | "center" | "right" } = {}): Block => ({
  type: "paragraph",
  runs: typeof runs === "string" ? [runs] : runs,
  ...options,
});
export const heading = (level: 1 | 2 | 3 | 4, value: string): Block => ({ type: "heading", level, text: value });

/** Free text the office typed: one paragraph per non-empty line. */
export function paragraphsOf(value: string): Block[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => paragraph(line));
}

export function runText(run: Inline): string {
  return typeof run === "string" ? run : run.text;
}
