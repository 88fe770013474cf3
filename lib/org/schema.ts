import { z } from "zod";
import { passwordProblem } from "@/lib/auth/password-policy";
import { ROLES } from "@/lib/auth/permissions";
import { newPassword as password } from "@/lib/auth/schema";
import { checkbox, email, id, integer, optionalId, optionalText, phone, requiredText } from "@/lib/server/fields";

const userFields = {
  email,
  name: requiredText(50),
  phone,
  title: optionalText(50),
  role: z.enum(ROLES),
  unitId: id,
};

export const createUserSchema = z.object({ ...userFields, password }).superRefine((input, context) => {
  const problem = passwordProblem(input.password, input.email);
  if (problem === "validation.passwordEmail") context.addIssue({ code: "custom", path: ["password"], message: problem });
});
export const updateUserSchema = z.object({ id, ...userFields });
export const resetPasswordSchema = z.object({ id, password });
export const setActiveSchema = z.object({ id, active: z.enum(["true", "false"]).transform((value) => value === "true") });

export const UNIT_KINDS = ["OFFICE", "DEPARTMENT", "PARK", "DISTRICT", "OTHER"] as const;

const unitFields = {
  code: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, { error: "validation.invalid" }),
  name: requiredText(60),
  shortName: requiredText(20),
  kind: z.enum(UNIT_KINDS),
  parkId: optionalId,
  isMember: checkbox,
  contactName: optionalText(30),
  contactPhone: phone,
  sortOrder: integer(0, 9999).default(0),
};

export const createUnitSchema = z.object(unitFields);
export const updateUnitSchema = z.object({ id, ...unitFields });
