import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAllKept, expectFieldError, login, typeAll, type Typed } from "./support";

// Forms keep what people typed (issue 12): in each form family, a user fills several fields,
// submits one value the server refuses (not one the browser would block), and then
// (a) the server's localized message stands at that field, (b) every other field still holds
// what was typed — React 19 resets a `<form action>` after every submission, the one form
// mechanism (ActionForm + useFormAction) must not — and (c) nothing was written.
// The values typed differ from each form's defaults, so a reset form fails the checks.

/** Unique per run: the specs share one demo database with the others. */
const stamp = Date.now().toString(36);
const tooLong = (prefix: string) => `${prefix}${"很长的标题".repeat(20)}`.slice(0, 101);
/** Somewhere in the unit selects, and no other spec writes for it. */
const UNIT = "江州市统计局";

test.describe("plan", () => {
  test.beforeEach(async ({ page }) => login(page, ACCOUNTS.supervisor));

  test("a work item with a negative count baseline (个) keeps every field and its rows; nothing is saved", async ({ page }) => {
    const code = `E2E-${stamp}`;
    await page.goto("/plan/items/new?measure=4.5");
    const form = page.getByTestId("work-item-form");
    await page.getByRole("button", { name: "增加阶段目标" }).click();
    const indicator = form.getByTestId("indicator-row").first();
    const milestones = form.getByTestId("milestones");
    const typed: Typed[] = [
      { field: form.getByLabel("编号"), text: code },
      { field: form.getByLabel("事项名称"), text: `迎检统计数据专项核查 ${stamp}` },
      { field: form.getByLabel("牵头单位"), option: UNIT },
      { field: form.getByLabel("牵头市领导"), text: "吴振华" },
      { field: form.getByLabel("责任人"), text: "周建国" },
      { field: form.getByLabel("开始日期"), text: "2027-01-04" },
      { field: form.getByLabel("完成时限"), text: "2027-06-30" },
      { field: form.getByLabel("周期"), option: "每季度" },
      { field: form.locator("#cooperatorIds").getByRole("checkbox", { name: "江州市商务局" }), checked: true },
      { field: form.getByLabel("成果形式"), text: "核查报告" },
      { field: indicator.getByLabel("指标名称"), text: "核查企业" },
      { field: indicator.getByLabel("计量单位"), text: "个" },
      { field: indicator.getByLabel("目标值"), text: "60" },
      { field: milestones.getByLabel("日期"), text: "2027-03-31" },
      { field: milestones.getByLabel("目标内容"), text: "完成一半企业核查" },
      { field: form.getByLabel("进度曲线"), option: "前快后慢" },
      { field: form.getByLabel("说明"), text: "按季度向创建办报送核查进展。" },
      { field: form.getByLabel("排序"), text: "7" },
    ];
    await typeAll(typed);
    const baseline = indicator.getByLabel("基数");
    await baseline.fill("-2");
    await form.getByRole("button", { name: "保存" }).click();

    await expectFieldError(baseline, "计数类指标（家、个、件、项等）不能为负数");
    await expect(baseline).toHaveValue("-2");
    await expectAllKept(typed);
    await expect(page).toHaveURL(/\/plan\/items\/new/);

    await page.goto(`/plan/items?q=${encodeURIComponent(code)}`);
    await expect(page.getByTestId("work-item-row")).toHaveCount(0);
  });

  test("a measure with a code already in use keeps its task, title, description and order; nothing is saved", async ({ page }) => {
    const title = `E2E 迎检措施 ${stamp}`;
    await page.goto("/plan/measures/new");
    const form = page.getByTestId("measure-form");
    const typed: Typed[] = [
      { field: form.getByLabel("所属任务"), option: "3 推动产业升级与绿色发展" },
      { field: form.getByLabel("措施名称"), text: title },
      { field: form.getByLabel("说明"), text: "核心指标：迎检材料完成率" },
      { field: form.getByLabel("排序"), text: "9" },
    ];
    await typeAll(typed);
    const code = form.getByLabel("编号");
    await code.fill("1.1");
    await form.getByRole("button", { name: "保存" }).click();

    await expectFieldError(code, "该编码已被使用");
    await expect(code).toHaveValue("1.1");
    await expectAllKept(typed);

    await page.goto("/plan");
    await expect(page.getByTestId("measure-row")).toHaveCount(22);
  });
});

