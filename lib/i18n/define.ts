import type { Locale } from "./config";

type Messages = { [key: string]: string | Messages };

/**
 * One namespace of UI text in both languages side by side. The English half must have
 * exactly the shape of the Chinese half (checked by the type and by a unit test).
 */
export function defineMessages<const T extends Messages>(zh: T, en: Shape<T>): Record<Locale, T> {
  return { "zh-CN": zh, en: en as T };
}

/** The keys of a namespace, its texts widened to string. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
