import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** Filters as a GET form: the URL carries them, so a filtered view can be shared as a link. */
export async function FilterForm({ action, children }: { action: string; children: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <form method="get" action={action} className="no-print mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3" role="search">
      {children}
      <div className="flex gap-2">
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700">{t("filter")}</button>
        <Link href={action} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-700 hover:bg-slate-50">{t("reset")}</Link>
      </div>
    </form>
  );
}

export function FilterSelect({ name, label, value, options, allLabel }: { name: string; label: string; value?: string; options: { value: string; label: string }[]; allLabel: string }) {
  return (
    <label className="flex min-w-36 flex-col gap-1 text-xs font-medium text-slate-600">
      {label}
      <select name={name} defaultValue={value ?? ""} className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm text-slate-900">
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
    </label>
  );
}

export function FilterText({ name, label, value, placeholder, type = "search" }: { name: string; label: string; value?: string; placeholder?: string; type?: "search" | "date" }) {
  return (
    <label className="flex min-w-40 flex-col gap-1 text-xs font-medium text-slate-600">
      {label}
      <input type={type} name={name} defaultValue={value ?? ""} placeholder={placeholder} className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm text-slate-900" />
    </label>
  );
}