test.describe("resources", () => {
  test.beforeEach(async ({ page }) => login(page, ACCOUNTS.supervisor));

  test("a funding item approved before it was applied for keeps every field; nothing is saved", async ({ page }) => {
    const name = `E2E 省级科技创新专项 ${stamp}`;
    await page.goto("/resources/funds/new");
    const form = page.getByTestId("funding-form");
    const typed: Typed[] = [
      { field: form.getByLabel("项目名称"), text: name },
      { field: form.getByLabel("资金来源"), option: "国家级" },
      { field: form.getByLabel("资金类型"), option: "专项债券" },
      { field: form.getByLabel("状态"), option: "部分到位" },
      { field: form.getByLabel("用途"), text: "高新技术企业培育" },
      { field: form.getByLabel("申请金额（万元）"), text: "900000" },
      { field: form.getByLabel("批复金额（万元）"), text: "300" },
      { field: form.getByLabel("到位金额（万元）"), text: "200.5" },
      { field: form.getByLabel("申报日期"), text: "2026-03-10" },
      { field: form.getByLabel("到位日期"), text: "2026-04-01" },
      { field: form.getByLabel("所属园区"), option: "江州新材料产业园" },
      { field: form.getByLabel("牵头单位"), option: "江州市财政局" },
      { field: form.getByLabel("备注"), text: "第二批资金待拨付。" },
    ];
    await typeAll(typed);
    const approvedAt = form.getByLabel("批复日期");
    await approvedAt.fill("2026-02-01");
    await form.getByRole("button", { name: "保存" }).click();

    await expectFieldError(approvedAt, "日期不能早于前一环节的日期");
    await expect(approvedAt).toHaveValue("2026-02-01");
    await expectAllKept(typed);

    // The largest amount sought is listed first: this one would head the list.
    await page.goto("/resources/funds");
    await expect(page.getByTestId("funding-row").first()).toBeVisible();
    await expect(page.getByTestId("funding-row").filter({ hasText: name })).toHaveCount(0);
  });

  test("a land batch approved for more 亩 than it asked keeps every field; nothing is saved", async ({ page }) => {
    const name = `E2E 第九批次建设用地 ${stamp}`;
    await page.goto("/resources/land/batches/new");
    const form = page.getByTestId("land-batch-form");
    const typed: Typed[] = [
      { field: form.getByLabel("批次号"), text: "97" },
      { field: form.getByLabel("批次名称"), text: name },
      { field: form.getByLabel("所属园区"), option: "江州循环经济产业园" },
      { field: form.getByLabel("报批面积（亩）"), text: "120.5" },
      { field: form.getByLabel("状态"), option: "已报批" },
      { field: form.getByLabel("报批日期"), text: "2026-10-12" },
      { field: form.getByLabel("备注"), text: "含两个标准地项目。" },
    ];
    await typeAll(typed);
    const approved = form.getByLabel("获批面积（亩）");
    await approved.fill("150");
    await form.getByRole("button", { name: "保存" }).click();

    await expectFieldError(approved, "获批面积不能超过报批面积");
    await expect(approved).toHaveValue("150");
    await expectAllKept(typed);

    await page.goto("/resources/land");
    await expect(page.getByTestId("land-funnel")).toBeVisible();
    await expect(page.getByText(name)).toHaveCount(0);
  });

  test("a visit whose organization is over 100 characters keeps the date, visitors, the chosen designation and the notes; nothing is saved", async ({ page }) => {
    const token = `E2E来访${stamp}`;
    await page.goto("/resources/visits/new");
    const form = page.getByTestId("visit-form");
    const designation = form.getByLabel("相关申报事项");
    const designationLabel = (await designation.locator("option").nth(1).textContent())!.trim();
    const typed: Typed[] = [
      { field: form.getByLabel("日期"), text: "2026-12-01" },
      { field: form.getByLabel("来访人员"), text: "省科技厅高新处 张处长等 3 人" },
      { field: designation, option: designationLabel },
      { field: form.getByLabel("议定事项"), text: "12 月底前报送自评报告初稿" },
      { field: form.getByLabel("后续跟进"), text: "创建办牵头修改完善" },
    ];
    await typeAll(typed);
    const organization = form.getByLabel("来访单位");
    await organization.fill(tooLong(token));
    await form.getByRole("button", { name: "保存" }).click();

    await expectFieldError(organization, "不能超过 100 个字符");
    await expect(organization).toHaveValue(tooLong(token));
    await expectAllKept(typed);

    // Latest visit first: this one would be on the first page.
    await page.goto("/resources/visits");
    await expect(page.getByTestId("visit-row").first()).toBeVisible();
    await expect(page.getByTestId("visit-row").filter({ hasText: token })).toHaveCount(0);
  });
});

