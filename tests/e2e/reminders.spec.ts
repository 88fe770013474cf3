import { expect, test, type Browser, type Page } from "@playwright/test";
import { weekKeyLabel } from "../../lib/dates/week-label";
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from "../integration/support/smtp";
import { E2E_SMTP_PORT } from "./ports";
import { ACCOUNTS, DEMO_PASSWORD, login } from "./support";

// The office's 催报 and a notice reach the unit by e-mail: the app server sends to the SMTP
// server this spec starts on loopback (SMTP_URL from playwright.config.ts), and the links
// in the mails open the page that acts on them after signing in.
test.describe.configure({ mode: "serial" });

const UNIT = "江州市科学技术局";
const REPORTER_NAME = "张晓燕";

let smtp: TestSmtpServer;

test.beforeAll(async () => {
  smtp = await startSmtpServer(E2E_SMTP_PORT);
});

test.afterAll(async () => {
  await smtp?.close();
});

/**
 * The mail to `to` whose subject passes `subject`, once the server has received it. A 催报
 * goes to every owing unit's people and the queue sends about one mail a second (two
 * workers polling every 2 s), so the one we wait for may come a minute later.
 */
async function mailTo(to: string, subject: (subject: string) => boolean): Promise<ReceivedMail> {
  const find = () => smtp.mails.find((mail) => mail.to === to && subject(mail.subject));
  await expect.poll(() => find()?.subject ?? null, { timeout: 100_000 }).not.toBeNull();
  return find()!;
}

/** The absolute link to `path` in the mail's text (APP_URL is the test server). */
function linkIn(mail: ReceivedMail, baseURL: string, path: RegExp): string {
  const escaped = baseURL.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const found = mail.text.match(new RegExp(`${escaped}${path.source}`));
  expect(found, `a link to ${path} in: ${mail.text}`).not.toBeNull();
  return found![0];
}

/** Opens a link from a mail in a browser with no session, and signs in on the way. */
async function openSignedOut(browser: Browser, link: string, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(link);
  return page;
}

test("the office's 催报 reaches the reporter by e-mail, and its link opens the unit's report after signing in", async ({ page, browser, baseURL }) => {
  test.slow();
  await login(page, ACCOUNTS.supervisor);
  await page.goto("/reports");
  const remind = page.getByTestId("remind-form");
  const week = await remind.locator('input[name="week"]').inputValue();
  expect(week).toMatch(/^\d{4}-W\d{2}$/);
  await remind.getByRole("button", { name: /一键催报/ }).click();
  await expect(page.getByTestId("remind-result")).toBeVisible();

  // The 催报 goes to the people of every unit that has not submitted the week (which ones
  // depends on the demo's day): take the first to arrive; every demo user has the demo password.
  // The week named as Chinese readers see it (第49周（11月30日—12月6日）); the link keeps the ISO key.
  const subject = `催报：请尽快报送${weekKeyLabel(week, "zh-CN")}周报`;
  await expect.poll(() => smtp.mails.some((mail) => mail.subject === subject), { timeout: 100_000 }).toBe(true);
  const mail = smtp.mails.find((mail) => mail.subject === subject)!;
  expect(mail.from).toBe("office@e2e.example.gov.cn");
  expect(mail.text).toContain("贵单位尚未提交");
  const link = linkIn(mail, baseURL!, new RegExp(`/my-unit\\?week=${week}`));
  expect(link).toBe(`${baseURL}/my-unit?week=${week}`);

  const reporter = await openSignedOut(browser, link, mail.to);
  await expect(reporter.getByTestId("logout")).toBeVisible();
  await expect(reporter.getByRole("heading", { level: 1 })).toBeVisible();

  // Signed in already, the link (through the login page) goes straight to the page.
  await reporter.goto(`/login?callbackUrl=${encodeURIComponent(link)}`);
  await expect(reporter).toHaveURL(link);
  // Only a path of this server: another host's callback keeps the path here, and none goes home.
  await reporter.goto(`/login?callbackUrl=${encodeURIComponent("https://evil.example/notifications")}`);
  await expect(reporter).toHaveURL(`${baseURL}/notifications`);
  // No callback: home, which for a reporter is the unit's page.
  await reporter.goto("/login");
  await expect(reporter).toHaveURL(`${baseURL}/my-unit`);
});

test("the notice page shows who of the unit has read a notice and how it was delivered", async ({ page, browser, baseURL }) => {
  test.slow();
  await login(page, ACCOUNTS.supervisor);
  await page.goto("/notices/new");
  const title = `关于加快高企培育台账更新的督办通知（${Date.now() % 100000}）`;
  await page.getByLabel("督办对象").selectOption({ label: UNIT });
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("督办事项").fill("高企培育库台账两周未更新。");
  await page.getByLabel("办理要求").fill("本周内更新台账并书面反馈。");
  const due = new Date(Date.now() + 10 * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
  await page.getByLabel("反馈期限").fill(due);
  await page.getByRole("button", { name: "下发", exact: true }).click();
  await expect(page).toHaveURL(/\/notices\/(?!new)[^/?]+$/);
  const noticeUrl = page.url();

  const card = page.getByTestId("read-status");
  const reporterRow = card.locator("tr", { hasText: REPORTER_NAME });
  await expect(reporterRow).toHaveAttribute("data-read", "no");
  await expect(reporterRow.getByText("未读")).toBeVisible();

  const mail = await mailTo(ACCOUNTS.reporter, (subject) => subject.startsWith("督办通知 ") && subject.endsWith(`：${title}`));
  const link = linkIn(mail, baseURL!, /\/notices\/[^\s/?]+/);
  expect(link).toBe(noticeUrl);

  const reporter = await openSignedOut(browser, link, ACCOUNTS.reporter);
  await expect(reporter.getByTestId("notice-matter")).toHaveText("高企培育库台账两周未更新。");

  await page.reload();
  await expect(reporterRow).toHaveAttribute("data-read", "yes");
  await expect(reporterRow.getByText(/已读$/)).toBeVisible();
  await expect(reporterRow.getByText("邮件 已发送")).toBeVisible();
  await expect(page.getByTestId("read-summary")).toHaveText(/^1\/\d+ 人已读$/);
});

test("the office edits the zone's reminder schedule: a ladder that does not rise is refused at its field, what was typed stays", async ({ page }) => {
  await login(page, ACCOUNTS.supervisor);
  await page.goto("/settings");
  await page.getByTestId("settings-sections").getByRole("link", { name: "提醒与催办" }).click();
  await expect(page).toHaveURL(/\/settings\/reminders$/);
  const form = page.getByTestId("reminder-settings");
  await expect(form.locator("#warningLIAISON")).toHaveValue("2");
  await expect(form.locator("#warningLEADER")).toHaveValue("4");

  await form.locator("#slot0Time").fill("15:30");
  await form.locator("#warningLIAISON").fill("3");
  await form.locator("#warningLEADER").fill("3");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.locator("#warningLEADER")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("各级的逾期工作日数须逐级增大")).toBeVisible();
  await expect(form.locator("#slot0Time")).toHaveValue("15:30");
  await expect(form.locator("#warningLIAISON")).toHaveValue("3");

  await form.locator("#warningLEADER").fill("5");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByText("提醒设置已保存，下一次检查（每 5 分钟）起生效。")).toBeVisible();
  await page.reload();
  await expect(form.locator("#slot0Time")).toHaveValue("15:30");
  await expect(form.locator("#warningLEADER")).toHaveValue("5");
});
