// Translations for server code (actions, queries, exports) that may run outside a page
// render: in a server action, a route handler, a CLI script or an integration test.
import { createTranslator, type Messages } from "next-intl";
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

/** Looks up "namespace.key" with ICU values: the same type as getTranslations() and useTranslations() give. */
export type Translator = ReturnType<typeof createTranslator<Messages>>;

export type { MessageKey } from "./keys";

export function translatorFor(locale: Locale): Translator {
  return createTranslator<Messages>({ locale, messages: messagesFor(locale) });
}

export async function getServerTranslator(): Promise<Translator> {
  return translatorFor(await currentLocale());
}
