import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import mammoth from "mammoth";
import { expect, test } from "@playwright/test";
import { ACCOUNTS, login, nav } from "./support";

test("a supervisor downloads a supervision notice as an editable .docx in the official layout", async ({ page }) => {
  await login(page, ACCOUNTS.supervisor);
  await page.goto("/notices");
  await page.getByRole("link", { name: /督办〔\d{4}〕1号/ }).first().click();
  const href = await page.getByTestId("notice-document").getAttribute("href");
  expect(href).toMatch(/^\/print\/notice\/\w+$/);
  await page.goto(href!);
  await expect(page.getByTestId("document-red-header")).toContainText("江州市创建国家高新区工作领导小组办公室");
  await expect(page.getByTestId("document-number")).toHaveText(/^督办〔\d{4}〕1号$/);
  // The 版记 sits at the foot of the last page, under the signature.
  const [signature, foot] = await Promise.all([page.getByTestId("document-signature").boundingBox(), page.getByTestId("document-foot").boundingBox()]);
  expect(foot!.y).toBeGreaterThan(signature!.y + signature!.height);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-docx").click()]);
  expect(download.suggestedFilename()).toMatch(/^督办通知-督办〔\d{4}〕1号\.docx$/);
  const { value } = await mammoth.extractRawText({ path: await download.path() });
  const lines = value.split("\n").map((line) => line.trim()).filter(Boolean);
  expect(lines[0]).toBe("江州市创建国家高新区工作领导小组办公室");
  expect(lines[1]).toMatch(/^督办〔\d{4}〕1号$/);
  expect(lines[2]).toMatch(/^关于.+的督办通知$/);
  expect(lines).toContain("一、督办事项");
  expect(lines.at(-1)).toMatch(/^江州市创建国家高新区工作领导小组办公室\t\d{4}年\d+月\d+日印发$/);
});

test("a supervisor downloads an issued bulletin as PDF, rendered by the server in the same layout", async ({ page }) => {
  await login(page, ACCOUNTS.supervisor);
  await page.goto("/briefings/editions");
  await page.getByTestId("edition-row").first().getByRole("link", { name: "查看" }).click();
  await expect(page.getByRole("heading", { level: 1 }).first()).toHaveText(/^创建工作简报 \d{4}年第\d+期$/);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-pdf").click()]);
  expect(download.suggestedFilename()).toMatch(/^创建工作简报-\d{4}年第\d+期\.pdf$/);
  const file = await download.path();
  expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
  // Every page renders (pdftoppm); A4 portrait: 595 × 842 points.
  const info = execFileSync("pdfinfo", [file]).toString();
  expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  expect(pages).toBeGreaterThanOrEqual(2);
  const out = mkdtempSync(path.join(tmpdir(), "bulletin-"));
  execFileSync("pdftoppm", ["-r", "40", "-png", file, path.join(out, "page")]);
  expect(readdirSync(out).filter((name) => name.endsWith(".png"))).toHaveLength(pages);
  const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString();
  expect(text).toContain("创建工作简报");
  expect(text).toMatch(/—\s*1\s*—/);
  expect(text).toContain("一、周报报送情况");
});

test("the office writes this week's bulletin and issues it as the year's next number", async ({ page }) => {
  await login(page, ACCOUNTS.supervisor);
  await nav(page).getByRole("link", { name: "通报", exact: true }).click();
  await page.getByTestId("compose-edition").click();
  await expect(page).toHaveURL(/\/briefings\/editions\/\w+$/);
  await expect(page.getByLabel("通报表扬")).not.toHaveValue("");
  await page.getByLabel("导语").fill("本周创建工作总体推进有序。");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByTestId("issue-edition").getByRole("button", { name: "签发并编号" }).click();
  // The demo issued three bulletins this year: this is the fourth.
  await expect(page.getByRole("heading", { level: 1 }).first()).toHaveText(/^创建工作简报 \d{4}年第4期$/);
  await expect(page.getByTestId("edition-document")).toContainText("本周创建工作总体推进有序。");
  await expect(page.getByTestId("edition-form")).toHaveCount(0);
  await expect(page.getByTestId("edition-no-changes")).toBeVisible();
});

test("a reporter opens an issued bulletin from the briefings page", async ({ page }) => {
  await login(page, ACCOUNTS.reporter);
  await nav(page).getByRole("link", { name: "通报", exact: true }).click();
  await expect(page).toHaveURL(/\/briefings$/);
  await expect(page.getByRole("heading", { name: "工作简报" })).toBeVisible();
  const rows = page.getByTestId("edition-row");
  await expect(rows.first()).toBeVisible();
  await expect(rows.filter({ hasText: "草稿" })).toHaveCount(0);
  await rows.first().getByRole("link", { name: "查看" }).click();
  await expect(page.getByTestId("document-bulletin-header")).toContainText("创建工作简报");
  await expect(page.getByTestId("document-number")).toHaveText(/^第\d+期$/);
  // A member unit reads the bulletin; the live figures and the changes since issue are the office's.
  await expect(page.getByText("签发后的变化")).toHaveCount(0);
  await expect(page.getByTestId("download-docx")).toBeVisible();
});

test("the office keeps the documents' heads in the zone's settings", async ({ page }) => {
  await login(page, ACCOUNTS.supervisor);
  await nav(page).getByRole("link", { name: "设置", exact: true }).click();
  await page.getByRole("link", { name: "公文设置" }).click();
  await expect(page).toHaveURL(/\/settings\/documents$/);
  await page.getByLabel("督办通知机关代字").fill("督1");
  await page.getByLabel("默认抄送").fill("市政府分管副市长、市政府办公室");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("机关代字不能含数字或〔〕")).toBeVisible();
  // Refused: what was typed stays.
  await expect(page.getByLabel("默认抄送")).toHaveValue("市政府分管副市长、市政府办公室");
  await page.getByLabel("督办通知机关代字").fill("督办");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("公文设置已保存")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("默认抄送")).toHaveValue("市政府分管副市长、市政府办公室");
});
