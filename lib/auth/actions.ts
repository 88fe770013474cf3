"use server";

import { AuthError } from "@auth/core/errors";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { recordAudit } from "@/lib/audit/record";
import { getServerTranslator } from "@/lib/i18n/server";
import { DomainError } from "@/lib/server/errors";
import { runFormAction } from "@/lib/server/form-action";
import type { ActionResult } from "@/lib/server/result";
import { parseWith } from "@/lib/server/validation";
import { safeCallbackPath } from "./callback-url";
import { clientIp } from "./client-ip";
import { loginFailureMessage } from "./credentials";
import { endAllSessions } from "./end-sessions";
import { hashPassword } from "./password";
import { passwordProblem } from "./password-policy";
import { changePasswordSchema, loginSchema } from "./schema";
import { checkCurrentPassword } from "./sign-in";
import { endSessionsOnSignOut } from "./sign-out";
import { minutesUntil } from "./throttle";
import { signIn, signOut } from "./index";

/** Only a refusal comes back: a successful sign-in redirects. */
export type LoginState = ActionResult<never>;

export async function login(_previous: LoginState | null, formData: FormData): Promise<LoginState> {
  const t = await getServerTranslator();
  const parsed = parseWith(loginSchema, Object.fromEntries(formData), t);
  if (!parsed.ok) return parsed;
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: safeCallbackPath(parsed.data.callbackUrl) });
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, message: loginFailureMessage(error, t), fieldErrors: {} };
    throw error; // the redirect after a successful sign-in
  }
  return { ok: false, message: t("errors.unexpected"), fieldErrors: {} };
}

/** Signing out ends every session of the user (all devices), not only this cookie. */
export async function logout(): Promise<void> {
  await endSessionsOnSignOut();
  await signOut({ redirectTo: "/login" });
}

/**
 * "Change my password", for every signed-in user: the current password is checked like a
 * sign-in (throttled, recorded), the new one under the policy. Every session ends, this
 * one is then renewed by signing in again with the new password.
 */
export async function changeOwnPassword(_previous: ActionResult<{ email: string }> | null, formData: FormData): Promise<ActionResult<{ email: string }>> {
  const ip = clientIp(await headers());
  const result = await runFormAction(formData, {
    schema: changePasswordSchema,
    permission: "account.password",
    prepare: async (input, actor) => {
      const problem = passwordProblem(input.password, actor.email);
      if (problem) throw new DomainError(problem, {}, "password");
      const check = await checkCurrentPassword(actor.email, input.currentPassword, ip);
      if (!check.ok && check.reason === "throttled") throw new DomainError("auth.throttled", { minutes: minutesUntil(check.retryAt, new Date()) }, "currentPassword");
      if (!check.ok) throw new DomainError("validation.currentPasswordWrong", {}, "currentPassword");
      return { passwordHash: await hashPassword(input.password) };
    },
    write: async (tx, _input, actor, prepared) => {
      await tx.user.update({ where: { id: actor.id }, data: { passwordHash: prepared.passwordHash } });
      await endAllSessions(tx, actor.id);
      // The password itself never reaches the log.
      await recordAudit(tx, actor, { action: "user.changePassword", entityType: "User", entityId: actor.id, after: { email: actor.email, sessionsEnded: true }, ip });
      return { email: actor.email };
    },
    revalidate: [],
  });
  if (!result.ok) return result;
  try {
    await signIn("credentials", { email: result.data.email, password: String(formData.get("password")), redirectTo: "/account/password?changed=1" });
  } catch (error) {
    if (error instanceof AuthError) redirect("/login");
    throw error; // the redirect back to the page
  }
  return result;
}
