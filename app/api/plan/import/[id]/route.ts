// A queued plan import's state, polled by the import page: { status, phase, done, total,
// report, error } (lib/plan/import-job.ts). Another zone's import is "not found".
import { revalidatePath } from "next/cache";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getPlanImport } from "@/lib/plan/import-job";
import { NotFoundError } from "@/lib/server/errors";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "plan.manage")) return new Response("Forbidden", { status: 403 });
  const { id } = await params;
  try {
    const status = await getPlanImport(user, id);
    // The plan's pages show the imported rows from the first look after the commit.
    if (status.report?.committed) revalidatePath("/plan", "layout");
    return Response.json(status, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
