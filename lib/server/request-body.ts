// The body of a route handler's form post, read only up to a limit: a larger upload is
// refused after `maxBytes`, not buffered whole (and a declared Content-Length over the
// limit is refused before anything is read).

/** The parsed form, or why not: "tooLarge" past `maxBytes`, "unreadable" when it is no form. */
export async function readFormWithin(request: Request, maxBytes: number): Promise<{ ok: true; form: FormData } | { ok: false; reason: "tooLarge" | "unreadable" }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { ok: false, reason: "tooLarge" };
  if (!request.body) return { ok: false, reason: "unreadable" };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, reason: "tooLarge" };
    }
    chunks.push(value);
  }
  try {
    const form = await new Response(new Blob(chunks as BlobPart[]), { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
    return { ok: true, form };
  } catch {
    return { ok: false, reason: "unreadable" };
  }
}
