import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { ACCOUNTS, login } from "./support";

// The file as an office would fill it: the template's Chinese headers, one row per work item.
const HEADERS = ["任务编号", "任务名称", "措施编号", "措施名称", "事项编号", "事项名称", "牵头单位", "配合单位（顿号分隔）", "开始日期", "完成时限", "成果形式", "指标名称", "计量单位", "基数", "目标值", "进度曲线"];

type Row = (string | number | Date | null)[];

function item(code: string, title: string, lead: string, extra: Partial<Record<"cooperators" | "baseline" | "target", string | number>> = {}): Row {
  return [
    // An existing task and measure (unchanged by the import), so other specs keep their counts.
    "4", "完善体制机制与要素保障", "4.5", "编制申报材料并做好迎检准备", code, title, lead, extra.cooperators ?? "",
    new Date(Date.UTC(2026, 2, 1)), new Date(Date.UTC(2026, 11, 31)), "验收报告",
    extra.target !== undefined ? "演练参与单位数" : "", extra.target !== undefined ? "家" : "", extra.baseline ?? null, extra.target ?? null, "线性",
  ];
}

async function xlsx(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("任务分解清单");
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test("a supervisor dry-runs a list with two bad rows, sees the errors, fixes the file and imports it", async ({ page }) => {
  await login(page, ACCOUNTS.supervisor);
  await page.goto("/plan");
  await page.getByRole("link", { name: "导入清单" }).click();
  await expect(page.getByRole("heading", { name: "导入任务分解清单" })).toBeVisible();
  await expect(page.getByRole("link", { name: "下载模板" })).toHaveAttribute("href", "/api/plan/template");

  const good = [item("4.5.91", "整理迎检台账资料", "江州市工业和信息化局", { cooperators: "市财政局、市统计局" }), item("4.5.92", "编制创建工作汇报提纲", "市发展改革委")];
  const bad = [item("4.5.93", "建设迎检数据核查平台", "江州市智慧城市局"), item("4.5.94", "组织迎检模拟演练", "江州市工业和信息化局", { baseline: 25, target: 20 })];
  const file = page.getByLabel("清单文件（.xlsx）");
  const mimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  await file.setInputFiles({ name: "清单-有误.xlsx", mimeType, buffer: await xlsx([...good, ...bad]) });
  await page.getByRole("button", { name: "预检" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("发现 2 处错误，未写入任何数据。请修改文件后重新预检。");
  const badRows = page.locator('[data-testid="import-row"][data-has-errors]');
  await expect(badRows).toHaveCount(2);
  await expect(badRows.nth(0)).toContainText("找不到单位“江州市智慧城市局”");
  await expect(badRows.locator("td:first-child")).toHaveText(["4", "5"]);
  await expect(badRows.nth(1)).toContainText("目标值不能小于基数");
  await expect(page.getByTestId("commit-import")).toBeDisabled();

  const fixed = [...good, item("4.5.93", "建设迎检数据核查平台", "市工信局"), item("4.5.94", "组织迎检模拟演练", "江州市工业和信息化局", { baseline: 20, target: 25 })];
  await file.setInputFiles({ name: "清单-已改.xlsx", mimeType, buffer: await xlsx(fixed) });
  await page.getByRole("button", { name: "预检" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("预检通过，可以导入。");
  await expect(page.getByTestId("import-row")).toHaveCount(4);
  await expect(page.getByTestId("import-row").filter({ hasText: "新建" })).toHaveCount(4);

  await page.getByTestId("commit-import").click();
  await expect(page.getByTestId("import-status")).toHaveText("导入完成。");
  await expect(page.getByText("事项新建 4")).toBeVisible();

  await page.goto("/plan/items?q=4.5.9");
  await expect(page.getByTestId("work-item-row")).toHaveCount(4);
  await expect(page.getByTestId("work-item-row").filter({ hasText: "组织迎检模拟演练" })).toContainText("20 → 25 家");
});

test("a reporter sees no edit buttons on the plan and cannot open the import", async ({ page }) => {
  await login(page, ACCOUNTS.reporter);
  await page.goto("/plan");
  await expect(page.getByRole("link", { name: "导出清单" })).toBeVisible();
  await expect(page.getByRole("link", { name: "导入清单" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "新建任务" })).toHaveCount(0);
  const response = await page.goto("/plan/import");
  expect(response?.status()).toBe(403);
});
