"use client";

import type { ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/server/result";
import { Button } from "./button";
import { FormMessage } from "./form";
import type { FormAction } from "./use-form-action";

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
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Extract<ActionResult<T>, { ok: false }> | null>(null);
  return (
    <form
      className="inline-flex flex-col gap-1"
      data-testid={testId}
      onSubmit={(event) => {
        event.preventDefault();
        if (confirm && !window.confirm(confirm)) return;
        const formData = new FormData(event.currentTarget);
        // Called directly, not as the form's action: the revalidation may replace this very
        // page (a deleted record is a 404) before an effect could navigate away.
        startTransition(async () => {
          const result = await action(null, formData);
          if (!result.ok) setFailure(result);
          else if (redirectTo) router.push(redirectTo);
          else router.refresh();
        });
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending} aria-busy={pending}>
        {label}
      </Button>
      <FormMessage state={failure} />
    </form>
  );
}
