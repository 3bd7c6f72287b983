// Small constructors for the responses the fake services send.

export type HeaderRecord = Record<string, string>;

/** A JSON answer (`application/json`, as every JSON service but Swift labels it). */
export function json(body: unknown, status = 200, headers: HeaderRecord = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
}

/** An answer without a body (204, 202, a HEAD). */
export function empty(status = 204, headers: HeaderRecord = {}): Response {
  return new Response(null, { status, headers });
}

/** A text answer with the given media type. */
export function text(body: string, status: number, contentType: string, headers: HeaderRecord = {}): Response {
  return new Response(body, { status, headers: { "Content-Type": contentType, ...headers } });
}

/** Bytes as they are (image data, object contents). */
export function bytes(data: Uint8Array, status: number, headers: HeaderRecord): Response {
  return new Response(data as BodyInit, { status, headers: { "Content-Length": String(data.byteLength), ...headers } });
}

/** The same response without its body, for HEAD. */
export function withoutBody(response: Response): Response {
  return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers });
}
