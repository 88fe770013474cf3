/** A CSS string literal: quotes and backslashes escaped, "<" escaped so the text cannot end the <style>. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, "\\$&").replace(/</g, "\\3C ").replace(/\s+/g, " ")}"`;
}

/**
 * A4 page rules for a print view: a running header and a footer with the page number on
 * every printed page (CSS page-margin boxes).
 */
export function PrintPageStyle({ header, footer, pageLabel, nonce }: { header: string; footer: string; pageLabel: string; nonce?: string }) {
  const css = `@media print {
  @page {
    size: A4;
    margin: 20mm 16mm 18mm;
    @top-center { content: ${cssString(header)}; font-size: 9pt; color: #475569; }
    @bottom-left { content: ${cssString(footer)}; font-size: 8pt; color: #64748b; }
    @bottom-right { content: ${cssString(pageLabel)} " " counter(page) " / " counter(pages); font-size: 8pt; color: #64748b; }
  }
  table { break-inside: auto; }
  tr, li { break-inside: avoid; }
  thead { display: table-header-group; }
  details > summary { display: none; }
}`;
  // The Content-Security-Policy admits an inline <style> only with this request's nonce.
  return <style nonce={nonce} dangerouslySetInnerHTML={{ __html: css }} />;
}
