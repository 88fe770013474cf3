import Script from "next/script";
import { documentCss, documentMarkup, PLACE_FOOT_SCRIPT } from "@/lib/documents/html";
import type { OfficialDocument } from "@/lib/documents/model";

/**
 * An official document as its print view: the very HTML and stylesheet the PDF is rendered
 * from (lib/documents/html.ts), so screen, browser print and PDF share one layout. The markup
 * is built from escaped text only.
 */
export function DocumentView({ doc }: { doc: OfficialDocument }) {
  return (
    <>
      <style dangerouslySetInnerHTML={{ __html: documentCss() }} />
      <div dangerouslySetInnerHTML={{ __html: documentMarkup(doc) }} />
      <Script id="gb-place-foot" strategy="afterInteractive">{PLACE_FOOT_SCRIPT}</Script>
    </>
  );
}
