// What an uploaded workbook may cost before exceljs reads it whole. exceljs inflates every
// entry of the zip into memory (JSZip) and then builds objects for every row, cell, merged
// cell, data-validation address and defined-name cell, so a few hundred kB of zip can cost
// gigabytes. This module looks first, streaming, with memory that does not grow with the
// file: the zip's central directory (declared sizes, entry count), then each entry inflated
// in small chunks (yauzl stops an entry that inflates past its declared size, so the
// declared sizes are the real ones), its XML scanned with the parser exceljs uses (saxes)
// for what exceljs would build from it.
import { SaxesParser, type SaxesTagPlain } from "saxes";
import yauzl, { type Entry, type ZipFile } from "yauzl";

const MB = 1024 * 1024;

export const WORKBOOK_LIMITS = {
  /** Files inside the zip (a workbook has a dozen or two; images add one each). */
  entries: 1000,
  /** All entries inflated, in bytes (a 5,000-row plan with drop-downs is about 4 MB). */
  inflatedBytes: 50 * MB,
  /**
   * The highest row number of any sheet: twice the import's own row limit (plan-sheet.ts),
   * so a workbook a little over that still gets the import's own message.
   */
  rows: 10_000,
  /** The highest column of any cell (the plan has under 20 columns; IV was Excel 2003's last). */
  columns: 256,
  /** Cells of all sheets (5,000 rows of 40 columns; exceljs needs about 150 MB for them). */
  cells: 200_000,
  /** Cells covered by merged ranges, data validations and defined names, which exceljs expands one by one. */
  rangeCells: 100_000,
  /** XML elements of all parts: shared strings, styles and the rest become objects too. */
  elements: 1_500_000,
} as const;

export type WorkbookLimits = { [K in keyof typeof WORKBOOK_LIMITS]: number };

/** An i18n key (files.workbook.*) and its values. */
export interface WorkbookRefusal {
  key: string;
  values: Record<string, string | number>;
}

/** Excel's last column (XFD); exceljs makes a column object for each one a <col> spans. */
const EXCEL_COLUMNS = 16_384;

class Refused extends Error {
  constructor(readonly refusal: WorkbookRefusal) {
    super(refusal.key);
  }
}

const refuse = (key: string, values: Record<string, string | number> = {}): never => {
  throw new Refused({ key: `files.workbook.${key}`, values });
};

/** "B12" → { column: 2, row: 12 }; "$AB$3" works too; a part left out is null ("B", "12"). */
export function parseCellRef(ref: string): { column: number | null; row: number | null } | null {
  const match = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(ref.trim());
  if (!match || (!match[1] && !match[2])) return null;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { column: match[1] ? column : null, row: match[2] ? Number(match[2]) : null };
}

/**
 * Cells exceljs makes for one reference: "A1" is 1, "'计划'!$A$1:$C$4" 12. A whole column or
 * row ("A:A", "$1:$1") or an unreadable reference is 1: exceljs expands only rectangles
 * with all four edges.
 */
export function cellsInRange(ref: string): number {
  const [from, to = from] = ref.replace(/^.*!/, "").split(":");
  const start = parseCellRef(from);
  const end = parseCellRef(to);
  if (start?.column == null || start.row == null || end?.column == null || end.row == null) return 1;
  return (Math.abs(end.column - start.column) + 1) * (Math.abs(end.row - start.row) + 1);
}

/** What exceljs would build from one sheet's XML. */
interface SheetStats {
  rows: number;
  columns: number;
  cells: number;
  rangeCells: number;
}

function openZip(bytes: Uint8Array): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true }, (error, zip) => (error || !zip ? reject(error) : resolve(zip)));
  });
}

/** The central directory: every entry, read without inflating anything. */
function listEntries(zip: ZipFile, limits: WorkbookLimits): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    if (zip.entryCount > limits.entries) return reject(new Refused({ key: "files.workbook.tooManyEntries", values: { count: zip.entryCount, max: limits.entries } }));
    const entries: Entry[] = [];
    let declared = 0;
    zip.on("entry", (entry: Entry) => {
      declared += entry.uncompressedSize;
      if (declared > limits.inflatedBytes) {
        zip.close();
        return reject(new Refused({ key: "files.workbook.tooLarge", values: { max: Math.round(limits.inflatedBytes / MB) } }));
      }
      entries.push(entry);
      zip.readEntry();
    });
    zip.on("end", () => resolve(entries));
    zip.on("error", reject);
    zip.readEntry();
  });
}

