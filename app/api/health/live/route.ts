export const dynamic = "force-dynamic";

/** Liveness: the process answers. Nothing else is checked, so a database outage never gets the instance restarted. */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
