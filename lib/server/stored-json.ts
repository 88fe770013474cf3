// Stored JSON is read through a zod schema, never cast: a value this version cannot read is
// refused with the column's name and the first issues, instead of failing later somewhere else.
// Each column's schema lives in its domain's schema.ts (docs/architecture.md, "Stored JSON").
import type { z } from "zod";

export class StoredJsonError extends Error {
  constructor(
    readonly column: string,
    readonly issues: z.core.$ZodIssue[],
  ) {
    super(`${column} holds a value this version cannot read: ${issues.slice(0, 3).map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ")}`);
    this.name = "StoredJsonError";
  }
}

export function parseStoredJson<S extends z.ZodType>(schema: S, value: unknown, column: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new StoredJsonError(column, parsed.error.issues);
  return parsed.data;
}
