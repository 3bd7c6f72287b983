// Scenario 6: bundle sizes, min+gzip, bundled by the same function as the budget test
// (packages/openstack/bundle-as-an-app.mjs): esbuild, browser platform, minified ESM.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { bundleAsAnApp } from "../../packages/openstack/bundle-as-an-app.mjs";
import { ROOT } from "../lib/paths.mjs";
import { table } from "../lib/stats.mjs";

const ENTRIES = {
  "Connection (every service)": `import { Connection } from "@openstack-ts/openstack"; export { Connection };`,
  "connectionWith({ identity, network }) (budget test: Connection + identity + network)": `import { connectionWith } from "@openstack-ts/openstack"; import { identity } from "@openstack-ts/identity"; import { network } from "@openstack-ts/network";
     export const Small = connectionWith({ identity, network });`,
  "connectionWith({ identity, network }) with the façade's namespaces (budget test)": `import { connectionWith, identity, network } from "@openstack-ts/openstack"; export const Small = connectionWith({ identity, network });`,
  'one resource, one verb (budget test): networks.find(session, "x") with a Session and PasswordAuth': `import { Session, PasswordAuth } from "@openstack-ts/core"; import { networks } from "@openstack-ts/network";
     const session = new Session({ auth: new PasswordAuth({ authUrl: "https://keystone.example/v3", username: "u", password: "p", projectName: "p" }) });
     export const find = () => networks.find(session, "x");`,
};

const gz = (text) => gzipSync(text, { level: 9 }).length;

async function bundle(code) {
  const { main, lazy } = await bundleAsAnApp(code);
  return { main, lazy: lazy.map((chunk) => `${chunk.name.replace(/-[A-Z0-9]+\.js$/, "")} ${gz(chunk.text)}`) };
}

export async function bundleScenario() {
  const rows = [];
  for (const [name, code] of Object.entries(ENTRIES)) {
    const { main, lazy } = await bundle(code);
    rows.push([name, String(main.length), String(gz(main)), lazy.join(", ") || "none"]);
  }
  const cdn = readFileSync(`${ROOT}packages/openstack/dist/openstack.min.js`, "utf8");
  rows.push([
    "CDN file packages/openstack/dist/openstack.min.js",
    String(cdn.length),
    String(gz(cdn)),
    "none (YAML text is refused there)",
  ]);
  return {
    title: "6. Bundle sizes",
    text: "Bytes. Bundled from the built packages with esbuild (browser platform, minified ESM, code splitting) exactly as the budget test bundles them; gzip level 9. The main chunk is what a page loads; a lazy chunk (js-yaml, behind a dynamic import in the config package) loads only when YAML text is parsed. Deterministic: measured once.",
    table: table(["bundle", "min bytes", "min+gzip bytes", "lazy chunks, min+gzip bytes"], rows),
    targets: [],
  };
}
