// Fixed names of the demo: an invented city (江州市) whose provincial high-tech zone runs a
// campaign to become a national one. Data text is Simplified Chinese; identifiers English.
import type * as DbEnums from "@/lib/db/generated/enums";

export const CITY = "江州市";

export const ZONE = {
  code: "demo",
  name: "江州市高新技术产业开发区",
  shortName: "江州高新区",
  landNeededMu: 2129,
} as const;

export type ParkKindName = DbEnums.ParkKind;
export type UnitKindName = DbEnums.UnitKind;
export type RoleName = DbEnums.Role;
export type CurveName = "LINEAR" | "FRONT_LOADED" | "BACK_LOADED";

export interface ParkSpec {
  code: string;
  name: string;
  shortName: string;
  kind: ParkKindName;
  plannedAreaKm2: number;
  builtAreaKm2: number;
}

export const PARKS: readonly ParkSpec[] = [
  { code: "gxq", name: "江州高新技术产业开发区核心区", shortName: "高新区核心区", kind: "CORE", plannedAreaKm2: 12.86, builtAreaKm2: 8.53 },
  // The figures of DESIGN.md: 3.99 km² planned, 1.29 km² built.
  { code: "xcl", name: "江州新材料产业园", shortName: "新材料产业园", kind: "INDUSTRIAL", plannedAreaKm2: 3.99, builtAreaKm2: 1.29 },
  { code: "xhjj", name: "江州循环经济产业园", shortName: "循环经济产业园", kind: "INDUSTRIAL", plannedAreaKm2: 5.62, builtAreaKm2: 2.87 },
];

export interface UnitSpec {
  code: string;
  name: string;
  shortName: string;
  kind: UnitKindName;
  parkCode?: string;
}

/** The 25 member units of the leading group (领导小组成员单位). */
export const MEMBER_UNITS: readonly UnitSpec[] = [
  { code: "office", name: "江州市创建国家高新区工作领导小组办公室", shortName: "创建办", kind: "OFFICE" },
  { code: "fgw", name: "江州市发展和改革委员会", shortName: "市发展改革委", kind: "DEPARTMENT" },
  { code: "kjj", name: "江州市科学技术局", shortName: "市科技局", kind: "DEPARTMENT" },
  { code: "gxj", name: "江州市工业和信息化局", shortName: "市工信局", kind: "DEPARTMENT" },
  { code: "czj", name: "江州市财政局", shortName: "市财政局", kind: "DEPARTMENT" },
  { code: "zrzyj", name: "江州市自然资源和规划局", shortName: "市自然资源和规划局", kind: "DEPARTMENT" },
  { code: "sthjj", name: "江州市生态环境局", shortName: "市生态环境局", kind: "DEPARTMENT" },
  { code: "tjj", name: "江州市统计局", shortName: "市统计局", kind: "DEPARTMENT" },
  { code: "swj", name: "江州市商务局", shortName: "市商务局", kind: "DEPARTMENT" },
  { code: "rsj", name: "江州市人力资源和社会保障局", shortName: "市人社局", kind: "DEPARTMENT" },
  { code: "zjj", name: "江州市住房和城乡建设局", shortName: "市住建局", kind: "DEPARTMENT" },
  { code: "scjgj", name: "江州市市场监督管理局", shortName: "市市场监管局", kind: "DEPARTMENT" },
  { code: "swuj", name: "国家税务总局江州市税务局", shortName: "市税务局", kind: "DEPARTMENT" },
  { code: "jrj", name: "江州市地方金融管理局", shortName: "市金融局", kind: "DEPARTMENT" },
  { code: "jyj", name: "江州市教育局", shortName: "市教育局", kind: "DEPARTMENT" },
  { code: "jtj", name: "江州市交通运输局", shortName: "市交通运输局", kind: "DEPARTMENT" },
  { code: "slj", name: "江州市水利局", shortName: "市水利局", kind: "DEPARTMENT" },
  { code: "bb", name: "中共江州市委机构编制委员会办公室", shortName: "市委编办", kind: "DEPARTMENT" },
  { code: "gxq", name: "江州高新技术产业开发区管理委员会", shortName: "高新区管委会", kind: "PARK", parkCode: "gxq" },
  { code: "xcl", name: "江州新材料产业园管理委员会", shortName: "新材料产业园管委会", kind: "PARK", parkCode: "xcl" },
  { code: "xhjj", name: "江州循环经济产业园管理委员会", shortName: "循环经济产业园管委会", kind: "PARK", parkCode: "xhjj" },
  { code: "jcq", name: "江州市江城区人民政府", shortName: "江城区政府", kind: "DISTRICT" },
  { code: "dhq", name: "江州市东湖区人民政府", shortName: "东湖区政府", kind: "DISTRICT" },
  { code: "ljx", name: "临江县人民政府", shortName: "临江县政府", kind: "DISTRICT" },
  { code: "qsx", name: "青山县人民政府", shortName: "青山县政府", kind: "DISTRICT" },
];

/** Other names offices write for the units (an alias list the admin edits on the unit). */
export const UNIT_ALIASES: Record<string, readonly string[]> = {
  fgw: ["市发改委", "发改委"],
  kjj: ["科技局"],
  gxj: ["工信局"],
  czj: ["财政局"],
  tjj: ["统计局"],
  zrzyj: ["市自然资源局", "市资规局"],
  sthjj: ["市环保局"],
  scjgj: ["市场监管局"],
  rsj: ["人社局"],
  zjj: ["住建局"],
  gxq: ["高新区管委"],
};

export const OFFICE_UNIT = "office";
/** The unit that stopped reporting four weeks ago. */
export const STOPPED_UNIT = "jtj";
/** Units that often submit after the deadline. */
export const LATE_UNITS: readonly string[] = ["slj", "qsx", "swj", "rsj"];

