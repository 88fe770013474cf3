import { expect, test, type Browser, type Page } from "@playwright/test";
import { ACCOUNTS, login } from "./support";

// One story on one demo database, in order: later steps build on earlier ones.
test.describe.configure({ mode: "serial" });

/** The unit of the story: it leads a stalled item and an item behind plan in the demo. */
const UNIT = "江州市市场监督管理局";
const UNIT_REPORTER = "scjgj@demo.gov.cn";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  return page;
}

async function levelCount(page: Page, level: string): Promise<number> {
  return Number(await page.getByTestId(`level-tab-${level}`).getByTestId("level-count").textContent());
}

/** Sets a rule's fields, checks the preview says warnings would close, and saves. */
async function changeRule(page: Page, kind: string, values: Record<string, string>, expectClosing: boolean) {
  const form = page.getByTestId(`rule-form-${kind}`);
  for (const [name, value] of Object.entries(values)) await form.locator(`[name="${name}"]`).fill(value);
  await form.getByTestId("rule-preview").click();
  const preview = form.getByTestId("rule-preview-result");
  await expect(preview).toBeVisible();
  if (expectClosing) await expect(preview.getByTestId("preview-closed")).toBeVisible();
  await form.getByTestId("rule-save").click();
  await expect(form.getByText("规则已保存")).toBeVisible();
}

async function runWarningsNow(page: Page) {
  await page.goto("/warnings/runs");
  await page.getByRole("button", { name: "立即运行预警计算" }).click();
  await expect(page).toHaveURL(/\/warnings\/runs\/[^/]+$/);
  await expect(page.getByText("已完成", { exact: true })).toBeVisible({ timeout: 30_000 });
}

test("the inbox shows warnings of several levels, each with its evidence one click away", async ({ page }) => {
  await login(page, ACCOUNTS.supervisor);
  await page.getByTestId("main-nav").getByRole("link", { name: "预警" }).click();
  await expect(page).toHaveURL(/\/warnings$/);
  for (const level of ["RED", "ORANGE", "YELLOW"]) expect(await levelCount(page, level)).toBeGreaterThan(0);

  await page.getByTestId("level-tab-RED").click();
  await expect(page).toHaveURL(/level=RED/);
  const redRows = page.getByTestId("warning-row");
  await expect(redRows.first()).toBeVisible();
  for (const level of await redRows.evaluateAll((rows) => rows.map((row) => row.getAttribute("data-level")))) expect(level).toBe("RED");

  // Filters live in the URL.
  await page.goto("/warnings");
  await page.getByLabel("预警类型").selectOption({ label: "滞后序时进度" });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/kind=BEHIND_PLAN/);
  await page.getByTestId("warning-row").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/warnings\/[^/?]+$/);
  const evidence = page.getByTestId("warning-evidence");
  await expect(evidence.getByText("实际进度低于序时进度超过阈值（百分点）。")).toBeVisible();
  await expect(evidence.getByTestId("warning-figures").getByText("序时进度")).toBeVisible();
  await expect(evidence.getByTestId("warning-figures").getByText("实际进度")).toBeVisible();
  await expect(evidence.getByText("黄色：滞后超过（百分点）")).toBeVisible();
  await expect(page.getByTestId("warning-history").getByText(/发出预警/)).toBeVisible();
});

