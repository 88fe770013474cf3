import { getCurrentUser } from "@/lib/auth/session";
import { localDateKey } from "@/lib/dates/zone-time";
import { exportPlanLayoutWorkbook, exportPlanWorkbook } from "@/lib/plan/plan-export";
import { downloadResponse, XLSX_MIME } from "@/lib/server/download";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";

/** The plan in the template, or with `?layout=<id>` in a layout the office mapped at import. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  const layout = new URL(request.url).searchParams.get("layout");
  const today = localDateKey(new Date(), user.timeZone);
  try {
    if (layout) {
      const { bytes, sheetName } = await exportPlanLayoutWorkbook(user, layout);
      return downloadResponse(bytes, `${sheetName}-${today}.xlsx`, XLSX_MIME);
    }
    return downloadResponse(await exportPlanWorkbook(user), `任务分解清单-${today}.xlsx`, XLSX_MIME);
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response("Forbidden", { status: 403 });
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
