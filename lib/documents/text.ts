// Small pieces of Chinese official writing: widths in characters, numerals, dates, lists.

/** Width in full-width characters: Latin letters and digits count half (半角). */
export function textWidth(value: string): number {
  let width = 0;
  for (const char of value) width += /[\u0000-\u00ff]/.test(char) ? 0.5 : 1;
  return width;
}

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (headings 一、二、…; up to 99). */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 99) return String(value);
  if (value < 10) return DIGITS[value];
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones ? DIGITS[ones] : ""}`;
}

/** "2026-11-20" → 2026年11月20日 (Arabic numerals, as GB/T 9704-2012 writes 成文日期). */
export function documentDate(key: string): string {
  return `${Number(key.slice(0, 4))}年${Number(key.slice(5, 7))}月${Number(key.slice(8, 10))}日`;
}

/** 市科技局、市财政局和市发展改革委 */
export function joinNames(names: string[], last = "和"): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join("、")}${last}${names[names.length - 1]}`;
}

/** A number without trailing zeros: 45 → "45", 45.5 → "45.5", 0.25 → "0.25". */
export function plainNumber(value: number, digits = 2): string {
  return String(Math.round(value * 10 ** digits) / 10 ** digits);
}

/** Yuan as 万元 with up to two decimals: 3000000 → "300万元". */
export function wanYuan(yuan: number): string {
  return `${plainNumber(yuan / 10_000)}万元`;
}
