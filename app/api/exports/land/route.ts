import { getCurrentUser } from "@/lib/auth/session";
import { exportLand, exportResponse } from "@/lib/dashboard/exports";

export async function GET(request: Request) {
  return exportResponse(await getCurrentUser(), request, exportLand);
}
