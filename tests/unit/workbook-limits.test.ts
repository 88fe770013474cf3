import { describe, expect, it } from "vitest";
import { PLAN_COLUMNS, type RowValues } from "@/lib/plan/plan-sheet";
import { buildPlanWorkbook } from "@/lib/plan/plan-workbook";
import { cellsInRange, parseCellRef, WORKBOOK_LIMITS, workbookLimitRefusal } from "@/lib/plan/workbook-limits";
import { buildZip, repeat, workbookEntries } from "../support/zip";

const row = (n: number, cells = 3) => `<row r="${n}">${Array.from({ length: cells }, (_, index) => `<c r="${String.fromCharCode(65 + index)}${n}"><v>${n}</v></c>`).join("")}</row>`;
/** About a megabyte of `text` repeated, as one chunk. */
const megabyteOf = (text: string) => Buffer.from(text.repeat(Math.ceil((1024 * 1024) / text.length)));
const rows = (count: number) => Array.from({ length: count }, (_, index) => row(index + 1));

describe("cell references", () => {
  it("reads columns and rows, with or without $", () => {
    expect(parseCellRef("B12")).toEqual({ column: 2, row: 12 });
    expect(parseCellRef("$AB$3")).toEqual({ column: 28, row: 3 });
    expect(parseCellRef("XFD1048576")).toEqual({ column: 16384, row: 1048576 });
    expect(parseCellRef("C")).toEqual({ column: 3, row: null });
    expect(parseCellRef("#REF")).toBeNull();
  });

  it("counts the cells exceljs makes for a range: rectangles only", () => {
    expect(cellsInRange("A1")).toBe(1);
    expect(cellsInRange("A1:C4")).toBe(12);
    expect(cellsInRange("'计划清单'!$A$1:$Q$1")).toBe(17);
    expect(cellsInRange("A1:XFD1048576")).toBe(16384 * 1048576);
    // Whole columns and rows, and what is no reference, exceljs does not expand.
    expect(cellsInRange("$A:$A")).toBe(1);
    expect(cellsInRange("Sheet1!$1:$1")).toBe(1);
    expect(cellsInRange("#REF!")).toBe(1);
  });
});