/** Streams one entry through `onText` (decoded UTF-8, chunk by chunk). */
function readEntryText(zip: ZipFile, entry: Entry, onText: (text: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error);
      const decoder = new TextDecoder("utf-8");
      stream.on("data", (chunk: Buffer) => {
        try {
          onText(decoder.decode(chunk, { stream: true }));
        } catch (failure) {
          stream.destroy();
          reject(failure);
        }
      });
      stream.on("end", () => {
        try {
          onText(decoder.decode());
          resolve();
        } catch (failure) {
          reject(failure);
        }
      });
      stream.on("error", reject);
    });
  });
}

function drainEntry(zip: ZipFile, entry: Entry): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error);
      stream.on("data", () => {});
      stream.on("end", resolve);
      stream.on("error", reject);
    });
  });
}

interface Totals {
  cells: number;
  rangeCells: number;
  elements: number;
}

function xmlParser(
  limits: WorkbookLimits,
  totals: Totals,
  onOpen: (tag: SaxesTagPlain) => void,
  onText?: (text: string) => void,
  onClose?: (name: string) => void,
): { write: (text: string) => void; close: () => void } {
  const parser = new SaxesParser();
  let failure: Error | null = null;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("opentag", (tag) => {
    totals.elements += 1;
    if (totals.elements > limits.elements) refuse("tooManyElements", { max: limits.elements });
    onOpen(tag as SaxesTagPlain);
  });
  if (onText) parser.on("text", onText);
  if (onClose) parser.on("closetag", (tag) => onClose(tag.name));
  const check = () => {
    if (failure) throw failure;
  };
  return {
    write: (text) => {
      parser.write(text);
      check();
    },
    close: () => {
      parser.close();
      check();
    },
  };
}

/** Rows, columns, cells and expanded ranges of one worksheet, as its XML streams by. */
function sheetScanner(limits: WorkbookLimits, totals: Totals, name: () => string) {
  const stats: SheetStats = { rows: 0, columns: 0, cells: 0, rangeCells: 0 };
  let row = 0;
  let column = 0;
  const addRange = (sqref: string) => {
    for (const ref of sqref.split(/\s+/).filter(Boolean)) {
      const cells = cellsInRange(ref);
      stats.rangeCells += cells;
      totals.rangeCells += cells;
      if (totals.rangeCells > limits.rangeCells) refuse("rangeTooLarge", { sheet: name(), max: limits.rangeCells });
    }
  };
  return xmlParser(limits, totals, (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    switch (tag.name) {
      case "row": {
        row = attributes.r ? Number(attributes.r) : row + 1;
        column = 0;
        if (!Number.isFinite(row) || row > limits.rows) refuse("tooManyRows", { sheet: name(), max: limits.rows });
        stats.rows = Math.max(stats.rows, row);
        break;
      }
      case "c": {
        const ref = attributes.r ? parseCellRef(attributes.r) : null;
        column = ref?.column ?? column + 1;
        if (ref?.row && ref.row > limits.rows) refuse("tooManyRows", { sheet: name(), max: limits.rows });
        if (column > limits.columns) refuse("tooManyColumns", { sheet: name(), max: limits.columns });
        stats.columns = Math.max(stats.columns, column);
        stats.cells += 1;
        totals.cells += 1;
        if (totals.cells > limits.cells) refuse("tooManyCells", { max: limits.cells });
        break;
      }
      case "col": {
        // exceljs makes one column object per column of <col min max>.
        if (Number(attributes.max) > EXCEL_COLUMNS || Number(attributes.min) > EXCEL_COLUMNS) refuse("tooManyColumns", { sheet: name(), max: limits.columns });
        break;
      }
      case "mergeCell":
        if (attributes.ref) addRange(attributes.ref);
        break;
      case "dataValidation":
        if (attributes.sqref) addRange(attributes.sqref);
        break;
    }
  });
}

