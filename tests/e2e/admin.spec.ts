import { expect, test } from "@playwright/test";
import { ACCOUNTS, login } from "./support";

test("an administrator creates a user: an invalid email is refused at the field, then a valid one is saved and audited", async ({ page }) => {
  const email = `e2e.${Date.now()}@demo.gov.cn`;
  await login(page, ACCOUNTS.admin);
  await page.goto("/admin/users/new");
  const formEl = page.getByTestId("user-form");
  await formEl.getByLabel("邮箱（登录名）").fill("not-an-email");
  await formEl.getByLabel("姓名").fill("端到端测试");
  await formEl.getByLabel("所属单位").selectOption({ label: "江州市科学技术局" });
  await formEl.getByLabel("初始密码").fill("Lantern-Kite-58");
  await formEl.getByRole("button", { name: "保存" }).click();
  await expect(formEl.getByText("请输入有效的邮箱地址")).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/users\/new/);

  await page.goto("/admin/users?q=not-an-email");
  await expect(page.getByText("没有符合条件的用户")).toBeVisible();

  await page.goto("/admin/users/new");
  await formEl.getByLabel("邮箱（登录名）").fill(email);
  await formEl.getByLabel("姓名").fill("端到端测试");
  await formEl.getByLabel("所属单位").selectOption({ label: "江州市科学技术局" });
  await formEl.getByLabel("初始密码").fill("Lantern-Kite-58");
  await formEl.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/admin\/users\?saved=/);

  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await expect(page.getByTestId("user-row")).toHaveCount(1);
  await expect(page.getByTestId("user-row")).toContainText(email);

  await page.goto("/admin/audit?action=user.create");
  await expect(page.getByTestId("audit-row").first()).toContainText(email);
});
