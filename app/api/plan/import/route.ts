// The plan import streams its progress: one JSON object per line ({"type":"progress"…},
// then {"type":"result","report":…} or {"type":"error","message":…}).
import { revalidatePath } from "next/cache";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { commitPlanImport, dryRunPlanImport, type ImportProgress } from "@/lib/plan/plan-import";
import { actionError } from "@/lib/server/action";
import { isSameOrigin } from "@/lib/server/download";

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "plan.manage") || !isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  const form = await request.formData();
  const file = form.get("file");
  const commit = form.get("mode") === "commit";
  const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (message: object) => controller.enqueue(encoder.encode(`${JSON.stringify(message)}\n`));
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
