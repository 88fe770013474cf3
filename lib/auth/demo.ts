import "server-only";
import { db } from "@/lib/db/client";
import { DEMO_ACCOUNTS } from "@/lib/seed/catalog";

/**
 * Demo mode: the database holds the demo's accounts (loaded by `npm start` into the embedded
 * database, or by `--demo`). Only then does the sign-in page point to them: a real
 * installation never advertises a password.
 */
export async function isDemoInstallation(): Promise<boolean> {
  const demoAdmin = DEMO_ACCOUNTS.find((account) => account.role === "ADMIN");
  if (!demoAdmin) return false;
  const found = await db.user.findFirst({ where: { email: demoAdmin.email, active: true }, select: { id: true } });
  return found !== null;
}
