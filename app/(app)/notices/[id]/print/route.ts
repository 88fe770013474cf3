import { NextResponse } from "next/server";

/** The old print URL of a notice: its official document under /print (docs/documents.md). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return NextResponse.redirect(new URL(`/print/notice/${encodeURIComponent(id)}`, request.url), 308);
}
