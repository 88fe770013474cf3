import { expect, test } from "@playwright/test";
import { ACCOUNTS, login } from "./support";

// Uploads through the real path: the browser, the proxy (which copies every request body),
// the server action and the store. A unit no other spec reports for.
const REPORTER = "swj@demo.gov.cn";
const MB = 1024 * 1024;

function pdf(megabytes: number): Buffer {
  const bytes = Buffer.alloc(Math.round(megabytes * MB), 0x20);
  bytes.write("%PDF-1.7\n");
  return bytes;
}

test("a 15 MB file is saved with the weekly report; a file over 20 MB is refused before it is sent", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await login(page, REPORTER);
  await page.goto("/my-unit");
  const entry = page.getByTestId("report-entry").first();
  await expect(entry).toBeVisible();

  // Over the limit: refused in the browser, nothing posted.
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await entry.locator('input[type="file"]').setInputFiles({ name: "超大扫描件.pdf", mimeType: "application/pdf", buffer: pdf(21) });
  await expect(entry.getByTestId("file-input-error").first()).toHaveText("超大扫描件.pdf：文件不能超过 20 MB");
  await page.waitForTimeout(3000);
  expect(posts).toEqual([]);

  // 15 MB: uploaded when chosen, whole (the proxy kept only 10 MB before).
  await entry.locator('input[type="file"]').setInputFiles({ name: "现场核查材料.pdf", mimeType: "application/pdf", buffer: pdf(15) });
  const link = entry.getByTestId("attachment-list").getByRole("link", { name: "现场核查材料.pdf" });
  await expect(link).toBeVisible({ timeout: 60_000 });
  await expect(entry.getByTestId("attachment-list")).toContainText("15360 KB");
  await expect(page.getByTestId("form-error")).toHaveCount(0);
  const download = await page.request.get((await link.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect((await download.body()).length).toBe(15 * MB);

  // The audit log shows what the save changed, readably: the file added to the item.
  const admin = await browser.newPage();
  await login(admin, ACCOUNTS.admin);
  await admin.goto("/admin/audit?action=report.saveDraft");
  const row = admin.getByTestId("audit-row").filter({ hasText: REPORTER }).first();
  await expect(row.getByTestId("audit-change").filter({ hasText: "附件" }).first()).toContainText("现场核查材料.pdf");
  await admin.close();
});

test("a file the server refuses is named at its field and not sent again with the next save", async ({ page }) => {
  await login(page, REPORTER);
  await page.goto("/my-unit");
  const entry = page.getByTestId("report-entry").first();
  // Named .pdf, but not a PDF: only the server can tell.
  await entry.locator('input[type="file"]').setInputFiles({ name: "伪装文件.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\u0090\u0000 not a pdf at all") });
  await expect(entry.getByText(/伪装文件\.pdf: 不支持的文件类型/)).toBeVisible();
  // Nothing was saved: the status bar says how many items need fixing (docs/reports.md).
  await expect(page.getByTestId("save-status")).toHaveText("1 项需要修改，尚未保存");
  // The next edit saves: the refused file is not sent again.
  await entry.getByLabel("存在问题").fill("佐证材料以扫描件补报");
  await expect(page.getByTestId("save-status")).toHaveText(/已自动保存/, { timeout: 20_000 });
  await expect(entry.getByText(/不支持的文件类型/)).toHaveCount(0);
});
