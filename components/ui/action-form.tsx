"use client";

import { createContext, useContext, type ComponentProps } from "react";
import type { FormBinding } from "./use-form-action";

const FormPending = createContext(false);

/** True while the enclosing ActionForm's submission is on its way (for SubmitButton). */
export function useFormPending(): boolean {
  return useContext(FormPending);
}

/**
 * The `<form>` of the one form mechanism: submits through useFormAction (never a `<form
 * action>`, whose reset would wipe what the user typed when the server refuses). The server
 * validates, so the browser's own validation is off unless a form asks for it.
 */
export function ActionForm({ form, noValidate = true, ...props }: { form: Pick<FormBinding, "onSubmit" | "pending"> } & Omit<ComponentProps<"form">, "action" | "onSubmit" | "method">) {
  return (
    <FormPending.Provider value={form.pending}>
      {/* eslint-disable-next-line no-restricted-syntax -- the one place that renders a form bound to an action */}
      <form {...props} noValidate={noValidate} onSubmit={form.onSubmit} aria-busy={form.pending || undefined} />
    </FormPending.Provider>
  );
}
