import { createReadStream, existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import type { DashboardConfig } from "../app/config.js";
import { handleSso } from "./sso-callback.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json",
};

/** URL path → file under the app folder: the page and its stylesheet, and the bundle esbuild wrote. */
const FILES: Record<string, string> = {
  "/": "public/index.html",
  "/styles.css": "public/styles.css",
  "/app.js": "dist/app.js",
  "/app.js.map": "dist/app.js.map",
};

/** Serves the dashboard's few files and its config, as any static host would. */
export function staticSite(appRoot: string, config: DashboardConfig): Server {
  return createServer(async (request, response) => {
    if (await handleSso(request, response, appRoot, config)) return;
    const path = new URL(request.url ?? "/", "http://dashboard").pathname;
    if (request.method !== "GET" && request.method !== "HEAD")
      return void response.writeHead(405, { Allow: "GET, HEAD" }).end();
    if (path === "/config.json") {
      return void response
        .writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store" })
        .end(JSON.stringify(config));
    }
    const file = FILES[path] && join(appRoot, FILES[path]);
    if (!file || !existsSync(file))
      return void response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    response.writeHead(200, {
      "Content-Type": TYPES[file.slice(file.lastIndexOf("."))] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    if (request.method === "HEAD") return void response.end();
    createReadStream(file).pipe(response);
  });
}

/** Listens on `port`, or on any free port when that one is taken and `fallback` allows it. */
export function listen(server: Server, host: string, port: number, fallback: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE" && fallback && port !== 0) {
        server.listen(0, host);
        return;
      }
      server.off("listening", onListening);
      reject(
        error.code === "EADDRINUSE" ? new Error(`port ${port} on ${host} is taken; pick another with --port`) : error,
      );
    };
    const onListening = () => {
      server.off("error", onError);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    };
    server.on("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}
