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

test("the office puts a request to the leaders, and a leader gives an instruction (批示) on it", async ({ page, browser }) => {
  // A request of the test's own, so the demo's requests stay as other specs expect them.
  const title = `协调园区迎检用房 ${Date.now()}`;
  await login(page, ACCOUNTS.supervisor);
  await page.goto("/coordination/new");
  const request = page.getByTestId("coordination-form");
  await request.getByRole("textbox", { name: "事项", exact: true }).fill(title);
  await request.getByLabel("具体内容").fill("迎检需临时用房 2000 平方米，请市领导协调市机关事务管理局调配。");
  await request.getByRole("textbox", { name: "协调对象", exact: true }).fill("市政府分管副市长");
  await request.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("coordination-status")).toHaveText("待办");
  const transition = page.getByTestId("transition-form");
  await transition.getByLabel("改为").selectOption("WAITING_LEADER");
  await transition.getByRole("button", { name: "呈报领导批示" }).click();
  await expect(page.getByTestId("coordination-status")).toHaveText("待领导批示");

  // The leader in a browser of its own.
  const { baseURL, locale, timezoneId } = test.info().project.use;
  const leaderContext = await browser.newContext({ baseURL, locale, timezoneId });
  const leader = await leaderContext.newPage();
  await login(leader, ACCOUNTS.leader);
  await leader.goto("/coordination?status=WAITING_LEADER");
  const row = leader.getByTestId("coordination-row").filter({ hasText: title });
  await expect(row).toContainText("待领导批示");
  await row.getByRole("link").first().click();
  const form = leader.getByTestId("instruction-form");
  await form.getByRole("button", { name: "提交批示" }).click();
  await expect(form.getByText("必填")).toBeVisible();
  await form.getByLabel("批示内容").fill("同意，请机关事务管理局一周内落实。");
  await form.getByRole("button", { name: "提交批示" }).click();

  await expect(leader.getByTestId("instruction")).toContainText("同意，请机关事务管理局一周内落实。");
  await expect(leader.getByTestId("coordination-status")).toHaveText("协调中");
  await expect(leader.getByTestId("transition-form")).toHaveCount(0);
  await leaderContext.close();
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

  // Leave the demo's fund totals as other specs expect them.
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "删除" }).click();
  await expect(page).toHaveURL(/\/resources\/funds$/);
  await expect(page.getByTestId("funding-row").filter({ hasText: "省级数字经济专项资金" })).toHaveCount(0);
});
