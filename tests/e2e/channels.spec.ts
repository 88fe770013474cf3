import { expect, test } from "@playwright/test";
import { startSmtpServer, type TestSmtpServer } from "../integration/support/smtp";
import { E2E_SMTP_PORT } from "./ports";
import { ACCOUNTS, login } from "./support";

// The admin's channel settings (a secret is never shown again after saving) and each user's
// channel choices (the kinds the office requires cannot be unticked). The e-mail channel
// saved here points at the spec's own SMTP server on loopback, where its test message lands.
test.describe.configure({ mode: "serial" });

const PASSWORD = "e2e-Smtp-pass-77";
const CHANNEL = "创建办邮箱（端到端）";

let smtp: TestSmtpServer;

test.beforeAll(async () => {
  smtp = await startSmtpServer(E2E_SMTP_PORT);
});

test.afterAll(async () => {
  await smtp?.close();
});

test("the admin saves an SMTP channel: the password is stored, shown only as 已设置, and the channel sends", async ({ page }) => {
  // The test message waits behind the mails the queue already holds (about one a second).
  test.slow();
  await login(page, ACCOUNTS.admin);
  await page.goto("/admin/channels");
  // With no e-mail channel configured here, SMTP_URL from the environment is the one in use.
  await expect(page.getByTestId("environment-email")).toHaveAttribute("data-effective", "true");
  await page.getByTestId("add-channel").getByRole("link", { name: "+ 电子邮件" }).click();
  await expect(page).toHaveURL(/\/admin\/channels\/new\?kind=EMAIL$/);

  const form = page.getByTestId("channel-form");
  await form.locator("#name").fill(CHANNEL);
  await form.locator("#host").fill("127.0.0.1");
  await form.locator("#port").fill(String(E2E_SMTP_PORT));
  await form.locator("#user").fill("office");
  await form.locator("#secret-password").fill(PASSWORD);
  await form.locator("#from").fill("创建办 <office@e2e.example.gov.cn>");
  await form.getByTestId("save-channel").click();
  await expect(page).toHaveURL(/\/admin\/channels\?saved=/);

  const row = page.locator(`[data-testid="channel-row"][data-name="${CHANNEL}"]`);
  await expect(row.getByTestId("channel-secrets")).toHaveText("已设置");
  await expect(page.getByTestId("environment-email")).toHaveAttribute("data-effective", "false");
  expect(await page.content()).not.toContain(PASSWORD);

  // The edit form: the password field is empty, marked 已设置; the page never carries it.
  await row.getByRole("link", { name: "编辑" }).click();
  await expect(page).toHaveURL(/\/admin\/channels\/(?!new)[^/?]+$/);
  await expect(page.getByTestId("secret-state-password")).toHaveText("已设置");
  await expect(page.locator("#secret-password")).toHaveValue("");
  expect(await page.content()).not.toContain(PASSWORD);
  // Saving again with the field left empty keeps it.
  await page.getByTestId("save-channel").click();
  await expect(page).toHaveURL(/\/admin\/channels\?saved=/);
  await expect(row.getByTestId("channel-secrets")).toHaveText("已设置");

  // A test message through it reaches the SMTP server at the typed address.
  await row.getByRole("textbox", { name: "收件地址" }).fill("channel-check@e2e.example.gov.cn");
  await row.getByRole("button", { name: "发送测试消息" }).click();
  await expect(row.getByText("测试消息已加入发送队列，稍后刷新本页查看结果。")).toBeVisible();
  await expect.poll(() => smtp.mails.find((mail) => mail.to === "channel-check@e2e.example.gov.cn")?.subject ?? null, { timeout: 100_000 }).toBe("【创建平台】消息渠道测试");
  // The server signed in with the password as typed: stored encrypted, opened only to send.
  expect(smtp.logins).toContainEqual({ username: "office", password: PASSWORD });
  await expect(async () => {
    await page.reload();
    await expect(row.getByTestId("last-test")).toContainText("已发送", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
});

test("a reporter chooses channels per kind, except the kinds the office requires", async ({ page }) => {
  await login(page, ACCOUNTS.reporter);
  await page.goto("/account/profile");
  const form = page.getByTestId("profile-form");
  for (const kind of ["WARNING_RED", "NOTICE_ISSUED", "NOTICE_STEP"]) {
    const boxes = form.locator(`[data-testid="choice-row"][data-kind="${kind}"] input[type="checkbox"]`);
    await expect(boxes).toHaveCount(4);
    for (const box of await boxes.all()) {
      await expect(box).toBeDisabled();
      await expect(box).toBeChecked();
    }
  }
  const reminderMail = form.locator('[data-testid="choice-row"][data-kind="REPORT_REMINDER"] input[value="REPORT_REMINDER:EMAIL"]');
  await expect(reminderMail).toBeEnabled();
  await expect(reminderMail).toBeChecked();
  await reminderMail.uncheck();
  await form.getByTestId("save-profile").click();
  await expect(form.getByText("个人设置已保存。")).toBeVisible();
  await page.reload();
  await expect(reminderMail).not.toBeChecked();
  await expect(form.locator('[data-testid="choice-row"][data-kind="NOTICE_ISSUED"] input[value="NOTICE_ISSUED:EMAIL"]')).toBeChecked();
  // Back as it was, so that the reminders spec's 催报 still reaches this reporter by e-mail.
  await reminderMail.check();
  await form.getByTestId("save-profile").click();
  await expect(form.getByText("个人设置已保存。")).toBeVisible();
});
