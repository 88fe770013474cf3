import { expect, test, type Browser, type Page } from "@playwright/test";
import { ACCOUNTS, login } from "./support";

// The unit that stopped reporting a month ago: it never has this week's report in the demo,
// whatever day the tests run on. The two journeys below share it, so they run in order.
const UNIT = "江州市交通运输局";
const UNIT_REPORTER = "jtj@demo.gov.cn";
const DECISION = `E2E议定事项：两周内完成快速通道征迁摸底（${Date.now()}）`;

test.describe.configure({ mode: "serial" });

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" })).newPage();
  await login(page, email);
  return page;
}

/** Fills every entry of the report form completely. */
async function fillAllEntries(page: Page, text: string) {
  const entries = page.getByTestId("report-entry");
  const count = await entries.count();
  for (let index = 0; index < count; index += 1) {
    const entry = entries.nth(index);
    const progress = entry.getByLabel("完成进度（%）");
    if (!(await progress.inputValue())) await progress.fill("10");
    await entry.getByLabel("本周完成情况").fill(`${text}（第${index + 1}项）`);
    await entry.getByLabel("下周工作计划").fill("继续按计划推进");
  }
}

test("a supervisor records an inspection and a meeting decision, and the decision appears in the unit's weekly report", async ({ browser }) => {
  const office = await signedIn(browser, ACCOUNTS.supervisor);
  await office.goto("/supervision/inspections/new");
  const inspection = office.getByTestId("inspection-form");
  await inspection.getByLabel("被督查单位").selectOption({ label: UNIT });
  await inspection.getByLabel("督查人员").fill("王浩、李静");
  await inspection.getByLabel("评价").selectOption({ label: "较差" });
  await inspection.getByLabel("督查发现").fill("连续四周未报送周报，快速通道项目推进迟缓。");
  await inspection.getByLabel("要求整改").check();
  await inspection.getByRole("button", { name: "保存" }).click();
  await expect(inspection.getByText("要求整改时请填写整改期限")).toBeVisible();
  const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await inspection.getByLabel("整改期限").fill(due);
  await inspection.getByRole("button", { name: "保存" }).click();
  await expect(office).toHaveURL(/\/supervision\/inspections\/(?!new$)[^/]+$/);
  await expect(office.getByText("连续四周未报送周报，快速通道项目推进迟缓。").first()).toBeVisible();
  await office.goto("/supervision/inspections?rating=POOR");
  await expect(office.getByTestId("inspection-row").filter({ hasText: UNIT }).first()).toBeVisible();

  await office.goto("/supervision/meetings/new");
  const meeting = office.getByTestId("meeting-form");
  await meeting.getByLabel("会议名称").fill("快速通道建设专题调度会");
  await meeting.getByLabel("会议类型").selectOption({ label: "专题会议" });
  await meeting.getByText(UNIT, { exact: true }).click();
  await meeting.getByTestId("add-decision").click();
  const row = meeting.getByTestId("decision-row").first();
  await row.getByLabel("议定事项 1").fill(DECISION);
  await row.getByLabel("责任单位").selectOption({ label: UNIT });
  await row.getByLabel("办结时限").fill(due);
  await meeting.getByRole("button", { name: "保存" }).click();
  await expect(office).toHaveURL(/\/supervision\/meetings\/(?!new$)[^/]+$/);
  const decision = office.getByTestId("decision-view").filter({ hasText: DECISION });
  await expect(decision).toContainText(/D\d{4}-\d{2}-\d+/);
  await expect(decision).toContainText(UNIT);

  const reporter = await signedIn(browser, UNIT_REPORTER);
  await expect(reporter).toHaveURL(/\/my-unit$/);
  const entry = reporter.getByTestId("report-entry").filter({ hasText: DECISION });
  await expect(entry).toBeVisible();
  await expect(entry.getByText("会议议定事项")).toBeVisible();
});

test("a reporter drafts, leaves, comes back and submits; the office returns it with a reason; the reporter resubmits; the office accepts", async ({ browser }) => {
  const reporter = await signedIn(browser, UNIT_REPORTER);
  await reporter.goto("/my-unit");
  await expect(reporter.getByTestId("deadline-countdown")).toContainText("报送截止");
  const first = reporter.getByTestId("report-entry").first();
  await first.getByLabel("本周完成情况").fill("草稿：已完成征迁摸底的一半");
  await reporter.getByTestId("save-draft").click();
  await expect(reporter.getByTestId("save-status")).toContainText("已自动保存");

  // Leave, and come back: the draft is there.
  await reporter.goto("/plan");
  await reporter.goto("/my-unit");
  await expect(reporter.getByTestId("report-entry").first().getByLabel("本周完成情况")).toHaveValue("草稿：已完成征迁摸底的一半");
  await expect(reporter.getByText("草稿", { exact: true }).first()).toBeVisible();

  // Submitting an incomplete report is refused at the field.
  await reporter.getByTestId("report-entry").first().getByLabel("下周工作计划").fill("");
  await reporter.getByTestId("submit-report").click();
  // Refused: the draft is kept, the items to fix are listed, and the status bar says so.
  await expect(reporter.getByTestId("fix-list")).toContainText(/提交未通过：\d+ 项需要修改/);
  await expect(reporter.getByTestId("save-status")).toContainText(/草稿已保存，\d+ 项需要修改后才能提交/);
  await fillAllEntries(reporter, "完成快速通道征迁摸底");
  await reporter.getByTestId("submit-report").click();
  await expect(reporter.getByText("已提交的周报")).toBeVisible();
  await expect(reporter.getByTestId("report-form")).toHaveCount(0);

  const office = await signedIn(browser, ACCOUNTS.supervisor);
  await office.goto("/reports");
  const boardRow = office.getByTestId("board-row").filter({ hasText: UNIT });
  await expect(boardRow).toContainText(/按时提交|逾期提交/);
  await boardRow.getByRole("link", { name: "审核" }).click();
  await expect(office.getByTestId("entry-view").first()).toContainText("完成快速通道征迁摸底");
  await office.getByRole("button", { name: "退回修改" }).click();
  await expect(office.getByText("必填")).toBeVisible();
  await office.getByLabel("退回原因").fill("请补充征迁摸底的户数和面积数据");
  await office.getByRole("button", { name: "退回修改" }).click();
  await expect(office.getByTestId("report-timeline")).toContainText("请补充征迁摸底的户数和面积数据");
  await expect(office.getByTestId("review-panel")).toHaveCount(0);

  await reporter.goto("/my-unit");
  await expect(reporter.getByTestId("returned-banner")).toContainText("请补充征迁摸底的户数和面积数据");
  await reporter.getByTestId("report-entry").first().getByLabel("本周完成情况").fill("完成征迁摸底 126 户、面积 3.2 万平方米");
  await reporter.getByTestId("submit-report").click();
  await expect(reporter.getByText("已提交的周报")).toBeVisible();

  await office.reload();
  await expect(office.getByTestId("entry-view").first()).toContainText("126 户");
  await office.getByRole("button", { name: "审核通过" }).click();
  await expect(office.getByTestId("report-timeline")).toContainText("审核通过");
  await office.goto("/reports");
  await expect(office.getByTestId("board-row").filter({ hasText: UNIT })).toContainText("已审核");
});
