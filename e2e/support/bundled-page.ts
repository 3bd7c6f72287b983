// A page on 127.0.0.1 whose one script is bundled by esbuild from the built packages (dist/),
// as an app would ship the SDK: for the browser tests that run the SDK in Chromium.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = new URL("../../", import.meta.url);

/**
 * Serves `entry` (module source, imports resolved from the repository and e2e's packages) as
 * /app.js under an empty page, and any `extra` files by path. Its origin is not the cloud's:
 * every call the script makes to a service is cross-origin, as a dashboard's are.
 */
export async function serveBundledPage(
  entry: string,
  extra: Readonly<Record<string, string>> = {},
): Promise<{ url: string; server: Server }> {
  const bundle = await build({
    stdin: { contents: entry, resolveDir: fileURLToPath(root), sourcefile: "page.js" },
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
    nodePaths: [fileURLToPath(new URL("e2e/node_modules/", root))],
    logLevel: "error",
  });
  const files: Record<string, string> = { "/app.js": bundle.outputFiles[0]!.text, ...extra };
  const html = `<!doctype html><meta charset="utf-8"><title>openstack-ts</title><script type="module" src="/app.js"></script>`;
  const server = createServer((request, response) => {
    const file = files[request.url ?? ""];
    const type = file === undefined ? "text/html" : "text/javascript";
    response.writeHead(200, { "Content-Type": `${type}; charset=utf-8` }).end(file ?? html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}
