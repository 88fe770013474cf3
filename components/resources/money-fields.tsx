"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { SelectField, TextField } from "@/components/ui/fields";
import type { FieldErrors } from "@/lib/server/result";
import { wanFromYuan, yuanFromInput, type MoneyInputUnit } from "@/lib/server/exact-decimal";

export interface MoneyField {
  name: string;
  label: string;
  /** Current value in yuan (exact text), or null. */
  yuan: string | null;
  required?: boolean;
}

function inUnit(yuan: string, unit: MoneyInputUnit): string {
  return unit === "WAN" ? wanFromYuan(yuan) : yuan;
}

/**
 * Amount inputs with one unit switch (万元 by default). Switching the unit converts what is
 * typed exactly, so the figure never changes, only how it is written.
 */
export function MoneyFields({ fields, errors, className, idPrefix }: { fields: MoneyField[]; errors: FieldErrors; className?: string; idPrefix?: string }) {
  const t = useTranslations("resources.funds");
  const [unit, setUnit] = useState<MoneyInputUnit>("WAN");
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((field) => [field.name, field.yuan ? inUnit(field.yuan, "WAN") : ""])));
  const switchUnit = (next: MoneyInputUnit) => {
    setValues((current) =>
      Object.fromEntries(
        Object.entries(current).map(([name, text]) => {
          const parsed = text ? yuanFromInput(text, unit) : null;
          return [name, parsed?.ok ? inUnit(parsed.yuan, next) : text];
        }),
      ),
    );
    setUnit(next);
  };
  return (
    <div className={className}>
      <SelectField
        name="amountUnit"
        idPrefix={idPrefix}
        label={t("amountUnit")}
        errors={errors}
        value={unit}
        onChange={(event) => switchUnit(event.target.value as MoneyInputUnit)}
        options={[
          { value: "WAN", label: t("unitWan") },
          { value: "YUAN", label: t("unitYuan") },
        ]}
        hint={t("amountHint")}
      />
      {fields.map((field) => (
        <TextField
          key={field.name}
          name={field.name}
          idPrefix={idPrefix}
          label={`${field.label}（${unit === "WAN" ? t("unitWan") : t("unitYuan")}）`}
          inputMode="decimal"
          errors={errors}
          required={field.required}
          value={values[field.name]}
          onChange={(event) => setValues((current) => ({ ...current, [field.name]: event.target.value }))}
        />
      ))}
    </div>
  );
}
