"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { ActionResult, FieldErrors } from "@/lib/server/result";

export type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/**
 * A form bound to a server action: its state, the action to put on <form action>, the
 * field errors, and a callback once it succeeded (navigate, reset, close…).
 */
export function useFormAction<T>(action: FormAction<T>, onSuccess?: (data: T) => void) {
  const [state, formAction, pending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  const callback = useRef(onSuccess);
  useEffect(() => {
    callback.current = onSuccess;
  });
  useEffect(() => {
    if (state?.ok) callback.current?.(state.data);
  }, [state]);
  const errors: FieldErrors = state && !state.ok ? state.fieldErrors : {};
  /**
   * For <form onSubmit>: submits without React's automatic reset of a form action, so that what
   * the user typed stays in the fields when the server answers with errors.
   */
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return { state, formAction, onSubmit, pending, errors, failure: state && !state.ok ? state : null };
}
