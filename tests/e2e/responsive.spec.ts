import { expect, test } from "@playwright/test";
import { ACCOUNTS, login } from "./support";

test("on a phone the navigation opens from the menu button", async ({ page }) => {
  await login(page, ACCOUNTS.reporter);
  await expect(page.getByTestId("mobile-menu")).toBeVisible();
  await page.getByTestId("mobile-menu").click();
  await page.getByRole("dialog").getByRole("link", { name: "任务清单" }).click();
  await expect(page).toHaveURL(/\/plan$/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});
