// Only redirects anonymous visitors to the login page. The real checks run on the server
// for every query and action (lib/auth/permissions.ts).
import NextAuth from "next-auth";
import type { NextFetchEvent, NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";

const authProxy = NextAuth(authConfig).auth as unknown as (request: NextRequest, event: NextFetchEvent) => Promise<Response | undefined>;

/**
 * next-auth's proxy re-issues the session cookie on every request it sees. A request in
 * flight when the user signs out (a link prefetch, say) would then bring the session back
 * after the sign-out deleted it, so the proxy never writes that cookie: a session lasts
 * its maxAge from sign-in (lib/auth/config.ts).
 */
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
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
