// The 2021 version of the national evaluation system (国家高新区综合评价指标体系, 国科发火〔2021〕106号),
// as gathered from public notices (docs/readiness.md, "Sources"). Group weights as published;
// weights inside a group where the sources state them (×0.8, ×1.2), otherwise none (counted 1).
import type { CatalogueInput } from "./schema";

type Row = [code: string, name: string, unit: string | null, options?: { falling?: true; weight?: number; qualitative?: true }];

const group = (code: string, name: string, weight: number, rows: Row[]): CatalogueInput["groups"][number] => ({
  code,
  name,
  weight,
  indicators: rows.map(([indicatorCode, indicatorName, unit, options]) => ({
    code: indicatorCode,
    name: indicatorName,
    unit,
    direction: options?.falling ? "FALLING" : "RISING",
    weight: options?.weight ?? null,
    qualitative: options?.qualitative ?? false,
  })),
});

export const CATALOGUE_2021: CatalogueInput = {
  version: "2021",
  name: "国家高新区综合评价指标体系（2021年版）",
  issuedBy: "科技部 国科发火〔2021〕106号",
  source: "科技部《国家高新区综合评价指标体系》公开通知整理；组内权重以公开资料所载为准，核对本区所持原文后使用",
  groups: [
    group("1", "创新能力和创业活跃度", 20, [
      ["1.1", "国家级和省级研发机构数", "个", { weight: 0.8 }],
      ["1.2", "从业人员中研发人员全时当量数占比", "%", { weight: 1.2 }],
      ["1.3", "企业研发经费内部支出占营业收入比例", "%"],
      ["1.4", "每万名从业人员当年发明专利授权数", "件"],
      ["1.5", "当年每千万元研发经费支出的发明专利申请数", "件"],
      ["1.6", "国家级创业服务机构数", "个"],
      ["1.7", "当年新注册企业数", "家"],
      ["1.8", "当年入库科技型中小企业数", "家"],
      ["1.9", "孵化器、加速器、大学科技园新增在孵企业数", "家"],
      ["1.10", "创业氛围", null, { qualitative: true }],
    ]),
    group("2", "结构优化和产业价值链", 20, [
      ["2.1", "高技术服务业营业收入占比", "%"],
      ["2.2", "从业人员中本科及以上学历占比", "%"],
      ["2.3", "人均技术合同成交额", "万元"],
      ["2.4", "当年净增营业收入", "亿元"],
      ["2.5", "企业利润率", "%"],
      ["2.6", "当年净增高新技术企业数", "家"],
      ["2.7", "当年获得风险投资的企业数", "家"],
      ["2.8", "每百亿元营业收入有效发明专利和注册商标数", "件"],
      ["2.9", "企业增加值率", "%"],
    ]),
    group("3", "绿色发展和宜居包容性", 15, [
      ["3.1", "单位增加值综合能耗", "吨标准煤/万元", { falling: true }],
      ["3.2", "二氧化碳排放量增长率", "%", { falling: true }],
      ["3.3", "总绿地率", "%"],
      ["3.4", "医院和学校数", "个"],
      ["3.5", "当年净增从业人员数", "万人"],
      ["3.6", "工资性收入占增加值比例", "%"],
      ["3.7", "月均工资与房价之比", null],
      ["3.8", "可支配财力", "亿元"],
      ["3.9", "人与生态和谐", null, { qualitative: true }],
    ]),
    group("4", "开放创新和国际竞争力", 15, [
      ["4.1", "设立境外研发机构的内资控股企业数", "家"],
      ["4.2", "引进技术、消化吸收再创新和产学研合作经费占营业收入比例", "%"],
      ["4.3", "获得境外注册商标或发明专利授权的企业数", "家"],
      ["4.4", "主导制定国际标准的企业数", "家"],
      ["4.5", "技术服务出口占出口总额比例", "%"],
      ["4.6", "高新技术企业出口额占营业收入比例", "%"],
      ["4.7", "外籍常驻人员和留学归国人员占从业人员比例", "%"],
    ]),
    group("5", "综合质效和持续创新力", 30, [
      ["5.1", "全口径增加值占所在城市GDP比例", "%"],
      ["5.2", "全员劳动生产率增长率", "%"],
      ["5.3", "研发强度≥5%的企业营业收入占比", "%"],
      ["5.4", "数字产业营业收入占比", "%"],
      ["5.5", "当年新晋瞪羚企业数", "家"],
      ["5.6", "境内外上市企业数", "家"],
      ["5.7", "研发强度≥5%且营业收入>5亿元的企业数", "家"],
      ["5.8", "拥有国家级研发机构的企业数", "家"],
      ["5.9", "依法合规建设", null, { qualitative: true }],
      ["5.10", "数据统计精准度", null, { qualitative: true }],
    ]),
  ],
};
