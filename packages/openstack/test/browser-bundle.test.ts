import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { bundleAsAnApp } from "../bundle-as-an-app.mjs";

// Bundles the built packages as a browser app's bundler would (`pnpm test` builds first):
// the `browser` condition and package.json `browser` maps apply, so the Node-only modules
// (TLS with undici, clouds.yaml from disk) must be swapped out.
const dist = fileURLToPath(new URL("../dist/index.js", import.meta.url));

async function bundle(code: string) {
  const { inputs, main, lazy } = await bundleAsAnApp(code);
  return { inputs, text: main, all: [main, ...lazy.map((chunk) => chunk.text)].join("\n") };
}

describe("a browser bundle of @openstack-ts/openstack", () => {
  it("needs the packages built", () => {
    expect(existsSync(dist), "run `pnpm build` first").toBe(true);
  });

  it("holds no Node-only code: no node: import, no undici, no clouds.yaml file reading", async () => {
    const { inputs, all } = await bundle(
      `import { Connection, fromConfig } from "@openstack-ts/openstack"; export { Connection, fromConfig };`,
    );
    expect(inputs.filter((input) => /tls\.js|cloud-by-name\.js|\/files\//.test(input))).toEqual([]);
    expect(inputs.some((input) => input.includes("tls.browser.js"))).toBe(true);
    expect(all).not.toMatch(/["']node:|undici/);
  });

  it("keeps js-yaml out of the main chunk, and the config resolver out of a Connection-only bundle", async () => {
    const withConfig = await bundle(`import { fromConfig } from "@openstack-ts/openstack"; export { fromConfig };`);
    expect(withConfig.inputs.some((input) => input.includes("js-yaml"))).toBe(false);
    const connectionOnly = await bundle(`import { Connection } from "@openstack-ts/openstack"; export { Connection };`);
    expect(connectionOnly.inputs.filter((input) => input.includes("packages/config/"))).toEqual([]);
  });
});

const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;

/**
 * Byte ceilings, min+gzip, for what a page loads first (lazy chunks such as js-yaml's are
 * not counted). They are today's sizes rounded up, so that nothing grows unnoticed; the
 * targets set for them (20 kB, 12 kB and 60 kB) are not met, and each row says why. Raise a
 * ceiling only with a reason in the commit; lower it whenever a change makes room.
 */
describe("bundle budgets, min+gzip", () => {
  it("Connection with identity and network: connectionWith({ identity, network })", async () => {
    // Target 20 kB. ky alone is 8.9 kB of it; the complete identity and network declarations ~10 kB.
    // The definitions come from the service packages: the entry's namespaces cost more with esbuild (next row).
    // Each definition takes its resources from its package's resources module, which esbuild
    // keeps as a table of getters: ~0.5 kB here, the price of "exporting a resource is wiring it".
    // 35,088 → 35,246: the body guard's shared prototype (see the one-resource row).
    // 35,246 → 36,055: item calls' options checked by name, get's declared query parameters,
    // ids by type with messages that say what was given (see the one-resource row).
    // 35,246 → 35,658 on its own: lists that keep and report an invalid item, partial records, and
    // limit/marker in the query (see the one-resource row).
    // 35,246 → 35,638: a service in several regions with none chosen is an error naming them, and
    // links that a path-prefix proxy stripped are rebased (see the one-resource row).
    // 36,991 → 37,600: declared delete/update query parameters, microversion bounds on the names
    // a call sends, and bodiless creates (see the one-resource row).
    const { text } =
      await bundle(`import { connectionWith } from "@openstack-ts/openstack"; import { identity } from "@openstack-ts/identity"; import { network } from "@openstack-ts/network";
      export const Small = connectionWith({ identity, network });`);
    const size = gzipped(text);
    console.info(`connectionWith({ identity, network }): ${size} bytes min+gzip (target 20,000)`);
    expect(size).toBeLessThanOrEqual(40_700); // issue 13 with its leftovers: 37,600; issue 14 session (a streamed 401's message, the list's first-page URL built only when needed, next links given back their filters where a service drops them): 37,772; issue 15 second factors (v3totp, v3multifactor, the receipt flow and its typed errors): 40,165; a service's header options (callHeaders: typed, checked and sent by every verb and action; list, create and action options refused by name): 40,632
  });

  it("the same with the entry's namespaces: import { connectionWith, identity, network } from the façade", async () => {
    // esbuild keeps a re-exported namespace whole, as an object of getters (evanw/esbuild#1420):
    // each namespace passed costs its table of exports, ~0.4 kB here; Rollup and Vite do not.
    const { text } = await bundle(
      `import { connectionWith, identity, network } from "@openstack-ts/openstack"; export const Small = connectionWith({ identity, network });`,
    );
    const size = gzipped(text);
    console.info(`connectionWith({ identity, network }) with the façade's namespaces: ${size} bytes min+gzip`);
    expect(size).toBeLessThanOrEqual(40_870); // with issue 13's leftovers: 37,775; issue 14 session: 37,927; issue 15 second factors: 40,325; header options: 40,799
  });

  it("one resource, one verb: networks.find(session, name) with a Session and PasswordAuth", async () => {
    // Target 12 kB: ky alone (8.9 kB) leaves 3 kB for auth, catalog, discovery, errors and the resource.
    // 23,820 → 24,117: filter values checked against their declared schemas (+0.1 kB), the
    // request's steps as separate ky hooks and a fetch step that resends itself (+0.2 kB).
    // 24,135 → 24,252: the body guard's methods on a shared prototype (+0.05 kB, and
    // ~60 µs less CPU per request: bench/requests).
    // 24,252 → 25,013: every option of get/update/delete/waitFor/find refused by name, get's
    // declared query parameters checked and sent (the list's filters now go through the same
    // helper), ids typed string/integer/either, and
    // wrong-id messages that say what was given without printing a secret.
    // 24,252 → 24,698 (issue 13): a list keeps an item that fails its schema and reports it
    // (logger, onInvalidItem), a resource's declared partial shape is tried before failing
    // (list and get), and limit/marker in any list's query are checked and sent (+0.45 kB).
    // 24,252 → 24,630: AmbiguousEndpointError and its message listing each region's URL, in
    // place of openstacksdk's silent first pick (+0.25 kB); catalog paths restored on links and
    // version URLs a path-prefix proxy stripped (+0.15 kB).
    // 25,920 → 26,498 (issue 13's leftovers): delete and update take their declared query
    // parameters (deleteQuery, updateQuery) through get's helper; every verb checks the names it
    // sends against their declared microversion bounds, with a message naming both versions
    // (+0.3 kB); a create a microversion answers without a body returns what it sent, marked
    // accepted (+0.15 kB); create and update share one send step.
    const { text } =
      await bundle(`import { Session, PasswordAuth } from "@openstack-ts/core"; import { networks } from "@openstack-ts/network";
      const session = new Session({ auth: new PasswordAuth({ authUrl: "https://keystone.example/v3", username: "u", password: "p", projectName: "p" }) });
      export const find = () => networks.find(session, "x");`);
    const size = gzipped(text);
    console.info(`one resource, one verb: ${size} bytes min+gzip (target 12,000)`);
    expect(size).toBeLessThanOrEqual(28_930); // issue 13's rows together, with its leftovers: 26,498; issue 14 session, as the first row: 26,648; issue 15: 28,433, a password login now reads Keystone's receipt 401 (a user with multi-factor rules) and ends each refusal in its typed error, with onSecondFactor; 28,861, a service's header options (callHeaders) checked and sent by list, get and find, and a list's options refused by name
  });

  it("the CDN file, every service with Connection and fromConfig", () => {
    const size = gzipped(readFileSync(fileURLToPath(new URL("../dist/openstack.min.js", import.meta.url)), "utf8"));
    console.info(`openstack.min.js: ${size} bytes min+gzip (target 60,000)`);
    // issue 14: Heat, Octavia, Barbican and Designate each add what they declare (3-5 kB each, the row below).
    expect(size).toBeLessThanOrEqual(91_650); // issue 13 with its leftovers: 75,302; with issue 14's four services: 88,427; issue 15 second factors: 90,891; header options (callHeaders, DNS's allProjects/sudoProjectId as call options): 91,585
  });

  // An app that does not use a service pays nothing for it: the first app imports no service package but its two.
  it.each([
    ["orchestration", "orchestration"],
    ["loadBalancer", "load-balancer"],
    ["keyManager", "key-manager"],
    ["dns", "dns"],
  ])("a further service costs at most 6 kB to an app that uses it: %s", async (name, pkg) => {
    const app = async (services: string, imports: string) =>
      gzipped(
        (
          await bundle(`import { connectionWith } from "@openstack-ts/openstack"; ${imports}
          export const Small = connectionWith({ ${services} });`)
        ).text,
      );
    const base = `import { identity } from "@openstack-ts/identity"; import { network } from "@openstack-ts/network";`;
    const without = await app("identity, network", base);
    const withIt = await app(`identity, network, ${name}`, `${base} import { ${name} } from "@openstack-ts/${pkg}";`);
    console.info(`+ ${name}: ${withIt - without} bytes min+gzip (budget 6,000)`);
    expect(withIt - without).toBeLessThanOrEqual(6_000);
  });
});
