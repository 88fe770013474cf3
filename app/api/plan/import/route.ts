// The plan import streams its progress: one JSON object per line ({"type":"progress"…},
// then {"type":"result","report":…} or {"type":"error","message":…}).
import { revalidatePath } from "next/cache";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getServerTranslator } from "@/lib/i18n/server";
import { commitPlanImport, dryRunPlanImport, MAX_IMPORT_BYTES, type ImportProgress } from "@/lib/plan/plan-import";
import { actionError } from "@/lib/server/action";
import { isSameOrigin } from "@/lib/server/download";
import { readFormWithin } from "@/lib/server/request-body";

/** Room for the form's other fields and the multipart framing around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

const line = (message: object) => `${JSON.stringify(message)}\n`;

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "plan.manage") || !isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  // A file over the limit gets the import's message without being read whole.
  const body = await readFormWithin(request, MAX_IMPORT_BYTES + FORM_OVERHEAD_BYTES);
  if (!body.ok) {
    const t = await getServerTranslator();
    const message = body.reason === "tooLarge" ? t("planManage.import.errors.fileTooLarge", { max: MAX_IMPORT_BYTES / 1024 / 1024 }) : t("files.workbook.unreadable");
    return new Response(line({ type: "error", message }), { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
  }
  const form = body.form;
  const file = form.get("file");
  const commit = form.get("mode") === "commit";
  const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (message: object) => controller.enqueue(encoder.encode(line(message)));
      const onProgress = (progress: ImportProgress) => send({ type: "progress", ...progress });
      try {
        const report = commit ? await commitPlanImport(user, bytes, onProgress) : await dryRunPlanImport(user, bytes, onProgress);
        if (report.committed) revalidatePath("/plan", "layout");
        send({ type: "result", report });
      } catch (error) {
        send({ type: "error", message: (await actionError(error)).message });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