test.describe("coordination", () => {
  test.beforeEach(async ({ page }) => login(page, ACCOUNTS.supervisor));

  test("a request with a title over 100 characters keeps every field; nothing is saved", async ({ page }) => {
    const token = `E2E协调${stamp}`;
    await page.goto("/coordination/new");
    const form = page.getByTestId("coordination-form");
    const workItem = form.getByLabel("关联事项");
    const workItemLabel = (await workItem.locator("option").nth(2).textContent())!.trim();
    const typed: Typed[] = [
      { field: form.getByLabel("具体内容"), text: "新材料产业园二期用地需省厅指标支持 300 亩。" },
      { field: form.getByLabel("协调对象类别"), option: "省直部门" },
      { field: form.getByRole("textbox", { name: "协调对象", exact: true }), text: "省自然资源厅" },
      { field: workItem, option: workItemLabel },
      { field: form.getByLabel("期望办结"), text: "2027-01-15" },
      { field: form.getByLabel("提出单位"), option: UNIT },
    ];
    await typeAll(typed);
    const title = form.getByRole("textbox", { name: "事项", exact: true });
    await title.fill(tooLong(token));
    await form.getByRole("button", { name: "保存" }).click();

    await expectFieldError(title, "不能超过 100 个字符");
    await expect(title).toHaveValue(tooLong(token));
    await expectAllKept(typed);

    await page.goto(`/coordination?q=${encodeURIComponent(token)}`);
    await expect(page.getByTestId("coordination-row")).toHaveCount(0);
  });
});

test.describe("admin", () => {
  test.beforeEach(async ({ page }) => login(page, ACCOUNTS.admin));

  test("a new user with a bad phone number keeps e-mail, name, role, unit and password; nothing is saved", async ({ page }) => {
    const email = `e2e.sticky.${stamp}@demo.gov.cn`;
    await page.goto("/admin/users/new");
    const form = page.getByTestId("user-form");
    const typed: Typed[] = [
      { field: form.getByLabel("邮箱（登录名）"), text: email },
      { field: form.getByLabel("姓名"), text: "端到端填表" },
      { field: form.getByLabel("职务"), text: "统计科科长" },
      { field: form.getByLabel("角色"), option: "督查员" },
      { field: form.getByLabel("所属单位"), option: UNIT },
      { field: form.getByLabel("初始密码"), text: "Lantern-Kite-58" },
    ];
    await typeAll(typed);
    const phone = form.getByLabel("手机");
    await phone.fill("138-ab-cd");
    await form.getByRole("button", { name: "保存" }).click();

    await expectFieldError(phone, "格式不正确");
    await expect(phone).toHaveValue("138-ab-cd");
    await expectAllKept(typed);

    await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
    await expect(page.getByText("没有符合条件的用户")).toBeVisible();
  });

  test("a new unit with a code already in use keeps every field, the unticked member box included; nothing is saved", async ({ page }) => {
    const name = `E2E 测试单位 ${stamp}`;
    await page.goto("/admin/units/new");
    const form = page.getByTestId("unit-form");
    const typed: Typed[] = [
      { field: form.getByLabel("类型"), option: "县区" },
      { field: form.getByLabel("单位全称"), text: name },
      { field: form.getByLabel("简称"), text: "测试单位" },
      { field: form.getByLabel("别名"), text: "测试局、测试办" },
      { field: form.getByLabel("所属园区"), option: "新材料产业园" },
      { field: form.getByLabel("联系人"), text: "王晓" },
      { field: form.getByLabel("联系电话"), text: "0571-88886666" },
      { field: form.getByLabel("排序"), text: "42" },
      { field: form.getByLabel("领导小组成员单位"), checked: false },
    ];
    await typeAll(typed);
    const code = form.getByLabel("单位编码");
    await code.fill("kjj");
    await form.getByRole("button", { name: "保存" }).click();

    await expectFieldError(code, "该编码已被使用");
    await expect(code).toHaveValue("kjj");
    await expectAllKept(typed);

    await page.goto(`/admin/units?q=${encodeURIComponent(name)}`);
    await expect(page.getByTestId("unit-row")).toHaveCount(0);
  });
});

