// next-auth settings shared by the proxy (which only redirects anonymous visitors) and the
// full auth instance in ./index.ts. Nothing here touches the database.
import type { NextAuthConfig } from "next-auth";
import type { Role } from "./permissions";

const PUBLIC_PATHS = ["/login", "/api/health", "/api/auth"];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** What the sign-in hands to the token (lib/auth/sign-in.ts). */
interface SignedInUser {
  id?: string;
  role?: Role;
  sessionVersion?: number;
}

export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  providers: [],
  callbacks: {
    // Only at sign-in: the token carries the user's session version of that moment (read by
    // lib/auth/session-token.ts), and lib/auth/session.ts refuses it once the version in the database has moved on
    // (sign-out, password reset or change, deactivation, role change). Nothing a client
    // sends (a session "update") can change it.
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as SignedInUser;
        token.sub = signedIn.id;
        token.role = signedIn.role;
        token.sv = signedIn.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;
