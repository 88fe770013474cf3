// Page-level guards: a page renders 403 for a role that may not open it, and 404 for a
// record that does not exist or belongs to another unit.
import { forbidden, notFound } from "next/navigation";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { can, type Permission } from "./permissions";
import { requireUser, type SessionUser } from "./session";

export async function pageUser(permission?: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (permission && !can(user, permission)) forbidden();
  return user;
}

/** Awaits a query, turning NotFoundError into a 404 page and ForbiddenError into a 403. */
export async function orNotFound<T>(query: Promise<T>): Promise<T> {
  try {
    return await query;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}
