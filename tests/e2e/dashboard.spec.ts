import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, login, nav } from "./support";

/** Console errors of a page, except the browser's own request for a favicon the app does not have. */
function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico")) errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test("a leader reads the dashboard and drills from a task down to a work item's report history", async ({ page }) => {
  await login(page, ACCOUNTS.leader);
  await nav(page).getByRole("link", { name: "总览", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "创建工作总览" })).toBeVisible();

  // Charts render with data: bars in the task, park and submission charts.
  for (const panel of ["panel-task", "panel-park", "panel-submission", "panel-indicators"]) {
    await expect(page.getByTestId(panel).locator(".recharts-bar-rectangle").first()).toBeVisible();
  }
  await expect(page.getByTestId("overall-items")).toHaveText(/^\d+$/);
  expect(Number(await page.getByTestId("overall-items").textContent())).toBeGreaterThan(0);
  await expect(page.getByTestId("last-on-time-rate")).toHaveText(/^\d+(\.\d)?%$/);
  // The demo's warnings, by level over the weeks, and the open ones now.
  await expect(page.getByTestId("panel-warnings").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByTestId("open-warnings")).toContainText("红色");
  // Weeks are named in Chinese (第N周 with its dates), never by their ISO key.
  const submission = page.getByTestId("panel-submission");
  await expect(submission).toContainText(/最近一周（第\d{1,2}周（\d{1,2}月\d{1,2}日—\d{1,2}月\d{1,2}日））按时报送率/);
  await expect(submission.getByTestId("submission-row").first()).toContainText(/^第\d{1,2}周（/);
  expect(await page.locator("main").textContent()).not.toMatch(/\d{4}-W\d{2}/);

  // The table alternative of the task chart links each task to its work items.
  const taskPanel = page.getByTestId("panel-task");
  await taskPanel.getByText("查看数据表").click();
  await taskPanel.getByRole("link", { name: "1 集聚创新资源" }).click();
  await expect(page).toHaveURL(/\/plan\/items\?task=1$/);
  const rows = page.getByTestId("work-item-row");
  await expect(rows.first()).toBeVisible();
  for (const code of await rows.locator("td:first-child").allTextContents()) expect(code.startsWith("1.")).toBe(true);

  await rows.first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/plan\/items\/[^/?]+$/);
  await expect(page.getByRole("heading", { name: "报送历史" })).toBeVisible();
  await expect(page.getByTestId("history-row").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "预警记录" })).toBeVisible();
});

test("the lead-unit and indicator panels show their ten furthest behind and lead to every row, paginated", async ({ page }) => {
  await login(page, ACCOUNTS.leader);
  await page.goto("/dashboard");
  const unitPanel = page.getByTestId("panel-unit");
  await expect(unitPanel.getByTestId("unit-progress-row")).toHaveCount(10);
  const firstUnit = await unitPanel.getByTestId("unit-progress-row").first().locator("td").first().textContent();
  const unitsLink = unitPanel.getByTestId("units-all");
  const units = Number((await unitsLink.textContent())!.match(/^共 (\d+) 个牵头单位，查看全部$/)![1]);
  expect(units).toBeGreaterThan(10);
  await unitsLink.click();
  await expect(page).toHaveURL(/\/dashboard\/units$/);
  await expect(page.getByRole("heading", { name: "牵头单位进度" })).toBeVisible();
  // The same order as the panel, 20 to a page.
  await expect(page.getByTestId("unit-progress-row")).toHaveCount(Math.min(20, units));
  await expect(page.getByTestId("unit-progress-row").first().locator("td").first()).toHaveText(firstUnit!);
  await expect(page.getByRole("navigation", { name: "pagination" })).toContainText(`第 1 / ${Math.ceil(units / 20)} 页，共 ${units} 条`);
  if (units > 20) {
    await page.getByRole("link", { name: "下一页" }).click();
    await expect(page).toHaveURL(/\/dashboard\/units\?page=2$/);
    await expect(page.getByTestId("unit-progress-row")).toHaveCount(Math.min(20, units - 20));
  }

  await page.goto("/dashboard");
  const indicatorPanel = page.getByTestId("panel-indicators");
  const indicatorsLink = indicatorPanel.getByTestId("indicators-all");
  const indicators = Number((await indicatorsLink.textContent())!.match(/^共 (\d+) 项指标，查看全部$/)![1]);
  expect(indicators).toBeGreaterThan(0);
  await indicatorPanel.getByText("查看数据表").click();
  await expect(indicatorPanel.getByTestId("indicator-row")).toHaveCount(Math.min(10, indicators));
  await indicatorsLink.click();
  await expect(page).toHaveURL(/\/dashboard\/indicators$/);
  await expect(page.getByTestId("indicator-row")).toHaveCount(Math.min(20, indicators));
  await expect(page.getByRole("navigation", { name: "pagination" })).toContainText(`共 ${indicators} 条`);
});

