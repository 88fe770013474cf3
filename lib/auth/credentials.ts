// The credentials check next-auth runs at sign-in, and what the login form says when it
// fails. Kept apart from ./index.ts so that it can be tested without next-auth's runtime.
// next-auth re-exports these classes from its core; imported from there so that this module
// loads outside Next.js (tests) too.
import { CredentialsSignin } from "@auth/core/errors";
import { z } from "zod";
import type { Translator } from "@/lib/i18n/server";
import { clientIp } from "./client-ip";
import { checkSignIn } from "./sign-in";
import { minutesUntil } from "./throttle";

export class InvalidCredentialsError extends CredentialsSignin {
  code = "credentials";
}

/** Carries the retry time in its code: "throttled:<epoch ms>". */
export class ThrottledError extends CredentialsSignin {
  constructor(retryAt: Date) {
    super();
    this.code = `throttled:${retryAt.getTime()}`;
  }
}

/** The check itself failed (the database is down): not the user's fault, not "wrong password". */
export class UnavailableError extends CredentialsSignin {
  code = "unavailable";
}

const credentialsSchema = z.object({ email: z.string().trim().min(1).max(200), password: z.string().min(1).max(200) });

export async function authorizeCredentials(credentials: unknown, headers: Pick<Headers, "get">) {
  const parsed = credentialsSchema.safeParse(credentials);
  if (!parsed.success) throw new InvalidCredentialsError();
  let outcome: Awaited<ReturnType<typeof checkSignIn>>;
  try {
    outcome = await checkSignIn(parsed.data.email, parsed.data.password, clientIp(headers));
  } catch (error) {
    console.error("[auth] the sign-in check failed", error);
    throw new UnavailableError();
  }
  if (outcome.ok) return outcome.user;
  if (outcome.reason === "throttled") throw new ThrottledError(outcome.retryAt);
  throw new InvalidCredentialsError();
}

/**
 * The login form's message for an error signIn() threw: wrong credentials, throttled
 * (with the minutes to wait), or, for anything else (the database down, a configuration
 * error wrapped by next-auth), "the system is unavailable".
 */
export function loginFailureMessage(error: unknown, t: Translator, now = new Date()): string {
  const code = error instanceof CredentialsSignin ? error.code : "";
  if (code === "credentials") return t("auth.invalid");
  if (code.startsWith("throttled:")) {
    const minutes = minutesUntil(new Date(Number(code.slice("throttled:".length))), now);
    return t("auth.throttled", { minutes });
  }
  return t("auth.unavailable");
}
