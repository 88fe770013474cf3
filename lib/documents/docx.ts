// The .docx of an official document (the `docx` library): real paragraph styles named after
// their role (公文标题, 正文, 一级标题 …) so the office edits it in WPS or Word as its own file,
// the GB/T 9704 page (A4, 37/28 mm margins, a 22 × 28 grid), odd and even page numbers
// "— 1 —", and the 版记 anchored to the foot of the last page. Measures come from layout.ts.
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  HeightRule,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  RelativeVerticalPosition,
  SectionType,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { issuerSizePt, signatureIndents } from "./html";
import {
  CHAR_PITCH_PT,
  DOC_GRID_CHAR_SPACE,
  FONTS,
  GRID,
  halfPoints,
  LANDSCAPE_MARGIN,
  LATIN_FONT,
  LINE_PITCH_TWIPS,
  MARGIN,
  PAGE,
  RED,
  RULES,
  SIZE,
  twips,
  type FontRole,
} from "./layout";
import type { Block, Inline, OfficialDocument } from "./model";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The paragraph styles every document carries; ids are ASCII, names are what WPS and Word show. */
export const STYLE = {
  issuer: "GbIssuer",
  number: "GbNumber",
  title: "GbTitle",
  subtitle: "GbSubtitle",
  addressee: "GbAddressee",
  body: "GbBody",
  heading1: "GbHeading1",
  heading2: "GbHeading2",
  heading3: "GbHeading3",
  heading4: "GbHeading4",
  table: "GbTable",
  tableHeader: "GbTableHeader",
  signature: "GbSignature",
  colophon: "GbColophon",
  pageNumber: "GbPageNumber",
  bulletinName: "GbBulletinName",
} as const;

const CHAR_TWIPS = Math.round(CHAR_PITCH_PT * 20);
const LINE = LINE_PITCH_TWIPS;
const exact = (lines = 1) => ({ line: Math.round(LINE * lines), lineRule: LineRuleType.EXACT });

function font(role: FontRole) {
  const name = FONTS[role].docx;
  return { eastAsia: name, ascii: role === "fangsong" ? LATIN_FONT : name, hAnsi: role === "fangsong" ? LATIN_FONT : name, cs: name };
}

