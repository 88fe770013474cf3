import { z } from "zod";
import { text } from "@/lib/server/fields";
import { passwordProblem } from "./password-policy";

/**
 * A new password under the policy (./password-policy.ts). The e-mail rule needs the
 * account's address: the create schema checks it against the form, the reset and change
 * actions against the stored address.
 */
export const newPassword = z.string().superRefine((value, context) => {
  const problem = passwordProblem(value);
  if (problem) context.addIssue({ code: "custom", message: problem });
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1).max(200),
    password: newPassword,
    confirmPassword: z.string().max(200),
  })
  .superRefine((input, context) => {
    if (input.password !== input.confirmPassword) context.addIssue({ code: "custom", path: ["confirmPassword"], message: "validation.passwordMismatch" });
    else if (input.password === input.currentPassword) context.addIssue({ code: "custom", path: ["password"], message: "validation.passwordUnchanged" });
  });

export const loginSchema = z.object({
  // No control characters: a NUL would reach the sign-in attempt's row and fail as "unavailable".
  email: text().trim().min(1).max(200),
  password: z.string().min(1).max(200),
  callbackUrl: text().optional(),
});
