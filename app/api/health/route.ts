import { checkHealth } from "@/lib/db/health";
import packageJson from "@/package.json";

export const dynamic = "force-dynamic";

export async function GET() {
  const report = await checkHealth(packageJson.version);
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
