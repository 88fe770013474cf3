// The client's address, for sign-in throttling and the audit log. Next.js keeps whatever
// X-Forwarded-For a client sends (it only fills the header in when it is missing), so the
// app cannot tell a spoofed header from the socket's address on its own. A hook on Node's
// `http.server.request.start` channel runs before Next.js sees a request: it resolves the
// address from the socket and, only through proxies the operator declares in
// TRUSTED_PROXIES, from X-Forwarded-For, and writes the result into the request headers.
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";

/** Set by the hook on every request (a client-sent value is overwritten). */
export const CLIENT_IP_HEADER = "x-chuangjian-client-ip";
const UNKNOWN = "unknown";

/** "::ffff:10.0.0.1" (an IPv4 client on a dual-stack socket) is 10.0.0.1. */
export function normalizeAddress(address: string | undefined | null): string | null {
  if (!address) return null;
  let value = address.trim();
  if (value.startsWith("[") && value.includes("]")) value = value.slice(1, value.indexOf("]"));
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  if (value.toLowerCase().startsWith("::ffff:") && isIP(value.slice(7)) === 4) value = value.slice(7);
  return isIP(value) ? value.toLowerCase() : null;
}

/**
 * TRUSTED_PROXIES: a comma-separated list of addresses and CIDR ranges
 * ("127.0.0.1, 10.0.0.0/8, fd00::/8"). Empty or unset: no proxy is trusted and
 * X-Forwarded-For is ignored. Throws on an entry that is not an address or range.
 */
export function parseTrustedProxies(setting: string | undefined): BlockList | null {
  const entries = (setting ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return null;
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split("/");
    const family = isIP(address);
    if (!family) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const bits = Number(prefix);
    if (!/^\d+$/.test(prefix) || bits > (family === 4 ? 32 : 128)) throw new Error(`TRUSTED_PROXIES: "${entry}" has a bad prefix length`);
    list.addSubnet(address, bits, type);
  }
  return list;
}

function isTrusted(address: string, trusted: BlockList): boolean {
  return trusted.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

/**
 * The client: the socket's peer, unless that peer is a trusted proxy; then X-Forwarded-For
 * is walked from the right (each proxy appends the address it saw), skipping trusted
 * proxies, and the first address that is not one is the client. The left-most entries are
 * whatever the client wrote and are never believed past an untrusted hop.
 */
export function resolveClientIp(peer: string | undefined | null, forwardedFor: string | string[] | undefined | null, trusted: BlockList | null): string {
  const socketAddress = normalizeAddress(peer);
  if (!socketAddress) return UNKNOWN;
  if (!trusted || !isTrusted(socketAddress, trusted)) return socketAddress;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map((hop) => hop.trim()).filter(Boolean);
  let client = socketAddress;
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = normalizeAddress(hops[index]);
    if (!hop) break; // garbage in the chain: stop at the last address we could trust
    client = hop;
    if (!isTrusted(hop, trusted)) break;
  }
  return client;
}

const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

/**
 * Rewrites one incoming request's headers: the resolved client address in CLIENT_IP_HEADER
 * and X-Forwarded-For; from an untrusted peer, the client's own forwarding headers are
 * dropped (Next.js then fills them in from the socket).
 */
export function normalizeForwardingHeaders(request: Pick<IncomingMessage, "headers" | "socket">, trusted: BlockList | null): string {
  const headers = request.headers;
  const peer = normalizeAddress(request.socket?.remoteAddress);
  const client = resolveClientIp(peer, headers["x-forwarded-for"], trusted);
  if (!peer || !trusted || !isTrusted(peer, trusted)) for (const name of FORWARDING_HEADERS) delete headers[name];
  headers["x-forwarded-for"] = client;
  headers[CLIENT_IP_HEADER] = client;
  return client;
}

let installed = false;

/** Installs the hook once per process (instrumentation.ts). */
export function installClientIpHook(setting = process.env.TRUSTED_PROXIES): void {
  if (installed) return;
  installed = true;
  let trusted: BlockList | null = null;
  try {
    trusted = parseTrustedProxies(setting);
  } catch (error) {
    // Fail closed: with a broken setting no proxy is trusted.
    console.error("[client-ip]", error instanceof Error ? error.message : error, "— trusting no proxy");
  }
  subscribe("http.server.request.start", (message) => {
    normalizeForwardingHeaders((message as { request: IncomingMessage }).request, trusted);
  });
}

/** The client address the hook resolved for this request. */
export function clientIp(headers: Pick<Headers, "get">): string {
  return normalizeAddress(headers.get(CLIENT_IP_HEADER)) ?? UNKNOWN;
}
