// What offices write in their task lists, read into values: Chinese numbering (一、（一）1.（1）),
// deadlines ("2026年12月底前", "6月底前", "3季度", "年底前", "每季度", "长期坚持"), quantities
// with units ("200家", "≥1500", "由86家增至150家"), 责任单位 cells ("市科技局（牵头）、市财政局",
// "市统计局牵头，市发改委配合") and stage targets ("6月底前：完成选址；12月底前：建成投用").
// Pure: no units, no database; plan-sheet.ts resolves names to units. Accepted forms:
// docs/plan-import.md.
import { parseScaled, formatScaled } from "@/lib/server/exact-decimal";
import { monthRange, quarterRange } from "@/lib/dates/zone-time";
import type { IndicatorDirection } from "./indicators";
import type { Recurrence } from "./planned-progress";

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "三" → 3, "十二" → 12, "二十三" → 23; null for anything else (1–99). */
export function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const match = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === "") return null;
  const [, tens, ten, ones] = match;
  if (!ten) return tens && !ones ? CHINESE_DIGITS[tens] : null;
  return (tens ? CHINESE_DIGITS[tens] : 1) * 10 + (ones ? CHINESE_DIGITS[ones] : 0);
}

/** Full-width digits, letters and punctuation as ASCII; ideographic spaces as spaces. */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

// ───────────── numbering ─────────────

export type NumberingStyle = "chinese" | "chineseParen" | "arabic" | "arabicParen" | "circled" | "dotted";

export interface Numbering {
  style: NumberingStyle;
  /** The number at this level (1 for 一、), or the whole code of dotted numbering ("1.2.3"). */
  number: number;
  code: string | null;
  /** The text without its numbering. */
  rest: string;
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/** The numbering a title starts with, as offices write it; null when it has none. */
export function parseNumbering(raw: string): Numbering | null {
  const text = raw.trim();
  const rest = (match: RegExpExecArray) => text.slice(match[0].length).trim();
  let match = /^([一二三四五六七八九十]{1,3})\s*[、.．]\s*/.exec(text);
  if (match && chineseNumber(match[1]) !== null) return { style: "chinese", number: chineseNumber(match[1])!, code: null, rest: rest(match) };
  match = /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*[、.．]?\s*/.exec(text);
  if (match && chineseNumber(match[1]) !== null) return { style: "chineseParen", number: chineseNumber(match[1])!, code: null, rest: rest(match) };
  match = /^(\d{1,3}(?:[.．]\d{1,3}){1,4})(?:[、.．](?!\d)|\s+|$)\s*/.exec(halfWidth(text));
  if (match) return { style: "dotted", number: Number(match[1].split(/[.．]/).at(-1)), code: match[1].replace(/．/g, "."), rest: text.slice(match[0].length).trim() };
  match = /^(\d{1,3})\s*[、.．](?!\d)\s*/.exec(halfWidth(text));
  if (match) return { style: "arabic", number: Number(match[1]), code: null, rest: text.slice(match[0].length).trim() };
  match = /^[（(]\s*(\d{1,3})\s*[）)]\s*[、.．]?\s*/.exec(halfWidth(text));
  if (match) return { style: "arabicParen", number: Number(match[1]), code: null, rest: text.slice(match[0].length).trim() };
  if (text && CIRCLED.includes(text[0])) return { style: "circled", number: CIRCLED.indexOf(text[0]) + 1, code: null, rest: text.slice(1).replace(/^[、.．\s]+/, "").trim() };
  return null;
}

/** A group row's title without the count offices append: "集聚创新资源（4项）" → "集聚创新资源". */
export function stripCount(text: string): string {
  return text.replace(/\s*[（(]\s*(?:共\s*)?\d+\s*(?:项|条|个)\s*[）)]\s*$/, "").trim();
}

// ───────────── deadlines ─────────────

export interface Deadline {
  /** The latest day the text names ("YYYY-MM-DD"); null when it only says how often. */
  date: string | null;
  recurrence: Recurrence;
}

const RECURRENCE_WORDS: [RegExp, Recurrence][] = [
  [/每月|按月|逐月|月度/, "MONTHLY"],
  [/每季度?|按季度?|逐季/, "QUARTERLY"],
  [/长期坚持|长期|持续推进|持续开展|常态化|持续/, "STANDING"],
];

const CN = "[一二三四五六七八九十]{1,3}";
const NUMBER = `(\\d{1,2}|${CN})`;

function validDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const { last } = monthRange(year, month);
  if (day > Number(last.slice(8))) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Reads a deadline cell. Days, months ("6月底", "十二月"), quarters ("3季度", "第三季度"),
 * halves ("上半年") and year ends ("年底前", "2026年") take their last day; a year that is
 * not written is `planYear`, or the last year written before it in the same cell. Words of
 * recurrence (每月, 每季度, 长期坚持) make a recurring item. Null when nothing is readable.
 */
export function parseDeadline(raw: string, planYear: number): Deadline | null {
  const text = halfWidth(raw).replace(/\s+/g, "");
  if (!text) return null;
  const dates: string[] = [];
  let year = planYear;
  // A year written and not yet followed by a month, quarter or half: it names its own end.
  let pendingYear = false;
  let invalid = false;
  const push = (day: string | null) => {
    pendingYear = false;
    if (day) dates.push(day);
    else invalid = true;
  };
  const tokens: [RegExp, (match: RegExpExecArray) => void][] = [
    [/(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})日?/y, (m) => {
      year = Number(m[1]);
      push(validDay(year, Number(m[2]), Number(m[3])));
    }],
    [/(\d{4})年(?:度)?/y, (m) => {
      if (pendingYear) dates.push(`${year}-12-31`);
      year = Number(m[1]);
      pendingYear = true;
    }],
    [new RegExp(`${NUMBER}月(?:份)?(?:${NUMBER}[日号])?(底|末|上旬|中旬|下旬)?`, "y"), (m) => {
      const month = chineseNumber(m[1]) ?? 0;
      if (month < 1 || month > 12) return push(null);
      const day = m[2] ? (chineseNumber(m[2]) ?? 0) : m[3] === "上旬" ? 10 : m[3] === "中旬" ? 20 : Number(monthRange(year, month).last.slice(8));
      push(validDay(year, month, day));
    }],
    [/第?([1-4一二三四])季度(?:末|底)?/y, (m) => push(quarterRange({ year, quarter: chineseNumber(m[1]) ?? Number(m[1]) }).last)],
    [/(上半年|年中|下半年)/y, (m) => push(m[1] === "下半年" ? `${year}-12-31` : `${year}-06-30`)],
    [/(年底|年末|年内|全年|年度内|今年)/y, () => push(`${year}-12-31`)],
  ];
  let position = 0;
  while (position < text.length) {
    const found = tokens.find(([pattern]) => {
      pattern.lastIndex = position;
      return pattern.test(text);
    });
    if (found) {
      const [pattern, apply] = found;
      pattern.lastIndex = position;
      apply(pattern.exec(text)!);
      position = pattern.lastIndex;
      continue;
    }
    if (pendingYear) push(`${year}-12-31`);
    position += 1;
  }
  if (pendingYear) push(`${year}-12-31`);
  const recurrence = RECURRENCE_WORDS.find(([pattern]) => pattern.test(text))?.[1] ?? "NONE";
  if (invalid && dates.length === 0) return null;
  if (dates.length === 0) return recurrence === "NONE" ? null : { date: null, recurrence };
  return { date: dates.sort().at(-1)!, recurrence };
}

