import { checkReadiness } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** Readiness, for a load balancer: the database is reachable and every migration on disk is applied. */
export async function GET() {
  const ready = await checkReadiness();
  return Response.json(ready, { status: ready.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
