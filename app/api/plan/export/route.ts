import { getCurrentUser } from "@/lib/auth/session";
import { localDateKey } from "@/lib/dates/zone-time";
import { exportPlanWorkbook } from "@/lib/plan/plan-import";
import { downloadResponse, XLSX_MIME } from "@/lib/server/download";
import { ForbiddenError } from "@/lib/server/errors";

export async function GET() {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  try {
    const bytes = await exportPlanWorkbook(user);
    return downloadResponse(bytes, `任务分解清单-${localDateKey(new Date(), user.timeZone)}.xlsx`, XLSX_MIME);
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response("Forbidden", { status: 403 });
    throw error;
  }
}
