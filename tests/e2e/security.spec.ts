import { expect, test, type Page } from "@playwright/test";
import { watchCsp } from "./csp";
import { ACCOUNTS, DEMO_PASSWORD, login } from "./support";

/** Opens a page, checks its policy header and waits until it settled (scripts ran, charts drew). */
async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  const csp = (await response!.allHeaders())["content-security-policy"] ?? "";
  expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(csp, path).toContain("frame-ancestors 'none'");
  await page.waitForLoadState("networkidle");
}

async function navLinks(page: Page): Promise<string[]> {
  const hrefs = await page.getByTestId("main-nav").locator("a[href^='/']").evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  return [...new Set(hrefs)];
}

const EXTRA_PAGES: Record<string, string[]> = {
  admin: ["/account/password"],
  // Print views (every one under /print, docs/documents.md) carry an inline stylesheet and script.
  supervisor: ["/briefings/print", "/print/plan", "/account/password"],
  leader: ["/account/password"],
  reporter: ["/account/password"],
};

test.describe("the Content-Security-Policy", () => {
  test("the login page carries the policy and the other security headers, and logs no violation", async ({ page }) => {
    const violations = await watchCsp(page);
    const response = await page.goto("/login");
    const headers = await response!.allHeaders();
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    // Served over plain http here: no HSTS.
    expect(headers["strict-transport-security"]).toBeUndefined();
    await page.getByLabel("邮箱").fill(ACCOUNTS.leader);
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByTestId("logout")).toBeVisible();
    expect(violations).toEqual([]);
  });

  for (const [role, account] of Object.entries(ACCOUNTS)) {
    test(`no page of the ${role}'s navigation logs a violation`, async ({ page }) => {
      test.setTimeout(240_000);
      const violations = await watchCsp(page);
      await login(page, account);
      const pages = [...(await navLinks(page)), ...EXTRA_PAGES[role]];
      expect(pages.length).toBeGreaterThan(3);
      for (const path of pages) await visit(page, path);
      expect(violations).toEqual([]);
    });
  }

  test("recharts and the big screen still draw under the policy", async ({ page }) => {
    const violations = await watchCsp(page);
    await login(page, ACCOUNTS.leader);
    await visit(page, "/dashboard");
    await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
    await visit(page, "/big-screen");
    await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
    expect(violations).toEqual([]);
  });
});

test("a session cookie kept after sign-out opens nothing", async ({ page, browser }) => {
  // An account no other test uses: signing out ends every session of the user.
  await login(page, "zrzyj@demo.gov.cn");
  const kept = await page.context().cookies();
  await page.getByTestId("logout").click();
  await expect(page).toHaveURL(/\/login/);

  const thief = await browser.newContext();
  await thief.addCookies(kept);
  const stolen = await thief.newPage();
  await stolen.goto("/plan");
  await expect(stolen).toHaveURL(/\/login/);
  await thief.close();
});

test("a spoofed X-Forwarded-For does not change the address the audit log records", async ({ page, browser }) => {
  const spoofer = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "6.6.6.6" } });
  const guess = await spoofer.newPage();
  await guess.goto("/login");
  await guess.getByLabel("邮箱").fill("spoof.e2e@demo.gov.cn");
  await guess.getByLabel("密码").fill("not-the-password");
  await guess.getByRole("button", { name: "登录" }).click();
  await expect(guess.getByRole("alert").filter({ hasText: "邮箱或密码错误" })).toBeVisible();
  await spoofer.close();

  await login(page, ACCOUNTS.admin);
  await page.goto("/admin/audit?action=auth.signInFailed");
  const row = page.getByTestId("audit-row").filter({ hasText: "spoof.e2e@demo.gov.cn" }).first();
  await expect(row).toBeVisible();
  await expect(row.getByTestId("audit-ip")).toHaveText("127.0.0.1");
  await page.goto("/admin/audit?action=auth.signIn");
  await expect(page.getByTestId("audit-row").first()).toContainText("admin@demo.gov.cn");
});

test("changing my password: a weak one is refused at the field, a good one works and ends the other sessions", async ({ page, browser }) => {
  const email = "czj@demo.gov.cn";
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await login(otherPage, email);

  await login(page, email);
  await page.getByTestId("change-password-link").click();
  await expect(page).toHaveURL(/\/account\/password$/);
  const formEl = page.getByTestId("change-password-form");
  await formEl.getByLabel("当前密码").fill(DEMO_PASSWORD);
  await formEl.locator("input[name=password]").fill("qwertyuiop");
  await formEl.getByLabel("再次输入新密码").fill("qwertyuiop");
  await formEl.getByRole("button", { name: "修改密码" }).click();
  await expect(formEl.getByText("密码不能是重复字符或简单序列（如 aaaaaa、123456、qwerty）")).toBeVisible();

  await formEl.getByLabel("当前密码").fill(DEMO_PASSWORD);
  await formEl.locator("input[name=password]").fill("Lantern-Kite-58");
  await formEl.getByLabel("再次输入新密码").fill("Lantern-Kite-58");
  await formEl.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByText("密码已修改，其他设备上的登录已退出。")).toBeVisible();
  // This browser stays signed in (a new session), the other one is out.
  await page.goto("/plan");
  await expect(page.getByTestId("logout")).toBeVisible();
  await otherPage.goto("/plan");
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();

  await page.getByTestId("logout").click();
  await login(page, email, "Lantern-Kite-58");
});

test("the health check tells an anonymous caller only up or down", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});

test("a URL carrying a control character is refused with 400 before any page sees it", async ({ request }) => {
  for (const path of ["/api/attachments/abc%00def", "/notices/new?warning=w%00", "/plan/items?q=%1b%5B31m"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
  }
  expect((await request.get("/login?callbackUrl=%2Fmy-unit", { maxRedirects: 0 })).status()).toBe(200);
});
