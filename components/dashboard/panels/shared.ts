// What the dashboard's panels share: each panel awaits the promise of its one query, so the
// page streams them in independently (each sits in its own Suspense boundary).
import { getLocale, getTranslations } from "next-intl/server";
import type { DashboardFilters } from "@/lib/dashboard/schema";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";

export type Props<T> = { data: Promise<T>; filters: DashboardFilters };

export async function context() {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return { t, locale };
}

export { gapOf } from "@/lib/dashboard/panel-rows";

export function signed(value: number, locale: Locale): string {
  return `${value > 0 ? "+" : ""}${formatNumber(value, locale, 1)}`;
}

export function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
