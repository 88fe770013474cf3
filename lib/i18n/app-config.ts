// next-intl's types, declared once (https://next-intl.dev/docs/workflows/typescript): every
// locale is one of ours, and every message key passed to t() exists in the catalogue. The
// English half of each namespace has the Chinese half's shape (lib/i18n/define.ts), so a
// key that type-checks exists in both languages.
import type { Locale } from "./config";
import type { Shape } from "./define";
import type { AppMessages } from "./messages";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    // The texts widened to string: the keys are checked, not the ICU arguments (next-intl
    // would otherwise type `{count}` as a string argument).
    Messages: Shape<AppMessages>;
  }
}
