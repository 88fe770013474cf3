// The plan import: `mode=layout` answers the sheet's layout and the mapping that would be used
// (JSON); `dry-run` and `commit` stream their progress, one JSON object per line
// ({"type":"progress"…}, then {"type":"result","report":…} or {"type":"error","message":…});
// `errors` answers the office's sheet with an error column (.xlsx).
import { revalidatePath } from "next/cache";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { parseImportFields } from "@/lib/plan/import-request";
import { commitPlanImport, dryRunPlanImport, inspectPlanSheet, planErrorWorkbook, type ImportProgress, type ImportRequest } from "@/lib/plan/plan-import";
import { actionError } from "@/lib/server/action";
import { downloadResponse, isSameOrigin, XLSX_MIME } from "@/lib/server/download";

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "plan.manage") || !isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  const form = await request.formData();
  const fields = parseImportFields(form);
  if (!fields) return new Response("Bad request", { status: 400 });
  const file = form.get("file");
  const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  const importRequest: ImportRequest = {
    bytes,
    mapping: fields.mapping,
    edits: fields.edits,
  };

  if (fields.mode === "layout") {
    const found = await inspectPlanSheet(user, { ...importRequest, headerRow: fields.headerRow });
    return Response.json(found, { headers: { "cache-control": "no-store" } });
  }
  if (fields.mode === "errors") {
    const bytesOut = await planErrorWorkbook(user, importRequest);
    if (!bytesOut) return new Response("Unprocessable", { status: 422 });
    const name = file instanceof File ? file.name.replace(/\.xlsx$/i, "") : "清单";
    return downloadResponse(bytesOut, `${name}-错误说明.xlsx`, XLSX_MIME);
  }

  const commit = fields.mode === "commit";
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (message: object) => controller.enqueue(encoder.encode(`${JSON.stringify(message)}\n`));
      const onProgress = (progress: ImportProgress) => send({ type: "progress", ...progress });
      try {
        const report = commit ? await commitPlanImport(user, importRequest, onProgress) : await dryRunPlanImport(user, importRequest, onProgress);
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