test("filters live in the URL and change the figures", async ({ page }) => {
  await login(page, ACCOUNTS.leader);
  await page.goto("/dashboard");
  const all = Number(await page.getByTestId("overall-items").textContent());
  await page.getByRole("search").locator('select[name="park"]').selectOption({ label: "新材料产业园" });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/\/dashboard\?park=[^&]+&task=&period=12$/);
  await expect(page.getByTestId("overall-items")).not.toHaveText(String(all));
  expect(Number(await page.getByTestId("overall-items").textContent())).toBeLessThan(all);
});

test("the big screen fills a 1920×1080 display without scrolling and rotates its panels", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await login(page, ACCOUNTS.leader);
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "大屏展示" }).click();
  await expect(page).toHaveURL(/\/big-screen$/);
  await expect(page.getByTestId("big-screen")).toBeVisible();
  await expect(page.getByTestId("kpi-progress")).toHaveText(/^\d+(\.\d)?%$/);
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
  const size = await page.evaluate(() => ({ scrollHeight: document.documentElement.scrollHeight, scrollWidth: document.documentElement.scrollWidth }));
  expect(size).toEqual({ scrollHeight: 1080, scrollWidth: 1920 });

  const first = await page.getByTestId("big-screen-title").textContent();
  await page.getByRole("button", { name: /预警趋势/ }).click();
  await expect(page.getByTestId("big-screen-title")).not.toHaveText(first!);
  await expect(page.getByTestId("big-screen-page")).toHaveText("第 2 / 4 屏");
});

test("a leader downloads the weekly briefing as .xlsx and its figures match the page", async ({ page }) => {
  await login(page, ACCOUNTS.leader);
  await nav(page).getByRole("link", { name: "通报", exact: true }).click();
  await expect(page).toHaveURL(/\/briefings$/);
  await expect(page.getByTestId("submission-rank-row").first()).toBeVisible();
  const expected = Number(await page.getByTestId("briefing-expected").textContent());
  const onTime = Number(await page.getByTestId("briefing-on-time").textContent());
  expect(expected).toBeGreaterThan(0);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-briefing").click()]);
  expect(download.suggestedFilename()).toMatch(/^周通报-\d{4}-W\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const summary = workbook.getWorksheet("概况")!;
  const figures = new Map<string, unknown>();
  summary.eachRow((row, number) => {
    if (number > 3) figures.set(String(row.getCell(1).value), row.getCell(2).value);
  });
  expect(figures.get("应报单位")).toBe(expected);
  expect(figures.get("按时报送")).toBe(onTime);
  expect(workbook.getWorksheet("报送排名")!.rowCount).toBe(3 + expected);
});

test("the briefing's print view renders without errors", async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await login(page, ACCOUNTS.leader);
  await nav(page).getByRole("link", { name: "通报", exact: true }).click();
  // The print view is the bulletin's official layout, under /print like every document.
  const href = await page.getByTestId("print-view").getAttribute("href");
  expect(href).toMatch(/^\/print\/briefing\/\d{4}-W\d{2}$/);
  await page.goto(href!);
  await expect(page.getByTestId("document-bulletin-header")).toContainText("创建工作简报");
  await expect(page.getByTestId("document-title")).toHaveText(/^\d{4}年第\d+周（\d+月\d+日—\d+月\d+日）创建工作推进情况$/);
  await expect(page.locator(".gb-table tbody tr").first()).toBeVisible();
  const printButton = page.getByRole("button", { name: "打印" });
  await expect(printButton).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(printButton).toBeHidden();
  expect(errors).toEqual([]);
});

test("a reporter has no dashboard but exports its own unit's ledger", async ({ page }) => {
  await login(page, ACCOUNTS.reporter);
  await expect(nav(page).getByRole("link", { name: "总览", exact: true })).toHaveCount(0);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();

  await page.goto("/plan/items");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "导出本单位台账（Excel）" }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const leadUnits = new Set<string>();
  workbook.worksheets[0].eachRow((row, number) => {
    if (number > 3) leadUnits.add(String(row.getCell(5).value));
  });
  expect([...leadUnits]).toEqual(["江州市科学技术局"]);
});

test("the office's home names the week in Chinese, not by its ISO key", async ({ page }) => {
  await login(page, ACCOUNTS.supervisor);
  await page.goto("/");
  const main = page.locator("main");
  await expect(main).toContainText(/第\d{1,2}周（\d{1,2}月\d{1,2}日—\d{1,2}月\d{1,2}日）周报/);
  expect(await main.textContent()).not.toMatch(/\d{4}-W\d{2}/);
});