function paragraphStyles() {
  const base = (id: string, name: string, role: FontRole, sizePt: number, paragraph: Record<string, unknown> = {}, run: Record<string, unknown> = {}) => ({
    id,
    name,
    basedOn: "Normal",
    next: STYLE.body,
    quickFormat: true,
    run: { font: font(role), size: halfPoints(sizePt), ...run },
    paragraph,
  });
  return [
    base(STYLE.issuer, "发文机关标志", "xiaobiaosong", SIZE.xiaochu, { alignment: AlignmentType.CENTER, spacing: { before: twips(35), line: 240, lineRule: LineRuleType.AUTO }, snapToGrid: false }, { color: RED }),
    base(STYLE.number, "发文字号", "fangsong", SIZE.sanhao, { alignment: AlignmentType.CENTER, spacing: { before: LINE * 2, ...exact() } }),
    base(STYLE.bulletinName, "简报名称", "xiaobiaosong", SIZE.xiaochu, { alignment: AlignmentType.CENTER, spacing: { before: twips(8), line: 240, lineRule: LineRuleType.AUTO }, snapToGrid: false }, { color: RED }),
    base(STYLE.title, "公文标题", "xiaobiaosong", SIZE.erhao, { alignment: AlignmentType.CENTER, spacing: { before: LINE * 2, line: Math.round(SIZE.erhao * 20 * 1.5), lineRule: LineRuleType.EXACT }, snapToGrid: false }),
    base(STYLE.subtitle, "副标题", "kaiti", SIZE.sanhao, { alignment: AlignmentType.CENTER, spacing: exact() }),
    base(STYLE.addressee, "主送机关", "fangsong", SIZE.sanhao, { spacing: { before: LINE, ...exact() } }),
    base(STYLE.heading1, "一级标题", "heiti", SIZE.sanhao, { indent: { firstLineChars: 200, firstLine: CHAR_TWIPS * 2 }, spacing: exact(), keepNext: true, outlineLevel: 0 }),
    base(STYLE.heading2, "二级标题", "kaiti", SIZE.sanhao, { indent: { firstLineChars: 200, firstLine: CHAR_TWIPS * 2 }, spacing: exact(), keepNext: true, outlineLevel: 1 }),
    base(STYLE.heading3, "三级标题", "fangsong", SIZE.sanhao, { indent: { firstLineChars: 200, firstLine: CHAR_TWIPS * 2 }, spacing: exact(), keepNext: true, outlineLevel: 2 }),
    base(STYLE.heading4, "四级标题", "fangsong", SIZE.sanhao, { indent: { firstLineChars: 200, firstLine: CHAR_TWIPS * 2 }, spacing: exact(), keepNext: true, outlineLevel: 3 }),
    base(STYLE.table, "表格文字", "fangsong", SIZE.wuhao, { spacing: { line: 240, lineRule: LineRuleType.AUTO }, snapToGrid: false }),
    base(STYLE.tableHeader, "表头文字", "heiti", SIZE.wuhao, { alignment: AlignmentType.CENTER, spacing: { line: 240, lineRule: LineRuleType.AUTO }, snapToGrid: false }),
    base(STYLE.signature, "落款", "fangsong", SIZE.sanhao, { alignment: AlignmentType.RIGHT, spacing: exact() }),
    base(STYLE.colophon, "版记", "fangsong", SIZE.sihao, { spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO }, snapToGrid: false, indent: { left: Math.round(SIZE.sihao * 20), right: Math.round(SIZE.sihao * 20) } }),
    base(STYLE.pageNumber, "页码", "songti", SIZE.sihao, { spacing: { line: 240, lineRule: LineRuleType.AUTO }, snapToGrid: false }),
  ];
}

function runsOf(runs: Inline[], extra: { size?: number } = {}): TextRun[] {
  return runs.map((run) =>
    typeof run === "string"
      ? new TextRun({ text: run, ...extra })
      : new TextRun({ text: run.text, bold: run.bold, font: run.font ? font(run.font) : undefined, ...extra }),
  );
}

function tableBlock(block: Extract<Block, { type: "table" }>, widthTwips: number): Table {
  const size = halfPoints(block.size === "small" ? SIZE.xiaowu : SIZE.wuhao);
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = block.columns.map((column) => Math.floor((column.width / total) * widthTwips));
  widths[widths.length - 1] += widthTwips - widths.reduce((sum, width) => sum + width, 0);
  const alignment = (index: number) =>
    block.columns[index]?.align === "right" ? AlignmentType.RIGHT : block.columns[index]?.align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT;
  const cell = (text: string, index: number, header: boolean) =>
    new TableCell({
      width: { size: widths[index], type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 60, right: 60, top: 30, bottom: 30 },
      children: text.split("\n").map((line) => new Paragraph({ style: header ? STYLE.tableHeader : STYLE.table, alignment: header ? AlignmentType.CENTER : alignment(index), children: [new TextRun({ text: line, size })] })),
    });
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  return new Table({
    width: { size: widthTwips, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((column, index) => cell(column.header, index, true)) }),
      ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((value, index) => cell(value, index, false)) })),
    ],
  });
}

function blocks(items: Block[], widthTwips: number): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const item of items) {
    switch (item.type) {
      case "heading":
        out.push(new Paragraph({ style: STYLE[`heading${item.level}`], children: [new TextRun(item.text)] }));
        break;
      case "paragraph":
        out.push(
          new Paragraph({
            style: STYLE.body,
            alignment: item.align === "center" ? AlignmentType.CENTER : item.align === "right" ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
            indent: item.indent === false || (item.align && item.align !== "left") ? { firstLine: 0, firstLineChars: 0 } : undefined,
            children: runsOf(item.runs),
          }),
        );
        break;
      case "blank":
        for (let index = 0; index < (item.lines ?? 1); index++) out.push(new Paragraph({ style: STYLE.body, children: [] }));
        break;
      case "table":
        out.push(tableBlock(item, widthTwips));
        if (item.note) out.push(new Paragraph({ style: STYLE.table, children: [new TextRun({ text: item.note, size: halfPoints(SIZE.xiaosi) })] }));
        else out.push(new Paragraph({ style: STYLE.table, children: [] }));
        break;
    }
  }
  return out;
}

