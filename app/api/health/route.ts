import { getCurrentUser } from "@/lib/auth/session";
import { checkHealth } from "@/lib/db/health";
import packageJson from "@/package.json";

export const dynamic = "force-dynamic";

/** Up or down for anyone (load balancers, the start script); the details only for an administrator. */
export async function GET() {
  const report = await checkHealth(packageJson.version);
  const admin = report.status === "ok" && (await getCurrentUser().catch(() => null))?.role === "ADMIN";
  return Response.json(admin ? report : { status: report.status }, { status: report.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
