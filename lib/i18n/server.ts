// Translations for server code (actions, queries, exports) that may run outside a page
// render: in a server action, a route handler, a CLI script or an integration test.
import { createTranslator } from "next-intl";
import { defaultLocale, type Locale } from "./config";
import { messagesFor } from "./messages";

export async function currentLocale(): Promise<Locale> {
  try {
    const { resolveLocale } = await import("./request");
    return await resolveLocale();
  } catch {
    // No request in scope (CLI, tests): the primary language.
    return defaultLocale;
  }
}

/** Looks up "namespace.key" with ICU values. Keys are checked by tests, not by the type. */
export type Translator = (key: string, values?: Record<string, string | number | Date>) => string;

export function translatorFor(locale: Locale): Translator {
  return createTranslator({ locale, messages: messagesFor(locale) as unknown as Record<string, string> }) as unknown as Translator;
}

export async function getServerTranslator(): Promise<Translator> {
  return translatorFor(await currentLocale());
}
