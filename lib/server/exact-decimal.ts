// Exact decimals for money (yuan, 2 places), land (亩, 2), areas (km², 2) and indicator
// values (4). Text is parsed into a BigInt scaled by 10^scale, so no figure ever passes
// through a binary float on its way to a Decimal column. Pure: no database, no Node APIs.

const DECIMAL_TEXT = /^([+-])?(\d+)(?:\.(\d*))?$/;

export type ExactParse = { ok: true; scaled: bigint } | { ok: false; error: "number" | "decimals" };

/** "1,234.5" → 123450n at scale 2. Thousands separators and spaces are ignored. */
export function parseScaled(text: string, scale: number): ExactParse {
  const cleaned = text.trim().replace(/[,，\s]/g, "");
  const match = DECIMAL_TEXT.exec(cleaned);
  if (!match) return { ok: false, error: "number" };
  const [, sign, whole, fraction = ""] = match;
  const significant = fraction.replace(/0+$/, "");
  if (significant.length > scale) return { ok: false, error: "decimals" };
  const scaled = BigInt(whole + significant.padEnd(scale, "0"));
  return { ok: true, scaled: sign === "-" ? -scaled : scaled };
}

/** 17000000001n at scale 2 → "170000000.01"; trailing zeros dropped, like Prisma's Decimal#toString. */
export function formatScaled(scaled: bigint, scale: number): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** Any decimal-like value (text, a Prisma Decimal, an integer) at `scale`; throws when it does not fit. */
export function toScaled(value: string | number | { toString(): string }, scale: number): bigint {
  const text = typeof value === "number" ? numberText(value) : value.toString();
  const parsed = parseScaled(text, scale);
  if (!parsed.ok) throw new Error(`Not a decimal with at most ${scale} places: ${text}`);
  return parsed.scaled;
}

/** A JS number as plain decimal text (no exponent), e.g. a cell value read from a spreadsheet. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return Number.isInteger(value) ? BigInt(value).toString() : value.toFixed(20).replace(/\.?0+$/, "");
}

/** The canonical text of a decimal value ("3000000.00" → "3000000"), or null. */
export function canonicalDecimal(value: string | number | { toString(): string } | null | undefined, scale: number): string | null {
  if (value === null || value === undefined) return null;
  return formatScaled(toScaled(value, scale), scale);
}

export function sumDecimals(values: (string | { toString(): string })[], scale: number): string {
  return formatScaled(values.reduce<bigint>((sum, value) => sum + toScaled(value, scale), 0n), scale);
}

export function compareDecimals(a: string | { toString(): string }, b: string | { toString(): string }, scale: number): number {
  const difference = toScaled(a, scale) - toScaled(b, scale);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** Money is entered in 元 or 万元; both become yuan with at most 2 places (1 万元 = 10,000 元). */
export const MONEY_INPUT_UNITS = ["WAN", "YUAN"] as const;
export type MoneyInputUnit = (typeof MONEY_INPUT_UNITS)[number];

/** Yuan with 2 places fits Decimal(16,2): below 10^14. */
const MAX_YUAN_CENTS = 10n ** 16n - 1n;

export type MoneyParse = { ok: true; yuan: string } | { ok: false; error: "number" | "decimals" | "min" | "max" };

/**
 * "17000.000001" 万元 → "170000000.01" 元, exactly: 万元 may carry up to 6 decimals (one
 * fen), 元 up to 2. Negative amounts are refused.
 */
export function yuanFromInput(text: string, unit: MoneyInputUnit): MoneyParse {
  // yuan × 100 = 万元 × 10^6: the cents are the 万元 figure at scale 6.
  const parsed = parseScaled(text, unit === "WAN" ? 6 : 2);
  if (!parsed.ok) return parsed;
  if (parsed.scaled < 0n) return { ok: false, error: "min" };
  if (parsed.scaled > MAX_YUAN_CENTS) return { ok: false, error: "max" };
  return { ok: true, yuan: formatScaled(parsed.scaled, 2) };
}

/** Yuan as 万元 text for an edit form, exactly ("170000000.01" → "17000.000001"). */
export function wanFromYuan(yuan: string | { toString(): string }): string {
  return formatScaled(toScaled(yuan, 2), 6);
}
