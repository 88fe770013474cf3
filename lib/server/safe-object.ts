// Objects built from keys a user chose (form field names, URL parameters, spreadsheet
// headers, JSON from the client). Such an object has no prototype, so a key can never reach
// Object.prototype (`__proto__[REPORTER]=any` would otherwise grant every role everything
// until a restart), and the three names that address prototypes are refused outright: no form
// of the product uses them, so a request carrying one is hostile and is refused whole.
import { DomainError } from "./errors";

/** Names that reach a prototype when used as a key of a plain object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

/** An input refused because a field name (or a segment of one) is a forbidden key. */
export class UnsafeKeyError extends DomainError {
  constructor(public readonly key: string) {
    super("validation.unsafeField");
    this.name = "UnsafeKeyError";
  }
}

/** Throws UnsafeKeyError when `key` is one of FORBIDDEN_KEYS. */
export function assertSafeKey(key: string, fullName = key): void {
  if (isForbiddenKey(key)) {
    // A probe, not a typo: say so in the log (the request is refused and writes nothing).
    console.warn("[security] refused input key %s", JSON.stringify(fullName.slice(0, 200)));
    throw new UnsafeKeyError(fullName);
  }
}

export type SafeRecord<T = unknown> = Record<string, T>;

/** An empty object without a prototype. */
export function safeRecord<T = unknown>(): SafeRecord<T> {
  return Object.create(null) as SafeRecord<T>;
}

/**
 * URL search parameters as a prototype-free object (the last value of a repeated name wins,
 * as with Object.fromEntries); forbidden names are dropped, since a GET filter cannot be
 * "refused" more usefully than by ignoring what no link of the product sends.
 */
export function searchRecord(params: URLSearchParams): SafeRecord<string> {
  const record = safeRecord<string>();
  for (const [key, value] of params) if (!isForbiddenKey(key)) record[key] = value;
  return record;
}
