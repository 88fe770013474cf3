import { describe, expect, it } from "vitest";
import { isMalformedRequestUrl } from "@/lib/security/request-url";

const url = (path: string) => new URL(path, "http://127.0.0.1:3000");

describe("isMalformedRequestUrl", () => {
  it("refuses NUL and other control characters in the path or the query, encoded or not", () => {
    expect(isMalformedRequestUrl(url("/api/attachments/abc%00def"))).toBe(true);
    expect(isMalformedRequestUrl(url("/notices/new?warning=w1%00"))).toBe(true);
    expect(isMalformedRequestUrl(url("/plan/items?q=%1b[31m"))).toBe(true);
    expect(isMalformedRequestUrl(url("/plan/items?q=a%7Fb"))).toBe(true);
  });

  it("refuses broken percent-encoding", () => {
    expect(isMalformedRequestUrl(url("/plan/items?q=%E4%B8"))).toBe(true);
    expect(isMalformedRequestUrl(url("/plan/items?q=100%"))).toBe(true);
  });

  it("lets ordinary Chinese, spaces and symbols through", () => {
    expect(isMalformedRequestUrl(url("/plan/items?q=%E9%AB%98%E6%96%B0+%E4%BC%81%E4%B8%9A&page=2"))).toBe(false);
    expect(isMalformedRequestUrl(url("/warnings/clx1.ab_c-d:e?level=RED"))).toBe(false);
    expect(isMalformedRequestUrl(url("/login?callbackUrl=http%3A%2F%2F127.0.0.1%3A3000%2Fmy-unit"))).toBe(false);
  });
});
