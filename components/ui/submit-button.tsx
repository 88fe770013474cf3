"use client";

import type { ReactNode } from "react";
import { useFormPending } from "./action-form";
import { Button } from "./button";

/** The submit button of an ActionForm: disabled, with its pending text, while the form is on its way. */
export function SubmitButton({ children, pendingText, variant, name, value, className, testId }: {
  children: ReactNode;
  pendingText?: ReactNode;
  variant?: "primary" | "secondary" | "danger";
  name?: string;
  value?: string;
  className?: string;
  testId?: string;
}) {
  const pending = useFormPending();
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-busy={pending} name={name} value={value} className={className} data-testid={testId}>
      {pending ? pendingText ?? children : children}
    </Button>
  );
}
