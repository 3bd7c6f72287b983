// Where the bytes of a bundle go: the budget test's apps, bundled as it bundles them
// (packages/openstack/bundle-as-an-app.mjs, esbuild), their first load split by part of the
// code. esbuild's metafile gives each input's minified bytes in the output; a part's gzip
// share is its share of the minified bytes times the whole first load's gzip size (gzip
// works across module boundaries, so a part has no gzip size of its own).
// Run: node bench/bundle/bytes-by-part.mjs   (after `pnpm build`)
import { gzipSync } from "node:zlib";
import { bundleAsAnApp } from "../../packages/openstack/bundle-as-an-app.mjs";

export const APPS = {
  "one resource, one verb": `import { Session, PasswordAuth } from "@openstack-ts/core"; import { networks } from "@openstack-ts/network";
     const session = new Session({ auth: new PasswordAuth({ authUrl: "https://keystone.example/v3", username: "u", password: "p", projectName: "p" }) });
     export const find = () => networks.find(session, "x");`,
  "connectionWith({ identity, network })": `import { connectionWith } from "@openstack-ts/openstack"; import { identity } from "@openstack-ts/identity"; import { network } from "@openstack-ts/network";
     export const Small = connectionWith({ identity, network });`,
};

/** Parts, first match wins. */
const PARTS = [
  ["ky", /\/ky\//],
  ["valibot", /\/valibot\//],
  ["auth: password, token, receipts, scopes", /core\/dist\/auth\/(?!oidc\/|totp|multi-factor|oauth2|extra-logins)/],
  ["auth: OIDC, OAuth 2.0, second factors", /core\/dist\/auth\//],
  ["catalog and discovery", /core\/dist\/(catalog|discovery)\//],
  ["errors", /core\/dist\/(errors\/|http\/error-body)/],
  ["core's request path (session, http, resource verbs, service client)", /core\/dist\//],
  ["façade (Connection, connectionWith)", /packages\/openstack\/dist\//],
  ["declarations (service packages)", /packages\/[a-z-]+\/dist\//],
  ["the app itself", /./],
];

export async function bytesByPart(code) {
  const { main, bytesByInput } = await bundleAsAnApp(code);
  const gzip = gzipSync(main, { level: 9 }).length;
  const minified = Object.values(bytesByInput).reduce((sum, bytes) => sum + bytes, 0);
  const parts = new Map(PARTS.map(([name]) => [name, 0]));
  for (const [input, bytes] of Object.entries(bytesByInput)) {
    const [name] = PARTS.find(([, pattern]) => pattern.test(input));
    parts.set(name, parts.get(name) + bytes);
  }
  return {
    gzip,
    min: main.length,
    parts: [...parts].map(([name, bytes]) => ({ name, min: bytes, gzip: Math.round((bytes / minified) * gzip) })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [app, code] of Object.entries(APPS)) {
    const { gzip, min, parts } = await bytesByPart(code);
    console.log(
      `\n${app}: ${min} bytes min, ${gzip} min+gzip\n\n| part | min bytes | ~min+gzip bytes |\n|---|---:|---:|`,
    );
    for (const part of parts) console.log(`| ${part.name} | ${part.min} | ${part.gzip} |`);
  }
}
