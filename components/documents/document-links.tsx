import { getTranslations } from "next-intl/server";
import type { PdfAvailability } from "@/lib/documents/pdf";
import type { DocumentLinks } from "@/lib/documents/registry";

const link = "inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50";

/** A document's three outputs, for the page that shows the record: print view, Word, PDF. */
export async function DocumentLinksBar({ links, pdf }: { links: DocumentLinks; pdf: PdfAvailability }) {
  const t = await getTranslations("documents.toolbar");
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="document-links">
      <a className={link} href={links.print} target="_blank" rel="noopener" data-testid="open-print">{t("print")}</a>
      <a className={link} href={links.docx} data-testid="download-docx">{t("docx")}</a>
      {pdf.available ? (
        <a className={link} href={links.pdf} data-testid="download-pdf">{t("pdf")}</a>
      ) : (
        <span className="text-xs text-slate-500" title={t(pdf.reason === "disabled" ? "pdfDisabled" : "pdfMissing")} data-testid="pdf-unavailable">
          {t("pdfUnavailable")}：{t(pdf.reason === "disabled" ? "pdfDisabled" : "pdfMissing")}
        </span>
      )}
    </div>
  );
}
