import "server-only";
import { headers } from "next/headers";
import { nonceFromPolicy } from "./headers";

/** This request's CSP nonce, for an inline <style> or <script> a server component renders. */
export async function cspNonce(): Promise<string | undefined> {
  return nonceFromPolicy((await headers()).get("content-security-policy"));
}
