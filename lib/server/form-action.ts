// The one shape of every server action (docs/architecture.md): who → parse → authorize the
// role → [prepare] → write, audit and notify in one transaction → revalidate → [after
// commit] → a result. Ownership of the loaded record is checked inside `write`, against the
// database, never the form.
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { authorize, type Permission } from "@/lib/auth/permissions";
import { requireActionUser, type SessionUser } from "@/lib/auth/session";
import { db, type TxClient } from "@/lib/db/client";
import { TRANSACTION_OPTIONS } from "@/lib/db/transaction-options";
import { actionError } from "./action";
import { nestFields } from "./nested-form";
import { ok, type ActionResult } from "./result";
import { formDataToObject, parseInput } from "./validation";

export interface FormActionSpec<S extends z.ZodType, T, P = undefined> {
  schema: S;
  /** The role check before anything is read; ownership is `write`'s job. */
  permission: Permission;
  /** Bracketed field names ("entries[id][progress]") become nested objects before parsing. */
  nested?: boolean;
  /**
   * Work that must not run inside the transaction (hashing a password, storing files):
   * runs after the role check, before the transaction; its result is handed to `write`.
   */
  prepare?: (input: z.output<S>, actor: SessionUser) => Promise<P>;
  write: (tx: TxClient, input: z.output<S>, actor: SessionUser, prepared: P) => Promise<T>;
  /** Paths whose pages (and the pages below them) show what changed. */
  revalidate: string[] | ((result: T, input: z.output<S>) => string[]);
  /** Work after the commit that must not undo it (the warning engine, outbound messages). */
  afterCommit?: (result: T, actor: SessionUser, prepared: P) => Promise<void>;
  /** Runs when the transaction failed after `prepare` succeeded (remove stored files). */
  rollback?: (prepared: P) => Promise<void>;
}

export async function runFormAction<S extends z.ZodType, T, P = undefined>(formData: FormData, spec: FormActionSpec<S, T, P>): Promise<ActionResult<T>> {
  try {
    const actor = await requireActionUser();
    const fields = formDataToObject(formData);
    const parsed = await parseInput(spec.schema, spec.nested ? nestFields(fields) : fields);
    if (!parsed.ok) return parsed;
    authorize(actor, spec.permission);
    const prepared = (spec.prepare ? await spec.prepare(parsed.data, actor) : undefined) as P;
    let result: T;
    try {
      result = await db.$transaction((tx) => spec.write(tx, parsed.data, actor, prepared), TRANSACTION_OPTIONS);
    } catch (error) {
      if (spec.rollback) await spec.rollback(prepared).catch((cleanup) => console.error("[action] rollback failed", cleanup));
      throw error;
    }
    for (const path of typeof spec.revalidate === "function" ? spec.revalidate(result, parsed.data) : spec.revalidate) revalidatePath(path, "layout");
    if (spec.afterCommit) await spec.afterCommit(result, actor, prepared).catch((error) => console.error("[action] after-commit step failed", error));
    return ok(result);
  } catch (error) {
    return actionError(error);
  }
}
