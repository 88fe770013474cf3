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
  await expect(page.getByTestId("import-status")).toHaveText("发现 2 处错误，未写入任何数据。请在下方改正或修改文件后重新预检。");
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
  // The page's latest-import card shows it done (a failed one would offer its retry there).
  const latest = page.getByTestId("latest-import");
  await expect(latest).toHaveAttribute("data-status", "SUCCEEDED");
  await expect(latest).toContainText("已完成");
  await expect(latest).toContainText("清单-已改.xlsx");
  await expect(latest.getByTestId("import-retry")).toHaveCount(0);

  await page.goto("/plan/items?q=4.5.9");
  await expect(page.getByTestId("work-item-row")).toHaveCount(4);
  await expect(page.getByTestId("work-item-row").filter({ hasText: "组织迎检模拟演练" })).toContainText("20 → 25 家");
});

/** The office's own sheet: a title row, group rows for tasks, 重点任务 holding the measures (merged), 责任单位 with 牵头 in brackets. */
async function officeSheet(rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("迎检台账");
  sheet.addRow(["江州市迎检准备工作台账"]);
  sheet.addRow(["序号", "重点任务", "主要内容", "责任单位", "完成时限", "目标"]);
  sheet.addRow(["四、完善体制机制与要素保障（2项）"]);
  for (const row of rows) sheet.addRow(row);
  sheet.mergeCells("A1:F1");
  sheet.mergeCells("A3:F3");
  sheet.mergeCells("B4:B5");
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test("a supervisor imports the office's own sheet through the mapping step, fixes a cell in the preview and imports", async ({ page }) => {
  await login(page, ACCOUNTS.supervisor);
  await page.goto("/plan/import");
  const file = page.getByLabel("清单文件（.xlsx）");
  const mimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  await file.setInputFiles({
    name: "迎检台账.xlsx",
    mimeType,
    buffer: await officeSheet([
      [81, "（五）编制申报材料并做好迎检准备", "汇编迎检佐证材料", "市科技局（牵头）、市发改委、市统计局", "2026年12月底前", "汇编材料由0册增至12册"],
      [82, "（五）编制申报材料并做好迎检准备", "组织迎检现场踏勘演练", "市智慧城市局", "3季度", null],
    ]),
  });
  await page.getByRole("button", { name: "预检" }).click();

  // Not the template: the mapping step, each column with its guess.
  const mapping = page.getByTestId("mapping-step");
  await expect(mapping).toContainText("这张表的表头与模板不同");
  await expect(page.getByTestId("mapping-row")).toHaveCount(6);
  const taskColumn = page.getByLabel("“重点任务”对应的字段");
  await expect(taskColumn).toHaveValue("taskTitle");
  await expect(page.getByLabel("“责任单位”对应的字段")).toHaveValue("responsible");
  // In this sheet the tasks are the group rows: 重点任务 holds the measures.
  await taskColumn.selectOption({ label: "措施名称" });
  await page.getByLabel("计划年度").fill("2026");
  await page.getByLabel("计划开始日期").fill("2026-03-01");
  await page.getByTestId("confirm-mapping").click();

  await expect(page.getByTestId("import-status")).toHaveText("发现 1 处错误，未写入任何数据。请在下方改正或修改文件后重新预检。");
  const bad = page.locator('[data-testid="import-row"][data-has-errors]');
  await expect(bad).toHaveCount(1);
  await expect(bad).toContainText("D5 责任单位：找不到单位“市智慧城市局”");
  const download = page.waitForEvent("download");
  await page.getByTestId("download-errors").click();
  expect((await download).suggestedFilename()).toBe("迎检台账-错误说明.xlsx");

  // Fixed in the preview, checked again without uploading again.
  await page.getByLabel("改正 D5").fill("市工信局");
  await page.getByTestId("recheck").click();
  await expect(page.getByTestId("import-status")).toHaveText("预检通过，可以导入。");
  await expect(page.getByTestId("import-row").filter({ hasText: "新建" })).toHaveCount(2);
  await page.getByTestId("commit-import").click();
  await expect(page.getByTestId("import-status")).toHaveText("导入完成。");

  await page.goto("/plan/items?q=4.5.8");
  const rows = page.getByTestId("work-item-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "汇编迎检佐证材料" })).toContainText("0 → 12 册");
  await expect(rows.filter({ hasText: "组织迎检现场踏勘演练" })).toContainText("市工信局");

  // The mapping is remembered: the layout is offered for exports, and the same headers need no mapping step.
  await page.goto("/plan/import");
  await expect(page.getByTestId("remembered-layouts")).toContainText("江州市迎检准备工作台账");
  await file.setInputFiles({ name: "迎检台账-第二批.xlsx", mimeType, buffer: await officeSheet([[83, "（五）编制申报材料并做好迎检准备", "印制迎检宣传册", "市科技局", "年底前", null]]) });
  await page.getByRole("button", { name: "预检" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("预检通过，可以导入。");
  await expect(page.getByTestId("mapping-step")).toContainText("已套用上次保存的对应关系");
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
