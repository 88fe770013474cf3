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

test("a supervisor gives a work item two indicators (one that should fall), a stage target and its responsible people", async ({ page }) => {
  await login(page, ACCOUNTS.supervisor);
  await page.goto("/plan/items/new?measure=4.5");
  const form = page.getByTestId("work-item-form");
  await form.getByLabel("编号").fill("4.5.71");
  await form.getByLabel("事项名称").fill("编制迎检能耗专题报告");
  await form.getByLabel("牵头单位").selectOption({ label: "江州市水利局" });
  await form.getByLabel("牵头市领导").fill("吴振华");
  await form.getByLabel("责任人").fill("周建国");
  // In the future: nothing owed this week, no other story changes.
  await form.getByLabel("开始日期").fill("2027-01-04");
  await form.getByLabel("完成时限").fill("2027-06-30");
  const indicators = page.getByTestId("indicator-row");
  await indicators.nth(0).getByLabel("指标名称").fill("节水改造项目");
  await indicators.nth(0).getByLabel("计量单位").fill("个");
  await indicators.nth(0).getByLabel("基数").fill("0");
  await indicators.nth(0).getByLabel("目标值").fill("6");
  await page.getByRole("button", { name: "增加指标" }).click();
  await indicators.nth(1).getByLabel("指标名称").fill("万元产值用水量");
  await indicators.nth(1).getByLabel("计量单位").fill("立方米/万元");
  await indicators.nth(1).getByLabel("方向").selectOption({ label: "下降" });
  await indicators.nth(1).getByLabel("基数").fill("9.5");
  // A falling indicator's target above its baseline is refused beside its row.
  await indicators.nth(1).getByLabel("目标值").fill("10");
  await page.getByRole("button", { name: "增加阶段目标" }).click();
  await page.getByTestId("milestones").getByLabel("日期").fill("2027-03-31");
  await page.getByTestId("milestones").getByLabel("目标内容").fill("完成节水诊断");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(indicators.nth(1)).toContainText("下降类指标的目标值不能大于基数");

  await indicators.nth(1).getByLabel("目标值").fill("8.6");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/plan\/items\/[^/]+$/);
  await expect(page.getByRole("heading", { name: "4.5.71 编制迎检能耗专题报告" })).toBeVisible();
  await expect(page.getByTestId("item-indicator")).toHaveCount(2);
  await expect(page.getByTestId("item-indicator").nth(1)).toContainText("万元产值用水量（立方米/万元）下降");
  await expect(page.getByTestId("item-milestones")).toContainText("完成节水诊断");
  await expect(page.getByText("吴振华")).toBeVisible();
});
