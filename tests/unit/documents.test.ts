// Official documents: the .docx of a notice and of a bulletin, unzipped and read back by an
// independent parser (mammoth); the print view's HTML; week labels, names and numbers.
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { briefingChanges } from "@/lib/briefings/changes";
import { suggestCommentary } from "@/lib/briefings/commentary";
import { parseBriefingSnapshot as parseSnapshot, toBriefingSnapshot as toSnapshot } from "@/lib/briefings/schema";
import type { WeeklyBriefing } from "@/lib/dashboard/briefing";
import { decimalFormat, designationWorkbook, fundingWorkbook, landWorkbook, percentCell } from "@/lib/dashboard/xlsx";
import { chineseWeekLabel, weekLabel } from "@/lib/dates/week-label";
import { briefingDocument, readinessSentence } from "@/lib/documents/briefing";
import { documentDocx } from "@/lib/documents/docx";
import { documentCss, documentMarkup, issuerSizePt, signatureIndents } from "@/lib/documents/html";
import { DOC_GRID_CHAR_SPACE, LINE_PITCH_TWIPS, MARGIN } from "@/lib/documents/layout";
import { noticeDocument, noticeTitle } from "@/lib/documents/notice";
import { resolveDocumentSettings, splitNames } from "@/lib/documents/settings";
import { chineseNumeral, textWidth } from "@/lib/documents/text";
import { translatorFor } from "@/lib/i18n/server";

const OFFICE = "江州市创建国家高新区工作领导小组办公室";
const settings = resolveDocumentSettings({ copyTo: ["市政府分管副市长"], briefingReportTo: ["市委、市政府主要领导"], briefingSendTo: ["领导小组各成员单位"] }, OFFICE);

const notice = noticeDocument(
  {
    number: "督办〔2026〕7号",
    title: "关于连续未报送创建工作周报的督办通知",
    unitName: "江州市科学技术局",
    matter: "你单位连续3周未报送创建工作周报。\n牵头事项进度滞后。",
    requiredAction: "立即补报周报，说明原因。",
    responseDue: "2026-12-02",
    issuedOn: "2026-11-25",
    levelLabel: "红色",
    warnings: [{ title: "江州市科学技术局连续3周未报送周报", levelLabel: "红色" }],
    copyTo: [],
    contact: { name: "王晓明", phone: "0791-88886666" },
  },
  settings,
);

const briefing: WeeklyBriefing = {
  week: { isoYear: 2026, isoWeek: 47 },
  monday: "2026-11-16",
  submission: {
    expected: 3,
    submitted: 2,
    onTime: 1,
    ranking: [
      { rank: 1, unitId: "u1", unit: "科技局", unitName: "江州市科学技术局", outcome: "ON_TIME", submittedAt: new Date("2026-11-20T02:00:00Z"), lateMinutes: 0 },
      { rank: 2, unitId: "u2", unit: "财政局", unitName: "江州市财政局", outcome: "LATE", submittedAt: new Date("2026-11-20T12:00:00Z"), lateMinutes: 120 },
      { rank: 3, unitId: "u3", unit: "商务局", unitName: "江州市商务局", outcome: "MISSING", submittedAt: null, lateMinutes: null },
    ],
  },
  progress: [
    { unitId: "u1", unit: "科技局", unitName: "江州市科学技术局", items: 4, progress: 62.5, planned: 55, gap: 7.5, moved: 5 },
    { unitId: "u2", unit: "财政局", unitName: "江州市财政局", items: 2, progress: 40, planned: 45, gap: -5, moved: 0 },
    { unitId: "u3", unit: "商务局", unitName: "江州市商务局", items: 3, progress: 20, planned: 41.5, gap: -21.5, moved: 0 },
  ],
  newRedWarnings: [],
  noticesIssued: [],
  noticesClosed: [],
  completed: [],
  readiness: { systemName: "国家高新区综合评价指标体系（2021年版）", overall: 78.4, passMark: 80, weakest: { code: "3.3", name: "单位增加值综合能耗", behind: 2.1 } },
};

const bulletin = briefingDocument(
  briefing,
  { seq: 12, date: "2026-11-23", title: "", summary: "本周各单位总体推进有序。", praise: "江州市科学技术局按时报送，予以通报表扬。", criticism: "江州市商务局未报送周报，予以通报批评。", requirements: "请各单位按时报送。", reportTo: ["市委、市政府主要领导"], sendTo: ["领导小组各成员单位"] },
  settings,
);

