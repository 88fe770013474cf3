// Reading a catalogue version from an upload: JSON in the shape of CATALOGUE_2021, or the first
// sheet of an .xlsx with one row per indicator. Pure but for the workbook reader.
//
// Sheet columns (header labels, in any order; the group columns may be left blank or merged
// below the group's first row):
//   组别编号 | 组别名称 | 组别权重(%) | 指标编号 | 指标名称 | 单位 | 方向 | 组内权重 | 定性
import { parseDirection } from "@/lib/plan/indicators";
import type { CatalogueInput } from "./schema";

export type CatalogueParse = { ok: true; catalogue: unknown } | { ok: false; error: string; values?: Record<string, string | number> };

const COLUMNS = {
  groupCode: /^(组别编号|一级指标编号|组别代码|group ?code)$/i,
  groupName: /^(组别名称|一级指标|组别|group|group ?name)$/i,
  groupWeight: /^(组别权重|一级指标权重|一级权重|group ?weight)(\(%\)|（%）|%)?$/i,
  code: /^(指标编号|二级指标编号|编号|code)$/i,
  name: /^(指标名称|二级指标|指标|indicator|name)$/i,
  unit: /^(单位|计量单位|unit)$/i,
  direction: /^(方向|指标方向|direction)$/i,
  weight: /^(组内权重|权重系数|二级权重|weight)$/i,
  qualitative: /^(定性|定性指标|qualitative)$/i,
} as const;

type Column = keyof typeof COLUMNS;

const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && value !== null) {
    // exceljs: rich text, formulas and hyperlinks
    const cell = value as { richText?: { text: string }[]; result?: unknown; text?: unknown };
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => part.text).join("").trim();
    if (cell.result !== undefined) return cellText(cell.result);
    if (typeof cell.text === "string") return cell.text.trim();
  }
  return String(value).trim();
};

const number = (text: string): number | null => {
  const cleaned = text.replace(/[%％×x*\s]/gi, "");
  if (!cleaned) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : Number.NaN;
};

const YES = /^(是|定性|√|✓|y|yes|true|1)$/i;

/** The sheet's rows (cell values) as a catalogue for zod to check; the version's name comes from the form. */
export function catalogueFromRows(rows: unknown[][], meta: { version: string | null; name: string | null; issuedBy: string | null; source: string | null }): CatalogueParse {
  const headerIndex = rows.findIndex((row) => row.some((cell) => COLUMNS.code.test(cellText(cell))) && row.some((cell) => COLUMNS.name.test(cellText(cell))));
  if (headerIndex < 0) return { ok: false, error: "readiness.import.errors.noHeader" };
  const positions = new Map<Column, number>();
  rows[headerIndex].forEach((cell, index) => {
    const label = cellText(cell).replace(/\s+/g, "");
    for (const [column, pattern] of Object.entries(COLUMNS) as [Column, RegExp][]) {
      if (!positions.has(column) && pattern.test(label)) {
        positions.set(column, index);
        break;
      }
    }
  });
  for (const required of ["groupName", "groupWeight", "code", "name"] as Column[]) {
    if (!positions.has(required)) return { ok: false, error: "readiness.import.errors.missingColumn", values: { column: required } };
  }
  if (!meta.version || !meta.name) return { ok: false, error: "readiness.import.errors.versionRequired" };
  const at = (row: unknown[], column: Column) => (positions.has(column) ? cellText(row[positions.get(column)!]) : "");
  const groups: CatalogueInput["groups"] = [];
  let current: CatalogueInput["groups"][number] | null = null;
  for (let index = headerIndex + 1; index < rows.length; index += 1) {
    const row = rows[index];
    const line = index + 1;
    const groupName = at(row, "groupName");
    const groupCode = at(row, "groupCode") || (groupName ? String(groups.length + 1) : "");
    if (groupName && (!current || current.name !== groupName)) {
      const weight = number(at(row, "groupWeight"));
      if (weight === null || Number.isNaN(weight)) return { ok: false, error: "readiness.import.errors.groupWeight", values: { line } };
      current = { code: groupCode, name: groupName, weight, indicators: [] };
      groups.push(current);
    }
    const name = at(row, "name");
    if (!name) continue;
    if (!current) return { ok: false, error: "readiness.import.errors.noGroup", values: { line } };
    const direction = parseDirection(at(row, "direction"));
    if (direction === "invalid") return { ok: false, error: "readiness.import.errors.direction", values: { line } };
    const weight = number(at(row, "weight"));
    if (Number.isNaN(weight)) return { ok: false, error: "readiness.import.errors.weight", values: { line } };
    current.indicators.push({
      code: at(row, "code") || `${current.code}.${current.indicators.length + 1}`,
      name,
      unit: at(row, "unit") || null,
      direction: direction ?? "RISING",
      weight,
      qualitative: YES.test(at(row, "qualitative")),
    });
  }
  return { ok: true, catalogue: { version: meta.version, name: meta.name, issuedBy: meta.issuedBy, source: meta.source, groups } };
}

/** A JSON upload; the form's fields fill what the file leaves out. */
export function catalogueFromJson(text: string, meta: { version: string | null; name: string | null; issuedBy: string | null; source: string | null }): CatalogueParse {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, error: "readiness.import.errors.unreadable" };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return { ok: false, error: "readiness.import.errors.unreadable" };
  const fromFile = parsed as Record<string, unknown>;
  // Own properties only, into a fresh object (never a prototype the file could name).
  const own = (key: string) => (Object.hasOwn(fromFile, key) ? fromFile[key] : undefined);
  return {
    ok: true,
    catalogue: {
      version: meta.version ?? own("version"),
      name: meta.name ?? own("name"),
      issuedBy: meta.issuedBy ?? own("issuedBy") ?? null,
      source: meta.source ?? own("source") ?? null,
      groups: own("groups"),
    },
  };
}
