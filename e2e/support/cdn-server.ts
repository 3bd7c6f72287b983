// A static host for the CDN's ESM layout on 127.0.0.1: serves packages/openstack/dist/cdn/
// under /cdn/, gzipped as a CDN sends it, plus the pages a test gives, and records every
// request with the bytes it sent, so a test can count what a page downloaded.
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const CDN = fileURLToPath(new URL("../../packages/openstack/dist/cdn/", import.meta.url));

export interface Served {
  path: string;
  status: number;
  /** Bytes of the body on the wire: gzip for JavaScript. */
  bytes: number;
}

export interface CdnHost {
  origin: string;
  served: Served[];
  close(): void;
}

export async function serveCdn(pages: Record<string, string>): Promise<CdnHost> {
  const served: Served[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const send = (status: number, type: string, body: Buffer, gzip = false) => {
      const wire = gzip ? gzipSync(body, { level: 9 }) : body;
      served.push({ path, status, bytes: wire.length });
      response.writeHead(status, {
        "Content-Type": type,
        "Content-Length": wire.length,
        ...(gzip ? { "Content-Encoding": "gzip" } : {}),
      });
      response.end(wire);
    };
    if (pages[path] !== undefined) return send(200, "text/html; charset=utf-8", Buffer.from(pages[path]!));
    const file = path.startsWith("/cdn/") && !path.includes("..") ? CDN + path.slice("/cdn/".length) : undefined;
    if (!file || !existsSync(file)) return send(404, "text/plain", Buffer.from("not found"));
    const type = file.endsWith(".js") ? "text/javascript; charset=utf-8" : "application/json";
    return send(200, type, readFileSync(file), true);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    close: () => server.close(),
  };
}
