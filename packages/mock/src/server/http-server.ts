import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { mockCloud, type MockCloud, type MockCloudOptions } from "../cloud/mock-cloud.js";
import { corsHeaders, isPreflight, preflightHeaders } from "./cors.js";

/** The only hosts the loopback server binds to. */
export const LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1"] as const;

export interface MockServerOptions extends Omit<MockCloudOptions, "baseUrl"> {
  /** Default 0: a free port, read back from `port`. The CLI's default is 5000. */
  port?: number;
  /** 127.0.0.1 (default), localhost or ::1; nothing else. */
  host?: string;
}

export interface MockServer {
  /** `http://127.0.0.1:<port>`: services live under it, Keystone at its root. */
  readonly url: string;
  readonly authUrl: string;
  readonly port: number;
  readonly cloud: MockCloud;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<Uint8Array | undefined> {
  if (request.method === "GET" || request.method === "HEAD") return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length === 0 ? undefined : new Uint8Array(Buffer.concat(chunks));
}

function toHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  return headers;
}

async function serve(cloud: MockCloud, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const headers = toHeaders(request);
  const method = (request.method ?? "GET").toUpperCase();
  if (isPreflight(method, headers)) {
    response.writeHead(204, preflightHeaders(headers)).end();
    return;
  }
  // Whatever Host the client used (127.0.0.1 or localhost), the cloud sees its own origin, so its links name it.
  const url = new URL(request.url ?? "/", cloud.baseUrl);
  const body = await readBody(request);
  const answer = await cloud.handle(new Request(url, { method, headers, ...(body && { body: body as BodyInit }) }));
  const out: Record<string, string | string[]> = {};
  answer.headers.forEach((value, name) => void (out[name] = value));
  const origin = headers.get("origin");
  if (origin) Object.assign(out, corsHeaders(origin, answer.headers));
  const data = method === "HEAD" ? undefined : new Uint8Array(await answer.arrayBuffer());
  if (data && !answer.headers.has("content-length") && answer.status !== 204 && answer.status !== 304)
    out["content-length"] = String(data.byteLength);
  response.writeHead(answer.status, out);
  response.end(data && data.byteLength > 0 ? data : undefined);
}

/**
 * The fake cloud over HTTP on a loopback address, with CORS for browser apps: one port,
 * Keystone at `/` and `/v3`, the other services under `/compute`, `/network`, `/image`,
 * `/volume`, `/object-store` and `/placement`.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 0, host = "127.0.0.1", ...cloudOptions } = options;
  if (!(LOOPBACK_HOSTS as readonly string[]).includes(host)) {
    throw new Error(
      `openstack-ts mock: refusing to listen on '${host}': only ${LOOPBACK_HOSTS.join(", ")} are allowed`,
    );
  }
  let cloud: MockCloud | undefined;
  const server = createServer((request, response) => {
    // Between listening and knowing its port, the cloud does not exist yet.
    if (!cloud) return void response.writeHead(503, { "Retry-After": "1" }).end();
    serve(cloud, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain" });
      response.end(`openstack-ts mock: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  const base = `http://${host === "::1" ? "[::1]" : host}:${actual}`;
  cloud = mockCloud({ ...cloudOptions, baseUrl: base });
  return {
    url: base,
    authUrl: cloud.authUrl,
    port: actual,
    cloud,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
