import type { TxClient } from "@/lib/db/client";

/**
 * Ends every session of the user at once: tokens carry the session version they were
 * issued with (lib/auth/config.ts), and lib/auth/session.ts refuses an older one.
 */
export async function endAllSessions(tx: TxClient, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
