// Who the mocked next-auth session says is signed in (see ../setup.ts).
import { db } from "@/lib/db/client";

export const testSession: { userId: string | null } = { userId: null };

/** Signs in as the user with this email for the calls that follow. */
export async function actAs(email: string): Promise<{ id: string; unitId: string; zoneId: string }> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, unitId: true, zoneId: true } });
  testSession.userId = user.id;
  return user;
}

export function signOutTestUser(): void {
  testSession.userId = null;
}

/** FormData from a plain object (arrays become repeated keys). */
export function form(values: Record<string, string | number | boolean | string[] | undefined | null>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) data.append(key, item);
    else data.append(key, String(value));
  }
  return data;
}

/** Signs in as the user with this email and returns the session user, for calling queries. */
export async function actorFor(email: string) {
  await actAs(email);
  const { getCurrentUser } = await import("@/lib/auth/session");
  const user = await getCurrentUser();
  if (!user) throw new Error(`no active user ${email}`);
  return user;
}
