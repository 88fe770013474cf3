import { expect, test } from "@playwright/test";
import { ACCOUNTS, login } from "./support";

test("the land funnel shows the demo's 2129 亩 needed and 647 亩 approved", async ({ page }) => {
  await login(page, ACCOUNTS.leader);
  await page.getByTestId("main-nav").getByRole("link", { name: "要素保障" }).click();
  await page.getByRole("link", { name: "用地报批" }).click();
  await expect(page).toHaveURL(/\/resources\/land$/);
  const funnel = page.getByTestId("land-funnel");
  await expect(funnel.getByTestId("funnel-needed")).toContainText("2,129 亩");
  await expect(funnel.getByTestId("funnel-approved")).toContainText("647 亩");
  await expect(funnel.getByTestId("funnel-submitted")).toContainText("934 亩");
  await expect(funnel.locator(".recharts-funnel-trapezoid")).toHaveCount(4);
  await expect(funnel.getByText("已获批 647 亩")).toBeVisible();
  await expect(page.getByTestId("land-project-row")).toHaveCount(10);
});

test("a leader gives an instruction (批示) on a coordination request waiting for a leader", async ({ page }) => {
  await login(page, ACCOUNTS.leader);
  await page.goto("/coordination?status=WAITING_LEADER");
  const row = page.getByTestId("coordination-row").filter({ hasText: "污水处理厂提标改造" });
  await expect(row).toContainText("待领导批示");
  await row.getByRole("link").first().click();
  await expect(page.getByTestId("coordination-status")).toHaveText("待领导批示");

  const form = page.getByTestId("instruction-form");
  await form.getByRole("button", { name: "提交批示" }).click();
  await expect(form.getByText("必填")).toBeVisible();
  await form.getByLabel("批示内容").fill("同意执行一级A标准，请生态环境局会同循环经济产业园抓紧实施。");
  await form.getByRole("button", { name: "提交批示" }).click();

  await expect(page.getByTestId("instruction")).toContainText("同意执行一级A标准");
  await expect(page.getByTestId("coordination-status")).toHaveText("协调中");
  await expect(page.getByTestId("transition-form")).toHaveCount(0);
});

test("a supervisor records funds in 万元 and sees them exactly in yuan terms", async ({ page }) => {
  await login(page, ACCOUNTS.supervisor);
  await page.goto("/resources/funds/new");
  const form = page.getByTestId("funding-form");
  await form.getByLabel("项目名称").fill("省级数字经济专项资金");
  await form.getByLabel("申请金额（万元）").fill("17000.000001");
  await form.getByLabel("金额单位").selectOption("YUAN");
  await expect(form.getByLabel("申请金额（元）")).toHaveValue("170000000.01");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/resources\/funds$/);
  const row = page.getByTestId("funding-row").filter({ hasText: "省级数字经济专项资金" });
  await expect(row).toContainText("1.7 亿元");
  await row.getByRole("link").click();
  await expect(page.getByLabel("申请金额（万元）")).toHaveValue("17000.000001");
});
