import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "@/lib/i18n/config";
import { namespaces } from "@/lib/i18n/messages";
import { formatDate, formatMu, formatPercent, formatYuan } from "@/lib/format";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe("messages", () => {
  it("have the same keys in Chinese and English, and no empty text", () => {
    for (const namespace of namespaces) {
      expect(keys(namespace.en).sort()).toEqual(keys(namespace["zh-CN"]).sort());
      for (const locale of ["zh-CN", "en"] as const) {
        for (const key of keys(namespace[locale])) {
          const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], namespace[locale]);
          expect(String(text).trim(), `${locale} ${key}`).not.toBe("");
        }
      }
    }
  });

  it("never define one top-level namespace twice", () => {
    const names = namespaces.flatMap((namespace) => Object.keys(namespace["zh-CN"]));
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("language negotiation", () => {
  it("prefers Chinese, switches to English only when English ranks first", () => {
    expect(localeFromAcceptLanguage(undefined)).toBe("zh-CN");
    expect(localeFromAcceptLanguage("zh-TW,zh;q=0.9")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("en-US,en;q=0.9,zh-CN;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("fr-FR,zh-CN;q=0.5,en;q=0.4")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("de-DE")).toBe("zh-CN");
  });
});

describe("formatting with units", () => {
  it("writes dates the Chinese way", () => {
    expect(formatDate("2026-11-20", "zh-CN")).toBe("2026年11月20日");
    expect(formatDate(new Date("2026-11-20T00:00:00Z"), "en")).toBe("Nov 20, 2026");
  });

  it("scales money to 元 / 万元 / 亿元", () => {
    expect(formatYuan(3_000_000, "zh-CN")).toBe("300 万元");
    expect(formatYuan(170_000_000, "zh-CN")).toBe("1.7 亿元");
    expect(formatYuan(8_500, "zh-CN")).toBe("8,500 元");
    expect(formatYuan("3000000.00", "en")).toBe("300 ten-thousand yuan");
  });

  it("carries 亩 and %", () => {
    expect(formatMu("2129.00", "zh-CN")).toBe("2,129 亩");
    expect(formatPercent(12.345, "zh-CN")).toBe("12.3%");
    expect(formatPercent(null, "zh-CN")).toBe("—");
  });
});