test("a notice from two warnings is signed, answered, returned once, answered again and closed; the warnings resolve when their condition clears", async ({ browser }) => {
  // The longest story of the suite (two sessions, the close guard, four rule changes and a run).
  test.slow();
  const office = await as(browser, ACCOUNTS.supervisor);
  await office.goto("/warnings");
  await office.getByLabel("责任单位").selectOption({ label: UNIT });
  await office.getByRole("button", { name: "筛选" }).click();
  await expect(office).toHaveURL(/unit=/);
  for (const kind of ["STALLED", "BEHIND_PLAN"]) await office.locator(`[data-testid="warning-row"][data-kind="${kind}"]`).first().getByRole("checkbox").check();
  await office.getByTestId("issue-notice-selected").click();
  await expect(office).toHaveURL(/\/notices\/new\?warning=.+&warning=/);
  await expect(office.getByTestId("draft-warnings").locator("li")).toHaveCount(2);
  await expect(office.locator("#unitId")).toHaveValue(UNIT);
  await office.getByRole("button", { name: "下发", exact: true }).click();
  await expect(office).toHaveURL(/\/notices\/(?!new)[^/]+$/);
  const heading = await office.getByRole("heading", { level: 1 }).textContent();
  const number = /督办〔\d{4}〕\d+号/.exec(heading ?? "")?.[0];
  expect(number).toBeTruthy();
  const noticeUrl = office.url();
  await expect(office.getByTestId("notice-warnings").locator("li")).toHaveCount(2);
  await expect(office.getByText("已交办")).toBeVisible();

  // The unit sees it on its home page with a countdown, signs for it and answers with a file.
  const unit = await as(browser, UNIT_REPORTER);
  const panel = unit.getByTestId("unit-notices");
  await expect(panel.getByRole("link", { name: number! })).toBeVisible();
  await expect(panel.getByText(/剩余 \d+ 天/).first()).toBeVisible();
  await panel.getByRole("link", { name: number! }).click();
  await unit.getByRole("button", { name: "签收" }).click();
  await expect(unit.getByTestId("notice-timeline").getByText("签收", { exact: true })).toBeVisible();
  await unit.getByLabel("反馈内容").fill("已召开专题会研究赶进度措施，明确专人每周调度。");
  await unit.locator("#respond-attachments").setInputFiles({ name: "整改方案.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await unit.getByRole("button", { name: "提交反馈" }).click();
  await expect(unit.getByTestId("notice-responses").getByText("整改方案.pdf")).toBeVisible();

  // The office returns it once.
  await office.goto(noticeUrl);
  await office.getByLabel("退回理由").fill("请补充完成时限和责任人。");
  await office.getByRole("button", { name: "退回重办" }).click();
  await expect(office.getByTestId("notice-timeline").getByText("退回重办")).toBeVisible();

  await unit.goto(noticeUrl);
  await unit.getByLabel("反馈内容").fill("已补充：由分管副局长牵头，本月底前追上序时进度。");
  await unit.getByRole("button", { name: "提交反馈" }).click();
  await expect(unit.getByTestId("notice-responses").getByText("已补充：由分管副局长牵头，本月底前追上序时进度。")).toBeVisible();

  // Reviewed and closed.
  await office.goto(noticeUrl);
  await office.getByRole("button", { name: "复核通过" }).click();
  await expect(office.getByRole("button", { name: "办结销号" })).toBeVisible();
  // Both warnings are still open: closing needs the office's reason (issue 12), recorded on the notice.
  await expect(office.getByTestId("close-guard")).toContainText("尚有 2 条预警未解除");
  await office.getByRole("button", { name: "办结销号" }).click();
  await expect(office.getByText("本通知所督办的 2 条预警尚未解除，请说明在此情况下办结的理由").first()).toBeVisible();
  await office.getByLabel("办结理由（预警未解除）").fill("整改措施已落实到人，剩余进度转入月度督查跟踪。");
  await office.getByRole("button", { name: "办结销号" }).click();
  await expect(office.getByText("已办结", { exact: true }).first()).toBeVisible();
  await expect(office.getByTestId("notice-timeline")).toContainText("整改措施已落实到人，剩余进度转入月度督查跟踪。");
  const steps = await office.getByTestId("notice-timeline").locator("li > span:nth-child(2)").allTextContents();
  expect(steps).toEqual(["下发通知", "签收", "提交反馈", "退回重办", "提交反馈", "复核通过", "办结销号"]);

  // The conditions behind both warnings clear under the office's new thresholds: previewed, saved, run.
  await office.goto("/warnings/rules");
  await changeRule(office, "STALLED", { reports: "12" }, true);
  await changeRule(office, "BEHIND_PLAN", { yellow: "95", orange: "97", red: "99" }, true);
  await runWarningsNow(office);
  await office.goto(noticeUrl);
  await expect(office.getByTestId("notice-warnings").getByText("已解除")).toHaveCount(2);
  await office.getByTestId("notice-warnings").getByRole("link").first().click();
  await expect(office.getByText("预警阈值调整后不再满足预警条件").first()).toBeVisible();

  // Back to the default thresholds for whoever comes next.
  await office.goto("/warnings/rules");
  await changeRule(office, "STALLED", { reports: "3" }, false);
  await changeRule(office, "BEHIND_PLAN", { yellow: "10", orange: "20", red: "30" }, false);
  await runWarningsNow(office);
});

test("answering an overdue notice resolves its 'unanswered' warning at once", async ({ page }) => {
  await login(page, ACCOUNTS.reporter);
  const warnings = page.getByTestId("unit-warnings");
  const unanswered = warnings.getByRole("link", { name: /逾期 \d+ 天未反馈/ });
  await expect(unanswered).toBeVisible();
  await page.getByTestId("unit-notices").getByRole("link", { name: /督办〔\d{4}〕\d+号/ }).first().click();
  await expect(page.getByText(/已逾期 \d+ 天/).first()).toBeVisible();
  await page.getByLabel("反馈内容").fill("已补充佐证材料，核对了指标口径。");
  await page.getByRole("button", { name: "提交反馈" }).click();
  await expect(page.getByTestId("notice-responses").getByText("已补充佐证材料，核对了指标口径。")).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("heading", { name: /本单位预警/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /逾期 \d+ 天未反馈/ })).toHaveCount(0);
});

test("the bell counts unread notifications and the list marks them read", async ({ page }) => {
  await login(page, ACCOUNTS.supervisor);
  const count = page.getByTestId("notification-count");
  await expect(count).toBeVisible();
  await page.getByTestId("notification-bell").click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByTestId("notification-row").first()).toBeVisible();
  await page.getByRole("button", { name: "全部标为已读" }).click();
  await expect(page.getByTestId("notification-count")).toHaveCount(0);
  await expect(page.locator('[data-testid="notification-row"][data-unread="true"]')).toHaveCount(0);
});

test("a leader reads the inbox and the ledger and adds an instruction, without the office's buttons", async ({ page }) => {
  await login(page, ACCOUNTS.leader);
  await page.goto("/warnings");
  await expect(page.getByTestId("warning-row").first()).toBeVisible();
  await expect(page.getByTestId("issue-notice-selected")).toHaveCount(0);
  await page.goto("/notices");
  await page.getByTestId("notice-row").first().getByRole("link").first().click();
  await expect(page.getByRole("button", { name: "办结销号" })).toHaveCount(0);
  await page.getByLabel("批示内容").fill("请创建办加强跟踪，确保按期办结。");
  await page.getByRole("button", { name: "添加批示" }).click();
  await expect(page.getByTestId("instructions").getByText("请创建办加强跟踪，确保按期办结。")).toBeVisible();
});
