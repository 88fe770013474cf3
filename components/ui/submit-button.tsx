"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "./button";

export function SubmitButton({ children, pendingText, variant, name, value, className }: {
  children: ReactNode;
  pendingText?: ReactNode;
  variant?: "primary" | "secondary" | "danger";
  name?: string;
  value?: string;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-busy={pending} name={name} value={value} className={className}>
      {pending ? pendingText ?? children : children}
    </Button>
  );
}
