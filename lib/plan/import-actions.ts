"use server";
// The plan import's retry: a FAILED import (its worker died, or its last attempt failed) is
// queued again from the import page, the same stored sheet with the same mapping and fixes,
// as the office member who retries it (lib/plan/import-job.ts). Importing is plan
// management, so is its retry: the permission is plan.manage, like the import itself.
import { recordAudit } from "@/lib/audit/record";
import { currentLocale } from "@/lib/i18n/server";
import { runFormAction } from "@/lib/server/form-action";
import type { ActionResult } from "@/lib/server/result";
import { enqueueImport, resetImportForRetry, type QueuedImport } from "./import-job";
import { idSchema } from "./schema";

export async function retryPlanImport(_previous: ActionResult<QueuedImport> | null, formData: FormData): Promise<ActionResult<QueuedImport>> {
  return runFormAction(formData, {
    schema: idSchema,
    permission: "plan.manage",
    revalidate: ["/plan/import"],
    prepare: () => currentLocale(),
    write: async (tx, input, actor, locale) => {
      const { queued, before } = await resetImportForRetry(tx, actor, input.id, locale);
      await recordAudit(tx, actor, { action: "plan.import.retry", entityType: "PlanImport", entityId: queued.id, before, after: { status: "RUNNING", attempt: queued.attempt, requestedById: actor.id } });
      return queued;
    },
    afterCommit: (queued) => enqueueImport(queued.id, queued.attempt),
  });
}
