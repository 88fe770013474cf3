// Resources and approvals of the demo: designations, visits, funds, land batches, the
// planning adjustment and coordination requests. The figures are those of DESIGN.md.
import { addDaysToKey, dateFromKey, zonedInstant } from "@/lib/dates/zone-time";
import { addMonthsKey, maxKey, minKey, toWorkday } from "./dates";
import type { Random } from "./random";
import type {
  AddresseeName,
  CoordinationRequestRow,
  CoordinationStatusName,
  DemoTables,
  DesignationRow,
  DesignationStepRow,
  FundingItemRow,
  LandBatchRow,
  LandProjectRow,
  OfficialVisitRow,
  PlanningAdjustmentRow,
  PlanningAdjustmentStepRow,
  StepStatusName,
} from "./types";

export interface ResourceContext {
  zoneId: string;
  todayKey: string;
  campaignStartKey: string;
  campaignEndKey: string;
  timeZone: string;
  rng: Random;
  unitId(code: string): string;
  parkId(code: string): string;
  itemId(code: string): string;
  reporterId(unitCode: string): string | null;
}

type ResourceTables = Pick<
  DemoTables,
  | "designations"
  | "designationSteps"
  | "officialVisits"
  | "fundingItems"
  | "landBatches"
  | "landProjects"
  | "planningAdjustments"
  | "planningAdjustmentSteps"
  | "coordinationRequests"
>;

interface StepSpec {
  name: string;
  status: StepStatusName;
  /** Offsets from today in days: due date, and completion for DONE steps. */
  due: number | null;
  done?: number;
  note?: string;
}