function parts(bytes: Buffer): Record<string, string> {
  const files = unzipSync(new Uint8Array(bytes));
  return Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith(".xml")).map(([name, data]) => [name, strFromU8(data)]));
}

/** The XML of one paragraph style in styles.xml. */
function style(styles: string, id: string): string {
  const match = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles);
  expect(match, id).not.toBeNull();
  return match![0];
}

describe("the GB/T 9704 page", () => {
  it("derives the margins and the grid from the 156 × 225 mm text block", () => {
    // 210 − 28 − 156 = 26 mm right, 297 − 37 − 225 = 35 mm bottom.
    expect(MARGIN).toEqual({ top: 37, left: 28, right: 26, bottom: 35 });
    // 225 mm = 12,756 twips; / 22 lines = 579.8 → 579 twips (28.95 pt).
    expect(LINE_PITCH_TWIPS).toBe(579);
    // 156 mm / 28 = 15.793 pt per character, 0.207 pt under 16 pt: × 4096 = −848.
    expect(DOC_GRID_CHAR_SPACE).toBe(-848);
  });
});

describe("a notice as .docx", async () => {
  const bytes = await documentDocx(notice);
  const xml = parts(bytes);
  const documentXml = xml["word/document.xml"];

  it("is A4 with the standard's margins and a 22-line, 28-character grid", () => {
    // 210 × 297 mm = 11906 × 16838 twips; margins 37 / 26 / 35 / 28 mm = 2098 / 1474 / 1984 / 1587.
    expect(documentXml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(documentXml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(documentXml).toContain('<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-848"/>');
  });

  it("has real styles: 小标宋 2号 title, 3号仿宋 body, 黑体 and 楷体 headings, a red issuer", () => {
    const styles = xml["word/styles.xml"];
    const title = style(styles, "GbTitle");
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>'); // 2号 = 22 pt
    const body = style(styles, "GbBody");
    expect(body).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body).toContain('<w:sz w:val="32"/>'); // 3号 = 16 pt
    expect(body).toContain('w:firstLineChars="200"'); // two characters
    expect(body).toContain('w:line="579" w:lineRule="exact"');
    expect(style(styles, "GbHeading1")).toContain('w:eastAsia="黑体"');
    expect(style(styles, "GbHeading2")).toContain('w:eastAsia="楷体_GB2312"');
    const issuer = style(styles, "GbIssuer");
    expect(issuer).toContain('<w:color w:val="FF0000"/>');
    expect(issuer).toContain('w:eastAsia="方正小标宋简体"');
    expect(style(styles, "GbColophon")).toContain('<w:sz w:val="28"/>'); // 4号 = 14 pt
    expect(styles).toContain('w:name w:val="公文标题"');
  });

  it("names a substitute for each font and numbers odd and even pages — 1 —", () => {
    const fonts = xml["word/fontTable.xml"];
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(fonts).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    expect(fonts).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/>');
    expect(xml["word/settings.xml"]).toContain("<w:evenAndOddHeaders/>");
    const footers = Object.entries(xml).filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, text]) => text);
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toContain(">— <");
      expect(footer).toContain("PAGE");
      expect(footer).toContain("> —<");
    }
    expect(footers.some((footer) => footer.includes('<w:jc w:val="right"/>'))).toBe(true);
    expect(footers.some((footer) => footer.includes('<w:jc w:val="left"/>'))).toBe(true);
  });

  it("reads back, in another parser, as the notice's paragraphs in order", async () => {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    const paragraphs = value.split("\n").map((line) => line.trim()).filter(Boolean);
    expect(paragraphs).toEqual([
      OFFICE,
      "督办〔2026〕7号",
      "关于连续未报送创建工作周报的督办通知",
      "江州市科学技术局：",
      "根据创建国家高新区工作“周报告、月督查、季考核”和预警督办工作有关规定，现对你单位以下事项进行红色督办，请认真研究，抓紧办理。",
      "一、督办事项",
      "你单位连续3周未报送创建工作周报。",
      "牵头事项进度滞后。",
      "预警依据：江州市科学技术局连续3周未报送周报（红色）。",
      "二、办理要求",
      "立即补报周报，说明原因。",
      "三、办理时限",
      `请于2026年12月2日前将办理情况书面反馈${OFFICE}，并在创建工作平台提交反馈材料。逾期未反馈的，将按规定予以催办、通报，并纳入季度考核。`,
      OFFICE,
      "2026年11月25日",
      "（联系人：王晓明，联系电话：0791-88886666）",
      "抄送：市政府分管副市长。",
      `${OFFICE}\t2026年11月25日印发`,
    ]);
  });
});