/** Districts and their towns/streets, for the extra units of the larger scales. */
export const DISTRICT_NAMES: readonly string[] = ["江城区", "东湖区", "临江县", "青山县"];
export const TOWN_NAMES: readonly string[] = [
  "滨江", "望湖", "龙泉", "桂花", "新港", "白沙", "云台", "石桥", "凤鸣", "清河", "柳湾", "金山",
  "长乐", "双桥", "黄岭", "梅林", "北塘", "南湖", "西岗", "东关", "三溪", "玉屏", "太平", "永安",
  "青龙", "马鞍", "兴隆", "安澜", "花园", "湖滨", "杨柳", "红星", "丰收", "仁和", "竹林", "鹤鸣",
  "金桥", "松岗", "九龙", "平湖", "银湖", "朝阳", "星光", "紫荆", "茶园", "荷塘",
];
export const COMPANY_NAMES: readonly string[] = [
  "江州高新区投资发展集团有限公司", "江州城市建设投资集团有限公司", "江州新材料产业投资有限公司",
  "江州循环经济发展有限公司", "江州科技创业投资有限公司", "江州交通投资集团有限公司",
  "江州水务集团有限公司", "江州产业园区运营管理有限公司", "江州供电公司", "江州国有资本运营有限公司",
  "江州科创服务中心", "江州市生产力促进中心", "江州市知识产权保护中心", "江州技术交易市场",
];

// ───────────────────────────── people ─────────────────────────────

export const SURNAMES: readonly string[] = [
  "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
  "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
];
export const GIVEN_NAMES: readonly string[] = [
  "建华", "国强", "志刚", "晓燕", "丽娟", "海涛", "文斌", "秀英", "伟", "敏", "静", "磊", "洋", "勇", "军", "杰",
  "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "玉兰", "俊峰", "雪梅", "红梅", "春燕", "振宇", "晨曦",
  "思远", "佳琪", "浩然", "子涵", "一鸣", "嘉怡", "宏伟", "亚楠", "立新", "德胜", "卫东", "晓东", "婷婷", "鹏飞",
];
export const REPORTER_TITLES: readonly string[] = [
  "办公室主任", "办公室副主任", "综合科科长", "规划科科长", "综合科副科长", "发展规划科科长", "一级主任科员",
  "二级主任科员", "综合协调科科长", "政策法规科科长", "项目推进科科长", "经济发展局副局长",
];

export interface DemoAccount {
  email: string;
  role: RoleName;
  unitCode: string;
  name: string;
  title: string;
  /** What the account is for, for the README and the sign-in page. */
  purpose: string;
}

export const DEMO_PASSWORD = "Demo@2026";

/** The named demo accounts. Every other member unit also gets a reporter `<unitcode>@demo.gov.cn`. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "admin@demo.gov.cn", role: "ADMIN", unitCode: "office", name: "周明远", title: "创建办信息化专员（系统管理员）", purpose: "系统管理：用户、单位、园区、设置、审计日志" },
  { email: "office@demo.gov.cn", role: "SUPERVISOR", unitCode: "office", name: "李静", title: "创建办督查科科长", purpose: "督查：审核周报、月度督查、预警与督办、季度考核" },
  { email: "supervisor2@demo.gov.cn", role: "SUPERVISOR", unitCode: "office", name: "王浩", title: "创建办督查科一级主任科员", purpose: "督查（第二位督查人员）" },
  { email: "leader@demo.gov.cn", role: "LEADER", unitCode: "office", name: "陈国栋", title: "市人民政府副市长、创建工作领导小组常务副组长", purpose: "领导：总览、排名、通报、批示、大屏" },
  { email: "kjj@demo.gov.cn", role: "REPORTER", unitCode: "kjj", name: "张晓燕", title: "市科技局高新技术发展科科长", purpose: "填报：市科技局周报" },
  { email: "park@demo.gov.cn", role: "REPORTER", unitCode: "xcl", name: "刘志强", title: "新材料产业园管委会经济发展局副局长", purpose: "填报：新材料产业园管委会周报" },
];

// ───────────────────────────── the plan ─────────────────────────────

export interface TaskSpec {
  code: string;
  title: string;
  description: string;
}

export const TASKS: readonly TaskSpec[] = [
  { code: "1", title: "集聚创新资源", description: "壮大创新主体，建设高水平研发平台，提高研发投入和人才集聚水平。" },
  { code: "2", title: "优化创新创业生态", description: "完善孵化载体、科技服务、科技金融和知识产权体系，促进科技成果转化。" },
  { code: "3", title: "推动产业升级与绿色发展", description: "做强新材料和循环经济主导产业，推进重点项目建设，提高亩均效益，降低能耗。" },
  { code: "4", title: "完善体制机制与要素保障", description: "理顺“一区三园”管理体制，保障用地、规划、资金等要素，做好申报和迎检准备。" },
];

export interface MeasureSpec {
  code: string;
  title: string;
  description: string;
}

export const MEASURES: readonly MeasureSpec[] = [
  { code: "1.1", title: "培育壮大高新技术企业群体", description: "核心指标：高新技术企业数" },
  { code: "1.2", title: "扩大科技型中小企业入库规模", description: "核心指标：科技型中小企业入库数" },
  { code: "1.3", title: "建设省级以上研发平台", description: "核心指标：省级以上研发平台数" },
  { code: "1.4", title: "提高企业研发投入强度", description: "核心指标：企业研发经费投入强度（%）" },
  { code: "1.5", title: "壮大研发人员队伍", description: "核心指标：R&D人员全时当量" },
  { code: "1.6", title: "加大财政科技投入", description: "核心指标：财政科技支出占公共财政支出比重（%）" },
  { code: "2.1", title: "建设孵化器和众创空间", description: "核心指标：孵化器、众创空间数量及孵化面积" },
  { code: "2.2", title: "培育科技服务机构", description: "核心指标：技术转移、检验检测、知识产权等科技服务机构数" },
  { code: "2.3", title: "发展创业投资和科技金融", description: "核心指标：创投基金规模、科技型企业贷款余额" },
  { code: "2.4", title: "扩大技术合同成交额", description: "核心指标：技术合同成交额（万元）" },
  { code: "2.5", title: "提升每万名从业人员发明专利拥有量", description: "核心指标：每万名从业人员发明专利拥有量（件）" },
  { code: "3.1", title: "做强新材料和循环经济产业集群", description: "核心指标：主导产业营业收入（亿元）" },
  { code: "3.2", title: "提高高新技术产业营业收入占比", description: "核心指标：高新技术产业营业收入占比（%）" },
  { code: "3.3", title: "加快重点项目投资建设", description: "核心指标：重点项目投资完成率（%）" },
  { code: "3.4", title: "提升亩均产出效益", description: "核心指标：工业用地亩均营业收入（万元/亩）" },
  { code: "3.5", title: "降低单位增加值能耗", description: "核心指标：单位工业增加值能耗下降率（%）" },
  { code: "3.6", title: "提高园区GDP占全市比重", description: "核心指标：园区地区生产总值占全市比重（%）" },
  { code: "4.1", title: "理顺“一区三园”管理体制", description: "统一规划、统一管理、统一统计的“一区三园”管理体制" },
  { code: "4.2", title: "保障项目建设用地", description: "需用地2129亩，已获批647亩，第二批次287亩已报批，第三批次329亩组卷中" },
  { code: "4.3", title: "推进规划区位调整", description: "新材料产业园区位调整：规划面积3.99平方公里，已建成1.29平方公里" },
  { code: "4.4", title: "争取上级资金支持", description: "平台建设资金300万元已到位，1.7亿元基础设施建设贷款待批" },
  { code: "4.5", title: "编制申报材料并做好迎检准备", description: "申报书、可行性研究报告编制及实地考察迎检准备" },
];

export type ScheduleKind = "running" | "due-past" | "late-start" | "future";
export type BehaviourName = "onplan" | "ahead" | "behind" | "stalled" | "overdue";

export interface IndicatorSpec {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  /** RISING when absent; a falling indicator's target lies below its baseline. */
  direction?: "FALLING";
}

