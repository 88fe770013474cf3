// Who the mocked next-auth session says is signed in (see ../setup.ts).
import { db } from "@/lib/db/client";

/** The mocked token: whose it is and the session version it was issued with. */
export const testSession: { userId: string | null; sessionVersion: number | null } = { userId: null, sessionVersion: null };

/** Signs in as the user with this email for the calls that follow (a token of the user's current session version). */
export async function actAs(email: string): Promise<{ id: string; unitId: string; zoneId: string }> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, unitId: true, zoneId: true, sessionVersion: true } });
  testSession.userId = user.id;
  testSession.sessionVersion = user.sessionVersion;
  return { id: user.id, unitId: user.unitId, zoneId: user.zoneId };
}

export function signOutTestUser(): void {
  testSession.userId = null;
  testSession.sessionVersion = null;
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
