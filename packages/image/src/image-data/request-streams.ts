let cached: boolean | undefined;

/**
 * Whether this runtime's fetch can send a ReadableStream as a request body (Node, Deno,
 * Bun, Chromium). Firefox and Safari cannot: they turn the stream into the text
 * "[object ReadableStream]" and label it text/plain, which would upload those 23 bytes as
 * the image. Detected as the Fetch standard suggests: a runtime that supports it reads the
 * `duplex` option and adds no Content-Type.
 */
export function canStreamRequests(RequestClass: typeof Request = globalThis.Request): boolean {
  if (RequestClass === globalThis.Request && cached !== undefined) return cached;
  let duplexRead = false;
  let supported = false;
  try {
    const init = {
      method: "POST",
      body: new ReadableStream(),
      get duplex() {
        duplexRead = true;
        return "half";
      },
    };
    const hasContentType = new RequestClass("https://stream-probe.invalid", init as RequestInit).headers.has(
      "Content-Type",
    );
    supported = duplexRead && !hasContentType;
  } catch {
    supported = false;
  }
  if (RequestClass === globalThis.Request) cached = supported;
  return supported;
}
