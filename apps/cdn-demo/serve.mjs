// Serves the demo page and the CDN build on 127.0.0.1, as a CDN and a static host would.
import { createReadStream, existsSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";

const files = {
  "/": ["index.html", "text/html; charset=utf-8"],
  "/openstack.min.js": ["../../packages/openstack/dist/openstack.min.js", "text/javascript; charset=utf-8"],
  "/openstack.min.js.map": ["../../packages/openstack/dist/openstack.min.js.map", "application/json"],
};

export function serve(port = Number(process.env.PORT ?? 8400)) {
  const server = createServer((request, response) => {
    const entry = files[new URL(request.url ?? "/", "http://x").pathname];
    const path = entry && fileURLToPath(new URL(entry[0], import.meta.url));
    if (!path || !existsSync(path))
      return response.writeHead(404).end("not found (run `pnpm build` first for openstack.min.js)");
    response.writeHead(200, { "Content-Type": entry[1] });
    createReadStream(path).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve();
  console.log(`The CDN demo: http://127.0.0.1:${server.address().port}/`);
}
