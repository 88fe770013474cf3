import { expect, test } from "@playwright/test";
import { ACCOUNTS, login, nav } from "./support";

test.describe("signing in as each role", () => {
  const cases = [
    { account: ACCOUNTS.admin, role: "系统管理员", sees: ["用户", "单位", "审计日志", "任务清单"], hidden: [] as string[] },
    { account: ACCOUNTS.supervisor, role: "督查员", sees: ["工作台", "任务清单", "成员单位"], hidden: ["用户", "审计日志"] },
    { account: ACCOUNTS.leader, role: "领导", sees: ["总览", "通报", "大屏", "任务清单"], hidden: ["工作台", "用户", "审计日志"] },
    // A reporter's home is its unit's week ("/" leads there), not the overview.
    { account: ACCOUNTS.reporter, role: "填报员", sees: ["本单位本周", "任务清单"], hidden: ["工作台", "用户", "单位", "审计日志"] },
  ];

  for (const { account, role, sees, hidden } of cases) {
    test(`${role} sees its navigation and who is signed in`, async ({ page }) => {
      await login(page, account);
      await expect(page.getByTestId("current-role")).toHaveText(role);
      for (const label of sees) await expect(nav(page).getByRole("link", { name: label, exact: true })).toBeVisible();
      for (const label of hidden) await expect(nav(page).getByRole("link", { name: label, exact: true })).toHaveCount(0);
    });
  }
});

test("a wrong password shows an error and stays on the login page", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("邮箱").fill(ACCOUNTS.leader);
  await page.getByLabel("密码").fill("not-the-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "邮箱或密码错误" })).toHaveText("邮箱或密码错误。");
  await expect(page).toHaveURL(/\/login/);
});

test("an anonymous visitor is sent to the login page and back afterwards", async ({ page }) => {
  await page.goto("/plan");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("邮箱").fill(ACCOUNTS.supervisor);
  await page.getByLabel("密码").fill("Demo@2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/plan$/);
});

test("a reporter opening an admin URL is refused", async ({ page }) => {
  await login(page, ACCOUNTS.reporter);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByTestId("forbidden")).toBeVisible();
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
});

test("signing out ends the session", async ({ page }) => {
  // Signing out ends every session of the user: an account no parallel test signs in with.
  await login(page, "gxj@demo.gov.cn");
  await page.getByTestId("logout").click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/plan");
  await expect(page).toHaveURL(/\/login/);
});

test("the language switch is remembered", async ({ page }) => {
  await login(page, ACCOUNTS.leader);
  await page.getByTestId("locale-switcher").first().click();
  await expect(nav(page).getByRole("link", { name: "Plan", exact: true })).toBeVisible();
  await page.reload();
  await expect(nav(page).getByRole("link", { name: "Plan", exact: true })).toBeVisible();
  await page.getByTestId("locale-switcher").first().click();
  await expect(nav(page).getByRole("link", { name: "任务清单", exact: true })).toBeVisible();
});
