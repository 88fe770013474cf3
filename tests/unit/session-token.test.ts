import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { authConfig, sessionVersionOf } from "@/lib/auth/config";
import { contentSecurityPolicy, nonceFromPolicy, securityHeaders } from "@/lib/security/headers";

const secret = "unit-test-secret-unit-test-secret";
const salt = "authjs.session-token";

/** The callbacks next-auth runs: jwt at sign-in, then session when the cookie is read. */
async function sessionFromCookie(cookie: string) {
  const token = await decode({ token: cookie, secret, salt });
  const session = { user: { id: "", name: null, email: null }, expires: new Date(Date.now() + 60_000).toISOString() };
  return authConfig.callbacks.session({ session, token } as never);
}

describe("the session token", () => {
  it("carries the session version from sign-in to every read", async () => {
    const token = await authConfig.callbacks.jwt({ token: {}, user: { id: "u1", role: "REPORTER", sessionVersion: 3 } } as never);
    const cookie = await encode({ token, secret, salt });
    const session = await sessionFromCookie(cookie);
    expect(session.user.id).toBe("u1");
    expect(sessionVersionOf(session)).toBe(3);
  });

  it("cannot have its version changed by a client's session update", async () => {
    const signedIn = await authConfig.callbacks.jwt({ token: {}, user: { id: "u1", role: "REPORTER", sessionVersion: 3 } } as never);
    const updated = await authConfig.callbacks.jwt({ token: signedIn, trigger: "update", session: { sessionVersion: 9 } } as never);
    expect(sessionVersionOf(await sessionFromCookie(await encode({ token: updated, secret, salt })))).toBe(3);
  });

  it("without a version (a token from before) reads as none, which the session refuses", async () => {
    const cookie = await encode({ token: { sub: "u1" }, secret, salt });
    expect(sessionVersionOf(await sessionFromCookie(cookie))).toBeNull();
  });
});

describe("the security headers", () => {
  it("build a nonce policy that refuses framing, plugins and other origins", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123==", dev: false, https: false });
    expect(csp).toBe(
      "default-src 'self'; script-src 'self' 'nonce-abc123==' 'strict-dynamic'; style-src 'self' 'nonce-abc123=='; style-src-attr 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self'; worker-src 'self' blob:; manifest-src 'self'; frame-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(nonceFromPolicy(csp)).toBe("abc123==");
    expect(contentSecurityPolicy({ nonce: "n", dev: false, https: true })).toMatch(/; upgrade-insecure-requests$/);
    expect(contentSecurityPolicy({ nonce: "n", dev: true, https: false })).toContain("'unsafe-eval'");
  });

  it("send HSTS only over https", () => {
    expect(securityHeaders("x", false)).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders("x", true)).toMatchObject({ "Strict-Transport-Security": "max-age=31536000; includeSubDomains", "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin" });
  });
});