export interface WorkItemTemplate {
  measure: string;
  title: string;
  lead: string;
  coop: readonly string[];
  deliverable: string;
  indicator?: IndicatorSpec;
  /** Further indicators of the item (an item may have several). */
  moreIndicators?: readonly IndicatorSpec[];
  curve?: CurveName;
  schedule: ScheduleKind;
  /** Monthly, quarterly or standing work, judged per period. */
  recurrence?: "MONTHLY" | "QUARTERLY" | "STANDING";
  /** A stage target (阶段目标) halfway through the item's timeline. */
  milestone?: string;
  /** Forced behaviour for the story of the demo; otherwise chosen at random. */
  behaviour?: BehaviourName;
}

function ind(name: string, unit: string, baseline: number, target: number, direction?: "FALLING"): IndicatorSpec {
  return direction ? { name, unit, baseline, target, direction } : { name, unit, baseline, target };
}

/** 牵头市领导 of each task's items, as the responsibility list names them. */
export const TASK_LEADERS: Record<string, string> = { "1": "陈国栋", "2": "孙立华", "3": "陈国栋", "4": "吴振华" };

/** The task granulation list (任务分解清单) of the `s` demo, in order; codes follow the order within each measure. */
export const WORK_ITEMS: readonly WorkItemTemplate[] = [
  // 1.1 高新技术企业
  { measure: "1.1", title: "建立高新技术企业培育库，实行“一企一策”分层辅导", lead: "kjj", coop: ["gxq", "xcl", "xhjj"], deliverable: "高企培育库名单及辅导台账", indicator: ind("入库培育企业数", "家", 45, 120), schedule: "running" },
  { measure: "1.1", title: "组织年度高新技术企业申报认定", lead: "kjj", coop: ["swuj", "czj"], deliverable: "高企申报材料及认定公示名单", indicator: ind("高新技术企业数", "家", 86, 150), moreIndicators: [ind("当年申报企业数", "家", 0, 90)], milestone: "完成申报材料初审并集中报送", curve: "BACK_LOADED", schedule: "running" },
  { measure: "1.1", title: "落实研发费用加计扣除和高企所得税优惠政策", lead: "swuj", coop: ["kjj", "czj"], deliverable: "政策兑现清单", indicator: ind("享受研发费用加计扣除企业数", "家", 62, 130), schedule: "running" },
  { measure: "1.1", title: "实施新材料产业园高新技术企业倍增行动", lead: "xcl", coop: ["kjj"], deliverable: "园区高企倍增工作方案及培育台账", indicator: ind("园区高新技术企业数", "家", 18, 45), schedule: "running" },
  { measure: "1.1", title: "开展高企认定政策宣讲和集中辅导", lead: "kjj", coop: ["jcq", "dhq"], deliverable: "宣讲会通知、签到表及辅导记录", indicator: ind("参训企业数", "家", 0, 200), schedule: "due-past" },
  // 1.2 科技型中小企业
  { measure: "1.2", title: "开展科技型中小企业评价入库集中服务", lead: "kjj", coop: ["scjgj", "jcq", "dhq"], deliverable: "入库企业名单", indicator: ind("科技型中小企业入库数", "家", 210, 400), schedule: "running" },
  { measure: "1.2", title: "实施循环经济产业园科技型企业梯度培育", lead: "xhjj", coop: ["kjj"], deliverable: "梯度培育企业名单", indicator: ind("园区科技型中小企业数", "家", 25, 60), schedule: "running", behaviour: "behind" },
  { measure: "1.2", title: "开展“科技副总”进企业服务活动", lead: "rsj", coop: ["kjj", "jyj"], deliverable: "选派名单及服务记录", indicator: ind("选派科技副总人数", "人", 0, 40), schedule: "late-start" },
  { measure: "1.2", title: "开展东湖区科技型企业招引培育", lead: "dhq", coop: ["kjj", "swj"], deliverable: "招引企业清单", indicator: ind("新招引科技型企业数", "家", 0, 30), schedule: "running" },
  // 1.3 研发平台
  { measure: "1.3", title: "争创省级重点实验室和工程技术研究中心", lead: "kjj", coop: ["gxq", "xcl"], deliverable: "申报材料及省级认定文件", indicator: ind("省级以上研发平台数", "个", 12, 20), curve: "BACK_LOADED", schedule: "running" },
  { measure: "1.3", title: "建设新材料中试基地", lead: "xcl", coop: ["kjj", "fgw"], deliverable: "中试基地建成并投入运行", schedule: "due-past", behaviour: "overdue" },
  { measure: "1.3", title: "推动规上工业企业研发机构全覆盖", lead: "gxj", coop: ["kjj", "tjj"], deliverable: "企业研发机构备案名单", indicator: ind("规上工业企业研发机构覆盖率", "%", 38, 60), schedule: "running" },
  { measure: "1.3", title: "引进高校院所共建新型研发机构", lead: "gxq", coop: ["kjj", "jyj"], deliverable: "合作共建协议", indicator: ind("新型研发机构数", "个", 2, 5), schedule: "running" },
  // 1.4 研发投入
  { measure: "1.4", title: "实施企业研发投入后补助", lead: "czj", coop: ["kjj", "tjj"], deliverable: "后补助资金拨付文件", indicator: ind("研发投入后补助资金", "万元", 800, 2000), schedule: "running" },
  { measure: "1.4", title: "开展规上企业研发投入统计入库辅导", lead: "tjj", coop: ["kjj", "gxj"], deliverable: "研发统计辅导台账", indicator: ind("企业研发经费投入强度", "%", 2.1, 3), schedule: "running" },
  { measure: "1.4", title: "推进规上工业企业研发活动“清零”行动", lead: "gxj", coop: ["tjj", "jcq"], deliverable: "清零企业名单及销号台账", indicator: ind("有研发活动的规上工业企业占比", "%", 42, 65), schedule: "running", behaviour: "behind" },
  // 1.5 研发人员
  { measure: "1.5", title: "实施高层次人才集聚计划", lead: "rsj", coop: ["gxq", "kjj"], deliverable: "人才引进名单及政策兑现材料", indicator: ind("新引进高层次人才", "人", 0, 80), schedule: "running", behaviour: "behind" },
  { measure: "1.5", title: "统计核实R&D人员全时当量", lead: "tjj", coop: ["kjj"], deliverable: "R&D人员统计核实报告", indicator: ind("R&D人员全时当量", "人年", 1850, 2600), schedule: "running" },
  { measure: "1.5", title: "校企共建产业技术学院和实训基地", lead: "jyj", coop: ["rsj", "xcl"], deliverable: "校企共建协议及挂牌材料", indicator: ind("共建实训基地数", "个", 1, 4), schedule: "late-start" },
  // 1.6 财政科技投入
  { measure: "1.6", title: "提高公共财政科技支出占比", lead: "czj", coop: ["kjj"], deliverable: "年度预算安排文件", indicator: ind("财政科技支出占公共财政支出比重", "%", 2.3, 4), schedule: "running" },
  { measure: "1.6", title: "设立高新区科技创新专项资金", lead: "czj", coop: ["gxq", "kjj"], deliverable: "专项资金管理办法", indicator: ind("专项资金规模", "万元", 0, 5000), schedule: "due-past" },
  { measure: "1.6", title: "制定科技创新券管理办法并组织兑现", lead: "kjj", coop: ["czj"], deliverable: "管理办法及兑现清单", indicator: ind("科技创新券兑现金额", "万元", 0, 500), schedule: "running" },
  // 2.1 孵化载体
  { measure: "2.1", title: "建设高新区科技企业孵化器", lead: "gxq", coop: ["kjj", "zjj"], deliverable: "孵化器运营方案及认定文件", indicator: ind("省级以上孵化器数", "个", 2, 4), schedule: "running" },
  { measure: "2.1", title: "改造提升众创空间并争取省级备案", lead: "kjj", coop: ["gxq", "dhq"], deliverable: "众创空间备案文件", indicator: ind("众创空间数", "个", 4, 8), schedule: "running" },
  { measure: "2.1", title: "建设新材料产业园标准化厂房和加速器", lead: "xcl", coop: ["zjj", "zrzyj"], deliverable: "竣工验收材料", indicator: ind("建成标准厂房面积", "万平方米", 0, 12), curve: "BACK_LOADED", schedule: "running" },
  { measure: "2.1", title: "举办创新创业大赛和“双创”活动周", lead: "kjj", coop: ["rsj", "jrj"], deliverable: "活动方案及总结", indicator: ind("参赛项目数", "个", 0, 150), schedule: "due-past" },
  { measure: "2.1", title: "建设东湖科创园", lead: "dhq", coop: ["kjj", "zjj"], deliverable: "科创园建成投用", indicator: ind("入驻科技企业数", "家", 0, 40), schedule: "running" },
  // 2.2 科技服务机构
  { measure: "2.2", title: "引进培育技术转移示范机构", lead: "kjj", coop: ["gxq"], deliverable: "机构引进协议", indicator: ind("技术服务机构数", "个", 6, 15), schedule: "running" },
  { measure: "2.2", title: "建设知识产权运营服务中心", lead: "scjgj", coop: ["kjj", "gxq"], deliverable: "中心挂牌及运营制度", schedule: "running", behaviour: "stalled" },
  { measure: "2.2", title: "组建新材料检验检测公共服务平台", lead: "scjgj", coop: ["xcl", "xhjj"], deliverable: "平台建设方案及资质认定文件", indicator: ind("检验检测公共服务平台数", "个", 1, 3), schedule: "late-start" },
  // 2.3 科技金融
  { measure: "2.3", title: "设立科技创业投资引导基金", lead: "jrj", coop: ["czj", "gxq"], deliverable: "基金设立批复及合伙协议", indicator: ind("引导基金规模", "亿元", 0, 5), curve: "FRONT_LOADED", schedule: "running" },
  { measure: "2.3", title: "推广“科技贷”“人才贷”等科技金融产品", lead: "jrj", coop: ["kjj", "czj"], deliverable: "科技金融产品清单及放款台账", indicator: ind("科技型企业贷款余额", "亿元", 8.5, 20), schedule: "running" },
  { measure: "2.3", title: "推动科技型企业对接多层次资本市场", lead: "jrj", coop: ["fgw", "gxq"], deliverable: "上市后备企业库", indicator: ind("上市后备企业数", "家", 5, 12), schedule: "running" },
  // 2.4 技术合同
  { measure: "2.4", title: "开展技术合同登记“应登尽登”专项服务", lead: "kjj", coop: ["swuj"], deliverable: "技术合同登记台账", indicator: ind("技术合同成交额", "万元", 38000, 80000), schedule: "running" },
  { measure: "2.4", title: "组织产学研对接活动促进科技成果转化", lead: "kjj", coop: ["jyj", "gxj"], deliverable: "对接活动记录及签约项目清单", indicator: ind("成果转化签约项目", "个", 10, 30), schedule: "running" },
  // 2.5 发明专利
  { measure: "2.5", title: "实施高价值发明专利培育计划", lead: "scjgj", coop: ["kjj"], deliverable: "高价值专利培育企业名单", indicator: ind("每万名从业人员发明专利拥有量", "件", 18.5, 30), schedule: "running", behaviour: "behind" },
  { measure: "2.5", title: "落实专利资助和知识产权质押融资政策", lead: "scjgj", coop: ["czj", "jrj"], deliverable: "资助兑现清单", indicator: ind("知识产权质押融资额", "万元", 3000, 8000), schedule: "running" },
  // 3.1 产业集群
  { measure: "3.1", title: "编制新材料和循环经济产业集群发展规划", lead: "fgw", coop: ["gxj", "xcl", "xhjj"], deliverable: "规划文本及市政府批复", curve: "FRONT_LOADED", schedule: "due-past" },
  { measure: "3.1", title: "开展新材料产业链精准招商", lead: "xcl", coop: ["swj", "gxj"], deliverable: "招商项目签约清单", indicator: ind("新材料产业营业收入", "亿元", 86, 150), moreIndicators: [ind("新签约亿元以上项目", "个", 0, 12)], schedule: "running" },
  { measure: "3.1", title: "推进循环经济产业园资源综合利用项目建设", lead: "xhjj", coop: ["sthjj", "fgw"], deliverable: "项目建设进度台账", indicator: ind("循环经济产业营业收入", "亿元", 42, 80), schedule: "running" },
  { measure: "3.1", title: "实施“链长制”补链强链招商", lead: "swj", coop: ["gxj", "gxq"], deliverable: "链长制工作方案及招商台账", indicator: ind("新引进亿元以上项目", "个", 0, 15), schedule: "running", behaviour: "behind" },
  // 3.2 高新技术产业占比
  { measure: "3.2", title: "推进传统产业高新技术化改造", lead: "gxj", coop: ["kjj", "fgw"], deliverable: "技改项目清单", indicator: ind("高新技术产业营业收入占比", "%", 45, 60), schedule: "running" },
  { measure: "3.2", title: "实施智能化改造和数字化转型项目", lead: "gxj", coop: ["gxq", "xcl"], deliverable: "智改数转项目清单及验收材料", indicator: ind("完成智改数转企业", "家", 10, 50), schedule: "running" },
  { measure: "3.2", title: "培育专精特新中小企业", lead: "gxj", coop: ["kjj", "scjgj"], deliverable: "专精特新企业认定名单", indicator: ind("专精特新中小企业数", "家", 15, 40), schedule: "late-start" },
  // 3.3 重点项目
  { measure: "3.3", title: "建立重点项目“一项目一专班”推进机制", lead: "fgw", coop: ["zrzyj", "zjj"], deliverable: "专班推进台账", indicator: ind("年度重点项目投资完成率", "%", 0, 100), schedule: "running" },
  { measure: "3.3", title: "实施高新区基础设施配套工程", lead: "gxq", coop: ["zjj", "jtj"], deliverable: "工程竣工验收报告", indicator: ind("完成投资", "亿元", 0, 12), curve: "BACK_LOADED", schedule: "running" },
  { measure: "3.3", title: "建设新材料产业园道路和管网工程", lead: "xcl", coop: ["jtj", "slj"], deliverable: "工程竣工验收报告", indicator: ind("完成投资", "亿元", 0, 4.5), schedule: "running", behaviour: "behind" },
  { measure: "3.3", title: "实施循环经济产业园污水处理厂提标改造", lead: "xhjj", coop: ["sthjj", "slj"], deliverable: "提标改造验收报告", schedule: "due-past", behaviour: "overdue" },
  { measure: "3.3", title: "建设高新区至新材料产业园快速通道", lead: "jtj", coop: ["zrzyj", "xcl", "ljx"], deliverable: "施工许可及竣工验收材料", indicator: ind("完成投资", "亿元", 0, 3.2), schedule: "running" },
  // 3.4 亩均效益
  { measure: "3.4", title: "开展工业企业亩均效益综合评价", lead: "gxj", coop: ["zrzyj", "swuj", "tjj"], deliverable: "亩均效益评价结果", indicator: ind("工业用地亩均营业收入", "万元/亩", 320, 450), schedule: "running" },
  { measure: "3.4", title: "盘活低效用地和闲置厂房", lead: "zrzyj", coop: ["gxq", "xcl", "jcq"], deliverable: "低效用地处置台账", indicator: ind("盘活低效用地", "亩", 0, 300), schedule: "running" },
  // 3.5 绿色发展
  { measure: "3.5", title: "开展重点用能企业节能诊断", lead: "fgw", coop: ["sthjj", "gxj"], deliverable: "节能诊断报告", indicator: ind("单位工业增加值能耗", "吨标准煤/万元", 0.62, 0.58, "FALLING"), milestone: "完成重点用能企业诊断全覆盖", schedule: "running" },
  { measure: "3.5", title: "创建绿色工厂和绿色园区", lead: "gxj", coop: ["sthjj", "xhjj"], deliverable: "绿色工厂认定文件", indicator: ind("省级以上绿色工厂数", "家", 3, 10), schedule: "running" },
  { measure: "3.5", title: "开展循环经济产业园环境综合整治", lead: "sthjj", coop: ["xhjj", "qsx"], deliverable: "整治验收材料", schedule: "due-past" },
  { measure: "3.5", title: "建设园区再生水回用工程", lead: "slj", coop: ["xhjj", "zjj"], deliverable: "工程验收材料", indicator: ind("再生水利用率", "%", 20, 45), schedule: "running", behaviour: "stalled" },
  // 3.6 经济总量
  { measure: "3.6", title: "建立高新区经济运行统计监测制度", lead: "tjj", coop: ["gxq"], deliverable: "统计监测制度文件及月度监测报告", schedule: "due-past" },
  { measure: "3.6", title: "提高园区地区生产总值占全市比重", lead: "gxq", coop: ["tjj", "fgw"], deliverable: "园区经济运行分析报告", indicator: ind("园区GDP占全市比重", "%", 18, 25), schedule: "running" },
  { measure: "3.6", title: "推动江城区规上工业企业增产扩能", lead: "jcq", coop: ["gxj", "tjj"], deliverable: "增产扩能企业清单", indicator: ind("规上工业企业数", "家", 120, 160), schedule: "running" },
  // 4.1 管理体制
  { measure: "4.1", title: "制定“一区三园”管理体制改革方案", lead: "bb", coop: ["gxq", "xcl", "xhjj"], deliverable: "改革方案及市编委批复", curve: "FRONT_LOADED", schedule: "due-past" },
  { measure: "4.1", title: "梳理下放市级经济管理权限", lead: "bb", coop: ["fgw", "scjgj"], deliverable: "赋权事项清单", indicator: ind("下放经济管理权限事项", "个", 0, 60), schedule: "running" },
  { measure: "4.1", title: "建立园区财政管理体制", lead: "czj", coop: ["gxq", "xcl", "xhjj"], deliverable: "园区财政管理办法", schedule: "running", behaviour: "stalled" },
  { measure: "4.1", title: "推行“园区事园区办”审批服务", lead: "gxq", coop: ["scjgj", "zjj"], deliverable: "审批服务事项清单", indicator: ind("园区可办审批事项", "个", 20, 80), schedule: "late-start" },
  // 4.2 用地
  { measure: "4.2", title: "推进第二批次287亩建设用地报批", lead: "zrzyj", coop: ["xcl", "ljx"], deliverable: "省政府用地批复", schedule: "running", behaviour: "stalled" },
  { measure: "4.2", title: "完成第三批次329亩建设用地组卷", lead: "zrzyj", coop: ["xhjj", "qsx"], deliverable: "用地报批组卷材料", schedule: "running" },
  { measure: "4.2", title: "完成第一批次用地征收和补偿安置", lead: "ljx", coop: ["zrzyj", "zjj", "czj"], deliverable: "征收补偿协议及交地确认书", indicator: ind("完成征收面积", "亩", 0, 558), schedule: "running", behaviour: "behind" },
  { measure: "4.2", title: "统筹用地计划指标和耕地占补平衡", lead: "zrzyj", coop: ["czj", "qsx"], deliverable: "指标落实文件", schedule: "running" },
  { measure: "4.2", title: "做好循环经济产业园周边土地征收前期工作", lead: "qsx", coop: ["zrzyj", "xhjj"], deliverable: "征收前期工作台账", indicator: ind("完成入户调查", "户", 0, 320), schedule: "late-start" },
  // 4.3 区位调整
  { measure: "4.3", title: "编制新材料产业园区位调整方案", lead: "zrzyj", coop: ["xcl", "fgw"], deliverable: "区位调整方案（规划面积3.99平方公里）", curve: "FRONT_LOADED", schedule: "due-past" },
  { measure: "4.3", title: "区位调整方案报省政府审批", lead: "zrzyj", coop: ["fgw", "kjj", "xcl"], deliverable: "省政府批复文件", curve: "BACK_LOADED", schedule: "running" },
  { measure: "4.3", title: "开展区位调整规划环评", lead: "sthjj", coop: ["slj", "zrzyj"], deliverable: "规划环评审查意见", schedule: "running" },
  // 4.4 上级资金
  { measure: "4.4", title: "争取省级高新区创新平台建设资金", lead: "kjj", coop: ["czj"], deliverable: "资金下达文件", schedule: "due-past" },
  { measure: "4.4", title: "申报1.7亿元园区基础设施建设贷款", lead: "jrj", coop: ["czj", "fgw", "xcl"], deliverable: "贷款合同", schedule: "running" },
  { measure: "4.4", title: "申报地方政府专项债券项目", lead: "fgw", coop: ["czj", "xcl"], deliverable: "专项债券额度下达文件", schedule: "running" },
  { measure: "4.4", title: "争取中央预算内投资支持园区循环化改造", lead: "fgw", coop: ["xhjj", "czj"], deliverable: "项目申报材料", schedule: "late-start" },
  // 4.5 申报与迎检
  { measure: "4.5", title: "编制国家高新区申报书和可行性研究报告", lead: "kjj", coop: ["fgw", "gxq", "tjj"], deliverable: "申报书、可行性研究报告", curve: "BACK_LOADED", schedule: "running" },
  { measure: "4.5", title: "建立迎检工作方案和指标核查机制", lead: "gxq", coop: ["tjj", "kjj"], deliverable: "迎检工作方案", schedule: "future" },
  { measure: "4.5", title: "建设高新区规划展示中心", lead: "zjj", coop: ["gxq", "jtj"], deliverable: "展示中心建成布展", schedule: "running" },
  { measure: "4.5", title: "对接科技部火炬中心和省科技厅汇报创建工作", lead: "kjj", coop: ["fgw", "gxq"], deliverable: "汇报材料及会议纪要", schedule: "running" },
  { measure: "4.5", title: "制作创建宣传片和宣传画册", lead: "gxq", coop: ["kjj"], deliverable: "宣传片及宣传画册", schedule: "future" },
  // Recurring work, judged per period (appended last: the codes and timelines above stay as they were).
  { measure: "3.6", title: "按月开展园区经济运行监测分析", lead: "tjj", coop: ["fgw", "gxq"], deliverable: "月度经济运行分析报告", recurrence: "MONTHLY", schedule: "running", behaviour: "onplan" },
  { measure: "4.5", title: "每季度召开创建工作推进会并通报进展", lead: "fgw", coop: ["kjj", "gxq"], deliverable: "推进会纪要及通报", recurrence: "QUARTERLY", schedule: "running", behaviour: "onplan" },
  { measure: "3.5", title: "常态化开展园区环境问题排查整改", lead: "sthjj", coop: ["xhjj", "xcl"], deliverable: "排查整改台账", recurrence: "STANDING", schedule: "running", behaviour: "onplan" },
];