function relationshipsScanner(limits: WorkbookLimits, totals: Totals, targets: Map<string, string>) {
  return xmlParser(limits, totals, (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    if (tag.name === "Relationship" && attributes.Id && attributes.Target) targets.set(attributes.Id, attributes.Target.replace(/^\/?(xl\/)?/, "xl/"));
  });
}

/** Sheet names by relationship id, and the cells of defined names (exceljs expands their ranges too). */
function workbookScanner(limits: WorkbookLimits, totals: Totals, sheets: Map<string, string>, onDefinedName: (text: string) => void) {
  let definedName: string | null = null;
  return xmlParser(
    limits,
    totals,
    (tag) => {
      const attributes = tag.attributes as Record<string, string>;
      if (tag.name === "sheet" && attributes["r:id"]) sheets.set(attributes["r:id"], attributes.name ?? "");
      if (tag.name === "definedName") definedName = "";
    },
    (text) => {
      if (definedName !== null) definedName += text;
    },
    (name) => {
      if (name === "definedName" && definedName !== null) onDefinedName(definedName);
      if (name === "definedName") definedName = null;
    },
  );
}

/**
 * Null when the workbook is within the limits (exceljs may read it), otherwise why not, as
 * an i18n key under files.workbook. A file that is not a readable zip is refused too: what
 * cannot be looked at is not handed to exceljs.
 */
export async function workbookLimitRefusal(bytes: Uint8Array, limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<WorkbookRefusal | null> {
  let zip: ZipFile | undefined;
  try {
    zip = await openZip(bytes);
    const entries = await listEntries(zip, limits);
    const byName = new Map(entries.map((entry) => [entry.fileName, entry]));
    // Sheet names first (for the messages): the workbook and its relationships.
    const sheetNames = new Map<string, string>();
    const relationTargets = new Map<string, string>();
    const totals: Totals = { cells: 0, rangeCells: 0, elements: 0 };
    const rels = byName.get("xl/_rels/workbook.xml.rels");
    if (rels) {
      const scanner = relationshipsScanner(limits, totals, relationTargets);
      await readEntryText(zip, rels, scanner.write);
      scanner.close();
    }
    const workbook = byName.get("xl/workbook.xml");
    const relationIdBySheet = new Map<string, string>();
    if (workbook) {
      const scanner = workbookScanner(limits, totals, relationIdBySheet, (definition) => {
        for (const ref of definition.split(",")) {
          totals.rangeCells += cellsInRange(ref.trim());
          if (totals.rangeCells > limits.rangeCells) refuse("rangeTooLarge", { sheet: "—", max: limits.rangeCells });
        }
      });
      await readEntryText(zip, workbook, scanner.write);
      scanner.close();
    }
    for (const [relationId, name] of relationIdBySheet) {
      const target = relationTargets.get(relationId);
      if (target) sheetNames.set(target, name);
    }
    for (const entry of entries) {
      if (entry === rels || entry === workbook || entry.fileName.endsWith("/")) continue;
      if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.fileName)) {
        const scanner = sheetScanner(limits, totals, () => sheetNames.get(entry.fileName) ?? entry.fileName.replace(/^.*\//, ""));
        await readEntryText(zip, entry, scanner.write);
        scanner.close();
      } else if (/\.(xml|rels|vml)$/i.test(entry.fileName)) {
        const scanner = xmlParser(limits, totals, () => {});
        await readEntryText(zip, entry, scanner.write);
        scanner.close();
      } else {
        await drainEntry(zip, entry);
      }
    }
    return null;
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    // yauzl: an entry inflating past its declared size is a zip bomb, not a workbook.
    if (error instanceof Error && /too many bytes|uncompressed size|compressed size/i.test(error.message)) {
      return { key: "files.workbook.tooLarge", values: { max: Math.round(limits.inflatedBytes / MB) } };
    }
    return { key: "files.workbook.unreadable", values: {} };
  } finally {
    zip?.close();
  }
}
