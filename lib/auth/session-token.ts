// The session cookie, read directly: one decrypt. The proxy and lib/auth/session.ts ask it on
// every request. next-auth's own readers (its proxy wrapper and `auth()`) ran its whole session
// endpoint for that: decrypt, callbacks, a fresh token encrypted and set as a cookie (dropped
// by the proxy: a renewal in flight at sign-out would bring the session back; in a server
// action it renewed the session, against "12 hours from sign-in"). Whether the token is still
// valid for its user is decided against the database (lib/auth/session.ts).
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";

export interface TokenSession {
  userId: string;
  /** The user's session version at sign-in; null for a token without one (which the session refuses). */
  sessionVersion: number | null;
}

/** next-auth's cookie name: __Secure- prefixed when its cookies are secure. */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}authjs.session-token`;
}

/**
 * Whether next-auth names its cookies for https, decided as it decides (@auth/core's
 * createActionURL): from AUTH_URL (or NEXTAUTH_URL) when set, else from the forwarded protocol,
 * else the request's own.
 */
export function secureSessionCookies(requestHeaders: Headers, requestProtocol: string, env: Record<string, string | undefined> = process.env): boolean {
  const configured = env.AUTH_URL ?? env.NEXTAUTH_URL;
  const protocol = configured ? new URL(configured).protocol : (requestHeaders.get("x-forwarded-proto") ?? requestProtocol);
  return protocol.replace(/:?$/, ":") === "https:";
}

/** The session a cookie header carries: a token this installation issued, not expired, naming a user. */
export async function readSessionToken(cookieHeader: string | null, secure: boolean, secret = process.env.AUTH_SECRET): Promise<TokenSession | null> {
  const name = sessionCookieName(secure);
  if (!cookieHeader || !cookieHeader.includes(name)) return null;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  // Only the cookie: getToken would also take an Authorization: Bearer token, which next-auth's session never does.
  const token = await getToken({ req: { headers: new Headers({ cookie: cookieHeader }) }, secret, secureCookie: secure, cookieName: name });
  if (typeof token?.sub !== "string" || token.sub === "") return null;
  return { userId: token.sub, sessionVersion: typeof token.sv === "number" && Number.isInteger(token.sv) ? token.sv : null };
}

/**
 * The session of the request being served (pages, actions, route handlers). Next.js always
 * sets X-Forwarded-Proto; without it next-auth assumes https, and so does this.
 */
export async function requestSession(): Promise<TokenSession | null> {
  const requestHeaders = await headers();
  return readSessionToken(requestHeaders.get("cookie"), secureSessionCookies(requestHeaders, "https:"));
}
