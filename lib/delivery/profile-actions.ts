"use server";
// Each user's own contact details and channel choices (/account/profile). The e-mail address
// is also the login name: changing it asks for the current password. Required kinds (a
// warning, a notice and its steps) cannot be switched off: the form shows them ticked and
// disabled, and a submission that unticks one is refused here.
import { headers } from "next/headers";
import { recordAudit } from "@/lib/audit/record";
import { clientIp } from "@/lib/auth/client-ip";
import { checkCurrentPassword } from "@/lib/auth/sign-in";
import { minutesUntil } from "@/lib/auth/throttle";
import { DomainError } from "@/lib/server/errors";
import { runFormAction } from "@/lib/server/form-action";
import type { ActionResult } from "@/lib/server/result";
import { deliveryChoicesSchema } from "./routing";
import { choicesFromForm, profileSchema } from "./schema";

export async function saveProfile(_previous: ActionResult<{ saved: true }> | null, formData: FormData): Promise<ActionResult<{ saved: true }>> {
  return runFormAction(formData, {
    schema: profileSchema,
    permission: "account.profile",
    prepare: async (input, actor) => {
      if (input.email === actor.email) return undefined;
      if (!input.currentPassword) throw new DomainError("delivery.errors.passwordForEmail", {}, "currentPassword");
      const check = await checkCurrentPassword(actor.email, input.currentPassword, clientIp(await headers()));
      if (!check.ok && check.reason === "throttled") throw new DomainError("auth.throttled", { minutes: minutesUntil(check.retryAt, new Date()) }, "currentPassword");
      if (!check.ok) throw new DomainError("validation.currentPasswordWrong", {}, "currentPassword");
      return undefined;
    },
    write: async (tx, input, actor) => {
      const { choices, refused } = choicesFromForm(input);
      if (refused) throw new DomainError("delivery.errors.requiredKind", {}, "choice");
      if (input.email !== actor.email) {
        const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
        if (taken && taken.id !== actor.id) throw new DomainError("validation.emailTaken", {}, "email");
      }
      const select = { email: true, phone: true, wecomUserId: true, dingtalkUserId: true, deliveryChoices: true } as const;
      const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select });
      const after = await tx.user.update({
        where: { id: actor.id },
        // Choices of kinds this form did not offer stay as they were.
        data: { email: input.email, phone: input.phone, wecomUserId: input.wecomUserId, dingtalkUserId: input.dingtalkUserId, deliveryChoices: { ...deliveryChoicesSchema.parse(before.deliveryChoices), ...choices } },
        select,
      });
      await recordAudit(tx, actor, { action: "user.profile", entityType: "User", entityId: actor.id, before, after });
      return { saved: true as const };
    },
    revalidate: ["/account/profile"],
  });
}
