// One log line per HTTP request: method, path, status, duration and a request id. The id
// comes from the incoming X-Request-Id (a load balancer's or a caller's, when it is a sane
// token) or is generated; it is put on the request (so route handlers can read it) and sent
// back in the response's X-Request-Id. Hooked on Node's `http.server.request.start`
// channel (like lib/auth/client-ip.ts), so it sees every request Next.js serves, pages,
// actions, routes and static files alike, and the status Next.js finally sent.
import { randomUUID } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import { elapsedMs, log } from "./log";

export const REQUEST_ID_HEADER = "x-request-id";
/** Letters, digits and . _ : - up to 128 characters (UUIDs, nginx's $request_id, trace ids). */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The incoming id when it is a sane token, else a fresh UUID (a client cannot inject text into the logs). */
export function requestIdFrom(incoming: string | string[] | undefined): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value && SANE_REQUEST_ID.test(value) ? value : randomUUID();
}

/** The path without its query string: queries can carry tokens (password-reset links, callback URLs). */
export function pathOf(url: string | undefined): string {
  const path = (url ?? "/").split("?")[0].split("#")[0];
  return path.length > 512 ? `${path.slice(0, 512)}…` : path;
}

export interface RequestLogFields {
  msg: "request";
  requestId: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  /** False when the client went away before the response was finished. */
  completed: boolean;
}

/** The fields of one request's line. */
export function requestLogFields(request: Pick<IncomingMessage, "method" | "url">, response: Pick<ServerResponse, "statusCode">, requestId: string, durationMs: number, completed: boolean): RequestLogFields {
  return { msg: "request", requestId, method: request.method ?? "GET", path: pathOf(request.url), status: response.statusCode, durationMs, completed };
}

/** Tags one request with its id and logs it when its response is finished (or abandoned). */
export function traceRequest(request: IncomingMessage, response: ServerResponse, logger: Logger = log()): string {
  const start = process.hrtime.bigint();
  const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
  request.headers[REQUEST_ID_HEADER] = requestId;
  response.setHeader("X-Request-Id", requestId);
  let written = false;
  const write = (completed: boolean) => {
    if (written) return;
    written = true;
    const fields = requestLogFields(request, response, requestId, elapsedMs(start), completed);
    if (fields.status >= 500) logger.error(fields);
    else logger.info(fields);
  };
  response.once("finish", () => write(true));
  response.once("close", () => write(response.writableFinished));
  return requestId;
}

let installed = false;

/** Installs the hook once per process (instrumentation.ts). REQUEST_LOG=off turns the lines off (the id stays). */
export function installRequestLog(env: NodeJS.ProcessEnv = process.env): void {
  if (installed) return;
  installed = true;
  const logger = env.REQUEST_LOG === "off" ? log().child({}, { level: "silent" }) : log();
  subscribe("http.server.request.start", (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    traceRequest(request, response, logger);
  });
}
