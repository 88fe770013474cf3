// The password policy, for every password a person sets (account creation, an
// administrator's reset, "change my password"). Sign-in never applies it: passwords set
// before the policy (the demo's Demo@2026) keep working.
//
// The common-password list is zxcvbn's (@zxcvbn-ts/language-common, MIT, ~49,000
// passwords from public leaks, installed from npm with no download at run time), plus a
// few Chinese-pinyin favourites that list lacks.
import { dictionary } from "@zxcvbn-ts/language-common";
import { BCRYPT_MAX_BYTES, passwordBytes } from "./password";

export const PASSWORD_MIN_LENGTH = 10;

export type PasswordProblem =
  | "validation.passwordTooShort"
  | "validation.passwordTooLong"
  | "validation.passwordCommon"
  | "validation.passwordPattern"
  | "validation.passwordEmail";

const CHINESE_FAVOURITES = [
  "woaini", "woaini1314", "woaini520", "5201314", "1314520", "aini1314", "qq123456", "a123456", "abc123456",
  "wang123456", "zhang123456", "li123456", "admin123", "admin888", "zxcvbnm123", "qwe123456", "1qaz2wsx",
];

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  common ??= new Set([...(dictionary["passwords-common"] as string[]), ...CHINESE_FAVOURITES].map((word) => word.toLowerCase()));
  return common;
}

// Keyboard rows and columns (US layout, as Chinese keyboards are), read either way.
const RUNS = [
  "abcdefghijklmnopqrstuvwxyz",
  "01234567890",
  "`1234567890-=",
  "qwertyuiop[]\\",
  "asdfghjkl;'",
  "zxcvbnm,./",
  "qwertyuiopasdfghjklzxcvbnm",
  "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/",
  "!@#$%^&*()_+",
];

/** "aaaaaaaaaa", "abcabcabcabc", "1212121212", "abcdefghij", "9876543210", "qwertyuiop"… */
export function isRepetitiveOrSequence(password: string): boolean {
  const lower = password.toLowerCase();
  const chars = [...lower];
  if (new Set(chars).size < 4) return true;
  if (/^(.+?)\1+$/su.test(lower)) return true;
  const steps = chars.slice(1).map((char, index) => char.codePointAt(0)! - chars[index].codePointAt(0)!);
  if (steps.length > 0 && steps.every((step) => step === steps[0]) && Math.abs(steps[0]) <= 1) return true;
  return RUNS.some((run) => run.includes(lower) || [...run].reverse().join("").includes(lower));
}

/** The word inside "Password2026!": lower case, digits and symbols stripped from both ends. */
function core(password: string): string {
  return password.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
}

export function isCommonPassword(password: string): boolean {
  const list = commonPasswords();
  const word = core(password);
  return list.has(password.toLowerCase()) || (word.length >= 4 && list.has(word));
}

function containsEmail(password: string, email: string): boolean {
  const lower = password.toLowerCase();
  const address = email.trim().toLowerCase();
  if (!address) return false;
  const local = address.split("@")[0];
  return lower.includes(address) || core(password) === local || (local.length >= 4 && lower.includes(local));
}

/** The first thing wrong with a new password, as a message key, or null when it may be set. */
export function passwordProblem(password: string, email?: string | null): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "validation.passwordTooShort";
  if (passwordBytes(password) > BCRYPT_MAX_BYTES) return "validation.passwordTooLong";
  if (email && containsEmail(password, email)) return "validation.passwordEmail";
  if (isRepetitiveOrSequence(password)) return "validation.passwordPattern";
  if (isCommonPassword(password)) return "validation.passwordCommon";
  return null;
}
