import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/ui/print-button";
import type { PdfAvailability } from "@/lib/documents/pdf";
import type { DocumentLinks } from "@/lib/documents/registry";

const link = "inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50";

/** Above the sheets, never printed: print, the .docx, the PDF (or why there is none). */
export async function DocumentToolbar({ links, pdf }: { links: DocumentLinks; pdf: PdfAvailability }) {
  const t = await getTranslations("documents.toolbar");
  return (
    <div className="no-print mx-auto mb-4 flex max-w-[210mm] flex-wrap items-center justify-end gap-2 px-2" data-testid="document-toolbar">
      <span className="mr-auto text-xs text-slate-500">{t("chineseOnly")}</span>
      <PrintButton />
      <a className={link} href={links.docx} data-testid="download-docx">{t("docx")}</a>
      {pdf.available ? (
        <a className={link} href={links.pdf} data-testid="download-pdf">{t("pdf")}</a>
      ) : (
        <span className="inline-flex max-w-md flex-col text-xs text-slate-600" data-testid="pdf-unavailable">
          <span className="font-medium text-slate-800">{t("pdfUnavailable")}</span>
          {t(pdf.reason === "disabled" ? "pdfDisabled" : "pdfMissing")}
        </span>
      )}
    </div>
  );
}
