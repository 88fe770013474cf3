// The import route's form fields, parsed with zod: the mode, the mapping from the mapping step
// and the fixes typed in the preview (JSON). Indexes stay numbers in arrays and Maps, never
// object keys the sheet could choose.
import { z } from "zod";
import { mappingInput, type MappingInput } from "./sheet-layout";
import type { CellEdit } from "./plan-workbook";

export const IMPORT_MODES = ["layout", "dry-run", "commit", "errors"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export const MAX_EDITS = 2000;

export const cellEditSchema = z.object({
  row: z.number().int().min(1).max(1_048_576),
  column: z.number().int().min(0).max(16_383),
  value: z.string().max(2000),
});

function json<T extends z.ZodType>(schema: T) {
  return z.string().max(500_000).transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "validation.invalid" });
      return z.NEVER;
    }
  }).pipe(schema);
}

const requestFields = z.object({
  mode: z.enum(IMPORT_MODES).default("dry-run"),
  mapping: json(mappingInput).optional(),
  edits: json(z.array(cellEditSchema).max(MAX_EDITS)).optional(),
  headerRow: z.coerce.number().int().min(0).max(30).optional(),
});

export interface ParsedImportRequest {
  mode: ImportMode;
  mapping: MappingInput | null;
  edits: CellEdit[];
  headerRow: number | undefined;
}

/** The form's fields (the file aside); null when they are malformed. */
export function parseImportFields(form: FormData): ParsedImportRequest | null {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" && value !== "" ? value : undefined;
  };
  const parsed = requestFields.safeParse({ mode: text("mode"), mapping: text("mapping"), edits: text("edits"), headerRow: text("headerRow") });
  if (!parsed.success) return null;
  return { mode: parsed.data.mode, mapping: parsed.data.mapping ?? null, edits: parsed.data.edits ?? [], headerRow: parsed.data.headerRow };
}
