// Redirects anonymous visitors to the login page and puts the security headers (with a
// fresh Content-Security-Policy nonce) on every response. The real checks run on the
// server for every query and action (lib/auth/permissions.ts, lib/auth/session.ts).
import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig, isPublicPath } from "@/lib/auth/config";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/security/headers";
import { isMalformedRequestUrl } from "@/lib/security/request-url";

type Handler = (request: NextRequest, event: NextFetchEvent) => Promise<Response | undefined>;

const authProxy = NextAuth(authConfig).auth((request) => {
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = contentSecurityPolicy({ nonce: newNonce(), dev: process.env.NODE_ENV === "development", https });
  let response: NextResponse;
  if (!request.auth?.user && !isPublicPath(request.nextUrl.pathname)) {
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
}) as unknown as Handler;

/**
 * next-auth's proxy re-issues the session cookie on every request it sees. A request in
 * flight when the user signs out (a link prefetch, say) would then bring the session back
 * after the sign-out deleted it, so the proxy never writes that cookie: a session lasts
 * its maxAge from sign-in (lib/auth/config.ts).
 */
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  if (isMalformedRequestUrl(new URL(request.url))) return new Response("Bad Request", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  const response = await authProxy(request, event);
  if (!response) return response;
  const cookies = response.headers.getSetCookie();
  if (cookies.some((cookie) => cookie.includes("session-token"))) {
    response.headers.delete("set-cookie");
    for (const cookie of cookies.filter((entry) => !entry.includes("session-token"))) response.headers.append("set-cookie", cookie);
  }
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
