// The proxy's one question: does the request carry a session token this installation issued
// that has not expired? It only decrypts the cookie. next-auth's proxy wrapper ran its whole
// session endpoint for that (decrypt, callbacks, a fresh token encrypted and set as a cookie
// the proxy then had to drop, since a request in flight at sign-out would have brought the
// session back), on every request. Who the user is, and whether the token is still valid for
// them, is decided on the server (lib/auth/session.ts).
import { getToken } from "next-auth/jwt";

/** next-auth's cookie name: __Secure- prefixed when its cookies are secure. */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}authjs.session-token`;
}

/**
 * Whether next-auth names its cookies for https, decided as it decides (@auth/core's
 * createActionURL): from AUTH_URL (or NEXTAUTH_URL) when set, else from the forwarded protocol,
 * else the request's own.
 */
export function secureSessionCookies(headers: Headers, requestProtocol: string, env: Record<string, string | undefined> = process.env): boolean {
  const configured = env.AUTH_URL ?? env.NEXTAUTH_URL;
  const protocol = configured ? new URL(configured).protocol : (headers.get("x-forwarded-proto") ?? requestProtocol);
  return protocol.replace(/:?$/, ":") === "https:";
}

export async function hasSessionToken(cookieHeader: string | null, secure: boolean, secret = process.env.AUTH_SECRET): Promise<boolean> {
  const name = sessionCookieName(secure);
  if (!cookieHeader || !cookieHeader.includes(name)) return false;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  // Only the cookie: getToken would also take an Authorization: Bearer token, which next-auth's session never does.
  const token = await getToken({ req: { headers: new Headers({ cookie: cookieHeader }) }, secret, secureCookie: secure, cookieName: name });
  return typeof token?.sub === "string" && token.sub !== "";
}
