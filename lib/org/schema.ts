import { z } from "zod";
import { passwordProblem } from "@/lib/auth/password-policy";
import { ROLES } from "@/lib/auth/permissions";
import { newPassword as password } from "@/lib/auth/schema";
import { checkbox, email, id, integer, optionalId, optionalText, phone, requiredText } from "@/lib/server/fields";
import * as DbEnums from "@/lib/db/generated/enums";

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

export const UNIT_KINDS = Object.values(DbEnums.UnitKind);

export const MAX_UNIT_ALIASES = 20;

/** Other names of the unit, separated by 、 , ； or new lines (市发改委、发改委); the plan import reads them. */
const aliases = z
  .preprocess((value) => (typeof value === "string" ? value : ""), z.string().max(1000))
  .transform((text) => [...new Set(text.split(/[、,，;；\n]+/).map((part) => part.trim()).filter(Boolean))])
  .pipe(z.array(z.string().max(30, { error: "admin.aliasTooLong" })).max(MAX_UNIT_ALIASES, { error: "admin.tooManyAliases" }));

const unitFields = {
  code: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, { error: "validation.invalid" }),
  name: requiredText(60),
  shortName: requiredText(20),
  kind: z.enum(UNIT_KINDS),
  parkId: optionalId,
  isMember: checkbox,
  contactName: optionalText(30),
  contactPhone: phone,
  aliases,
  sortOrder: integer(0, 9999).default(0),
};

export const createUnitSchema = z.object(unitFields);
export const updateUnitSchema = z.object({ id, ...unitFields });

/** `npm run admin:create`: the first administrator of a real installation (and, when there is none, its zone). */
export const createAdministratorSchema = z
  .object({ email, name: requiredText(50), password, zoneName: optionalText(100) })
  .superRefine((input, context) => {
    const problem = passwordProblem(input.password, input.email);
    if (problem === "validation.passwordEmail") context.addIssue({ code: "custom", path: ["password"], message: problem });
  });