describe("a bulletin as .docx", async () => {
  const bytes = await documentDocx(bulletin);
  const xml = parts(bytes);

  it("has the bulletin head, the same page and the body styles", () => {
    const documentXml = xml["word/document.xml"];
    expect(documentXml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(documentXml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    const name = style(xml["word/styles.xml"], "GbBulletinName");
    expect(name).toContain('<w:color w:val="FF0000"/>');
    expect(name).toContain('w:eastAsia="方正小标宋简体"');
    // The red rule under the editor and date line.
    expect(documentXml).toMatch(/<w:bottom w:val="single" w:color="FF0000"/);
    // The tables: header rows repeat on every page, rows are never split.
    expect(documentXml).toContain("<w:tblHeader/>");
    expect(documentXml).toContain("<w:cantSplit/>");
  });

  it("reads back with its number, sections, the office's commentary and 报 / 送", async () => {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    const paragraphs = value.split("\n").map((line) => line.trim()).filter(Boolean);
    expect(paragraphs.slice(0, 5)).toEqual(["创建工作简报", "第12期", `${OFFICE}\t2026年11月23日`, "2026年第47周（11月16日—11月22日）创建工作推进情况", "本周各单位总体推进有序。"]);
    expect(paragraphs).toContain("一、周报报送情况");
    // 2 of 3 submitted: 66.7 %.
    expect(paragraphs).toContain("本周应报送周报单位3个，实际报送2个，报送率66.7%；其中按时报送1个，逾期报送1个（江州市财政局），未报送1个（江州市商务局）。");
    // The readiness line: 78.4 against the pass mark 80 is 1.6 short.
    expect(paragraphs).toContain("对照国家高新区综合评价指标体系（2021年版），本区估算得分78.4分，距本区达标线80.0分差1.6分；失分最多的指标为3.3单位增加值综合能耗（失分2.1分）。");
    expect(paragraphs).toContain("五、通报表扬");
    expect(paragraphs).toContain("江州市科学技术局按时报送，予以通报表扬。");
    expect(paragraphs).toContain("六、通报批评");
    expect(paragraphs).toContain("七、下步工作要求");
    expect(paragraphs.slice(-2)).toEqual(["报：市委、市政府主要领导。", "送：领导小组各成员单位。"]);
  });
});

describe("the print view's HTML", () => {
  it("sets the page, the margins and the font stacks with the Noto fallback", () => {
    const css = documentCss();
    expect(css).toContain("@page { size: 210mm 297mm; margin: 37mm 26mm 35mm 28mm; }");
    expect(css).toContain('content: "— " counter(page) " —"');
    expect(css).toMatch(/@font-face \{ font-family: "GB fangsong"; src: local\("仿宋_GB2312"\), .*local\("FangSong"\).*local\("Noto Serif CJK SC"\)/);
    expect(css).toMatch(/@font-face \{ font-family: "GB heiti"; src: local\("黑体"\), local\("SimHei"\)/);
    expect(css).toMatch(/@font-face \{ font-family: "GB kaiti"; src: local\("楷体_GB2312"\), .*local\("KaiTi"\)/);
    expect(css).toMatch(/@font-face \{ font-family: "GB xiaobiaosong"; src: local\("方正小标宋简体"\)/);
    expect(css).toContain("font-size: 16pt; line-height: 28.95pt");
  });

  it("escapes what users typed", () => {
    const markup = documentMarkup({ ...notice, title: "<script>alert(1)</script>", body: [{ type: "paragraph", runs: ['"&<b>'] }] });
    expect(markup).not.toContain("<script>");
    expect(markup).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(markup).toContain("&quot;&amp;&lt;b&gt;");
  });

  it("puts the issuer in as large a type as fits the text block, and the signature over the date", () => {
    // 19 characters in 442.2 pt: 23.2 pt; a short name stops at 初号 (42 pt).
    expect(issuerSizePt(OFFICE)).toBe(23.2);
    expect(issuerSizePt("江州市人民政府")).toBe(42);
    // 2026年11月25日 is 7 characters wide (digits are half width); the name 19: the name 2 from the right, the date centred under it.
    expect(textWidth("2026年11月25日")).toBe(7);
    expect(signatureIndents(OFFICE, "2026年11月25日")).toEqual({ name: 2, date: 8 });
    expect(signatureIndents("创建办", "2026年11月25日")).toEqual({ name: 6, date: 4 });
  });
});

describe("words and numbers of official writing", () => {
  it("labels weeks in Chinese, across a year's end", () => {
    expect(chineseWeekLabel({ isoYear: 2026, isoWeek: 48 })).toBe("第48周（11月23日—11月29日）");
    expect(chineseWeekLabel({ isoYear: 2026, isoWeek: 53 }, { year: true })).toBe("2026年第53周（12月28日—1月3日）");
    expect(weekLabel({ isoYear: 2027, isoWeek: 1 }, "zh-CN")).toBe("第1周（1月4日—1月10日）");
    expect(weekLabel({ isoYear: 2027, isoWeek: 1 }, "en")).toBe("2027-W01");
  });

  it("numbers headings, titles notices and splits typed lists", () => {
    expect([1, 7, 10, 12, 20, 23].map(chineseNumeral)).toEqual(["一", "七", "十", "十二", "二十", "二十三"]);
    expect(noticeTitle("加快推进滞后事项")).toBe("关于加快推进滞后事项的督办通知");
    expect(noticeTitle("关于逾期未完成事项的督办通知")).toBe("关于逾期未完成事项的督办通知");
    expect(splitNames("市委、市政府主要领导，市发展改革委;市科技局。\n市科技局")).toEqual(["市委", "市政府主要领导", "市发展改革委", "市科技局"]);
  });
});

describe("bulletin editions", () => {
  it("suggests praise for units on time and ahead, criticism for the missing, late and far behind", () => {
    expect(suggestCommentary(briefing)).toMatchObject({
      praise: "江州市科学技术局按时报送周报，牵头事项进度达到或超过序时进度，予以通报表扬。",
      criticism: "江州市商务局未报送本周工作周报。江州市财政局逾期报送周报。江州市商务局牵头事项平均进度滞后序时进度10个百分点以上。以上单位予以通报批评，请对照任务分解清单查找原因、倒排工期，于下周报送时说明整改情况。",
    });
  });

  it("keeps the frozen figures through JSON and lists what a later filing changed", () => {
    const frozen = parseSnapshot(JSON.parse(JSON.stringify(toSnapshot(briefing))));
    expect(frozen).toEqual(briefing);
    // 市商务局 files late after the issue: one more submitted, its outcome and progress move.
    const live: WeeklyBriefing = {
      ...briefing,
      submission: { ...briefing.submission, submitted: 3, ranking: briefing.submission.ranking.map((row) => (row.unitId === "u3" ? { ...row, outcome: "LATE", submittedAt: new Date("2026-11-23T01:00:00Z"), lateMinutes: 2460 } : row)) },
      progress: briefing.progress.map((row) => (row.unitId === "u3" ? { ...row, progress: 30, gap: -11.5, moved: 10 } : row)),
    };
    expect(briefingChanges(frozen, live)).toEqual([
      { kind: "submission", figure: "submitted", from: 2, to: 3 },
      { kind: "outcome", unit: "江州市商务局", from: "MISSING", to: "LATE" },
      { kind: "progress", unit: "江州市商务局", from: 20, to: 30 },
    ]);
    expect(briefingChanges(frozen, frozen)).toEqual([]);
    expect(() => parseSnapshot({ version: 2, briefing: {} })).toThrow();
  });
});

describe("spreadsheets", () => {
  const context = { t: translatorFor("zh-CN"), locale: "zh-CN" as const, zoneName: "测试区", timeZone: "Asia/Shanghai", generatedAt: new Date("2026-03-11T02:00:00Z") };
  async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook;
  }

  it("chooses decimals from the values, never a trailing point, and writes percentages as fractions", () => {
    expect(decimalFormat([45, 120, null])).toBe("#,##0");
    expect(decimalFormat([45, 12.5])).toBe("#,##0.0");
    expect(decimalFormat([0.25, 3])).toBe("#,##0.00");
    expect(decimalFormat([1 / 3])).toBe("#,##0.0000");
    expect([percentCell(45.3), percentCell(100), percentCell(null)]).toEqual([0.453, 1, null]);
  });

  it("exports funds in 万元 with the arrived share as a percentage", async () => {
    const row = {
      id: "f1", name: "省级高新区建设专项", sourceLevel: "PROVINCIAL" as const, kind: "GRANT" as const, purpose: "平台建设", amountSought: "3000000.00", amountApproved: "3000000.00", amountArrived: "1500000.00",
      status: "PARTLY_ARRIVED" as const, appliedAt: "2026-03-02", approvedAt: null, arrivedAt: null, park: null, leadUnit: { id: "u1", name: "江州市财政局", shortName: "市财政局" }, note: null,
    };
    const loan = { ...row, id: "f2", name: "基础设施贷款", kind: "LOAN" as const, amountSought: "170000000.00", amountApproved: "0.00", amountArrived: "0.00", status: "APPLIED" as const };
    const sheet = (await load(await fundingWorkbook([row, loan], context))).getWorksheet("上级资金")!;
    expect(sheet.getRow(3).values).toEqual([undefined, "序号", "项目名称", "资金来源", "资金类型", "状态", "申请金额（万元）", "批复金额（万元）", "到位金额（万元）", "到位率", "园区", "牵头单位", "申报日期", "到位日期", "备注"]);
    // 3,000,000 yuan = 300 万元; 1,500,000 of 3,000,000 arrived = 0.5 (50%).
    expect([sheet.getCell("F4").value, sheet.getCell("H4").value, sheet.getCell("I4").value]).toEqual([300, 150, 0.5]);
    expect([sheet.getCell("F4").numFmt, sheet.getCell("I4").numFmt]).toEqual(["#,##0", "0.0%"]);
    expect(sheet.getCell("F5").value).toBe(17000);
    expect(sheet.getCell("L4").value).toEqual(new Date("2026-03-02T00:00:00Z"));
  });

  it("exports land by batch and project in 亩 and designations with their steps", async () => {
    const batch = {
      id: "b1", seq: 1, name: "第一批次", park: null, areaMu: "647.00", approvedMu: "647.00", status: "APPROVED" as const, submittedAt: "2026-01-10", approvedAt: "2026-04-01", note: null,
      projects: [
        { id: "p1", name: "新材料中试基地", areaMu: "89.00", approvedMu: "89.00", approvalRef: "赣府土批〔2026〕3号", approvedAt: "2026-04-01", investment: "120000000.00", sortOrder: 1 },
        { id: "p2", name: "循环经济产业园一期", areaMu: "558.50", approvedMu: "558.50", approvalRef: null, approvedAt: null, investment: null, sortOrder: 2 },
      ],
    };
    const land = (await load(await landWorkbook([batch, { ...batch, id: "b2", seq: 2, name: "第二批次", areaMu: "287.00", approvedMu: "0.00", status: "SUBMITTED" as const, projects: [] }], { ...context, neededMu: "2129.00" }))).getWorksheet("用地报批")!;
    expect(land.getCell("A1").value).toBe("测试区用地报批台账（共需 2129.00 亩）");
    expect([land.getCell("F4").value, land.getCell("G4").value, land.getCell("I4").value]).toEqual(["新材料中试基地", 89, 12000]);
    // 558.5 has a decimal: the column shows one; the batch row without projects still appears.
    expect([land.getCell("G5").value, land.getCell("G5").numFmt]).toEqual([558.5, "#,##0.0"]);
    expect([land.getCell("B6").value, land.getCell("F6").value]).toEqual(["第二批次", null]);

    const designation = { id: "d1", name: "省级品牌示范区", level: "PROVINCIAL" as const, status: "SUBMITTED" as const, park: null, leadUnit: null, appliedAt: "2026-05-01", approvedAt: null, stepsDone: 3, stepsTotal: 4, blockedSteps: 0, nextStep: { name: "专家评审", status: "IN_PROGRESS" as const, dueDate: "2026-12-15" } };
    const sheet = (await load(await designationWorkbook([designation], context))).getWorksheet("称号创建")!;
    expect([sheet.getCell("B4").value, sheet.getCell("C4").value, sheet.getCell("D4").value, sheet.getCell("G4").value, sheet.getCell("G4").numFmt, sheet.getCell("H4").value]).toEqual(["省级品牌示范区", "省级", "已申报", 0.75, "0.0%", "专家评审"]);
  });
});

describe("the briefing's readiness line", () => {
  const system = "国家高新区综合评价指标体系（2021年版）";
  it("says the pass mark is reached, and that a score without data is missing (never 0)", () => {
    expect(readinessSentence({ systemName: system, overall: 81.25, passMark: 80, weakest: null })).toBe(`对照${system}，本区估算得分81.3分，已达到本区达标线80.0分。`);
    expect(readinessSentence({ systemName: system, overall: null, passMark: 80, weakest: null })).toBe(`对照${system}，本区估算得分暂缺（指标数据不足）。`);
  });
  it("reads an edition frozen before the line existed as having none", () => {
    const stored = toSnapshot(briefing) as { version: number; briefing: Record<string, unknown> };
    delete stored.briefing.readiness;
    expect(parseSnapshot(stored).readiness).toBeNull();
    expect(parseSnapshot(toSnapshot(briefing)).readiness).toEqual(briefing.readiness);
  });
});
