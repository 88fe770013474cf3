// Labelled form controls with their field errors: the Field + control pairs every form repeats.
import type { ComponentProps, ReactNode } from "react";
import type { FieldErrors } from "@/lib/server/result";
import { Field, Input, Select, Textarea } from "./form";

interface Labelled {
  name: string;
  label: ReactNode;
  errors: FieldErrors;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  /** Distinguishes the ids when one page holds several forms. */
  idPrefix?: string;
}

export function TextField({ name, label, errors, hint, required, className, idPrefix = "", ...input }: Labelled & Omit<ComponentProps<"input">, "name">) {
  const id = `${idPrefix}${name}`;
  return (
    <Field label={label} htmlFor={id} error={errors[name]} hint={hint} required={required} className={className}>
      <Input id={id} name={name} invalid={Boolean(errors[name])} {...input} />
    </Field>
  );
}

export function TextareaField({ name, label, errors, hint, required, className, idPrefix = "", ...textarea }: Labelled & Omit<ComponentProps<"textarea">, "name">) {
  const id = `${idPrefix}${name}`;
  return (
    <Field label={label} htmlFor={id} error={errors[name]} hint={hint} required={required} className={className}>
      <Textarea id={id} name={name} invalid={Boolean(errors[name])} {...textarea} />
    </Field>
  );
}

export function SelectField({
  name,
  label,
  errors,
  hint,
  required,
  className,
  idPrefix = "",
  options,
  emptyLabel,
  ...select
}: Labelled & Omit<ComponentProps<"select">, "name"> & { options: { value: string; label: string }[]; emptyLabel?: string }) {
  const id = `${idPrefix}${name}`;
  return (
    <Field label={label} htmlFor={id} error={errors[name]} hint={hint} required={required} className={className}>
      <Select id={id} name={name} invalid={Boolean(errors[name])} {...select}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </Select>
    </Field>
  );
}
