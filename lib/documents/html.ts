// The print view and the PDF of an official document: one HTML rendering, with the measures of
// layout.ts in CSS (millimetres and points), for the browser's print dialog and for the
// server's headless Chromium alike. Pure: a string in, a string out.
import { FONTS, GRID, LANDSCAPE_MARGIN, LINE_PITCH_PT, MARGIN, PAGE, RED, RULES, SIZE, BODY_LETTER_SPACING_PT, type FontRole } from "./layout";
import type { Block, Inline, OfficialDocument } from "./model";
import { textWidth } from "./text";

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);
}

const cssName = (name: string) => `"${name.replace(/["\\]/g, "")}"`;

/** "GB FangSong" etc.: each font role as one @font-face over the local fonts, offices' first. */
function fontFaces(): string {
  return (Object.keys(FONTS) as FontRole[])
    .map((role) => {
      const font = FONTS[role];
      const sources = [...font.local, ...font.fallback].map((name) => `local(${cssName(name)})`).join(", ");
      return `@font-face { font-family: "GB ${role}"; src: ${sources}; }`;
    })
    .join("\n");
}

/** The CSS font-family of a role: the @font-face, then the same names as families. */
export function fontStack(role: FontRole): string {
  const font = FONTS[role];
  const generic = role === "heiti" ? "sans-serif" : "serif";
  const noto = role === "heiti" ? "Noto Sans CJK SC" : "Noto Serif CJK SC";
  return [`"GB ${role}"`, ...font.local.map(cssName), cssName(noto), generic].join(", ");
}

const line = `${LINE_PITCH_PT}pt`;
const pageNumberFont = `${SIZE.sihao}pt ${fontStack("songti")}`;

