import { expect, test } from "@playwright/test";
import { ACCOUNTS, login } from "./support";

test("a supervisor computes and publishes the quarter's assessment, and a leader sees the ranking", async ({ browser }) => {
  const office = await (await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" })).newPage();
  await login(office, ACCOUNTS.supervisor);
  await office.goto("/assessment");
  // The newest quarter is the running one; the demo published the previous quarter already.
  const current = office.getByTestId("round-row").first();
  const quarterName = (await current.getByRole("link").textContent())!.trim();
  await current.getByRole("link").click();
  await office.getByRole("button", { name: /计算草稿|重新计算/ }).click();
  const draft = office.getByTestId("draft-ranking").getByTestId("score-row");
  await expect(draft.first()).toBeVisible();
  expect(await draft.count()).toBeGreaterThan(15);

  // Adjust one unit with a reason.
  const last = draft.last();
  const unit = (await last.getAttribute("data-unit"))!;
  await last.getByText("调整", { exact: true }).click();
  await last.getByLabel("调整分值").fill("3");
  await last.getByRole("button", { name: "保存调整" }).click();
  await expect(last.getByText("必填")).toBeVisible();
  await last.getByLabel("调整理由").fill("牵头完成省级现场观摩，加 3 分");
  await last.getByRole("button", { name: "保存调整" }).click();
  await expect(office.getByTestId("draft-ranking").getByText("牵头完成省级现场观摩，加 3 分")).toBeVisible();

  // The running quarter has not ended: publishing asks for the confirmation and refuses without it.
  await office.getByTestId("publish-round").click();
  await expect(office.getByTestId("early-publication").getByRole("alert")).toBeVisible();
  await office.getByLabel("我确认在季度结束前发布").check();
  await office.getByTestId("publish-round").click();
  await expect(office.getByTestId("early-banner")).toBeVisible();
  const published = office.getByTestId("published-ranking").getByTestId("score-row");
  await expect(published.first()).toBeVisible();
  await expect(published.first().locator("td").first()).toHaveText("1");

  const leader = await (await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" })).newPage();
  await login(leader, ACCOUNTS.leader);
  await leader.goto("/assessment");
  await leader.getByRole("link", { name: quarterName }).click();
  await expect(leader.getByTestId("published-ranking").getByTestId("score-row")).toHaveCount(await published.count());
  await expect(leader.getByTestId("published-ranking")).toContainText(unit);
  await expect(leader.getByTestId("draft-ranking")).toHaveCount(0);
  await expect(leader.getByText("牵头完成省级现场观摩，加 3 分")).toBeVisible();

  // A unit sees only its own score and breakdown.
  const reporter = await (await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" })).newPage();
  await login(reporter, ACCOUNTS.reporter);
  await reporter.goto("/assessment");
  await reporter.getByRole("link", { name: quarterName }).click();
  await expect(reporter.getByRole("heading", { name: /江州市科学技术局/ })).toBeVisible();
  await expect(reporter.getByTestId("unit-total")).toBeVisible();
  await expect(reporter.getByText("报送及时性").first()).toBeVisible();

  // The unit appeals a line of its score; the office accepts with a corrected score and the round is republished.
  await reporter.getByLabel("申诉事项").selectOption({ label: "督查评价" });
  await reporter.getByLabel("申诉理由").fill("督查发现的问题已按期整改完毕");
  await reporter.getByRole("button", { name: "提交申诉" }).click();
  await expect(reporter.getByTestId("appeal").first()).toHaveAttribute("data-status", "PENDING");

  await office.reload();
  const appeal = office.getByTestId("appeal").filter({ hasText: "督查发现的问题已按期整改完毕" });
  await appeal.getByLabel("更正后的原始分（0–100）").fill("100");
  await appeal.getByLabel("处理意见").fill("经核实整改已按期完成");
  await appeal.getByRole("button", { name: "提交处理意见" }).click();
  await expect(office.getByTestId("appeal").filter({ hasText: "督查发现的问题已按期整改完毕" })).toHaveAttribute("data-status", "ACCEPTED");
  await expect(office.getByTestId("publication-history")).toContainText("申诉采纳后重新发布");
});
