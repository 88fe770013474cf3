// A request whose path or query carries a control character (NUL reaches PostgreSQL as an
// error) or broken percent-encoding is refused at the edge with 400, before any page,
// route or query sees it. No id, search text or filter of the product contains one.
const CONTROL = /[\u0000-\u001f\u007f]/;

export function isMalformedRequestUrl(url: URL): boolean {
  try {
    return CONTROL.test(decodeURIComponent(url.pathname)) || CONTROL.test(decodeURIComponent(url.search.replaceAll("+", " ")));
  } catch {
    return true; // URIError: a lone or truncated %-sequence
  }
}