/** Patterns for the extra work items of the larger scales, one or more per measure; `{u}` is the lead unit. */
export const EXTRA_ITEM_PATTERNS: readonly { measure: string; title: string; deliverable: string; indicator?: IndicatorSpec }[] = [
  { measure: "1.1", title: "{u}高新技术企业培育专项行动", deliverable: "培育企业台账", indicator: ind("培育高企后备企业", "家", 0, 20) },
  { measure: "1.2", title: "{u}科技型中小企业入库服务", deliverable: "入库企业名单", indicator: ind("新增入库企业", "家", 0, 30) },
  { measure: "1.3", title: "{u}企业研发中心建设", deliverable: "研发中心认定文件", indicator: ind("新建企业研发中心", "个", 0, 5) },
  { measure: "1.4", title: "{u}企业研发投入统计辅导", deliverable: "统计辅导台账", indicator: ind("纳入研发统计企业", "家", 0, 25) },
  { measure: "1.5", title: "{u}科技人才引进和培训", deliverable: "人才引进及培训记录", indicator: ind("引进培养科技人才", "人", 0, 30) },
  { measure: "1.6", title: "{u}科技投入资金保障", deliverable: "资金安排文件", indicator: ind("科技投入资金", "万元", 0, 300) },
  { measure: "2.1", title: "{u}众创空间和孵化载体建设", deliverable: "载体建设方案", indicator: ind("新增孵化面积", "万平方米", 0, 2) },
  { measure: "2.2", title: "{u}科技服务站点建设", deliverable: "服务站点挂牌材料", indicator: ind("科技服务站点", "个", 0, 3) },
  { measure: "2.3", title: "{u}科技金融政企对接", deliverable: "对接活动记录", indicator: ind("新增科技贷款", "万元", 0, 5000) },
  { measure: "2.4", title: "{u}技术合同登记服务", deliverable: "技术合同登记台账", indicator: ind("技术合同成交额", "万元", 0, 3000) },
  { measure: "2.5", title: "{u}专利培育和保护", deliverable: "专利培育企业名单", indicator: ind("新增发明专利", "件", 0, 40) },
  { measure: "3.1", title: "{u}主导产业招商引资", deliverable: "招商签约项目清单", indicator: ind("新签约项目", "个", 0, 6) },
  { measure: "3.2", title: "{u}企业技术改造", deliverable: "技改项目清单", indicator: ind("实施技改项目", "个", 0, 8) },
  { measure: "3.3", title: "{u}重点项目建设推进", deliverable: "项目推进台账", indicator: ind("完成投资", "亿元", 0, 2) },
  { measure: "3.4", title: "{u}低效用地盘活", deliverable: "低效用地处置台账", indicator: ind("盘活低效用地", "亩", 0, 60) },
  { measure: "3.5", title: "{u}节能降耗和环境整治", deliverable: "整治验收材料", indicator: ind("完成节能改造企业", "家", 0, 10) },
  { measure: "3.6", title: "{u}经济运行监测", deliverable: "月度经济运行分析", indicator: ind("纳入监测企业", "家", 0, 50) },
  { measure: "4.1", title: "{u}承接园区管理事项", deliverable: "事项承接清单", indicator: ind("承接事项", "个", 0, 10) },
  { measure: "4.2", title: "{u}用地征收和交地保障", deliverable: "交地确认书", indicator: ind("完成交地面积", "亩", 0, 80) },
  { measure: "4.3", title: "{u}区位调整范围内现状调查", deliverable: "现状调查报告" },
  { measure: "4.4", title: "{u}争取上级项目资金", deliverable: "项目申报材料", indicator: ind("争取上级资金", "万元", 0, 800) },
  { measure: "4.5", title: "{u}迎检点位整治和资料准备", deliverable: "迎检资料汇编" },
];

