import { expect, test } from "@playwright/test";
import { ACCOUNTS, login, nav } from "./support";

// One demo database: the admin's changes touch only 2027 (outside the demo's report history).
test.describe.configure({ mode: "serial" });

test("the admin reads the zone's calendar, sees the weeks it changes, and imports next year's list", async ({ page }) => {
  await login(page, ACCOUNTS.admin);
  await nav(page).getByRole("link", { name: "设置" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await page.getByTestId("settings-sections").getByRole("link", { name: "工作日历与周报报送" }).click();
  await expect(page).toHaveURL(/\/settings\/calendar$/);

  // 2026 (the demo's year): the State Council's schedule is in, and 国庆 moves W40's deadline earlier.
  await page.goto("/settings/calendar?year=2026");
  await expect(page.getByTestId("state-schedule")).toContainText("已全部载入本区日历");
  await expect(page.locator(`[data-testid="affected-week"][data-week="2026-W40"]`)).toContainText("提前");
  await expect(page.locator(`[data-testid="affected-week"][data-week="2026-W40"]`)).toContainText("第40周（9月28日—10月4日）");
  await expect(page.locator(`[data-testid="affected-week"][data-week="2026-W08"]`)).toContainText("整周放假");
  await expect(page.getByTestId("calendar-day")).toHaveCount(39);

  // 2027: only the fixed-date holidays are built in; the admin imports the rest. A wrong line is refused
  // at the field and the list stays as typed.
  await page.goto("/settings/calendar?year=2027");
  await expect(page.getByTestId("state-schedule")).toContainText("尚未收录");
  const form = page.getByTestId("import-calendar");
  const wrong = "2027-02-05~2027-02-11 休 春节\n2027-02-22 班 春节";
  await form.getByLabel("粘贴列表").fill(wrong);
  await form.getByRole("button", { name: "导入" }).click();
  await expect(form.getByText("第 2 行：调休上班日应为周六或周日，2027-02-22 是工作日")).toBeVisible();
  await expect(form.getByLabel("粘贴列表")).toHaveValue(wrong);
  await expect(page.locator('[data-testid="calendar-day"][data-date="2027-02-05"]')).toHaveCount(0);

  await form.getByLabel("粘贴列表").fill("2027-02-05~2027-02-11 休 春节\n2027-02-20 班 春节");
  await form.getByRole("button", { name: "导入" }).click();
  // Seven days off and one make-up Saturday.
  await expect(form.getByText("已导入 2027 年：新增 8 天")).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-testid="calendar-day"][data-date="2027-02-20"]')).toContainText("调休上班");
  // 2027-W05's Friday 02-05 is now 春节: its deadline moves to Thursday 02-04.
  await expect(page.locator(`[data-testid="affected-week"][data-week="2027-W05"]`)).toContainText("提前");
});

test("the office excuses a unit from a week on the submission board and withdraws it on the unit's ledger", async ({ page }) => {
  await login(page, ACCOUNTS.supervisor);
  await page.goto("/reports");
  await page.getByRole("link", { name: "上一周" }).click();
  await expect(page).toHaveURL(/week=\d{4}-W\d{2}/);
  const week = new URL(page.url()).searchParams.get("week")!;
  // The demo's stopped unit has not reported for weeks.
  const row = page.locator('[data-testid="board-row"][data-unit="江州市交通运输局"]');
  await expect(row).toContainText("未填报");
  await row.getByTestId("excuse-open").click();
  const reason = "单位集中封闭培训，经创建办同意免报";
  await row.getByTestId("excuse-form").getByRole("textbox").fill(reason);
  await row.getByRole("button", { name: "确认免报" }).click();
  await expect(row).toContainText(`免报：${reason}`);
  await page.reload();
  await expect(row.locator(".status-badge")).toHaveText("免报");

  // The unit's report ledger shows the week excused; the office withdraws it there.
  await page.goto("/units/demo-unit-jtj");
  const ledgerRow = page.locator(`[data-testid="report-week-row"][data-week="${week}"]`);
  // Named in Chinese on the page; the ISO key only in the URL and the row's data.
  await expect(ledgerRow.locator("td").first()).toHaveText(/^第\d{1,2}周（\d{1,2}月\d{1,2}日—\d{1,2}月\d{1,2}日）$/);
  await expect(ledgerRow).toContainText(reason);
  await ledgerRow.getByRole("button", { name: "撤销免报" }).click();
  await expect(ledgerRow).toContainText("未报送");
  await expect(ledgerRow.getByTestId("excuse-open")).toBeVisible();
});