// ───────────── quantities ─────────────

export interface Quantity {
  /** Text before the figure, e.g. "高新技术企业数" of "高新技术企业数达到150家". */
  name: string | null;
  baseline: string | null;
  target: string;
  unit: string | null;
  direction: IndicatorDirection | null;
}

const RISE_WORDS = "增至|增加到|增加至|增长到|增长至|提高到|提高至|提升到|提升至|上升到|上升至|扩大到|扩大至|达到|突破|超过|不低于|不少于|力争|≥|>=|＞=|大于等于";
const FALL_WORDS = "降至|降到|下降到|下降至|降低到|降低至|减少到|减少至|压减到|压减至|控制在|不高于|不超过|≤|<=|小于等于";
const NUMBER_TEXT = "(-?\\d+(?:\\.\\d+)?)";
const UNIT_TEXT = "([^\\d\\s，,。；;]{0,12}?)";
const TAIL = "(以上|以内|以下|左右)?";

function exact(text: string): string | null {
  const parsed = parseScaled(text, 4);
  return parsed.ok ? formatScaled(parsed.scaled, 4) : null;
}

function cleanUnit(unit: string | undefined): string | null {
  const value = (unit ?? "").trim();
  return value ? value : null;
}

/**
 * Reads a baseline or target cell: "200家", "2.1%", "1.2亿元", "≥1500", "由86家增至150家",
 * "高新技术企业数达到150家", "单位能耗降至0.58吨标准煤/万元". Thousands separators are
 * dropped. Null when no figure is found; "decimals" when it has more than 4 decimals.
 */
