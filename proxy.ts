// Only redirects anonymous visitors to the login page. The real checks run on the server
// for every query and action (lib/auth/permissions.ts).
import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";

export default NextAuth(authConfig).auth;

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