/** The stylesheet of every official document. */
export function documentCss(): string {
  return `${fontFaces()}
@page { size: ${PAGE.width}mm ${PAGE.height}mm; margin: ${MARGIN.top}mm ${MARGIN.right}mm ${MARGIN.bottom}mm ${MARGIN.left}mm; }
@page :right { @bottom-right { content: "— " counter(page) " —"; font: ${pageNumberFont}; vertical-align: top; padding-top: ${RULES.pageNumberGapMm - 2}mm; padding-right: 1em; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; font: ${pageNumberFont}; vertical-align: top; padding-top: ${RULES.pageNumberGapMm - 2}mm; padding-left: 1em; } }
@page gb-landscape { size: ${PAGE.height}mm ${PAGE.width}mm; margin: ${LANDSCAPE_MARGIN.top}mm ${LANDSCAPE_MARGIN.right}mm ${LANDSCAPE_MARGIN.bottom}mm ${LANDSCAPE_MARGIN.left}mm; }
.gb-document { color: #000; font-family: ${fontStack("fangsong")}; font-size: ${SIZE.sanhao}pt; line-height: ${line}; letter-spacing: ${BODY_LETTER_SPACING_PT}pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
:where(.gb-document) * { box-sizing: border-box; }
:where(.gb-document) :where(p, h1, h2, h3, h4, h5) { margin: 0; font-size: inherit; font-weight: normal; }
.gb-sheet { position: relative; overflow: hidden; background: #fff; margin: 0 auto 8mm; width: ${PAGE.width}mm; padding: ${MARGIN.top}mm ${MARGIN.right}mm ${MARGIN.bottom}mm ${MARGIN.left}mm; box-shadow: 0 1px 4px rgba(15, 23, 42, 0.25); min-height: ${PAGE.height}mm; }
.gb-sheet.gb-landscape { width: ${PAGE.height}mm; min-height: ${PAGE.width}mm; padding: ${LANDSCAPE_MARGIN.top}mm ${LANDSCAPE_MARGIN.right}mm ${LANDSCAPE_MARGIN.bottom}mm ${LANDSCAPE_MARGIN.left}mm; }
.gb-issuer { padding-top: 35mm; text-align: center; color: #${RED}; font-family: ${fontStack("xiaobiaosong")}; line-height: 1.2; letter-spacing: 0; white-space: nowrap; }
.gb-number { margin-top: calc(2 * ${line}); text-align: center; }
.gb-red-rule { margin-top: ${RULES.redRuleGapMm}mm; border-top: ${RULES.redRuleWidthMm}mm solid #${RED}; }
.gb-bulletin-name { margin-top: 8mm; text-align: center; color: #${RED}; font-family: ${fontStack("xiaobiaosong")}; font-size: ${SIZE.xiaochu}pt; line-height: 1.3; letter-spacing: 0.1em; }
.gb-bulletin-issue { margin-top: ${line}; text-align: center; }
.gb-bulletin-line { display: flex; justify-content: space-between; gap: 1em; margin-top: 0.5em; white-space: nowrap; letter-spacing: 0; }
.gb-title { margin-top: calc(2 * ${line}); text-align: center; font-family: ${fontStack("xiaobiaosong")}; font-size: ${SIZE.erhao}pt; line-height: 1.5; letter-spacing: 0; }
.gb-document > .gb-sheet > .gb-title:first-child, .gb-sheet > .gb-watermark + .gb-title { margin-top: 0; }
.gb-subtitle { text-align: center; font-family: ${fontStack("kaiti")}; }
.gb-addressee { margin-top: ${line}; }
.gb-body { margin-top: 0; }
.gb-title + .gb-body, .gb-subtitle + .gb-body { margin-top: ${line}; }
.gb-p { text-indent: 2em; text-align: justify; orphans: 1; widows: 1; }
.gb-p.gb-flush { text-indent: 0; }
.gb-p.gb-center { text-align: center; text-indent: 0; }
.gb-p.gb-right { text-align: right; text-indent: 0; }
.gb-h { text-indent: 2em; break-after: avoid; }
.gb-h1, .gb-heiti { font-family: ${fontStack("heiti")}; }
.gb-h2, .gb-kaiti { font-family: ${fontStack("kaiti")}; }
.gb-fangsong { font-family: ${fontStack("fangsong")}; }
.gb-bold { font-weight: bold; }
.gb-blank { height: ${line}; }
.gb-table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0.25em 0 0.5em; font-size: ${SIZE.wuhao}pt; line-height: 1.45; letter-spacing: 0; }
.gb-table.gb-small { font-size: ${SIZE.xiaowu}pt; }
.gb-table th, .gb-table td { border: 0.5pt solid #000; padding: 1mm 1.2mm; vertical-align: middle; overflow-wrap: anywhere; word-break: break-all; }
.gb-table th { font-family: ${fontStack("heiti")}; font-weight: normal; text-align: center; }
.gb-table td.gb-num { text-align: right; font-variant-numeric: tabular-nums; }
.gb-table td.gb-mid { text-align: center; }
.gb-table thead { display: table-header-group; }
.gb-table tr { break-inside: avoid; }
.gb-table-note { font-size: ${SIZE.xiaosi}pt; line-height: 1.5; letter-spacing: 0; }
.gb-attachments { margin-top: ${line}; }
.gb-attachments .gb-attachment-rest { padding-left: 5em; }
.gb-signature { margin-top: calc(2 * ${line}); break-inside: avoid; }
.gb-signature p { text-align: right; }
.gb-postscript { margin-top: 0; }
.gb-appendix-label { font-family: ${fontStack("heiti")}; }
.gb-appendix-title { text-align: center; font-family: ${fontStack("xiaobiaosong")}; font-size: ${SIZE.erhao}pt; line-height: 1.5; margin-bottom: 0.5em; letter-spacing: 0; }
.gb-foot { break-inside: avoid; font-size: ${SIZE.sihao}pt; line-height: 1.6; letter-spacing: 0; }
.gb-foot-spacer { height: 0; }
.gb-foot .gb-line-outer { border-top: ${RULES.colophonOuterMm}mm solid #000; }
.gb-foot .gb-line-inner { border-top: ${RULES.colophonInnerMm}mm solid #000; }
.gb-foot p { padding: 0.3em 1em; text-indent: 0; }
.gb-foot .gb-hanging { padding-left: 4em; text-indent: -3em; }
.gb-foot .gb-printed { display: flex; justify-content: space-between; }
.gb-distribution { margin-top: ${line}; }
.gb-watermark { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; pointer-events: none; font-size: 72pt; color: rgba(220, 38, 38, 0.12); transform: rotate(-30deg); font-family: ${fontStack("heiti")}; letter-spacing: 0.3em; }
@media print {
  html, body { background: #fff !important; margin: 0 !important; padding: 0 !important; }
  .gb-sheet { width: ${PAGE.textWidth}mm; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
  .gb-sheet.gb-landscape { width: ${PAGE.textHeight}mm; min-height: 0; padding: 0; page: gb-landscape; }
  .gb-sheet + .gb-sheet { break-before: page; }
  .gb-watermark { position: fixed; }
}
/* ${GRID.lines} lines × ${GRID.chars} characters of ${SIZE.sanhao} pt type per ${PAGE.textWidth} × ${PAGE.textHeight} mm text block. */`;
}

