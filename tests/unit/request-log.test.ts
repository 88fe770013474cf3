// The request log line, through a real HTTP server on loopback: one JSON line per request with
// method, path (no query), status, duration and the request id, which is also the response's
// X-Request-Id; a sane incoming id is kept, anything else replaced.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "@/lib/server/log";
import { requestIdFrom, traceRequest } from "@/lib/server/request-log";

const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...String(chunk).split("\n").filter(Boolean));
    done();
  },
});
const logger = createLogger(sink);
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    traceRequest(request, response, logger);
    if (request.url?.startsWith("/missing")) {
      response.statusCode = 404;
      response.end("no");
      return;
    }
    if (request.url?.startsWith("/broken")) {
      response.statusCode = 500;
      response.end("boom");
      return;
    }
    response.end(`seen ${request.headers["x-request-id"]}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The parsed line of the request with this id (written when the response finished). */
async function lineOf(requestId: string): Promise<Record<string, unknown>> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const found = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((entry) => entry.requestId === requestId);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no log line for ${requestId}`);
}

describe("request log", () => {
  it("keeps a sane incoming X-Request-Id, hands it to the handler and returns it", async () => {
    const response = await fetch(`${base}/plan/items?token=secret-reset-token`, { headers: { "X-Request-Id": "lb-7f3a.01" } });
    expect(response.headers.get("x-request-id")).toBe("lb-7f3a.01");
    expect(await response.text()).toBe("seen lb-7f3a.01");
    const line = await lineOf("lb-7f3a.01");
    expect(Object.keys(line).sort()).toEqual(["completed", "durationMs", "level", "method", "msg", "path", "pid", "requestId", "service", "status", "time"]);
    expect(line).toMatchObject({ level: "info", msg: "request", service: "chuangjian", method: "GET", path: "/plan/items", status: 200, completed: true, requestId: "lb-7f3a.01" });
    expect(typeof line.durationMs).toBe("number");
    expect(line.durationMs as number).toBeGreaterThanOrEqual(0);
    expect(new Date(line.time as string).toISOString()).toBe(line.time);
    // The query (here a token) never reaches the log.
    expect(lines.join("\n")).not.toContain("secret-reset-token");
  });

  it("generates an id when none or a malformed one comes in, and logs the status sent", async () => {
    const generated = await fetch(`${base}/missing`, { method: "POST", body: "x" });
    const id = generated.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await lineOf(id!)).toMatchObject({ method: "POST", path: "/missing", status: 404, level: "info" });

    const injected = await fetch(`${base}/broken`, { headers: { "X-Request-Id": 'x" level=admin' } });
    const replaced = injected.headers.get("x-request-id")!;
    expect(replaced).not.toContain("admin");
    expect(await lineOf(replaced)).toMatchObject({ path: "/broken", status: 500, level: "error" });
  });

  it("accepts up to 128 token characters and nothing else", () => {
    expect(requestIdFrom("a".repeat(128))).toBe("a".repeat(128));
    expect(requestIdFrom("a".repeat(129))).not.toBe("a".repeat(129));
    expect(requestIdFrom(["first-id", "second"])).toBe("first-id");
    expect(requestIdFrom("")).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom("new\nline")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
