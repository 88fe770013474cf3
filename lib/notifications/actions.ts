"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { actionError } from "@/lib/server/action";
import { id } from "@/lib/server/fields";
import { ok, type ActionResult } from "@/lib/server/result";
import { formDataToObject, parseInput } from "@/lib/server/validation";

const markReadSchema = z.object({
  /** One notification, or none for "all of mine". */
  id: id.optional(),
});

/** Marks one (or all) of the reader's own notifications as read. Another user's id matches nothing. */
export async function markNotificationsRead(_previous: ActionResult<{ count: number }> | null, formData: FormData): Promise<ActionResult<{ count: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = await parseInput(markReadSchema, formDataToObject(formData));
    if (!parsed.ok) return parsed;
    const { count } = await db.notification.updateMany({
      where: { userId: actor.id, zoneId: actor.zoneId, readAt: null, ...(parsed.data.id ? { id: parsed.data.id } : {}) },
      data: { readAt: new Date() },
    });
    revalidatePath("/notifications");
    revalidatePath("/", "layout");
    return ok({ count });
  } catch (error) {
    return actionError(error);
  }
}
