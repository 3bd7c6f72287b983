// The answers the fault proxy (./proxy.ts) gives: the upstream's own, forwarded and read
// whole, or one it makes up (an injected status, a 401 for a revoked token).
import { randomUUID } from "node:crypto";
import { type IncomingHttpHeaders, request as upstreamRequest } from "node:http";

/** An answer as the proxy holds it: read whole, so it can be rewritten or replaced. */
export type Answer = { status: number; headers: Record<string, string>; body: Buffer };

const hopByHop = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "host",
  "content-encoding",
  "upgrade",
  "proxy-connection",
]);

export async function readAll(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Sends the request on to 127.0.0.1:<upstream> as it came, and reads the whole answer. */
export function forward(
  upstream: number,
  method: string,
  path: string,
  incoming: IncomingHttpHeaders,
  body: Buffer,
): Promise<Answer> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(incoming))
    if (value !== undefined && !hopByHop.has(name)) headers[name] = value;
  headers["host"] = `127.0.0.1:${upstream}`;
  if (body.length > 0 || !["GET", "HEAD", "DELETE"].includes(method)) headers["content-length"] = String(body.length);
  return new Promise((resolve, reject) => {
    const outgoing = upstreamRequest(
      { host: "127.0.0.1", port: upstream, method, path, headers, agent: false },
      async (answer) => {
        try {
          const out: Record<string, string> = {};
          for (const [name, value] of Object.entries(answer.headers)) {
            if (value !== undefined && !hopByHop.has(name)) out[name] = Array.isArray(value) ? value.join(", ") : value;
          }
          resolve({ status: answer.statusCode ?? 502, headers: out, body: await readAll(answer) });
        } catch (error) {
          reject(error);
        }
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

export function statusAnswer(
  fault: { status: number; headers?: Record<string, string>; body?: string },
  upstreamRequestId: string | undefined,
): Answer {
  const body =
    fault.body ??
    JSON.stringify({ error: { code: fault.status, title: "Injected", message: `Injected fault ${fault.status}` } });
  const contentType = body.trimStart().startsWith("<") ? "text/html; charset=utf-8" : "application/json";
  const headers: Record<string, string> = { "content-type": contentType, ...fault.headers };
  // A service's own failure carries its request id; a load balancer's page (given `headers`) carries what it says.
  if (fault.headers === undefined) headers["x-openstack-request-id"] = upstreamRequestId ?? `req-${randomUUID()}`;
  return { status: fault.status, headers, body: Buffer.from(body) };
}

export function unauthorized(): Answer {
  const body = {
    error: { code: 401, title: "Unauthorized", message: "The request you have made requires authentication." },
  };
  return {
    status: 401,
    headers: {
      "content-type": "application/json",
      "www-authenticate": 'Keystone uri="http://127.0.0.1:5000"',
      "x-openstack-request-id": `req-${randomUUID()}`,
    },
    body: Buffer.from(JSON.stringify(body)),
  };
}
