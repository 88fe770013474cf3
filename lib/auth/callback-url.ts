// Where to go after signing in (or when a signed-in user opens /login?callbackUrl=…): only
// the path, query and hash of the callback are kept, so the redirect never leaves this
// host (the proxy hands us an absolute URL with the server's own bind address, and a link
// from a message carries APP_URL). A callback back to /login, or none, goes home.
export function safeCallbackPath(url: unknown): string {
  if (typeof url !== "string" || !url) return "/";
  try {
    const parsed = new URL(url, "http://localhost");
    const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
    return path.startsWith("/") && !path.startsWith("//") && parsed.pathname !== "/login" && !parsed.pathname.startsWith("/login/") ? path : "/";
  } catch {
    return "/";
  }
}
