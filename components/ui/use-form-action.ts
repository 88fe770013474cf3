"use client";

import { useTranslations } from "next-intl";
import { unstable_rethrow } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/server/result";
import { formOutcome, submitForm, type FormAction } from "./form-submission";

export type { FormAction } from "./form-submission";

export interface FormActionOptions<T> {
  /** Once the server accepted: navigate, refresh, close a panel… */
  onSuccess?: (data: T) => void;
  /**
   * Before sending, with the data about to go: may add to it, or return false to send nothing
   * (a confirmation the user declined).
   */
  onSubmit?: (formData: FormData, form: HTMLFormElement) => boolean | void;
  /** Clear the fields after a success (a form that adds another row and stays on the page). */
  resetOnSuccess?: boolean;
}

/**
 * The one form mechanism: a form bound to a server action. Put `form` on `<ActionForm form={…}>`
 * (components/ui/action-form.tsx). When the server refuses, every field keeps what the user
 * typed: the form is submitted from onSubmit, so React 19's reset of `<form action>` never runs,
 * and the field errors come back by name (`errors[name]`). Never use useActionState directly
 * (an ESLint rule refuses it).
 */
export function useFormAction<T>(action: FormAction<T>, options: FormActionOptions<T> = {}) {
  const t = useTranslations("errors");
  const [state, setState] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();
  const latest = useRef({ options, state });
  useEffect(() => {
    latest.current = { options, state };
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    // The button pressed takes part, as in a native submission (name="intent" value="…").
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(form, submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement ? submitter : null);
    const { options: current, state: previous } = latest.current;
    if (current.onSubmit?.(formData, form) === false) return;
    startTransition(async () => {
      const result = await submitForm(action, previous, formData, {
        unreachableMessage: t("unreachable"),
        rethrow: unstable_rethrow,
        reset: current.resetOnSuccess ? () => form.reset() : undefined,
        onSuccess: (data) => latest.current.options.onSuccess?.(data),
      });
      startTransition(() => setState(result));
    });
  };
  return { state, pending, onSubmit, ...formOutcome(state) };
}

export type FormBinding = ReturnType<typeof useFormAction<unknown>>;

/**
 * One form, several submit buttons each with its own action (preview / save): the pressed
 * button's `data-intent` picks the binding, the first one when it has none.
 */
export function byIntent(bindings: Record<string, Pick<FormBinding, "onSubmit" | "pending">>): Pick<FormBinding, "onSubmit" | "pending"> {
  const all = Object.values(bindings);
  return {
    pending: all.some((binding) => binding.pending),
    onSubmit: (event) => {
      const submitter = (event.nativeEvent as SubmitEvent).submitter;
      const intent = submitter instanceof HTMLElement ? submitter.dataset.intent : undefined;
      (bindings[intent ?? ""] ?? all[0]).onSubmit(event);
    },
  };
}