export function parseQuantity(raw: string): Quantity | null | "decimals" {
  const text = halfWidth(raw).replace(/(\d),(?=\d{3})/g, "$1").replace(/\s+/g, "").replace(/％/g, "%");
  if (!text) return null;
  const between = new RegExp(`^(.*?)(?:由|从)?${NUMBER_TEXT}${UNIT_TEXT}(?:(${RISE_WORDS})|(${FALL_WORDS})|→|->|—>|-->)${NUMBER_TEXT}${UNIT_TEXT}${TAIL}$`).exec(text);
  if (between) {
    const [, prefix, from, fromUnit, rise, fall, to, toUnit] = between;
    const baseline = exact(from);
    const target = exact(to);
    if (!baseline || !target) return "decimals";
    return {
      name: cleanName(prefix),
      baseline,
      target,
      unit: cleanUnit(toUnit) ?? cleanUnit(fromUnit),
      direction: fall ? "FALLING" : rise ? "RISING" : null,
    };
  }
  const single = new RegExp(`^(.*?)(?:(${RISE_WORDS})|(${FALL_WORDS}))?${NUMBER_TEXT}${UNIT_TEXT}${TAIL}$`).exec(text);
  if (!single) return null;
  const [, prefix, rise, fall, figure, unit, tail] = single;
  // A prefix ending in a digit is a figure we could not read ("1-2家"), not a name.
  if (/\d$/.test(prefix)) return null;
  const target = exact(figure);
  if (!target) return "decimals";
  const direction = fall || tail === "以内" || tail === "以下" ? "FALLING" : rise || tail === "以上" ? "RISING" : null;
  return { name: cleanName(prefix), baseline: null, target, unit: cleanUnit(unit), direction };
}

function cleanName(prefix: string): string | null {
  const name = prefix.replace(/(由|从|为|是|：|:)$/, "").trim();
  return name ? name : null;
}

// ───────────── responsible units ─────────────

export type UnitRole = "lead" | "cooperator" | null;

export interface NamedUnit {
  name: string;
  /** What the cell says this unit does; null when it does not say. */
  role: UnitRole;
}

const LEAD_WORDS = /(?:牵头|负责|主责|主办|落实)$/;
const COOPERATOR_WORDS = /(?:配合|协助|参与|协办|共同推进)$/;
const LABEL = /^(牵头单位|牵头部门|主责单位|主办单位|责任单位|配合单位|配合部门|协办单位|参与单位|协助单位)[:：]/;
/** Words that name no unit in particular: skipped. */
export const NO_UNIT = new Set(["各有关单位", "有关单位", "相关单位", "各相关单位", "各有关部门", "有关部门", "相关部门", "各相关部门", "等"]);

/**
 * The units a 责任单位 cell names, in order, each with what the cell says it does:
 * "市科技局（牵头）、市财政局", "市统计局牵头，市发改委配合", "牵头单位：市科技局；配合单位：市财政局、市统计局".
 */
export function parseResponsible(raw: string): NamedUnit[] {
  const text = halfWidth(raw).replace(/[ \t]+/g, "");
  const result: NamedUnit[] = [];
  for (const clauseText of text.split(/[，,；;。\n]+/)) {
    let clause = clauseText.trim();
    if (!clause) continue;
    let role: UnitRole = null;
    const label = LABEL.exec(clause);
    if (label) {
      role = /牵头|主责|主办/.test(label[1]) ? "lead" : /责任/.test(label[1]) ? null : "cooperator";
      clause = clause.slice(label[0].length);
    }
    clause = clause.replace(/^由/, "");
    // "牵头负责", "配合落实": strip every role word at the end.
    for (;;) {
      if (LEAD_WORDS.test(clause)) {
        role = role === "cooperator" ? role : "lead";
        clause = clause.replace(LEAD_WORDS, "");
      } else if (COOPERATOR_WORDS.test(clause)) {
        role = "cooperator";
        clause = clause.replace(COOPERATOR_WORDS, "");
      } else break;
    }
    for (const part of clause.split(/[、/]+/)) {
      let name = part.trim();
      let own: UnitRole = null;
      const marker = /\((牵头|主责|负责|配合|协助|参与|协办)(?:单位)?\)$/.exec(name);
      if (marker) {
        own = /配合|协助|参与|协办/.test(marker[1]) ? "cooperator" : "lead";
        name = name.slice(0, marker.index);
      }
      name = name.replace(/等$/, "").trim();
      if (!name || NO_UNIT.has(name)) continue;
      result.push({ name, role: own ?? role });
    }
  }
  return result;
}

// ───────────── stage targets ─────────────

export interface Milestone {
  date: string;
  text: string;
}

/**
 * Stage targets in one cell: "6月底前：完成选址；12月底前：建成投用" or "2026-06-30：完成选址".
 * Each target starts with its date. Null when a part has no readable date.
 */
export function parseMilestones(raw: string, planYear: number): Milestone[] | null {
  const result: Milestone[] = [];
  for (const part of raw.split(/[；;\n]+/).map((entry) => entry.trim()).filter(Boolean)) {
    const match = /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|.+?(?:底|末|前|日|号|季度|半年|月))[：:，,\s]+(.+)$/.exec(halfWidth(part));
    const deadline = match ? parseDeadline(match[1], planYear) : null;
    if (!match || !deadline?.date) return null;
    result.push({ date: deadline.date, text: match[2].trim() });
  }
  return result;
}
