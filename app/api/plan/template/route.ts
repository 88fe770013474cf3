import { getCurrentUser } from "@/lib/auth/session";
import { planTemplateWorkbook } from "@/lib/plan/plan-export";
import { downloadResponse, XLSX_MIME } from "@/lib/server/download";
import { ForbiddenError } from "@/lib/server/errors";

export async function GET() {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  try {
    return downloadResponse(await planTemplateWorkbook(user), "任务分解清单模板.xlsx", XLSX_MIME);
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response("Forbidden", { status: 403 });
    throw error;
  }
}