/**
 * Moves the 版记 (or the 简报's distribution) to the foot of its last page, as GB/T 9704 puts
 * it. A script cannot ask where the printer breaks pages, so it lays a copy of the sheet out in
 * columns exactly one text block high and wide (Chromium fragments columns with the same rules
 * as pages: lines, whole table rows with repeated headers, dropped margins, orphans), finds where
 * the flow ends in the last column, and gives the spacer before the foot the rest of that page —
 * or sends the foot to the next page when it does not fit. Runs in the browser (print view, PDF).
 */
export const PLACE_FOOT_SCRIPT = `(function () {
  var MM = 96 / 25.4;
  function px(value) { return parseFloat(value) || 0; }
  function place() {
    var feet = document.querySelectorAll("[data-gb-foot]");
    for (var i = 0; i < feet.length; i++) {
      var foot = feet[i];
      var spacer = foot.previousElementSibling;
      var sheet = foot.closest("[data-gb-sheet]");
      if (!spacer || !sheet) continue;
      spacer.style.height = "0px";
      spacer.style.breakBefore = "auto";
      var height = px(sheet.getAttribute("data-page-height")) * MM;
      var width = px(sheet.getAttribute("data-page-width")) * MM;
      var probe = sheet.cloneNode(true);
      probe.removeAttribute("data-gb-sheet");
      probe.style.cssText = "position:absolute;left:-100000px;top:0;visibility:hidden;overflow:visible;margin:0;padding:0;box-shadow:none;min-height:0;" +
        "width:" + width * 400 + "px;height:" + height + "px;column-width:" + width + "px;column-gap:0;column-fill:auto;";
      var marks = probe.querySelectorAll("[data-gb-foot], .gb-watermark");
      for (var m = 0; m < marks.length; m++) marks[m].remove();
      var end = probe.querySelector(".gb-foot-spacer");
      sheet.parentNode.appendChild(probe);
      var box = probe.getBoundingClientRect();
      var at = end.getBoundingClientRect();
      var used = at.top - box.top;
      probe.remove();
      var footHeight = foot.getBoundingClientRect().height;
      var slack = 2;
      if (used + footHeight + slack <= height) {
        spacer.style.height = (height - used - footHeight - slack) + "px";
      } else {
        spacer.style.breakBefore = "page";
        spacer.style.height = Math.max(0, height - footHeight - slack) + "px";
      }
    }
    document.documentElement.setAttribute("data-gb-placed", "1");
  }
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(place); else place();
  window.addEventListener("beforeprint", place);
})();`;

function inline(run: Inline): string {
  if (typeof run === "string") return escapeHtml(run);
  const classes = [run.bold ? "gb-bold" : "", run.font ? `gb-${run.font}` : ""].filter(Boolean).join(" ");
  return classes ? `<span class="${classes}">${escapeHtml(run.text)}</span>` : escapeHtml(run.text);
}

