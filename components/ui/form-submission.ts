// The pure core of the one form mechanism (useFormAction): one round trip to a server action
// and what the form shows afterwards. No React, no DOM: unit-tested on its own.
import type { ActionResult, FieldErrors } from "@/lib/server/result";

export type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

export type FormFailure = { ok: false; fieldErrors: FieldErrors; message: string };

export interface SubmissionHooks<T> {
  /** Shown when the request itself failed (offline, server gone): the form keeps its values. */
  unreachableMessage: string;
  /** Rethrows the framework's own control flow (a redirect after sign-in, notFound) so that it is not taken for a network failure. */
  rethrow?: (error: unknown) => void;
  /** Only after a success: clear the fields of a form that adds another row on the same page. */
  reset?: () => void;
  onSuccess?: (data: T) => void;
}

/**
 * Sends the form's data and returns the result to show. A refusal never touches the fields
 * (nothing resets them: the form is submitted with onSubmit, not `<form action>`, so React 19's
 * automatic reset never runs); only a success may reset them, when the form asks for it.
 */
export async function submitForm<T>(action: FormAction<T>, previous: ActionResult<T> | null, formData: FormData, hooks: SubmissionHooks<T>): Promise<ActionResult<T>> {
  let result: ActionResult<T>;
  try {
    result = await action(previous, formData);
  } catch (error) {
    hooks.rethrow?.(error);
    return { ok: false, fieldErrors: {}, message: hooks.unreachableMessage };
  }
  if (result.ok) {
    hooks.reset?.();
    hooks.onSuccess?.(result.data);
  }
  return result;
}

/** What a form shows for a result: the field errors and the failure banner (none after a success). */
export function formOutcome<T>(state: ActionResult<T> | null): { errors: FieldErrors; failure: FormFailure | null; success: { ok: true; data: T } | null } {
  if (!state) return { errors: {}, failure: null, success: null };
  if (state.ok) return { errors: {}, failure: null, success: state };
  return { errors: state.fieldErrors, failure: state, success: null };
}
