// The benchmark as a browser: signs in through Auth.js's credentials flow (CSRF token, then
// the callback POST), keeps the cookies, loads pages, and calls server actions the way the
// React client does (POST with the Next-Action header and the arguments encoded by React's
// own encodeReply).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
// The client half of React's Flight protocol that Next.js ships and its browser bundle uses.
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node.js") as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

export class Session {
  private readonly cookies = new Map<string, string>();

  constructor(readonly origin: string) {}

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async request(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set("cookie", this.cookieHeader());
    const response = await fetch(`${this.origin}${pathname}`, { ...init, headers, redirect: "manual" });
    this.remember(response);
    return response;
  }

  /** Signs in like the login form does (Auth.js credentials provider); throws unless a session cookie came back. */
  async signIn(email: string, password: string): Promise<void> {
    const csrf = await this.request("/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await this.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: this.origin },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${this.origin}/` }),
    });
    await response.arrayBuffer();
    if (![...this.cookies.keys()].some((name) => name.endsWith("session-token"))) {
      throw new Error(`sign-in of ${email} failed (${response.status} ${response.headers.get("location") ?? ""})`);
    }
  }

  /** GETs a page's full server render; the body is read to the end. */
  async page(pathname: string): Promise<{ status: number; html: string }> {
    const response = await this.request(pathname);
    const html = await response.text();
    return { status: response.status, html };
  }

  /** Calls a server action as the browser does: returns the HTTP status and the Flight response text. */
  async action(actionId: string, args: unknown[], pagePath: string): Promise<{ status: number; body: string }> {
    const encoded = await encodeReply(args);
    const headers: Record<string, string> = {
      accept: "text/x-component",
      "next-action": actionId,
      origin: this.origin,
      referer: `${this.origin}${pagePath}`,
    };
    if (typeof encoded === "string") headers["content-type"] = "text/plain;charset=UTF-8";
    const response = await this.request(pagePath, { method: "POST", headers, body: encoded });
    return { status: response.status, body: await response.text() };
  }
}
