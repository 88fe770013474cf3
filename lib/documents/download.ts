// The route-handler side of documents: GET /api/documents/<kind>/<key>?format=docx|pdf answers
// the file, 401 without a session, 403/404 as the permissions say, and 503 with an explanation
// when the server cannot make a PDF (the print view still can).
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { getServerTranslator } from "@/lib/i18n/server";
import { downloadResponse } from "@/lib/server/download";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { documentDocx, DOCX_MIME } from "./docx";
import { escapeHtml } from "./html";
import { documentPdf, PDF_MIME, PdfUnavailableError } from "./pdf";
import { documentLinks, isDocumentKind, loadDocument } from "./registry";

export async function documentResponse(user: SessionUser | null, request: Request, kind: string, key: string[] | undefined): Promise<Response> {
  if (!user) return new Response("Unauthorized", { status: 401 });
  const format = new URL(request.url).searchParams.get("format") ?? "docx";
  if (!isDocumentKind(kind) || (key && key.length > 1) || (format !== "docx" && format !== "pdf")) return new Response("Not found", { status: 404 });
  const documentKey = key?.[0] ? decodeURIComponent(key[0]) : undefined;
  try {
    const doc = await loadDocument(user, kind, documentKey);
    if (format === "docx") return downloadResponse(await documentDocx(doc), `${doc.fileName}.docx`, DOCX_MIME);
    return downloadResponse(await documentPdf(doc), `${doc.fileName}.pdf`, PDF_MIME);
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response("Forbidden", { status: 403 });
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    if (error instanceof PdfUnavailableError) {
      const t = await getServerTranslator();
      const print = documentLinks(kind, documentKey).print;
      const reason = t(error.reason === "disabled" ? "documents.toolbar.pdfDisabled" : "documents.toolbar.pdfMissing");
      const body = `<!doctype html><meta charset="utf-8"><title>PDF</title><p>${escapeHtml(t("documents.pdfFailed", { reason, link: "" }))}<a href="${escapeHtml(print)}">${escapeHtml(print)}</a></p>`;
      return new Response(body, { status: 503, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
    }
    throw error;
  }
}