describe("workbook limits", () => {
  it("lets an ordinary workbook and the plan template through", async () => {
    expect(await workbookLimitRefusal(await buildZip(workbookEntries({ body: rows(20) })))).toBeNull();
    const blank = Object.fromEntries(PLAN_COLUMNS.map((column) => [column.key, "x"])) as RowValues;
    const template = await buildPlanWorkbook(Array.from({ length: 300 }, () => blank), [{ name: "江州市科学技术局", shortName: "科技局" }]);
    expect(await workbookLimitRefusal(template)).toBeNull();
  });

  it("refuses a sheet whose highest row is over the limit, naming the sheet", async () => {
    const bomb = await buildZip(workbookEntries({ body: [row(1), row(1_048_576)] }));
    expect(await workbookLimitRefusal(bomb)).toEqual({ key: "files.workbook.tooManyRows", values: { sheet: "计划清单", max: WORKBOOK_LIMITS.rows } });
    expect(await workbookLimitRefusal(await buildZip(workbookEntries({ body: rows(10_000) })))).toBeNull();
    expect((await workbookLimitRefusal(await buildZip(workbookEntries({ body: rows(10_001) }))))?.key).toBe("files.workbook.tooManyRows");
  }, 30_000);

  it("refuses merged cells, data validations and defined names that exceljs would expand cell by cell", async () => {
    const merged = await buildZip(workbookEntries({ body: rows(2), tail: '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>' }));
    expect(await workbookLimitRefusal(merged)).toEqual({ key: "files.workbook.rangeTooLarge", values: { sheet: "计划清单", max: WORKBOOK_LIMITS.rangeCells } });
    const validated = await buildZip(workbookEntries({ body: rows(2), tail: '<dataValidations count="1"><dataValidation type="list" sqref="B2 C2:C1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>' }));
    expect((await workbookLimitRefusal(validated))?.key).toBe("files.workbook.rangeTooLarge");
    // A whole-column validation (as Excel writes when a column is selected) is not expanded: accepted.
    const wholeColumn = await buildZip(workbookEntries({ body: rows(2), tail: '<dataValidations count="1"><dataValidation type="list" sqref="C:C"><formula1>"a,b"</formula1></dataValidation></dataValidations>' }));
    expect(await workbookLimitRefusal(wholeColumn)).toBeNull();

    const entries = workbookEntries({ body: rows(2) });
    entries[2] = { name: "xl/workbook.xml", chunks: ['<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="计划清单" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="big">计划清单!$A$1:$ZZ$5000</definedName></definedNames></workbook>'] };
    expect((await workbookLimitRefusal(await buildZip(entries)))?.key).toBe("files.workbook.rangeTooLarge");
  });

  it("refuses cells far to the right and <col> spans beyond Excel's grid", async () => {
    expect(await workbookLimitRefusal(await buildZip(workbookEntries({ body: ['<row r="1"><c r="A1"><v>1</v></c><c r="KZ1"><v>2</v></c></row>'] })))).toEqual({
      key: "files.workbook.tooManyColumns",
      values: { sheet: "计划清单", max: WORKBOOK_LIMITS.columns },
    });
    const columns = await buildZip(workbookEntries({ body: rows(1) }).map((entry) => (entry.name.includes("sheet1") ? { ...entry, chunks: ['<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols><col min="1" max="100000000" width="9"/></cols><sheetData/></worksheet>'] } : entry)));
    expect((await workbookLimitRefusal(columns))?.key).toBe("files.workbook.tooManyColumns");
  });

  it("refuses by the central directory alone when the declared size is over the limit", async () => {
    const line = `${row(1, 1).replace(/r="\d+"/g, "")}\n`;
    // ~60 MB of rows without numbers (exceljs would number them 1, 2, …): declared honestly.
    const big = await buildZip(workbookEntries({ body: repeat(megabyteOf(line), 60) }));
    expect(big.length).toBeLessThan(1024 * 1024);
    expect(await workbookLimitRefusal(big)).toEqual({ key: "files.workbook.tooLarge", values: { max: 50 } });
  });

  it("refuses an entry that inflates past the size it declares", async () => {
    const lying = await buildZip(workbookEntries({ body: repeat(megabyteOf("<!-- padding -->"), 64), declaredSize: 1000 }));
    expect(await workbookLimitRefusal(lying)).toEqual({ key: "files.workbook.tooLarge", values: { max: 50 } });
  });

  it("refuses what is not a zip, and a zip of too many parts", async () => {
    expect((await workbookLimitRefusal(new TextEncoder().encode("not a workbook at all")))?.key).toBe("files.workbook.unreadable");
    const many = await buildZip(Array.from({ length: 12 }, (_, index) => ({ name: `part${index}.xml`, chunks: ["<a/>"] })));
    expect(await workbookLimitRefusal(many, { ...WORKBOOK_LIMITS, entries: 10 })).toEqual({ key: "files.workbook.tooManyEntries", values: { count: 12, max: 10 } });
  });

  it("counts the elements of every part: a shared-strings table of millions of strings", async () => {
    const entries = workbookEntries({ body: rows(2) });
    entries.push({ name: "xl/sharedStrings.xml", chunks: ['<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', ...repeat(megabyteOf("<si><t>x</t></si>"), 16), "</sst>"] });
    expect(await workbookLimitRefusal(await buildZip(entries))).toEqual({ key: "files.workbook.tooManyElements", values: { max: WORKBOOK_LIMITS.elements } });
  });

  it("counts cells over all sheets", async () => {
    expect(await workbookLimitRefusal(await buildZip(workbookEntries({ body: rows(40) })), { ...WORKBOOK_LIMITS, cells: 100 })).toEqual({ key: "files.workbook.tooManyCells", values: { max: 100 } });
  });
});
