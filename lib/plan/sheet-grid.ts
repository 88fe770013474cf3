// A worksheet as the import sees it: cell values row by row (0-based), merged cells carrying
// the value of their first cell, and the merged ranges themselves (to read two-level headers).
// Pure; plan-workbook.ts reads the .xlsx into this shape.
import { parseDateText } from "@/lib/dates/date-text";
import { numberText } from "@/lib/server/exact-decimal";

export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  sheetName: string;
  rows: unknown[][];
  merges: MergeRange[];
}

/** The text of a cell: rich text joined, formulas by their result, dates as YYYY-MM-DD. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "number") return numberText(value);
  if (typeof value === "string") return value.trim();
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object") {
    const cell = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (Array.isArray(cell.richText)) return cell.richText.map((run) => run.text).join("").trim();
    if ("result" in cell) return cellText(cell.result);
    if (typeof cell.text === "string") return cell.text.trim();
    if (cell.error) return String(cell.error);
  }
  return String(value).trim();
}

/** Excel's day 0 is 1899-12-30 (with the 1900 leap-year bug folded in). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date cell, an Excel serial number, or date text; null otherwise. */
export function cellDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === "number" && Number.isInteger(value) && value > 20000 && value < 2958466) {
    return new Date(EXCEL_EPOCH + value * 86_400_000).toISOString().slice(0, 10);
  }
  if (typeof value === "object" && value !== null && "result" in value) return cellDate((value as { result: unknown }).result);
  return parseDateText(cellText(value));
}

/** "A1"-style address of a 0-based cell. */
export function cellAddress(row: number, column: number): string {
  let name = "";
  for (let index = column + 1; index > 0; index = Math.floor((index - 1) / 26)) name = String.fromCharCode(65 + ((index - 1) % 26)) + name;
  return `${name}${row + 1}`;
}

export function mergeAt(grid: SheetGrid, row: number, column: number): MergeRange | null {
  return grid.merges.find((range) => row >= range.top && row <= range.bottom && column >= range.left && column <= range.right) ?? null;
}

export function isBlankRow(cells: unknown[] | undefined): boolean {
  return !cells || cells.every((value) => cellText(value) === "");
}

export function gridWidth(grid: SheetGrid): number {
  return grid.rows.reduce((width, row) => Math.max(width, row.length), 0);
}