// ───────────────────────────── weekly report texts ─────────────────────────────

/** What was done this week, by the nature of the work item (see phrasesFor). */
export type PhraseKind = "land" | "finance" | "statistics" | "project" | "approval" | "enterprise";

export const DONE_PHRASES: Record<PhraseKind, readonly string[]> = {
  land: [
    "完成征收范围内{n}户入户调查和测绘",
    "对接省自然资源厅业务处室，汇报报批进展",
    "推进勘测定界和报批组卷工作",
    "协调落实耕地占补平衡指标",
    "开展征地补偿安置政策宣传，签订补偿协议{n}户",
    "召开征收工作推进会，逐户明确包保责任人",
  ],
  finance: [
    "对接上级主管部门，了解资金申报政策和时间安排",
    "完成项目资金申报材料编制并报送审核",
    "组织银企对接会，{n}家企业参加",
    "梳理资金使用计划，推进资金拨付",
    "对接金融机构，推进授信审批",
    "会同财政部门研究资金保障方案",
  ],
  statistics: [
    "梳理企业研发投入数据，核对统计口径",
    "开展统计业务培训，覆盖企业{n}家",
    "完成月度数据采集和审核",
    "对{n}家重点企业开展统计数据核查",
    "形成数据分析报告，报送创建办",
  ],
  project: [
    "召开项目推进专班会议，协调解决施工中遇到的问题",
    "现场督导项目建设进度，完成本周施工计划",
    "推进设备采购和安装调试",
    "协调供水供电等要素保障",
    "组织监理、施工单位召开周例会",
    "办理施工许可等相关手续",
    "更新项目投资进度台账，报送月度投资数据",
  ],
  approval: [
    "完成相关材料修改稿，报分管领导审定",
    "对接省有关部门业务处室，汇报工作进展",
    "召开部门联席会议，研究解决存在问题",
    "补充完善报批材料，完成专家评审意见修改",
    "梳理材料清单，明确各部门报送时限",
    "起草相关管理办法征求意见稿",
    "完成工作方案初稿并征求相关部门意见",
  ],
  enterprise: [
    "走访园区企业{n}家，摸排培育后备企业情况",
    "组织召开企业座谈会，宣讲惠企政策",
    "完成{n}家企业申报材料初审并反馈修改意见",
    "联合第三方服务机构开展“一对一”上门辅导",
    "更新工作台账，新增入库企业{n}家",
    "对接意向企业{n}家，其中{m}家已签订投资意向协议",
    "组织{n}家企业参加省级政策申报培训",
  ],
};

