import "server-only";
import { headers } from "next/headers";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { clientIp } from "./client-ip";
import { endAllSessions } from "./end-sessions";
import { getCurrentUser } from "./session";

/**
 * Signing out ends every session of the user (all devices), not only this cookie, and
 * records it. Never throws: the cookie goes in any case, and the sessions elsewhere end at
 * the next successful try.
 */
export async function endSessionsOnSignOut(): Promise<void> {
  try {
    const user = await getCurrentUser();
    if (!user) return;
    const ip = clientIp(await headers());
    await db.$transaction(async (tx) => {
      await endAllSessions(tx, user.id);
      await recordAudit(tx, user, { action: "auth.signOut", entityType: "User", entityId: user.id, after: { email: user.email }, ip });
    });
  } catch (error) {
    console.error("[auth] sign-out could not end the sessions", error);
  }
}
