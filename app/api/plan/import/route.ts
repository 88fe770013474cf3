// The plan import: `mode=layout` answers the sheet's layout and the mapping that would be used
// (JSON); `dry-run` streams its progress, one JSON object per line ({"type":"progress"…},
// then {"type":"result","report":…} or {"type":"error","message":…}); `commit` stores the
// sheet, queues the import as a job and answers one line {"type":"queued","id":…}, whose
// progress and report GET /api/plan/import/<id> answers (lib/plan/import-job.ts); `errors`
// answers the office's sheet with an error column (.xlsx).
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getServerTranslator } from "@/lib/i18n/server";
import { parseImportFields } from "@/lib/plan/import-request";
import { currentLocale } from "@/lib/i18n/server";
import { queuePlanImport } from "@/lib/plan/import-job";
import { dryRunPlanImport, inspectPlanSheet, MAX_IMPORT_BYTES, planErrorWorkbook, type ImportProgress, type ImportRequest } from "@/lib/plan/plan-import";
import { actionError } from "@/lib/server/action";
import { downloadResponse, isSameOrigin, XLSX_MIME } from "@/lib/server/download";
import { readFormWithin } from "@/lib/server/request-body";

/** Room for the form's other fields (the mapping and the fixes) and the multipart framing around the file. */
const FORM_OVERHEAD_BYTES = 1024 * 1024;

const line = (message: object) => `${JSON.stringify(message)}\n`;

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "plan.manage") || !isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  // A file over the limit gets the import's message without being read whole (every mode).
  const body = await readFormWithin(request, MAX_IMPORT_BYTES + FORM_OVERHEAD_BYTES);
  if (!body.ok) {
    const t = await getServerTranslator();
    const message = body.reason === "tooLarge" ? t("planManage.import.errors.fileTooLarge", { max: MAX_IMPORT_BYTES / 1024 / 1024 }) : t("files.workbook.unreadable");
    return new Response(line({ type: "error", message }), { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
  }
  const form = body.form;
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

  if (fields.mode === "commit") {
    try {
      const id = await queuePlanImport(user, { ...importRequest, fileName: file instanceof File ? file.name : "import.xlsx" }, await currentLocale());
      return new Response(line({ type: "queued", id }), { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
    } catch (error) {
      return new Response(line({ type: "error", message: (await actionError(error)).message }), { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
    }
  }

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (message: object) => controller.enqueue(encoder.encode(line(message)));
      const onProgress = (progress: ImportProgress) => send({ type: "progress", ...progress });
      try {
        const report = await dryRunPlanImport(user, importRequest, onProgress);
        send({ type: "result", report });
      } catch (error) {
        send({ type: "error", message: (await actionError(error)).message });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
