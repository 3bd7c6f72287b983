// A page that runs the fake cloud in the browser through msw's service worker, for
// mock-browser.test.ts: the page's script is bundled with esbuild from the built packages.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = new URL("../../", import.meta.url);

/** The page's script: start the worker, then use the SDK against the cloud as any app would. */
const ENTRY = `
import { Connection } from "@openstack-ts/openstack";
import { mockCloud } from "./packages/mock/dist/index.js";
import { startMockWorker } from "./packages/mock/dist/browser.js";

window.run = async () => {
  const cloud = mockCloud({ baseUrl: "http://openstack.test" });
  await startMockWorker(cloud, { quiet: true });
  const conn = new Connection({ authUrl: cloud.authUrl, username: "admin", password: "admin", projectName: "admin" });
  const projects = (await conn.identity.listProjects()).map((p) => p.name);
  const network = await conn.network.createNetwork({ name: "from-the-browser" });
  const networks = (await conn.network.listNetworks()).map((n) => n.name);
  const token = await conn.authorize();
  return { projects, networks, created: network.id, inState: cloud.state.networks.some((n) => n.id === network.id), tokenLength: token.length };
};
`;

export async function servePage(): Promise<{ url: string; server: Server }> {
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: fileURLToPath(root), sourcefile: "page.js" },
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
    nodePaths: [fileURLToPath(new URL("e2e/node_modules/", root))],
    logLevel: "error",
  });
  const script = bundle.outputFiles[0]!.text;
  const worker = readFileSync(
    createRequire(new URL("packages/mock/package.json", root)).resolve("msw/mockServiceWorker.js"),
    "utf8",
  );
  const html = `<!doctype html><meta charset="utf-8"><title>mock cloud</title><script type="module" src="/app.js"></script>`;
  const server = createServer((request, response) => {
    const [type, body] =
      request.url === "/app.js"
        ? ["text/javascript", script]
        : request.url === "/mockServiceWorker.js"
          ? ["text/javascript", worker]
          : ["text/html", html];
    response.writeHead(200, { "Content-Type": `${type}; charset=utf-8` }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}