function block(item: Block): string {
  switch (item.type) {
    case "heading":
      return `<h${item.level + 1} class="gb-h gb-h${item.level}">${escapeHtml(item.text)}</h${item.level + 1}>`;
    case "paragraph": {
      const classes = ["gb-p", item.indent === false ? "gb-flush" : "", item.align && item.align !== "left" ? `gb-${item.align}` : ""].filter(Boolean).join(" ");
      return `<p class="${classes}">${item.runs.map(inline).join("")}</p>`;
    }
    case "blank":
      return Array.from({ length: item.lines ?? 1 }, () => `<div class="gb-blank"></div>`).join("");
    case "table": {
      const total = item.columns.reduce((sum, column) => sum + column.width, 0);
      const cols = item.columns.map((column) => `<col style="width:${((column.width / total) * 100).toFixed(2)}%">`).join("");
      const head = item.columns.map((column) => `<th>${escapeHtml(column.header)}</th>`).join("");
      const cellClass = (index: number) => (item.columns[index]?.align === "right" ? ` class="gb-num"` : item.columns[index]?.align === "center" ? ` class="gb-mid"` : "");
      const rows = item.rows.map((row) => `<tr>${row.map((cell, index) => `<td${cellClass(index)}>${escapeHtml(cell)}</td>`).join("")}</tr>`).join("");
      const note = item.note ? `<p class="gb-table-note">${escapeHtml(item.note)}</p>` : "";
      return `<table class="gb-table${item.size === "small" ? " gb-small" : ""}"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>${note}`;
    }
  }
}

/** 发文机关标志 size: as large as 初号, never wider than the text block. */
export function issuerSizePt(issuer: string): number {
  const widthPt = (PAGE.textWidth * 72) / 25.4;
  return Math.min(SIZE.chuhao, Math.floor((widthPt / Math.max(textWidth(issuer), 1)) * 10) / 10);
}

/** 落款: the date four characters from the right, the name centred over it (GB/T 9704 7.3.5.1). */
export function signatureIndents(name: string, date: string): { name: number; date: number } {
  const nameWidth = textWidth(name);
  const dateWidth = textWidth(date);
  if (nameWidth > dateWidth + 4) return { name: 2, date: 2 + (nameWidth - dateWidth) / 2 };
  return { name: Math.max(0, 4 + (dateWidth - nameWidth) / 2), date: 4 };
}

function foot(doc: OfficialDocument): string {
  const parts: string[] = [];
  if (doc.distribution) {
    const { reportTo, sendTo, issueTo } = doc.distribution;
    const rows = [
      reportTo.length ? `<p class="gb-hanging">报：${escapeHtml(reportTo.join("，"))}。</p>` : "",
      sendTo.length ? `<p class="gb-hanging">送：${escapeHtml(sendTo.join("，"))}。</p>` : "",
      issueTo?.length ? `<p class="gb-hanging">发：${escapeHtml(issueTo.join("，"))}。</p>` : "",
    ].filter(Boolean);
    if (rows.length) parts.push(`<div class="gb-line-outer"></div>${rows.join(`<div class="gb-line-inner"></div>`)}<div class="gb-line-outer"></div>`);
  }
  if (doc.colophon) {
    const { copyTo, printedBy, printedOn } = doc.colophon;
    const copy = copyTo.length ? `<p class="gb-hanging">抄送：${escapeHtml(copyTo.join("，"))}。</p><div class="gb-line-inner"></div>` : "";
    parts.push(`<div class="gb-line-outer"></div>${copy}<p class="gb-printed"><span>${escapeHtml(printedBy)}</span><span>${escapeHtml(printedOn)}印发</span></p><div class="gb-line-outer"></div>`);
  }
  if (!parts.length) return "";
  return `<div class="gb-foot-spacer"></div><div class="gb-foot" data-gb-foot data-testid="document-foot">${parts.join("")}</div>`;
}

