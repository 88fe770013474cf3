import Script from "next/script";
import { documentCss, documentMarkup, PLACE_FOOT_SCRIPT } from "@/lib/documents/html";
import type { OfficialDocument } from "@/lib/documents/model";
import { cspNonce } from "@/lib/security/nonce";

/**
 * An official document as its print view: the very HTML and stylesheet the PDF is rendered
 * from (lib/documents/html.ts), so screen, browser print and PDF share one layout. The markup
 * is built from escaped text only.
 */
export async function DocumentView({ doc }: { doc: OfficialDocument }) {
  // The Content-Security-Policy admits the inline stylesheet and script with this request's nonce.
  const nonce = await cspNonce();
  return (
    <>
      <style nonce={nonce} dangerouslySetInnerHTML={{ __html: documentCss() }} />
      <div dangerouslySetInnerHTML={{ __html: documentMarkup(doc) }} />
      <Script id="gb-place-foot" strategy="afterInteractive" nonce={nonce}>{PLACE_FOOT_SCRIPT}</Script>
    </>
  );
}
