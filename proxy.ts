// Redirects visitors without a session token (lib/auth/session-token.ts) to the login page and
// puts the security headers (with a fresh Content-Security-Policy nonce) on every response. The
// real checks run on the server for every query and action (lib/auth/permissions.ts,
// lib/auth/session.ts). The proxy never writes the session cookie: a session lasts its maxAge
// from sign-in (lib/auth/config.ts).
import { NextResponse, type NextRequest } from "next/server";
import { isPublicPath } from "@/lib/auth/config";
import { readSessionToken, secureSessionCookies } from "@/lib/auth/session-token";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/security/headers";
import { isMalformedRequestUrl } from "@/lib/security/request-url";

export default async function proxy(request: NextRequest) {
  if (isMalformedRequestUrl(new URL(request.url))) return new Response("Bad Request", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = contentSecurityPolicy({ nonce: newNonce(), dev: process.env.NODE_ENV === "development", https });
  let response: NextResponse;
  if (!isPublicPath(request.nextUrl.pathname) && !(await readSessionToken(request.headers.get("cookie"), secureSessionCookies(request.headers, request.nextUrl.protocol)))) {
    const signIn = request.nextUrl.clone();
    signIn.pathname = "/login";
    signIn.search = "";
    signIn.searchParams.set("callbackUrl", request.nextUrl.href);
    response = NextResponse.redirect(signIn);
  } else {
    // Next.js takes the nonce for its own scripts from the policy in the request headers.
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", csp);
    response = NextResponse.next({ request: { headers } });
  }
  for (const [name, value] of Object.entries(securityHeaders(csp, https))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
