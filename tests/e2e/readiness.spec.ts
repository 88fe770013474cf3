import { expect, test } from "@playwright/test";
import { ACCOUNTS, login, nav } from "./support";

test("a leader opens the readiness page, sees the five groups scored, and a what-if raises the score", async ({ page }) => {
  await login(page, ACCOUNTS.leader);
  await nav(page).getByRole("link", { name: "创建达标评估", exact: true }).click();
  await expect(page).toHaveURL(/\/readiness$/);
  await expect(page.getByRole("heading", { name: "创建达标评估", level: 1 })).toBeVisible();

  const groups = page.getByTestId("readiness-group");
  await expect(groups).toHaveCount(5);
  for (const name of ["创新能力和创业活跃度", "结构优化和产业价值链", "绿色发展和宜居包容性", "开放创新和国际竞争力", "综合质效和持续创新力"]) {
    await expect(groups.filter({ hasText: name }).getByTestId("readiness-group-score")).toHaveText(/^\d+(\.\d)?分$/);
  }
  const overallText = (await page.getByTestId("readiness-overall").textContent())!;
  expect(overallText).toMatch(/^\d+(\.\d)?分$/);
  // Missing figures are shown as missing, never as 0.
  await expect(page.getByTestId("readiness-missing")).toContainText("4.4");
  // The trend is drawn.
  await expect(page.locator(".recharts-line").first()).toBeVisible();

  // What-if: every item that feeds an indicator reaches its target.
  const items = page.getByTestId("what-if-item");
  expect(await items.count()).toBeGreaterThan(0);
  for (const box of await items.getByRole("checkbox").all()) await box.check();
  await page.getByTestId("what-if-run").click();
  await expect(page).toHaveURL(/reach=/);
  await expect(page.getByTestId("what-if-result")).toBeVisible();
  const whatIf = Number((await page.getByTestId("readiness-what-if").textContent())!.replace("分", ""));
  expect(whatIf).toBeGreaterThan(Number(overallText.replace("分", "")));
});
