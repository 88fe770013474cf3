// Message keys: every "namespace.key" of the catalogue, as a type (lib/i18n/app-config.ts)
// and, for keys that arrive as data (stored in the database, chosen by a figure's value), as
// a runtime check.
import type { MessageKeys, Messages, NestedKeyOf } from "next-intl";
import { defaultLocale } from "./config";
import { messagesFor } from "./messages";

export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

let catalogueKeys: Set<string> | undefined;

/** The key exists in the catalogue (both languages have the same keys: lib/i18n/define.ts). */
export function isMessageKey(key: unknown): key is MessageKey {
  if (typeof key !== "string") return false;
  if (!catalogueKeys) {
    const keys = new Set<string>();
    const walk = (node: object, prefix: string) => {
      for (const [name, value] of Object.entries(node)) {
        if (typeof value === "string") keys.add(prefix + name);
        else walk(value, `${prefix}${name}.`);
      }
    };
    walk(messagesFor(defaultLocale), "");
    catalogueKeys = keys;
  }
  return catalogueKeys.has(key);
}

/**
 * t() for a key made from data the type cannot see (a figure's name in stored evidence, a
 * raw-SQL row): checked against the catalogue at run time; an unknown key shows as itself,
 * as next-intl's own fallback would.
 */
export function translateKey(t: (key: MessageKey, values?: Record<string, string | number>) => string, key: string, values?: Record<string, string | number>): string {
  return isMessageKey(key) ? t(key, values) : key;
}