/** 版记 and the 简报's distribution: a borderless table of lines, floated to the foot of the page. */
function foot(doc: OfficialDocument, widthTwips: number): Table | null {
  type Line = { paragraph: Paragraph };
  const lines: Line[] = [];
  const hanging = (label: string, names: string[]) => ({
    paragraph: new Paragraph({ style: STYLE.colophon, indent: { left: Math.round(SIZE.sihao * 20 * 4), hanging: Math.round(SIZE.sihao * 20 * 3), right: Math.round(SIZE.sihao * 20) }, children: [new TextRun(`${label}：${names.join("，")}。`)] }),
  });
  if (doc.distribution) {
    const { reportTo, sendTo, issueTo } = doc.distribution;
    if (reportTo.length) lines.push(hanging("报", reportTo));
    if (sendTo.length) lines.push(hanging("送", sendTo));
    if (issueTo?.length) lines.push(hanging("发", issueTo));
  }
  const colophonStart = lines.length;
  if (doc.colophon) {
    if (doc.colophon.copyTo.length) lines.push(hanging("抄送", doc.colophon.copyTo));
    lines.push({
      paragraph: new Paragraph({
        style: STYLE.colophon,
        tabStops: [{ type: TabStopType.RIGHT, position: widthTwips - Math.round(SIZE.sihao * 20) - 120 }],
        children: [new TextRun(doc.colophon.printedBy), new TextRun({ text: `\t${doc.colophon.printedOn}印发` })],
      }),
    });
  }
  if (lines.length === 0) return null;
  const outer = { style: BorderStyle.SINGLE, size: Math.round(RULES.colophonOuterMm * 2.835 * 8), color: "000000" };
  const inner = { style: BorderStyle.SINGLE, size: Math.round(RULES.colophonInnerMm * 2.835 * 8), color: "000000" };
  const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
  // The distribution and the colophon each open and close with a heavy line.
  const isOuterTop = (index: number) => index === 0 || index === colophonStart;
  const isOuterBottom = (index: number) => index === lines.length - 1 || index === colophonStart - 1;
  return new Table({
    width: { size: widthTwips, type: WidthType.DXA },
    columnWidths: [widthTwips],
    layout: TableLayoutType.FIXED,
    float: { horizontalAnchor: TableAnchorType.MARGIN, verticalAnchor: TableAnchorType.MARGIN, relativeVerticalPosition: RelativeVerticalPosition.BOTTOM },
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: lines.map(
      (line, index) =>
        new TableRow({
          cantSplit: true,
          height: { value: twips(7), rule: HeightRule.ATLEAST },
          children: [
            new TableCell({
              width: { size: widthTwips, type: WidthType.DXA },
              verticalAlign: VerticalAlignTable.CENTER,
              margins: { left: 0, right: 0, top: 20, bottom: 20 },
              borders: { top: isOuterTop(index) ? outer : inner, bottom: isOuterBottom(index) ? outer : inner, left: none, right: none },
              children: [line.paragraph],
            }),
          ],
        }),
    ),
  });
}

function pageNumberFooter(side: "odd" | "even"): Footer {
  const oneChar = Math.round(SIZE.sihao * 20);
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.pageNumber,
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "odd" ? { right: oneChar } : { left: oneChar },
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"] })],
      }),
    ],
  });
}

/** Footer distance: the page number's 一字线 7 mm below the text block (GB/T 9704 7.5). */
const FOOTER_TWIPS = twips(MARGIN.bottom - RULES.pageNumberGapMm - SIZE.sihao * 0.4);