const PHRASE_KEYWORDS: readonly [PhraseKind, readonly string[]][] = [
  ["land", ["用地", "征收", "土地", "交地"]],
  ["finance", ["资金", "基金", "贷款", "债券", "金融", "融资", "财政", "补助", "创新券", "预算内"]],
  ["statistics", ["统计", "监测", "全时当量", "比重", "研发投入"]],
  ["project", ["建设", "工程", "改造", "通道", "基地", "厂房", "孵化器", "科创园", "整治", "重点项目"]],
  ["approval", ["方案", "规划", "审批", "报批", "申报", "制度", "办法", "体制", "权限", "区位", "环评", "迎检", "宣传", "汇报"]],
];

/** The nature of a work item, by keywords of its title (enterprise services by default), to pick fitting phrases. */
export function phraseKindOf(title: string): PhraseKind {
  for (const [kind, keywords] of PHRASE_KEYWORDS) {
    if (keywords.some((keyword) => title.includes(keyword))) return kind;
  }
  return "enterprise";
}

export const PLAN_PHRASES: readonly string[] = [
  "围绕“{d}”目标继续推进相关工作",
  "完成材料修改完善并报送创建办",
  "组织召开专题会议，研究推进措施",
  "对接上级部门，跟进审批进度",
  "加强与配合单位的沟通衔接",
  "更新工作台账，做好佐证材料归档",
  "督促配合单位按时报送相关数据",
  "赴现场调度项目建设进度",
  "做好迎检资料准备工作",
  "梳理存在问题，形成专题报告报领导小组",
];

