import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-url";

describe("safeCallbackPath", () => {
  it("keeps the path, query and hash of a callback on any host, never the host", () => {
    expect(safeCallbackPath("http://127.0.0.1:3191/my-unit?week=2026-W40")).toBe("/my-unit?week=2026-W40");
    expect(safeCallbackPath("https://evil.example/notices/abc#sign")).toBe("/notices/abc#sign");
    expect(safeCallbackPath("/reports/unit-1?week=2026-W49")).toBe("/reports/unit-1?week=2026-W49");
  });

  it("sends protocol-relative and backslash tricks home or to a path here", () => {
    expect(safeCallbackPath("//evil.example/x")).toBe("/x");
    expect(safeCallbackPath("/\\evil.example")).toBe("/");
    expect(safeCallbackPath("javascript:alert(1)")).toBe("/");
  });

  it("goes home for nothing, a non-string, or the login page itself", () => {
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath("")).toBe("/");
    expect(safeCallbackPath(["/a", "/b"])).toBe("/");
    expect(safeCallbackPath("/login?callbackUrl=%2Fadmin")).toBe("/");
    expect(safeCallbackPath("/login/")).toBe("/");
    expect(safeCallbackPath("/logins")).toBe("/logins");
  });
});