function section(children: (Paragraph | Table)[], landscape: boolean, first: boolean): ISectionOptions {
  const margin = landscape ? LANDSCAPE_MARGIN : MARGIN;
  return {
    properties: {
      type: first ? undefined : SectionType.NEXT_PAGE,
      page: {
        size: { width: twips(PAGE.width), height: twips(PAGE.height), orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: twips(margin.top), bottom: twips(margin.bottom), left: twips(margin.left), right: twips(margin.right), header: twips(15), footer: FOOTER_TWIPS, gutter: 0 },
      },
      grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH_TWIPS, charSpace: DOC_GRID_CHAR_SPACE },
    },
    footers: { default: pageNumberFooter("odd"), even: pageNumberFooter("even") },
    children,
  };
}

/** The font table entries Word and WPS use to substitute a font the reader's machine lacks. */
function fontTable(): string {
  const entries = (Object.keys(FONTS) as FontRole[])
    .map((role) => FONTS[role])
    .map(
      (entry) =>
        `<w:font w:name="${entry.docx}"><w:altName w:val="${entry.docxAlt}"/><w:panose1 w:val="02010609060101010101"/><w:charset w:val="86"/><w:family w:val="${entry.docx === FONTS.heiti.docx ? "modern" : "roman"}"/><w:pitch w:val="fixed"/></w:font>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries}<w:font w:name="${LATIN_FONT}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>`;
}

export async function documentDocx(doc: OfficialDocument): Promise<Buffer> {
  const textWidth = twips(PAGE.textWidth);
  const landscapeWidth = twips(PAGE.textHeight);
  const main: (Paragraph | Table)[] = [];
  if (doc.redHeader) {
    main.push(new Paragraph({ style: STYLE.issuer, children: [new TextRun({ text: doc.redHeader.issuer, size: halfPoints(issuerSizePt(doc.redHeader.issuer)) })] }));
    main.push(
      new Paragraph({
        style: STYLE.number,
        border: { bottom: { style: BorderStyle.SINGLE, size: Math.round(RULES.redRuleWidthMm * 2.835 * 8), color: RED, space: Math.round(RULES.redRuleGapMm * 2.835) } },
        spacing: doc.redHeader.number ? undefined : { before: 0 },
        children: doc.redHeader.number ? [new TextRun(doc.redHeader.number)] : [],
      }),
    );
  }
  if (doc.bulletin) {
    const b = doc.bulletin;
    main.push(new Paragraph({ style: STYLE.bulletinName, children: [new TextRun(b.name)] }));
    main.push(new Paragraph({ style: STYLE.number, spacing: { before: LINE, ...exact() }, children: [new TextRun(b.issue)] }));
    main.push(
      new Paragraph({
        style: STYLE.body,
        indent: { firstLine: 0, firstLineChars: 0, left: CHAR_TWIPS, right: CHAR_TWIPS },
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth - CHAR_TWIPS * 2 }],
        border: { bottom: { style: BorderStyle.SINGLE, size: Math.round(RULES.redRuleWidthMm * 2.835 * 8), color: RED, space: Math.round(RULES.redRuleGapMm * 2.835) } },
        children: [new TextRun(b.editor), new TextRun(`\t${b.date}`)],
      }),
    );
  }
  main.push(new Paragraph({ style: STYLE.title, spacing: doc.redHeader || doc.bulletin ? undefined : { before: 0 }, children: [new TextRun(doc.title)] }));
  if (doc.subtitle) main.push(new Paragraph({ style: STYLE.subtitle, children: [new TextRun(doc.subtitle)] }));
  if (doc.addressee) main.push(new Paragraph({ style: STYLE.addressee, children: [new TextRun(`${doc.addressee}：`)] }));
  else main.push(new Paragraph({ style: STYLE.body, children: [] }));
  main.push(...blocks(doc.body, textWidth));
  if (doc.attachmentNote?.length) {
    main.push(new Paragraph({ style: STYLE.body, children: [] }));
    doc.attachmentNote.forEach((name, index) => {
      const numbered = doc.attachmentNote!.length > 1 ? `${index + 1}．` : "";
      main.push(
        new Paragraph({
          style: STYLE.body,
          indent: index === 0 ? undefined : { left: CHAR_TWIPS * 5, firstLine: 0, firstLineChars: 0 },
          children: [new TextRun(index === 0 ? `附件：${numbered}${name}` : `${numbered}${name}`)],
        }),
      );
    });
  }
  if (doc.signature) {
    const indents = signatureIndents(doc.signature.name, doc.signature.date);
    main.push(new Paragraph({ style: STYLE.body, children: [] }), new Paragraph({ style: STYLE.body, children: [] }));
    main.push(new Paragraph({ style: STYLE.signature, indent: { right: Math.round(indents.name * CHAR_TWIPS) }, children: [new TextRun(doc.signature.name)] }));
    main.push(new Paragraph({ style: STYLE.signature, indent: { right: Math.round(indents.date * CHAR_TWIPS) }, children: [new TextRun(doc.signature.date)] }));
  }
  if (doc.postscript) main.push(new Paragraph({ style: STYLE.body, children: [new TextRun(`（${doc.postscript}）`)] }));
  const appendices = doc.appendices ?? [];
  const sections: ISectionOptions[] = [];
  const closing = (width: number) => {
    const table = foot(doc, width);
    // A floating table is anchored to the paragraph that follows it.
    return table ? [table, new Paragraph({ style: STYLE.table, children: [] })] : [];
  };
  sections.push(section([...main, ...(appendices.length ? [] : closing(textWidth))], false, true));
  appendices.forEach((appendix, index) => {
    const width = appendix.landscape ? landscapeWidth : textWidth;
    const children: (Paragraph | Table)[] = [
      new Paragraph({ style: STYLE.body, indent: { firstLine: 0, firstLineChars: 0 }, children: [new TextRun({ text: appendix.label, font: font("heiti") })] }),
      new Paragraph({ style: STYLE.title, spacing: { before: 0, after: LINE / 2 }, children: [new TextRun(appendix.title)] }),
      ...blocks(appendix.blocks, width),
      ...(index === appendices.length - 1 ? closing(width) : []),
    ];
    sections.push(section(children, appendix.landscape, false));
  });

  const document = new Document({
    creator: doc.signature?.name ?? doc.redHeader?.issuer ?? doc.bulletin?.editor ?? "",
    title: doc.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font("fangsong"), size: halfPoints(SIZE.sanhao), language: { value: "en-US", eastAsia: "zh-CN" } },
          paragraph: { spacing: exact() },
        },
      },
      paragraphStyles: [
        ...paragraphStyles(),
        { id: STYLE.body, name: "公文正文", basedOn: "Normal", quickFormat: true, run: { font: font("fangsong"), size: halfPoints(SIZE.sanhao) }, paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLineChars: 200, firstLine: CHAR_TWIPS * 2 }, spacing: exact() } },
      ],
    },
    sections,
  });
  const bytes = await Packer.toBuffer(document);
  return withFontTable(bytes);
}

/** Replaces the library's empty font table with one that names each font's substitute. */
function withFontTable(bytes: Buffer): Buffer {
  const files = unzipSync(new Uint8Array(bytes));
  if (!files["word/fontTable.xml"]) return bytes;
  files["word/fontTable.xml"] = strToU8(fontTable());
  return Buffer.from(zipSync(files, { level: 6 }));
}

/** Test helper and sanity check: the document part's XML. */
export function docxPart(bytes: Uint8Array, part = "word/document.xml"): string {
  return strFromU8(unzipSync(bytes)[part]);
}

export const DOCX_GRID = { linePitch: LINE_PITCH_TWIPS, charSpace: DOC_GRID_CHAR_SPACE, lines: GRID.lines, chars: GRID.chars };