export const PROBLEM_PHRASES: Record<PhraseKind, readonly string[]> = {
  land: ["上级部门审查周期较长，进度存在不确定性", "用地指标紧张，项目落地存在困难", "个别被征收户诉求较高，协商难度较大"],
  finance: ["上级资金申报窗口期未到，需持续跟进", "配套资金尚未完全落实", "金融机构审批流程较长"],
  statistics: ["部分企业数据报送不及时，统计口径需进一步统一", "企业财务核算不规范，研发费用归集困难"],
  project: ["受天气影响，施工进度有所滞后", "项目资金尚未完全落实，影响推进进度", "施工力量不足，需督促施工单位增加人员设备"],
  approval: ["上级部门审批周期较长，进度存在不确定性", "配合单位材料报送滞后，需进一步协调", "政策口径尚不明确，需请示上级部门"],
  enterprise: ["部分企业参与积极性不高", "专业人员不足，相关工作推进较慢", "企业申报材料质量不高，需反复辅导"],
};

export const STALLED_PHRASES: readonly string[] = [
  "本周暂无实质性进展，继续等待上级部门反馈",
  "材料已报送，等待审查意见",
  "与相关方仍在沟通协商中",
];

export const COORDINATION_PHRASES: readonly string[] = [
  "需市领导出面协调省级部门加快审批",
  "需创建办协调相关部门形成工作合力",
  "涉及资金安排，需提请领导小组研究",
];

