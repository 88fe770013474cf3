import { getCurrentUser } from "@/lib/auth/session";
import { documentResponse } from "@/lib/documents/download";

export async function GET(request: Request, { params }: { params: Promise<{ kind: string; key?: string[] }> }) {
  const { kind, key } = await params;
  return documentResponse(await getCurrentUser(), request, kind, key);
}
