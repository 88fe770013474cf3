import { describe, expect, it } from "vitest";
import { defer, deferDate, deferInstant, renderText } from "@/lib/i18n/deferred";
import { translatorFor } from "@/lib/i18n/server";

const zh = translatorFor("zh-CN");
const en = translatorFor("en");

describe("text rendered in the reader's language", () => {
  it("renders one stored message in Chinese for one reader and in English for another", () => {
    const message = defer("reports.notify.returnedTitle", { week: "2026-W47" });
    expect(renderText(message, zh, "zh-CN")).toBe(zh("reports.notify.returnedTitle", { week: "2026-W47" }));
    expect(renderText(message, en, "en")).toBe(en("reports.notify.returnedTitle", { week: "2026-W47" }));
    expect(renderText(message, zh, "zh-CN")).not.toBe(renderText(message, en, "en"));
  });

  it("renders nested messages and dates at reading time", () => {
    const body = defer("warnings.notificationBody", { level: defer("warnings.levels.RED") });
    expect(renderText(body, en, "en")).toContain(en("warnings.levels.RED"));
    expect(renderText(body, zh, "zh-CN")).toContain(zh("warnings.levels.RED"));
    const due = defer("notices.notify.issuedBody", { due: deferDate("2026-11-20") });
    expect(renderText(due, zh, "zh-CN")).toContain("2026年11月20日");
    expect(renderText(due, en, "en")).toContain("Nov 20, 2026");
    const reminder = defer("reports.notify.reminderBody", { week: "2026-W47", deadline: deferInstant(new Date("2026-11-20T10:00:00Z"), "Asia/Shanghai") });
    expect(renderText(reminder, zh, "zh-CN")).toContain("2026年11月20日 18:00");
  });

  it("passes plain text through untouched", () => {
    expect(renderText("关于加快土地报批的协调", en, "en")).toBe("关于加快土地报批的协调");
    expect(renderText(null, en, "en")).toBe("");
  });
});