// ───────────────────────────── supervision texts ─────────────────────────────

export const INSPECTION_FINDINGS: Record<DbEnums.InspectionRating, readonly string[]> = {
  EXCELLENT: [
    "工作台账规范完整，牵头事项均按序时推进，佐证材料齐全，周报内容详实。",
    "领导重视，专人负责，牵头事项进展明显，部分指标已提前完成年度目标。",
  ],
  GOOD: [
    "总体按计划推进，个别事项佐证材料不够完整，已现场指出并要求补充。",
    "工作推进有序，周报按时报送，但部分事项工作举措不够具体。",
    "牵头事项总体进展顺利，需进一步加强与配合单位的沟通衔接。",
  ],
  FAIR: [
    "部分事项进度滞后于序时进度，周报内容较为笼统，需细化工作举措。",
    "工作台账不够规范，佐证材料与周报进度不完全对应，需加强资料管理。",
    "周报报送多次超过截止时间，部分事项推进力度不够。",
  ],
  POOR: [
    "多项牵头事项进度明显滞后，周报报送不及时，责任落实不到位，要求限期整改。",
    "未建立工作台账，牵头事项长期无实质进展，要求主要负责同志专题研究并书面报告整改情况。",
  ],
};

export const INSPECTORS: readonly string[] = [
  "李静、王浩（创建办督查科）",
  "李静（创建办督查科）、孙立新（市委督查室）",
  "王浩（创建办督查科）、何雪梅（市政府督查室）",
];

export const MEETING_LOCATIONS: readonly string[] = [
  "高新区管委会三楼第一会议室",
  "市政府第五会议室",
  "新材料产业园管委会会议室",
  "循环经济产业园管委会会议室",
];

export const MINUTES_OPENINGS: readonly string[] = [
  "会议听取了创建办关于本月创建工作推进情况的汇报，各成员单位逐一汇报了牵头事项进展和存在问题。",
  "会议通报了上月督查情况和周报报送情况，对进度滞后单位进行了点评，研究部署下一阶段重点工作。",
  "会议听取了各园区和重点部门的工作汇报，分析了对标国家高新区评价指标的差距，研究解决了一批具体问题。",
];

export const MINUTES_CLOSINGS: readonly string[] = [
  "会议强调，各成员单位要对照任务分解清单，倒排工期、挂图作战，确保各项任务按时完成。",
  "会议要求，各牵头单位主要负责同志要亲自研究、亲自推动，创建办要加强督查督办，对进度滞后事项盯到底。",
  "会议指出，距离申报节点时间紧、任务重，各单位要强化责任担当，形成工作合力。",
];

/** Decisions of meetings, with the unit they are assigned to. */
export const DECISION_TEMPLATES: readonly { content: string; assignee: string }[] = [
  { content: "完成第二批次287亩用地报批材料补正，报省自然资源厅审查", assignee: "zrzyj" },
  { content: "会同高新区管委会研究科技创新专项资金拨付方案", assignee: "czj" },
  { content: "梳理高新技术企业后备名单，逐户明确包保责任人", assignee: "kjj" },
  { content: "对进度滞后的重点项目开展专项调度，形成问题清单", assignee: "fgw" },
  { content: "落实新材料产业园道路管网工程施工力量，确保节点工期", assignee: "xcl" },
  { content: "核实高新区地区生产总值和研发投入统计数据，形成专题报告", assignee: "tjj" },
  { content: "对接国家开发银行省分行，加快1.7亿元基础设施贷款审批", assignee: "jrj" },
  { content: "提出“一区三园”管理体制改革配套编制方案", assignee: "bb" },
  { content: "完成循环经济产业园污水处理厂提标改造设备采购", assignee: "xhjj" },
  { content: "组织开展园区企业用工需求调查，制定招聘计划", assignee: "rsj" },
  { content: "开展知识产权运营服务中心选址和运营方案论证", assignee: "scjgj" },
  { content: "完成区位调整规划环评报告书送审稿", assignee: "sthjj" },
  { content: "制定链长制重点产业链招商图谱", assignee: "swj" },
  { content: "加快第一批次用地剩余地块征收交地", assignee: "ljx" },
  { content: "完善高新区规划展示中心布展方案", assignee: "zjj" },
  { content: "梳理园区可下放审批事项，提出承接方案", assignee: "gxq" },
  { content: "组织重点企业开展研发费用加计扣除政策专项辅导", assignee: "swuj" },
  { content: "推动绿色工厂创建企业完成第三方评价", assignee: "gxj" },
  { content: "做好循环经济产业园周边征收入户调查", assignee: "qsx" },
  { content: "筹备东湖科创园首批企业入驻签约仪式", assignee: "dhq" },
];

/** What was done this week on a meeting decision. */
export const DECISION_DONE_PHRASES: readonly string[] = [
  "按照会议议定事项要求，制定落实方案并明确责任人和时间节点",
  "召开专题会议研究落实措施，形成工作清单",
  "完成阶段性工作，向创建办报送落实情况",
  "对接相关单位，协调推进议定事项落实",
  "现场调度议定事项推进情况，督促加快进度",
];
