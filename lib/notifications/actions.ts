"use server";

import { z } from "zod";
import { id } from "@/lib/server/fields";
import { runFormAction } from "@/lib/server/form-action";
import type { ActionResult } from "@/lib/server/result";

const markReadSchema = z.object({
  /** One notification, or none for "all of mine". */
  id: id.optional(),
});

/**
 * Marks one (or all) of the reader's own notifications as read. Another user's id matches
 * nothing. Not audited: the reader's own reading state.
 */
export async function markNotificationsRead(_previous: ActionResult<{ count: number }> | null, formData: FormData): Promise<ActionResult<{ count: number }>> {
  return runFormAction(formData, {
    schema: markReadSchema,
    permission: "notification.read",
    write: async (tx, input, actor) => {
      const { count } = await tx.notification.updateMany({
        where: { userId: actor.id, zoneId: actor.zoneId, readAt: null, ...(input.id ? { id: input.id } : {}) },
        data: { readAt: new Date() },
      });
      return { count };
    },
    revalidate: ["/notifications", "/"],
  });
}
