export type FieldErrors = Record<string, string[]>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors: FieldErrors; message: string };

export function ok<T>(data: T): ActionResult<T>;
export function ok(): ActionResult<undefined>;
export function ok<T>(data?: T): ActionResult<T | undefined> {
  return { ok: true, data };
}

export function fail(message: string, fieldErrors: FieldErrors = {}): { ok: false; fieldErrors: FieldErrors; message: string } {
  return { ok: false, fieldErrors, message };
}