test.describe("supervision", () => {
  test.beforeEach(async ({ page }) => login(page, ACCOUNTS.supervisor));

  test("an inspection whose rectification is due before the visit keeps every field; nothing is saved", async ({ page }) => {
    const findings = `E2E督查${stamp}：统计台账未按月更新。`;
    await page.goto("/supervision/inspections/new");
    const form = page.getByTestId("inspection-form");
    const typed: Typed[] = [
      { field: form.getByLabel("被督查单位"), option: UNIT },
      { field: form.getByLabel("督查日期"), text: "2026-11-20" },
      { field: form.getByLabel("督查人员"), text: "王浩、李静" },
      { field: form.getByLabel("评价"), option: "一般" },
      { field: form.getByLabel("督查发现"), text: findings },
      { field: form.getByLabel("要求整改"), checked: true },
    ];
    await typeAll(typed);
    const due = form.getByLabel("整改期限");
    await due.fill("2026-11-10");
    await form.getByRole("button", { name: "保存" }).click();

    await expectFieldError(due, "不能早于督查日期");
    await expect(due).toHaveValue("2026-11-10");
    await expectAllKept(typed);
    await expect(page).toHaveURL(/\/supervision\/inspections\/new$/);

    const unitId = await form.getByLabel("被督查单位").inputValue();
    await page.goto(`/supervision/inspections?unit=${unitId}`);
    await expect(page.getByTestId("inspection-row").filter({ hasText: findings })).toHaveCount(0);
  });

  test("a meeting whose decision is due before the meeting keeps the meeting, its attendees and the decision row; nothing is saved", async ({ page }) => {
    const title = `E2E 统计工作专题会 ${stamp}`;
    await page.goto("/supervision/meetings/new");
    const form = page.getByTestId("meeting-form");
    await form.getByTestId("add-decision").click();
    const row = form.getByTestId("decision-row").first();
    const typed: Typed[] = [
      { field: form.getByLabel("会议类型"), option: "联席会议" },
      { field: form.getByLabel("会议名称"), text: title },
      { field: form.getByLabel("会议日期"), text: "2026-11-20" },
      { field: form.getByLabel("地点"), text: "市政府 3 楼会议室" },
      { field: form.getByRole("checkbox", { name: UNIT, exact: true }), checked: true },
      { field: form.getByRole("checkbox", { name: "江州市商务局", exact: true }), checked: true },
      { field: form.getByLabel("会议纪要"), text: "会议听取了统计数据核查情况汇报。" },
      { field: row.getByLabel("议定事项 1"), text: "两周内完成统计台账补录" },
      { field: row.getByLabel("责任单位"), option: UNIT },
    ];
    await typeAll(typed);
    const due = row.getByLabel("办结时限");
    await due.fill("2026-11-01");
    await form.getByRole("button", { name: "保存" }).click();

    await expectFieldError(due, "办结时限不能早于会议日期");
    await expect(due).toHaveValue("2026-11-01");
    await expectAllKept(typed);

    await page.goto("/supervision/meetings");
    await expect(page.getByTestId("meeting-row").filter({ hasText: title })).toHaveCount(0);
  });
});

