import { expect, test } from "@playwright/test";
import { ACCOUNTS, login } from "./support";

test("the plan shows 4 tasks and 22 measures, and drills down to a work item's history", async ({ page }) => {
  await login(page, ACCOUNTS.supervisor);
  await page.goto("/plan");
  await expect(page.getByTestId("measure-row")).toHaveCount(22);
  await expect(page.getByText("任务 4 ·")).toBeVisible();

  await page.getByRole("link", { name: /^1\.1 / }).click();
  await expect(page).toHaveURL(/\/plan\/measures\/1\.1$/);
  const firstItem = page.getByTestId("work-item-row").first();
  await expect(firstItem).toBeVisible();
  await firstItem.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/plan\/items\//);
  await expect(page.getByText("牵头单位")).toBeVisible();
  await expect(page.getByTestId("history-row").first()).toBeVisible();
});

test("the unit directory lists the 25 member units and each unit's items", async ({ page }) => {
  await login(page, ACCOUNTS.leader);
  await page.goto("/units");
  await expect(page.getByTestId("unit-row")).toHaveCount(25);
  await page.getByRole("link", { name: "江州市科学技术局" }).click();
  await expect(page.getByText("牵头的事项")).toBeVisible();
  await expect(page.getByTestId("work-item-row").first()).toBeVisible();
});

test("the work-item list paginates and filters through the URL", async ({ page }) => {
  await login(page, ACCOUNTS.supervisor);
  await page.goto("/plan/items");
  await expect(page.getByTestId("work-item-row")).toHaveCount(20);
  await page.getByRole("link", { name: "下一页" }).click();
  await expect(page).toHaveURL(/page=2/);
  await page.goto("/plan/items?task=4");
  const rows = page.getByTestId("work-item-row");
  await expect(rows.first()).toBeVisible();
  for (const code of await rows.locator("td:first-child").allTextContents()) expect(code.startsWith("4.")).toBe(true);
});
