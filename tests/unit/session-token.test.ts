import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { authConfig } from "@/lib/auth/config";
import { readSessionToken, secureSessionCookies, sessionCookieName } from "@/lib/auth/session-token";
import { contentSecurityPolicy, nonceFromPolicy, securityHeaders } from "@/lib/security/headers";

const secret = "unit-test-secret-unit-test-secret";
const salt = "authjs.session-token";

describe("the session token", () => {
  // The jwt callback runs at sign-in (and on next-auth's own session reads); the app reads the cookie with readSessionToken.
  it("carries the session version from sign-in to every read", async () => {
    const token = await authConfig.callbacks.jwt({ token: {}, user: { id: "u1", role: "REPORTER", sessionVersion: 3 } } as never);
    expect(await readSessionToken(`${salt}=${await encode({ token, secret, salt })}`, false, secret)).toEqual({ userId: "u1", sessionVersion: 3 });
  });

  it("cannot have its version changed by a client's session update", async () => {
    const signedIn = await authConfig.callbacks.jwt({ token: {}, user: { id: "u1", role: "REPORTER", sessionVersion: 3 } } as never);
    const updated = await authConfig.callbacks.jwt({ token: signedIn, trigger: "update", session: { sessionVersion: 9 } } as never);
    expect(await readSessionToken(`${salt}=${await encode({ token: updated, secret, salt })}`, false, secret)).toEqual({ userId: "u1", sessionVersion: 3 });
  });
});

describe("the session cookie as read on every request", () => {
  const signedIn = { sub: "u1", role: "REPORTER", sv: 3 };
  const cookieOf = async (https: boolean, token: Record<string, unknown> = signedIn, options: { secret?: string; maxAge?: number } = {}) =>
    `theme=dark; ${sessionCookieName(https)}=${await encode({ token, secret: options.secret ?? secret, salt: sessionCookieName(https), maxAge: options.maxAge })}`;

  it("reads the user and session version of a token this installation issued, over http and https (its __Secure- cookie)", async () => {
    expect(sessionCookieName(false)).toBe("authjs.session-token");
    expect(sessionCookieName(true)).toBe("__Secure-authjs.session-token");
    expect(await readSessionToken(await cookieOf(false), false, secret)).toEqual({ userId: "u1", sessionVersion: 3 });
    expect(await readSessionToken(await cookieOf(true), true, secret)).toEqual({ userId: "u1", sessionVersion: 3 });
    // A token from before session versions reads as none, which lib/auth/session.ts refuses.
    expect(await readSessionToken(await cookieOf(false, { sub: "u1" }), false, secret)).toEqual({ userId: "u1", sessionVersion: null });
    expect(await readSessionToken(await cookieOf(false, { sub: "u1", sv: "3" }), false, secret)).toEqual({ userId: "u1", sessionVersion: null });
  });

  it("refuses no cookie, another cookie name, another secret, an expired token and a token without a user", async () => {
    expect(await readSessionToken(null, false, secret)).toBeNull();
    expect(await readSessionToken("theme=dark", false, secret)).toBeNull();
    // The http cookie on an https request is not the session cookie there.
    expect(await readSessionToken(await cookieOf(false), true, secret)).toBeNull();
    expect(await readSessionToken(await cookieOf(false, signedIn, { secret: "another-secret-another-secret-xx" }), false, secret)).toBeNull();
    expect(await readSessionToken(await cookieOf(false, signedIn, { maxAge: -3600 }), false, secret)).toBeNull();
    expect(await readSessionToken(await cookieOf(false, { role: "REPORTER" }), false, secret)).toBeNull();
    expect(await readSessionToken(`${sessionCookieName(false)}=not-a-token`, false, secret)).toBeNull();
  });

  it("names the cookie for https as next-auth does: AUTH_URL first, then the forwarded protocol, then the request's", () => {
    const forwarded = (proto?: string) => new Headers(proto ? { "x-forwarded-proto": proto } : {});
    expect(secureSessionCookies(forwarded(), "http:", {})).toBe(false);
    expect(secureSessionCookies(forwarded(), "https:", {})).toBe(true);
    expect(secureSessionCookies(forwarded("https"), "http:", {})).toBe(true);
    expect(secureSessionCookies(forwarded("http"), "https:", {})).toBe(false);
    // TLS ended at a proxy that sends no X-Forwarded-Proto: next-auth follows AUTH_URL.
    expect(secureSessionCookies(forwarded(), "http:", { AUTH_URL: "https://zone.example.gov.cn" })).toBe(true);
    expect(secureSessionCookies(forwarded("https"), "https:", { NEXTAUTH_URL: "http://127.0.0.1:3000" })).toBe(false);
  });

  it("reads a session cookie next-auth split into chunks", async () => {
    const value = await encode({ token: signedIn, secret, salt: sessionCookieName(false) });
    const half = Math.ceil(value.length / 2);
    const chunked = `${sessionCookieName(false)}.0=${value.slice(0, half)}; ${sessionCookieName(false)}.1=${value.slice(half)}`;
    expect(await readSessionToken(chunked, false, secret)).toEqual({ userId: "u1", sessionVersion: 3 });
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