function sheet(content: string, landscape: boolean, watermark?: string): string {
  const height = landscape ? PAGE.textWidth : PAGE.textHeight;
  const width = landscape ? PAGE.textHeight : PAGE.textWidth;
  const mark = watermark ? `<div class="gb-watermark" aria-hidden="true">${escapeHtml(watermark)}</div>` : "";
  return `<section class="gb-sheet${landscape ? " gb-landscape" : ""}" data-gb-sheet data-page-height="${height}" data-page-width="${width}">${mark}${content}</section>`;
}

/** The document's markup (without <html>): the print view embeds it, the PDF wraps it. */
export function documentMarkup(doc: OfficialDocument): string {
  const head: string[] = [];
  if (doc.redHeader) {
    head.push(`<header class="gb-red-header" data-testid="document-red-header"><p class="gb-issuer" style="font-size:${issuerSizePt(doc.redHeader.issuer)}pt">${escapeHtml(doc.redHeader.issuer)}</p>`);
    if (doc.redHeader.number) head.push(`<p class="gb-number" data-testid="document-number">${escapeHtml(doc.redHeader.number)}</p>`);
    head.push(`<div class="gb-red-rule"></div></header>`);
  }
  if (doc.bulletin) {
    const b = doc.bulletin;
    head.push(
      `<header class="gb-bulletin-header" data-testid="document-bulletin-header"><p class="gb-bulletin-name">${escapeHtml(b.name)}</p><p class="gb-bulletin-issue" data-testid="document-number">${escapeHtml(b.issue)}</p>` +
        `<p class="gb-bulletin-line"><span>${escapeHtml(b.editor)}</span><span>${escapeHtml(b.date)}</span></p><div class="gb-red-rule"></div></header>`,
    );
  }
  head.push(`<h1 class="gb-title" data-testid="document-title">${escapeHtml(doc.title)}</h1>`);
  if (doc.subtitle) head.push(`<p class="gb-subtitle">${escapeHtml(doc.subtitle)}</p>`);
  if (doc.addressee) head.push(`<p class="gb-addressee">${escapeHtml(doc.addressee)}：</p>`);
  const body = `<div class="gb-body">${doc.body.map(block).join("")}</div>`;
  const attachments = doc.attachmentNote?.length
    ? `<div class="gb-attachments">${doc.attachmentNote
        .map((name, index) => (index === 0 ? `<p class="gb-p">附件：${doc.attachmentNote!.length > 1 ? "1．" : ""}${escapeHtml(name)}</p>` : `<p class="gb-p gb-attachment-rest">${index + 1}．${escapeHtml(name)}</p>`))
        .join("")}</div>`
    : "";
  let signature = "";
  if (doc.signature) {
    const indents = signatureIndents(doc.signature.name, doc.signature.date);
    signature = `<div class="gb-signature" data-testid="document-signature"><p style="padding-right:${indents.name}em">${escapeHtml(doc.signature.name)}</p><p style="padding-right:${indents.date}em">${escapeHtml(doc.signature.date)}</p></div>`;
  }
  const postscript = doc.postscript ? `<p class="gb-p gb-postscript">（${escapeHtml(doc.postscript)}）</p>` : "";
  const appendices = doc.appendices ?? [];
  const sheets = [sheet(head.join("") + body + attachments + signature + postscript + (appendices.length ? "" : foot(doc)), false, doc.watermark)];
  appendices.forEach((appendix, index) => {
    const content = `<p class="gb-appendix-label">${escapeHtml(appendix.label)}</p><h2 class="gb-appendix-title">${escapeHtml(appendix.title)}</h2>${appendix.blocks.map(block).join("")}`;
    sheets.push(sheet(content + (index === appendices.length - 1 ? foot(doc) : ""), appendix.landscape, doc.watermark));
  });
  return `<div class="gb-document" lang="zh-CN" data-testid="official-document">${sheets.join("")}</div>`;
}

/** A whole page for the PDF renderer: the markup, its stylesheet and the foot placement. */
export function documentPage(doc: OfficialDocument): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(doc.fileName)}</title><style>${documentCss()}
body { margin: 0; background: #fff; }</style></head><body>${documentMarkup(doc)}<script>${PLACE_FOOT_SCRIPT}</script></body></html>`;
}
