import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, clientIp, normalizeAddress, normalizeForwardingHeaders, parseTrustedProxies, resolveClientIp } from "@/lib/auth/client-ip";

describe("the client address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientIp("203.0.113.9", "1.2.3.4", null)).toBe("203.0.113.9");
    expect(resolveClientIp("::ffff:203.0.113.9", "1.2.3.4", null)).toBe("203.0.113.9");
    expect(resolveClientIp("127.0.0.1", "1.2.3.4", parseTrustedProxies(""))).toBe("127.0.0.1");
  });

  it("is the peer when the peer is not one of the trusted proxies", () => {
    expect(resolveClientIp("198.51.100.7", "1.2.3.4", parseTrustedProxies("10.0.0.0/8"))).toBe("198.51.100.7");
  });

  it("through trusted proxies, is the first untrusted address from the right", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 127.0.0.1");
    // client → 10.1.1.1 (edge) → 10.2.2.2 (inner) → app; the client forged "6.6.6.6" at the left
    expect(resolveClientIp("10.2.2.2", "6.6.6.6, 198.51.100.7, 10.1.1.1", trusted)).toBe("198.51.100.7");
    expect(resolveClientIp("127.0.0.1", "198.51.100.7", trusted)).toBe("198.51.100.7");
    // nothing forwarded: the proxy itself
    expect(resolveClientIp("127.0.0.1", undefined, trusted)).toBe("127.0.0.1");
    // garbage stops the walk at the last trusted hop
    expect(resolveClientIp("10.2.2.2", "198.51.100.7, not-an-ip", trusted)).toBe("10.2.2.2");
  });

  it("understands IPv6 ranges and refuses a bad setting", () => {
    const trusted = parseTrustedProxies("fd00::/8,::1");
    expect(resolveClientIp("::1", "2001:db8::5", trusted)).toBe("2001:db8::5");
    expect(resolveClientIp("fd12::1", "2001:db8::5", trusted)).toBe("2001:db8::5");
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/prefix/);
    expect(() => parseTrustedProxies("proxy.example")).toThrow(/not an IP/);
  });

  it("normalizes addresses and drops what is not one", () => {
    expect(normalizeAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("192.0.2.1:8080")).toBe("192.0.2.1");
    expect(normalizeAddress("<script>")).toBeNull();
  });

  it("rewrites a request's headers: a forged client-ip header and forwarding headers from an untrusted peer are gone", () => {
    const request = {
      socket: { remoteAddress: "::ffff:192.0.2.10" },
      headers: { "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.6", "x-forwarded-host": "evil.example", [CLIENT_IP_HEADER]: "6.6.6.6" } as Record<string, string | string[] | undefined>,
    };
    expect(normalizeForwardingHeaders(request as never, null)).toBe("192.0.2.10");
    expect(request.headers).toEqual({ "x-forwarded-for": "192.0.2.10", [CLIENT_IP_HEADER]: "192.0.2.10" });
    expect(clientIp(new Headers(request.headers as Record<string, string>))).toBe("192.0.2.10");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
