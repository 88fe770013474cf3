import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo@2026";

export const ACCOUNTS = {
  admin: "admin@demo.gov.cn",
  supervisor: "office@demo.gov.cn",
  leader: "leader@demo.gov.cn",
  reporter: "kjj@demo.gov.cn",
} as const;

export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("logout")).toBeVisible();
}

export function nav(page: Page) {
  return page.getByTestId("main-nav");
}
