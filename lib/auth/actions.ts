"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { getServerTranslator } from "@/lib/i18n/server";
import { minutesUntil } from "./throttle";
import { signIn, signOut } from "./index";

export interface LoginState {
  ok: false;
  message: string;
  fieldErrors: Record<string, string[]>;
  email?: string;
}

const loginSchema = z.object({
  email: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(200),
  callbackUrl: z.string().optional(),
});

/**
 * Only the path of the callback is kept, so a sign-in never redirects to another host
 * (the proxy may hand us an absolute URL with the server's own bind address).
 */
function safeCallback(url: string | undefined): string {
  if (!url) return "/";
  try {
    const parsed = new URL(url, "http://localhost");
    const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
    return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/login") ? path : "/";
  } catch {
    return "/";
  }
}

export async function login(_previous: LoginState | null, formData: FormData): Promise<LoginState> {
  const t = await getServerTranslator();
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] = [t("validation.required")];
    return { ok: false, message: t("validation.fixErrors"), fieldErrors, email: String(formData.get("email") ?? "") };
  }
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: safeCallback(parsed.data.callbackUrl) });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = error instanceof CredentialsSignin ? error.code : "";
      if (code.startsWith("throttled:")) {
        const minutes = minutesUntil(new Date(Number(code.slice("throttled:".length))), new Date());
        return { ok: false, message: t("auth.throttled", { minutes }), fieldErrors: {}, email: parsed.data.email };
      }
      return { ok: false, message: t("auth.invalid"), fieldErrors: {}, email: parsed.data.email };
    }
    throw error; // the redirect after a successful sign-in
  }
  return { ok: false, message: t("errors.unexpected"), fieldErrors: {} };
}

export async function logout(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
