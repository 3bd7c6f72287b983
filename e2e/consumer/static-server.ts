// A static file server on 127.0.0.1, as a web host or a CDN serves a page and its scripts:
// scripts gzip-encoded when the browser accepts it, as CDNs send them. Every response is
// recorded with the bytes it put on the wire, so a test can count what a page downloaded.
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json",
};
/** What a CDN compresses: text, not images or tarballs. */
const COMPRESSED = new Set([".js", ".mjs", ".css", ".map"]);

/** Every file under `dir`, as URL paths under `prefix` (which ends in /) → the file. */
export function filesUnder(dir: string, prefix = "/"): Record<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(
    entries.map((e) => [`${prefix}${relative(dir, join(e.parentPath, e.name))}`, join(e.parentPath, e.name)]),
  );
}

export interface Served {
  path: string;
  status: number;
  /** The body's bytes as sent: gzip when it was compressed. */
  bytes: number;
}

export interface StaticHost {
  url: string;
  /** Every response so far, in the order they were sent. */
  served: Served[];
  close(): void;
}

/** Serves `files` (URL path → file on disk); any other path is a 404, which the test will see. */
export async function serveFiles(files: Readonly<Record<string, string>>): Promise<StaticHost> {
  const served: Served[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const file = files[path];
    if (file === undefined) {
      served.push({ path, status: 404, bytes: 0 });
      return void response.writeHead(404).end(`${path}: not served`);
    }
    const gzip = COMPRESSED.has(extname(file)) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
    const body = gzip ? gzipSync(readFileSync(file), { level: 9 }) : readFileSync(file);
    served.push({ path, status: 200, bytes: body.length });
    response.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Content-Length": body.length,
      ...(gzip ? { "Content-Encoding": "gzip" } : {}),
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, served, close: () => server.close() };
}
