import { expect, test } from "@playwright/test";
import { ACCOUNTS, login } from "./support";

const points = (text: string | null) => Number((text ?? "").replace(/分$/, ""));

test("a leader opens readiness, sees the five groups with scores, and a what-if raises the score", async ({ page }) => {
  await login(page, ACCOUNTS.leader);
  // The dashboard's panel links there.
  await page.goto("/dashboard");
  const panel = page.getByTestId("panel-readiness");
  await expect(panel.getByTestId("readiness-panel-group")).toHaveCount(5);
  await page.locator('a[href="/readiness"]', { hasText: "查看详情" }).click();
  await expect(page).toHaveURL(/\/readiness$/);

  const groups = page.getByTestId("readiness-group");
  await expect(groups).toHaveCount(5);
  await expect(groups.nth(0)).toContainText("创新能力和创业活跃度");
  await expect(groups.nth(4)).toContainText("综合质效和持续创新力");
  for (let index = 0; index < 5; index++) await expect(groups.nth(index).getByTestId("readiness-group-score")).toHaveText(/^\d+(\.\d)?分$/);
  const overallText = (await page.getByTestId("readiness-overall").first().textContent()) ?? "";
  const overall = points(overallText);
  expect(overall).toBeGreaterThan(0);

  // What-if: the item that gains most (the list is sorted by gain) reaches its target.
  const whatIf = page.getByTestId("what-if");
  const first = whatIf.getByTestId("what-if-item").first();
  await first.getByRole("checkbox").check();
  await whatIf.getByTestId("what-if-run").click();
  await expect(page).toHaveURL(/reach=/);
  await expect(page.getByTestId("what-if-result")).toBeVisible();
  const raised = points(await page.getByTestId("readiness-what-if").textContent());
  expect(raised).toBeGreaterThan(overall);
  await expect(page.getByTestId("what-if-result")).toContainText(`现估 ${overallText}`);
});
