// The shape every form action shares (docs/architecture.md): who → parse → authorize the
// role → write, audit and notify in one transaction → revalidate → a result. Ownership of
// the loaded record is checked inside `write`, against the database, never the form.
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { authorize, type Permission } from "@/lib/auth/permissions";
import { requireActionUser, type SessionUser } from "@/lib/auth/session";
import { db, type TxClient } from "@/lib/db/client";
import { actionError } from "./action";
import { ok, type ActionResult } from "./result";
import { formDataToObject, parseInput } from "./validation";

export interface FormActionSpec<S extends z.ZodType, T> {
  schema: S;
  /** The role check before anything is read; ownership is `write`'s job. */
  permission: Permission;
  write: (tx: TxClient, input: z.output<S>, actor: SessionUser) => Promise<T>;
  /** Paths whose pages (and the pages below them) show what changed. */
  revalidate: string[] | ((result: T) => string[]);
  /** Interactive-transaction timeout for long writes (ms). */
  timeout?: number;
}

export async function runFormAction<S extends z.ZodType, T>(formData: FormData, spec: FormActionSpec<S, T>): Promise<ActionResult<T>> {
  try {
    const actor = await requireActionUser();
    const parsed = await parseInput(spec.schema, formDataToObject(formData));
    if (!parsed.ok) return parsed;
    authorize(actor, spec.permission);
    const result = await db.$transaction((tx) => spec.write(tx, parsed.data, actor), spec.timeout ? { timeout: spec.timeout } : undefined);
    for (const path of typeof spec.revalidate === "function" ? spec.revalidate(result) : spec.revalidate) revalidatePath(path, "layout");
    return ok(result);
  } catch (error) {
    return actionError(error);
  }
}
