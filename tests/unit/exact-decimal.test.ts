import { describe, expect, it } from "vitest";
import { canonicalDecimal, compareDecimals, formatScaled, numberText, parseScaled, sumDecimals, wanFromYuan, yuanFromInput } from "@/lib/server/exact-decimal";

describe("exact decimals", () => {
  it("parses text to scaled integers without floats, ignoring thousands separators", () => {
    expect(parseScaled("170,000,000.01", 2)).toEqual({ ok: true, scaled: 17000000001n });
    expect(parseScaled("647.50", 2)).toEqual({ ok: true, scaled: 64750n });
    expect(parseScaled("-3.5", 2)).toEqual({ ok: true, scaled: -350n });
    expect(parseScaled("1.001", 2)).toEqual({ ok: false, error: "decimals" });
    expect(parseScaled("1.2.3", 2)).toEqual({ ok: false, error: "number" });
    expect(parseScaled("1e5", 2)).toEqual({ ok: false, error: "number" });
  });

  it("writes the canonical text Prisma's Decimal writes", () => {
    expect(formatScaled(17000000001n, 2)).toBe("170000000.01");
    expect(formatScaled(300000000n, 2)).toBe("3000000");
    expect(formatScaled(5n, 4)).toBe("0.0005");
    expect(formatScaled(-350n, 2)).toBe("-3.5");
    expect(canonicalDecimal("3000000.00", 2)).toBe("3000000");
    expect(canonicalDecimal(null, 2)).toBeNull();
  });

  it("sums and compares where floats would drift", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumDecimals(["0.1", "0.2"], 2)).toBe("0.3");
    expect(sumDecimals(["170000000.01", "170000000.01", "0.98"], 2)).toBe("340000001");
    expect(compareDecimals("647.5", "647.50", 2)).toBe(0);
    expect(compareDecimals("80", "100", 4)).toBe(-1);
  });

  it("converts 万元 to yuan exactly, to the fen, and back", () => {
    expect(yuanFromInput("17000.000001", "WAN")).toEqual({ ok: true, yuan: "170000000.01" });
    expect(yuanFromInput("300", "WAN")).toEqual({ ok: true, yuan: "3000000" });
    expect(yuanFromInput("0.01", "YUAN")).toEqual({ ok: true, yuan: "0.01" });
    expect(yuanFromInput("0.0000001", "WAN")).toEqual({ ok: false, error: "decimals" });
    expect(yuanFromInput("-1", "YUAN")).toEqual({ ok: false, error: "min" });
    expect(yuanFromInput("100000000000000", "YUAN")).toEqual({ ok: false, error: "max" });
    expect(wanFromYuan("170000000.01")).toBe("17000.000001");
    expect(wanFromYuan("3000000")).toBe("300");
  });

  it("writes spreadsheet numbers as plain decimal text", () => {
    expect(numberText(2.1)).toBe("2.1");
    expect(numberText(1e21)).toBe("1000000000000000000000");
    expect(numberText(1e-7)).toBe("0.0000001");
  });
});

describe("the form fields of Decimal columns", () => {
  const issueOf = (result: { success: boolean; error?: { issues: { message: string; code: string }[] } }) => result.error?.issues[0];

  it("keeps a 17-significant-digit value as typed, where a float would round it", async () => {
    const { exactDecimal } = await import("@/lib/server/fields");
    const indicator = exactDecimal({ scale: 4, min: -1e13, max: 1e13 });
    expect(Number("1234567890123.4567")).toBe(1234567890123.4568);
    expect(indicator.parse("1234567890123.4567")).toBe("1234567890123.4567");
    expect(indicator.parse("-9876543210987.6543")).toBe("-9876543210987.6543");
    expect(indicator.parse("1,234.5000")).toBe("1234.5");
    expect(indicator.parse("")).toBeNull();
    expect(issueOf(indicator.safeParse("0.12345678901234567"))?.message).toBe("validation.decimalPlaces");
    expect(issueOf(indicator.safeParse("12345678901234.567"))?.code).toBe("too_big");
    expect(issueOf(indicator.safeParse("1e3"))?.message).toBe("validation.number");
  });

  it("checks small decimals as text before they become numbers: more places are refused, never rounded", async () => {
    const { decimal, optionalDecimal } = await import("@/lib/server/fields");
    const percent = optionalDecimal(0, 100, 2);
    expect(percent.parse("37.5")).toBe(37.5);
    expect(percent.parse("")).toBeNull();
    // Through a float, 99.999999999999999999 is 100 and would pass as 100 %.
    expect(Number("99.999999999999999999")).toBe(100);
    expect(issueOf(percent.safeParse("99.999999999999999999"))?.message).toBe("validation.decimalPlaces");
    expect(issueOf(percent.safeParse("100.01"))?.code).toBe("too_big");
    const points = decimal(-30, 30, 2);
    expect(points.parse("-2.5")).toBe(-2.5);
    expect(points.parse(12)).toBe(12);
    expect(issueOf(points.safeParse(undefined))?.code).toBe("invalid_type");
  });
});