export function generateResources(ctx: ResourceContext): ResourceTables {
  const { zoneId, todayKey } = ctx;
  const day = (offset: number) => dateFromKey(addDaysToKey(todayKey, offset));
  const workday = (offset: number) => dateFromKey(toWorkday(addDaysToKey(todayKey, offset)));
  const month = (offset: number) => dateFromKey(toWorkday(addMonthsKey(todayKey, offset)));
  const yearOf = (date: Date) => date.getUTCFullYear();
  /** A visit or a campaign event: never before the campaign started, never in the future. */
  const inCampaign = (offset: number) =>
    dateFromKey(toWorkday(minKey(maxKey(addDaysToKey(todayKey, offset), addDaysToKey(ctx.campaignStartKey, 7)), addDaysToKey(todayKey, -1))));

  // ───────────── designations ─────────────
  const designations: DesignationRow[] = [];
  const designationSteps: DesignationStepRow[] = [];
  const addDesignation = (row: Omit<DesignationRow, "zoneId" | "sortOrder">, steps: StepSpec[]) => {
    designations.push({ ...row, zoneId, sortOrder: designations.length + 1 });
    steps.forEach((step, index) => {
      designationSteps.push({
        id: `${row.id}-step-${index + 1}`,
        designationId: row.id,
        seq: index + 1,
        name: step.name,
        status: step.status,
        dueDate: step.due === null ? null : workday(step.due),
        completedAt: step.done === undefined ? null : workday(step.done),
        note: step.note ?? null,
      });
    });
  };
  const provincialApplied = month(-86);
  const provincialApproved = month(-80);
  addDesignation(
    {
      id: "demo-designation-provincial",
      parkId: ctx.parkId("gxq"),
      leadUnitId: ctx.unitId("kjj"),
      name: "省级高新技术产业开发区",
      level: "PROVINCIAL",
      status: "APPROVED",
      appliedAt: provincialApplied,
      approvedAt: provincialApproved,
      note: "经省人民政府批准设立为省级高新技术产业开发区，为创建国家高新区奠定基础。",
    },
    [
      { name: "市政府向省政府提出设立申请", status: "DONE", due: -2610, done: -2615 },
      { name: "省科技厅组织专家评审", status: "DONE", due: -2520, done: -2530 },
      { name: "省人民政府批复设立", status: "DONE", due: -2430, done: -2435 },
    ],
  );
  const campaignDays = Math.round((dateFromKey(todayKey).getTime() - dateFromKey(ctx.campaignStartKey).getTime()) / 86_400_000);
  const endDays = Math.round((dateFromKey(ctx.campaignEndKey).getTime() - dateFromKey(todayKey).getTime()) / 86_400_000);
  addDesignation(
    {
      id: "demo-designation-national",
      parkId: null,
      leadUnitId: ctx.unitId("office"),
      name: "国家高新技术产业开发区（升级创建）",
      level: "NATIONAL",
      status: "PREPARING",
      appliedAt: null,
      approvedAt: null,
      note: "对标国家高新区评价指标体系，按“一区三园”整体申报升级为国家高新技术产业开发区。",
    },
    [
      { name: "成立创建工作领导小组并印发创建实施方案", status: "DONE", due: -campaignDays + 7, done: -campaignDays + 2 },
      { name: "印发任务分解清单，建立周报告、月督查、季考核机制", status: "DONE", due: -campaignDays + 21, done: -campaignDays + 18 },
      { name: "开展对标国家高新区评价指标自评估", status: "DONE", due: -49, done: -56 },
      { name: "编制申报书和可行性研究报告", status: "IN_PROGRESS", due: 90, note: "初稿已完成，正在征求成员单位意见" },
      { name: "市政府向省政府提出升级申请", status: "PENDING", due: 150 },
      { name: "省政府向国务院请示", status: "PENDING", due: 240 },
      { name: "科技部组织专家实地考察和评审", status: "PENDING", due: 360 },
      { name: "国务院批复升级为国家高新区", status: "PENDING", due: endDays },
    ],
  );
  addDesignation(
    {
      id: "demo-designation-brand",
      parkId: ctx.parkId("xcl"),
      leadUnitId: ctx.unitId("gxj"),
      name: "省级新材料产业品牌示范区",
      level: "PROVINCIAL",
      status: "UNDER_REVIEW",
      appliedAt: day(-70),
      approvedAt: null,
      note: "以新材料产业园为载体申报，省工信厅已组织书面评审。",
    },
    [
      { name: "编制品牌示范区创建方案", status: "DONE", due: -100, done: -104 },
      { name: "市级初审并推荐上报", status: "DONE", due: -70, done: -70 },
      { name: "省工信厅组织现场评审", status: "IN_PROGRESS", due: 28 },
      { name: "公示并命名", status: "PENDING", due: 75 },
    ],
  );
  addDesignation(
    {
      id: "demo-designation-green",
      parkId: ctx.parkId("xhjj"),
      leadUnitId: ctx.unitId("sthjj"),
      name: "省级环境友好型产业集群（绿色园区）",
      level: "PROVINCIAL",
      status: "SUBMITTED",
      appliedAt: day(-42),
      approvedAt: null,
      note: "以循环经济产业园为载体申报环境友好型产业集群。",
    },
    [
      { name: "开展园区环境现状评估", status: "DONE", due: -90, done: -95 },
      { name: "编制绿色园区创建方案并上报", status: "DONE", due: -42, done: -42 },
      { name: "完成园区污水处理厂提标改造", status: "BLOCKED", due: -14, note: "关键设备采购延期，提标改造未按期完成" },
      { name: "省生态环境厅验收评估", status: "PENDING", due: 120 },
    ],
  );

  const officialVisits: OfficialVisitRow[] = [
    {
      id: "demo-visit-1",
      zoneId,
      designationId: "demo-designation-national",
      date: inCampaign(-campaignDays + 35),
      visitors: "省科技厅高新技术处处长杨建华一行4人",
      organization: "省科学技术厅",
      agreed: "省科技厅支持江州高新区对标国家高新区评价指标开展创建，将在创新平台布局和高企培育方面给予指导。",
      followUps: "按省科技厅意见修改完善创建实施方案；每月向省科技厅报送创建工作进展。",
    },
    {
      id: "demo-visit-2",
      zoneId,
      designationId: "demo-designation-national",
      date: inCampaign(-84),
      visitors: "省发展改革委高技术产业处副处长郑晓东一行2人",
      organization: "省发展和改革委员会",
      agreed: "支持将新材料产业园基础设施项目纳入省重点项目储备库。",
      followUps: "两周内报送省重点项目申报材料；对接专项债券项目储备。",
    },
    {
      id: "demo-visit-3",
      zoneId,
      designationId: "demo-designation-green",
      date: inCampaign(-63),
      visitors: "省生态环境厅环评处一行3人",
      organization: "省生态环境厅",
      agreed: "原则同意园区环境友好型产业集群创建思路，要求加快污水处理厂提标改造。",
      followUps: "制定污水处理厂提标改造倒排计划；补充园区环境监测数据。",
    },
    {
      id: "demo-visit-4",
      zoneId,
      designationId: "demo-designation-national",
      date: inCampaign(-35),
      visitors: "科技部火炬中心园区处调研组一行3人",
      organization: "科学技术部火炬高技术产业开发中心",
      agreed: "调研组充分肯定“一区三园”发展思路，建议突出新材料主导产业特色，补齐研发投入短板。",
      followUps: "梳理与国家高新区评价指标的差距清单；补充完善主导产业发展数据。",
    },
    {
      id: "demo-visit-5",
      zoneId,
      designationId: "demo-designation-brand",
      date: inCampaign(-21),
      visitors: "省工信厅原材料工业处副处长罗晓东一行2人",
      organization: "省工业和信息化厅",
      agreed: "对新材料产业园品牌示范区创建材料提出修改意见，同意安排现场评审。",
      followUps: "按意见修改申报材料；做好现场评审点位准备。",
    },
  ];

  // ───────────── funds (yuan) ─────────────
  const fund = (row: Omit<FundingItemRow, "zoneId">): FundingItemRow => ({ ...row, zoneId });
  const fundingItems: FundingItemRow[] = [
    fund({
      id: "demo-fund-platform",
      parkId: ctx.parkId("gxq"),
      leadUnitId: ctx.unitId("kjj"),
      name: "高新区创新平台建设资金",
      sourceLevel: "PROVINCIAL",
      kind: "GRANT",
      purpose: "高新区科技创新公共服务平台建设",
      amountSought: 3_000_000,
      amountApproved: 3_000_000,
      amountArrived: 3_000_000,
      status: "ARRIVED",
      appliedAt: workday(-140),
      approvedAt: workday(-98),
      arrivedAt: workday(-70),
      note: "省级高新区建设专项资金，300万元已全额到位。",
    }),
    fund({
      id: "demo-fund-infra-loan",
      parkId: ctx.parkId("xcl"),
      leadUnitId: ctx.unitId("jrj"),
      name: "新材料产业园基础设施建设贷款",
      sourceLevel: "NATIONAL",
      kind: "LOAN",
      purpose: "新材料产业园道路、管网等基础设施建设",
      amountSought: 170_000_000,
      amountApproved: 0,
      amountArrived: 0,
      status: "APPLIED",
      appliedAt: workday(-63),
      approvedAt: null,
      arrivedAt: null,
      note: "国家开发银行省分行已受理，待贷审会审议。",
    }),
    fund({
      id: "demo-fund-st-special",
      parkId: ctx.parkId("xcl"),
      leadUnitId: ctx.unitId("kjj"),
      name: "省级科技创新专项资金（新材料中试基地）",
      sourceLevel: "PROVINCIAL",
      kind: "GRANT",
      purpose: "新材料中试基地设备购置和运营",
      amountSought: 5_000_000,
      amountApproved: 5_000_000,
      amountArrived: 2_000_000,
      status: "PARTLY_ARRIVED",
      appliedAt: workday(-150),
      approvedAt: workday(-91),
      arrivedAt: workday(-49),
      note: "首期200万元已到位，余款待中期评估后拨付。",
    }),
    fund({
      id: "demo-fund-bond",
      parkId: ctx.parkId("xcl"),
      leadUnitId: ctx.unitId("fgw"),
      name: "地方政府专项债券（新材料产业园标准厂房）",
      sourceLevel: "PROVINCIAL",
      kind: "BOND",
      purpose: "新材料产业园标准化厂房及配套设施建设",
      amountSought: 300_000_000,
      amountApproved: 200_000_000,
      amountArrived: 120_000_000,
      status: "PARTLY_ARRIVED",
      appliedAt: workday(-160),
      approvedAt: workday(-105),
      arrivedAt: workday(-56),
      note: "已下达额度2亿元，到位1.2亿元。",
    }),
    fund({
      id: "demo-fund-central-budget",
      parkId: ctx.parkId("xhjj"),
      leadUnitId: ctx.unitId("fgw"),
      name: "中央预算内投资（园区循环化改造）",
      sourceLevel: "NATIONAL",
      kind: "GRANT",
      purpose: "循环经济产业园循环化改造项目",
      amountSought: 50_000_000,
      amountApproved: 0,
      amountArrived: 0,
      status: "APPLIED",
      appliedAt: workday(-28),
      approvedAt: null,
      arrivedAt: null,
      note: "已通过省发展改革委审核上报国家发展改革委。",
    }),
    fund({
      id: "demo-fund-industry",
      parkId: null,
      leadUnitId: ctx.unitId("gxj"),
      name: "省工业转型升级专项资金（智能化改造）",
      sourceLevel: "PROVINCIAL",
      kind: "GRANT",
      purpose: "园区企业智能化改造和数字化转型",
      amountSought: 8_000_000,
      amountApproved: 0,
      amountArrived: 0,
      status: "PLANNED",
      appliedAt: null,
      approvedAt: null,
      arrivedAt: null,
      note: "拟于省工信厅年度申报通知下发后申报。",
    }),
  ];

  // ───────────── land (亩) ─────────────
  const firstApproval = month(-15);
  const secondApproval = month(-9);
  const landBatches: LandBatchRow[] = [
    {
      id: "demo-land-1",
      zoneId,
      parkId: ctx.parkId("xcl"),
      seq: 1,
      name: "第一批次建设用地",
      areaMu: 647,
      approvedMu: 647,
      status: "APPROVED",
      submittedAt: month(-20),
      approvedAt: secondApproval,
      note: "分两次获批：89亩（1个项目）、558亩（3个项目），共647亩。",
    },
    {
      id: "demo-land-2",
      zoneId,
      parkId: ctx.parkId("xcl"),
      seq: 2,
      name: "第二批次建设用地",
      areaMu: 287,
      approvedMu: 0,
      status: "SUBMITTED",
      submittedAt: workday(-49),
      approvedAt: null,
      note: "已报省自然资源厅审查。",
    },
    {
      id: "demo-land-3",
      zoneId,
      parkId: ctx.parkId("xhjj"),
      seq: 3,
      name: "第三批次建设用地",
      areaMu: 329,
      approvedMu: 0,
      status: "PREPARING",
      submittedAt: null,
      approvedAt: null,
      note: "正在开展勘测定界和报批组卷。",
    },
  ];
  const refA = `省政府建设用地批复〔${yearOf(firstApproval)}〕87号`;
  const refB = `省政府建设用地批复〔${yearOf(secondApproval)}〕216号`;
  const project = (batchId: string, sortOrder: number, name: string, areaMu: number, investment: number, approval?: { ref: string; at: Date }): LandProjectRow => ({
    id: `${batchId}-p${sortOrder}`,
    batchId,
    name,
    areaMu,
    approvedMu: approval ? areaMu : 0,
    approvalRef: approval?.ref ?? null,
    approvedAt: approval?.at ?? null,
    investment,
    sortOrder,
  });
  const landProjects: LandProjectRow[] = [
    project("demo-land-1", 1, "新型高分子材料产业化项目", 89, 650_000_000, { ref: refA, at: firstApproval }),
    project("demo-land-1", 2, "锂电池正极材料项目", 236, 1_200_000_000, { ref: refB, at: secondApproval }),
    project("demo-land-1", 3, "废旧锂电池回收利用项目", 187, 800_000_000, { ref: refB, at: secondApproval }),
    project("demo-land-1", 4, "新材料产业园标准化厂房及配套项目", 135, 450_000_000, { ref: refB, at: secondApproval }),
    project("demo-land-2", 1, "高性能碳纤维复合材料项目", 126, 900_000_000),
    project("demo-land-2", 2, "电子级湿化学品项目", 98, 600_000_000),
    project("demo-land-2", 3, "园区污水管网及配套工程", 63, 180_000_000),
    project("demo-land-3", 1, "废旧动力电池梯次利用项目", 142, 700_000_000),
    project("demo-land-3", 2, "再生铝深加工项目", 115, 550_000_000),
    project("demo-land-3", 3, "园区固废综合处置中心", 72, 300_000_000),
  ];

  // ───────────── planning adjustment (km²) ─────────────
  const planningAdjustments: PlanningAdjustmentRow[] = [
    {
      id: "demo-planning-boundary",
      zoneId,
      parkId: ctx.parkId("xcl"),
      title: "新材料产业园区位调整",
      kind: "BOUNDARY",
      plannedAreaKm2: 3.99,
      builtAreaKm2: 1.29,
      status: "PREPARING",
      submittedAt: null,
      approvedAt: null,
      note: "调整后规划面积3.99平方公里，其中已建成1.29平方公里。",
    },
  ];
  const adjustmentSteps: StepSpec[] = [
    { name: "开展现状调查和调整范围论证", status: "DONE", due: -campaignDays + 35, done: -campaignDays + 30 },
    { name: "编制区位调整方案", status: "DONE", due: -42, done: -45 },
    { name: "征求相关部门意见并完成部门联审", status: "IN_PROGRESS", due: 21 },
    { name: "完成规划环评和生态保护红线核查", status: "BLOCKED", due: 56, note: "生态保护红线核查意见待省厅反馈" },
    { name: "报省政府审批", status: "PENDING", due: 120 },
    { name: "省自然资源厅备案并纳入国土空间规划", status: "PENDING", due: 240 },
  ];
  const planningAdjustmentSteps: PlanningAdjustmentStepRow[] = adjustmentSteps.map((step, index) => ({
    id: `demo-planning-boundary-step-${index + 1}`,
    adjustmentId: "demo-planning-boundary",
    seq: index + 1,
    name: step.name,
    status: step.status,
    dueDate: step.due === null ? null : workday(Math.min(step.due, endDays)),
    completedAt: step.done === undefined ? null : workday(step.done),
    note: step.note ?? null,
  }));

  // ───────────── coordination requests ─────────────
  const instant = (offset: number, time = "10:00") => zonedInstant(addDaysToKey(todayKey, Math.max(offset, -campaignDays + 14)), time, ctx.timeZone);
  const request = (
    index: number,
    unit: string,
    item: string | null,
    title: string,
    content: string,
    addresseeKind: AddresseeName,
    addressee: string,
    status: CoordinationStatusName,
    createdOffset: number,
    dueOffset: number | null,
    outcome: string | null = null,
    resolvedOffset: number | null = null,
  ): CoordinationRequestRow => {
    const createdAt = instant(createdOffset, "15:30");
    const resolvedAt = resolvedOffset === null ? null : instant(resolvedOffset, "11:00");
    return {
      id: `demo-coord-${index}`,
      zoneId,
      unitId: ctx.unitId(unit),
      raisedById: unit === "office" ? "demo-user-office" : ctx.reporterId(unit),
      workItemId: item ? ctx.itemId(item) : null,
      title,
      content,
      addresseeKind,
      addressee,
      status,
      outcome,
      dueDate: dueOffset === null ? null : workday(dueOffset),
      resolvedAt,
      createdAt,
      updatedAt: resolvedAt ?? createdAt,
    };
  };
  const coordinationRequests: CoordinationRequestRow[] = [
    request(1, "office", "4.5.4", "恳请市政府主要领导带队赴省科技厅汇报创建工作",
      "创建工作已进入申报材料编制阶段，恳请市政府主要领导带队赴省科技厅汇报创建进展，争取省科技厅将我市纳入年度推荐升级名单。",
      "CITY_LEADER", "市政府主要领导", "WAITING_LEADER", -10, 21),
    request(2, "zrzyj", "4.2.1", "协调省自然资源厅加快第二批次287亩建设用地审查",
      "第二批次287亩建设用地已报省自然资源厅，目前处于审查阶段，涉及重点项目开工，请市领导出面协调加快审查进度。",
      "PROVINCIAL_DEPARTMENT", "省自然资源厅", "WAITING_LEADER", -18, 28),
    request(3, "jrj", "4.4.2", "协调国家开发银行省分行加快1.7亿元基础设施贷款审批",
      "新材料产业园基础设施建设贷款1.7亿元已提交申请，需协调国家开发银行省分行尽快提交贷审会审议。",
      "OTHER", "国家开发银行省分行", "IN_PROGRESS", -40, 42),
    request(4, "zrzyj", "4.3.2", "区位调整涉及生态保护红线核查请求省厅指导",
      "新材料产业园区位调整范围与生态保护红线局部衔接，需省自然资源厅、省生态环境厅指导核查口径。",
      "PROVINCIAL_DEPARTMENT", "省自然资源厅、省生态环境厅", "OPEN", -5, 56),
    request(5, "kjj", "1.1.2", "争取增加年度高新技术企业认定批次",
      "我市高企后备企业较多，申请省科技厅年内增加一个高新技术企业认定批次。",
      "PROVINCIAL_DEPARTMENT", "省科学技术厅", "RESOLVED", -70, -35, "省科技厅同意年内增加一个认定批次，已通知企业准备申报材料。", -30),
    request(6, "xhjj", "3.3.4", "循环经济产业园污水处理厂提标改造排放标准请示",
      "污水处理厂提标改造执行标准存在一级A与地表水准Ⅳ类两种方案，投资相差较大，请市政府分管领导明确执行标准。",
      "CITY_LEADER", "市政府分管副市长", "WAITING_LEADER", -12, 14),
    request(7, "jtj", "3.3.5", "申请将高新区至新材料产业园快速通道纳入省交通重点项目",
      "快速通道项目投资3.2亿元，申请纳入省交通运输厅年度重点项目并争取省级补助资金。",
      "PROVINCIAL_DEPARTMENT", "省交通运输厅", "CLOSED", -90, -60, "经省交通运输厅答复，项目不符合省级重点项目申报条件，改由市级财政统筹安排。", -50),
  ];

  return {
    designations,
    designationSteps,
    officialVisits,
    fundingItems,
    landBatches,
    landProjects,
    planningAdjustments,
    planningAdjustmentSteps,
    coordinationRequests,
  };
}
