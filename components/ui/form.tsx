import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

const control = "block w-full rounded-md border bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500 disabled:bg-slate-100";

function controlClass(invalid: boolean | undefined, className?: string) {
  return cn(control, invalid ? "border-red-500" : "border-slate-300", className);
}

export function Field({ label, htmlFor, error, hint, required, children, className }: {
  label: ReactNode;
  htmlFor: string;
  error?: string[] | string;
  hint?: ReactNode;
  required?: boolean;
  children: ReactNode;
  className?: string;
}) {
  const messages = typeof error === "string" ? [error] : error ?? [];
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={htmlFor} className="block text-sm font-medium text-slate-700">
        {label}
        {required && <span className="ml-0.5 text-red-600" aria-hidden>*</span>}
      </label>
      {children}
      {hint && messages.length === 0 && <p className="text-xs text-slate-500">{hint}</p>}
      {messages.map((message) => (
        <p key={message} id={`${htmlFor}-error`} className="text-xs text-red-600" role="alert">
          {message}
        </p>
      ))}
    </div>
  );
}

type Invalid = { invalid?: boolean };

export function Input({ invalid, className, ...props }: ComponentProps<"input"> & Invalid) {
  return <input aria-invalid={invalid || undefined} aria-describedby={invalid && props.id ? `${props.id}-error` : undefined} className={controlClass(invalid, className)} {...props} />;
}

export function Select({ invalid, className, ...props }: ComponentProps<"select"> & Invalid) {
  return <select aria-invalid={invalid || undefined} aria-describedby={invalid && props.id ? `${props.id}-error` : undefined} className={controlClass(invalid, className)} {...props} />;
}

export function Textarea({ invalid, className, ...props }: ComponentProps<"textarea"> & Invalid) {
  return <textarea aria-invalid={invalid || undefined} aria-describedby={invalid && props.id ? `${props.id}-error` : undefined} className={controlClass(invalid, className)} rows={3} {...props} />;
}

/** The form-level outcome of an action: an error banner or a success note. */
export function FormMessage({ state }: { state: { ok: boolean; message?: string } | null | undefined }) {
  if (!state || (state.ok && !state.message) || !("message" in state) || !state.message) return null;
  return (
    <div role={state.ok ? "status" : "alert"} className={cn("rounded-md px-3 py-2 text-sm", state.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-700")}>
      {state.message}
    </div>
  );
}
