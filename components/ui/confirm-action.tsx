"use client";

import type { ReactNode } from "react";
import { useRouter } from "next/navigation";
import { ActionForm } from "./action-form";
import { Button } from "./button";
import { FormMessage } from "./form";
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
  // The success callback runs as soon as the answer is in, before the revalidation may replace
  // this very page (a deleted record is a 404).
  const form = useFormAction(action, {
    onSubmit: () => !confirm || window.confirm(confirm),
    onSuccess: () => (redirectTo ? router.push(redirectTo) : router.refresh()),
  });
  return (
    <ActionForm form={form} className="inline-flex flex-col gap-1" data-testid={testId}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={form.pending} aria-busy={form.pending}>
        {label}
      </Button>
      <FormMessage state={form.failure} />
    </ActionForm>
  );
}
