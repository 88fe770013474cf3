"use client";

import { startTransition, useActionState, type FormEvent } from "react";

/**
 * A form's server action without React's automatic form reset: after a refused submission
 * every field keeps what the user typed (the uncontrolled fields of `<form action>` would be
 * cleared). Use with `<form onSubmit={submit}>` and a button disabled while `pending`.
 */
export function useStickyAction<T>(action: (previous: T | null, formData: FormData) => Promise<T>) {
  const [state, dispatch, pending] = useActionState<T | null, FormData>(action, null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  return [state, submit, pending] as const;
}
