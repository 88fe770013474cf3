"use client";

import type { ReactNode } from "react";
import { useRouter } from "next/navigation";
import { FormMessage } from "./form";
import { SubmitButton } from "./submit-button";
import { useFormAction, type FormAction } from "./use-form-action";

/**
 * One button that runs a server action on a record (delete, archive, a status change),
 * after a confirmation. Hidden fields carry the record's id and any other values.
 */
export function ConfirmAction<T>({
  action,
  fields,
  label,
  confirm,
  variant = "secondary",
  redirectTo,
  testId,
}: {
  action: FormAction<T>;
  fields: Record<string, string>;
  label: ReactNode;
  confirm?: string;
  variant?: "primary" | "secondary" | "danger";
  /** Where to go once it succeeded; otherwise the page refreshes. */
  redirectTo?: string;
  testId?: string;
}) {
  const router = useRouter();
  const { formAction, failure } = useFormAction(action, () => (redirectTo ? router.push(redirectTo) : router.refresh()));
  return (
    <form
      action={formAction}
      className="inline-flex flex-col gap-1"
      data-testid={testId}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant}>{label}</SubmitButton>
      <FormMessage state={failure} />
    </form>
  );
}