test.describe("notices", () => {
  test.beforeEach(async ({ page }) => login(page, ACCOUNTS.supervisor));

  test("a notice with a title over 100 characters keeps unit, level, texts, deadline and copy list; nothing is issued", async ({ page }) => {
    const token = `E2E督办${stamp}`;
    await page.goto("/notices/new");
    const form = page.getByTestId("notice-form");
    const typed: Typed[] = [
      { field: form.getByLabel("督办对象"), option: UNIT },
      { field: form.getByLabel("督办等级"), option: "橙色" },
      { field: form.getByLabel("督办事项"), text: "统计台账连续两月未更新。" },
      { field: form.getByLabel("办理要求"), text: "请于反馈期限前补录并书面说明原因。" },
      { field: form.getByLabel("反馈期限"), text: "2027-01-20" },
      { field: form.getByLabel("抄送"), text: "市政府分管副市长" },
    ];
    await typeAll(typed);
    const title = form.getByLabel("标题");
    await title.fill(tooLong(token));
    await form.getByRole("button", { name: "下发" }).click();

    await expectFieldError(title, "不能超过 100 个字符");
    await expect(title).toHaveValue(tooLong(token));
    await expectAllKept(typed);

    const unitId = await form.getByLabel("督办对象").inputValue();
    await page.goto(`/notices?unit=${unitId}`);
    await expect(page.getByTestId("notice-row").filter({ hasText: token })).toHaveCount(0);
  });
});

test.describe("reports", () => {
  // A unit no other spec reports for, whose week is open until its deadline day: 人社局 is one of
  // the demo's late units (LATE_UNITS), which never submit before the deadline day, and it leads
  // two items. (A diligent unit such as 统计局 may have submitted by Thursday afternoon.)
  const REPORTER = "rsj@demo.gov.cn";

  async function submitted(page: Page): Promise<boolean> {
    return (await page.getByText("已提交的周报").count()) > 0;
  }

  test("a weekly report with a progress over 100 % keeps every entry and the summary; it is not submitted", async ({ page }) => {
    await login(page, REPORTER);
    await page.goto("/my-unit");
    const entries = page.getByTestId("report-entry");
    await expect(entries.first()).toBeVisible();
    expect(await submitted(page)).toBe(false);
    const [first, second] = [entries.nth(0), entries.nth(1)];
    const typed: Typed[] = [
      { field: first.getByLabel("本周完成情况"), text: `E2E 周报 ${stamp}：完成台账核对` },
      { field: first.getByLabel("下周工作计划"), text: "补录十月数据" },
      { field: first.getByLabel("存在问题"), text: "基层填报不及时" },
      { field: first.getByLabel("需要协调解决"), checked: true },
      { field: second.getByLabel("本周完成情况"), text: "完成季度数据会商" },
      { field: second.getByLabel("下周工作计划"), text: "形成会商纪要" },
      { field: page.getByLabel("本周总体情况及配合工作"), text: "本周统计工作总体有序。" },
    ];
    await typeAll(typed);
    const progress = first.getByLabel("完成进度（%）");
    await progress.fill("150");
    await page.getByTestId("submit-report").click();

    await expect(page.getByTestId("fix-list")).toContainText(/提交未通过：\d+ 项需要修改/);
    await expectFieldError(progress, "不能大于 100");
    await expect(progress).toHaveValue("150");
    await expectAllKept(typed);

    // Not submitted: a fresh look at the unit's page still offers the form.
    const again = await page.context().newPage();
    await again.goto("/my-unit");
    await expect(again.getByTestId("submit-report")).toBeVisible();
    expect(await submitted(again)).toBe(false);
    await expect(again.getByTestId("report-entry").first().getByLabel("完成进度（%）")).not.toHaveValue("150");
  });
});
