import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { bundleAsAnApp, bundleWithRollup } from "../bundle-as-an-app.mjs";
import { cdnPageFiles } from "../cdn-page.mjs";

// Bundles the built packages as a browser app's bundler would (`pnpm test` builds first):
// the `browser` condition and package.json `browser` maps apply, so the Node-only modules
// (TLS with undici, clouds.yaml from disk) must be swapped out.
const dist = fileURLToPath(new URL("../dist/index.js", import.meta.url));

async function bundle(code: string) {
  const { inputs, main, lazy } = await bundleAsAnApp(code);
  return { inputs, text: main, all: [main, ...lazy.map((chunk) => chunk.text)].join("\n") };
}

// Bundling takes seconds on a machine the cloud shares: each test has a minute.
describe("a browser bundle of @openstack-ts/openstack", { timeout: 60_000 }, () => {
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

  it("keeps js-yaml out of the main chunk, and the config resolver out of a Connection-only bundle", {
    timeout: 60_000,
  }, async () => {
    const withConfig = await bundle(`import { fromConfig } from "@openstack-ts/openstack"; export { fromConfig };`);
    expect(withConfig.inputs.some((input) => input.includes("js-yaml"))).toBe(false);
    const connectionOnly = await bundle(`import { Connection } from "@openstack-ts/openstack"; export { Connection };`);
    expect(connectionOnly.inputs.filter((input) => input.includes("packages/config/"))).toEqual([]);
  });
});

const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;

/**
 * Byte ceilings, min+gzip, for what a page loads first: the entry chunk and every chunk it
 * imports statically (lazy chunks such as js-yaml's or the less common logins' are not
 * counted). They are today's sizes rounded up, so that nothing grows unnoticed. Issue 17
 * re-set the targets around ky (9 kB alone): one resource 18 kB, connectionWith({ identity,
 * network }) 28 kB, a CDN ESM page 30 kB; they are not met, each row says why, and
 * BENCHMARKS.md ("Where the bytes go") splits each figure by part. Raise a ceiling only with
 * a reason in the commit; lower it whenever a change makes room.
 */
describe("bundle budgets, min+gzip", { timeout: 120_000 }, () => {
  it("Connection with identity and network: connectionWith({ identity, network })", async () => {
    // Target 28 kB (issue 17; 20 kB before ky was counted). ky alone is 8.9 kB of it; the complete identity and network declarations ~10 kB.
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
    console.info(`connectionWith({ identity, network }): ${size} bytes min+gzip (target 28,000)`);
    // 45,204 → 46,233 (issue 17): the second-factor, OAuth 2.0 and OIDC logins moved behind a
    // dynamic import (core/logins); esbuild's code splitting still puts them in the first load
    // (evanw/esbuild#3704: a module both the app and a dynamic import reach goes to a shared
    // chunk the app imports), so here they cost the loader and a chunk boundary (+1.0 kB) where
    // Rollup and Vite drop them from the first load (-3.5 kB, the Rollup row below).
    // 46,233 → 44,897 (session 24): create/update/delete and the waits load on their first call
    // (-1.2 kB), and so do a login's receipt rounds on its first 401 (-0.1 kB); see the one-resource row.
    expect(size).toBeLessThanOrEqual(45_100); // issue 13 with its leftovers: 37,600; issue 14 session (a streamed 401's message, the list's first-page URL built only when needed, next links given back their filters where a service drops them): 37,772; issue 15 second factors (v3totp, v3multifactor, the receipt flow and its typed errors): 40,165; a service's header options (callHeaders: typed, checked and sent by every verb and action; list, create and action options refused by name): 40,632; issue 15 scoping and OAuth 2.0 (conn.availableScopes/connectAs with ScopeRefusedError, v3oauth2clientcredential in the auth registry, a token also sent as Bearer): 42,343; issue 15 OpenID Connect (five v3oidc* plugins, discovery, PKCE, device flow, their typed errors, all in the registry): 43,374; session 22 merged (scoping, OAuth 2.0, the five OIDC plugins the auth registry names statically, offset paging, session headers): 45,204; session 26, the request's way leaner (headers put on by the fetch step, not a beforeRequest hook; the resolved endpoint and a shared context without waiting; origins cut from the text): 45,044
  });

  it("the same with the entry's namespaces: import { connectionWith, identity, network } from the façade", async () => {
    // esbuild keeps a re-exported namespace whole, as an object of getters (evanw/esbuild#1420):
    // each namespace passed costs its table of exports, ~0.4 kB here; Rollup and Vite do not.
    const { text } = await bundle(
      `import { connectionWith, identity, network } from "@openstack-ts/openstack"; export const Small = connectionWith({ identity, network });`,
    );
    const size = gzipped(text);
    console.info(`connectionWith({ identity, network }) with the façade's namespaces: ${size} bytes min+gzip`);
    // issue 17's lazy logins, as the row above: 45,378 → 46,409.
    // session 24's lazy writes, waits and receipt rounds, as the row above: 46,409 → 45,036.
    expect(size).toBeLessThanOrEqual(45_250); // with issue 13's leftovers: 37,775; issue 14 session: 37,927; issue 15 second factors: 40,325; header options: 40,799; issue 15 scoping and OAuth 2.0: 42,549; OpenID Connect: 43,545; session 22 merged: 45,378; session 26, the request's way leaner (headers put on by the fetch step, not a beforeRequest hook; the resolved endpoint and a shared context without waiting; origins cut from the text): 45,184
  });

  it("one resource, one verb: networks.find(session, name) with a Session and PasswordAuth", async () => {
    // Target 18 kB (issue 17; 12 kB before ky was counted): ky alone (8.9 kB) leaves 9 kB for auth,
    // catalog, discovery, errors, the request path and the resource; they take 20 kB today.
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
    const { text, inputs } =
      await bundle(`import { Session, PasswordAuth } from "@openstack-ts/core"; import { networks } from "@openstack-ts/network";
      const session = new Session({ auth: new PasswordAuth({ authUrl: "https://keystone.example/v3", username: "u", password: "p", projectName: "p" }) });
      export const find = () => networks.find(session, "x");`);
    const size = gzipped(text);
    console.info(`one resource, one verb: ${size} bytes min+gzip (target 18,000)`);
    // What only some calls need stays out of the first load: writing, polling, a login's receipt rounds.
    expect(inputs.filter((input) => /resource\/(write|wait-poll)\.js|auth\/factor-rounds\.js/.test(input))).toEqual([]);
    // 29,006 → 27,411 (session 24): what only some calls need loads on their first use, each call
    // being async already: create/update/delete (write.js, -3.7 kB min) and waitFor/waitForDelete
    // (wait-poll.js, -1.6 kB min) → 27,572; a login's receipt rounds, second-factor prompt and
    // typed refusals (factor-rounds.js), on its first 401 → 27,411. A module core's index
    // re-exports stays in esbuild's first load even when only a dynamic import uses it
    // (evanw/esbuild#3704), hence the thin wait.ts and factor-login.ts in front. Tried and not
    // kept: the actions' sending behind the same kind of import (-0.24 kB on connectionWith, but
    // +0.42 kB here: each further lazy chunk adds esbuild's import/export glue to the shared chunk).
    // The 18 kB target: ky 8.9 kB and valibot 1.6 kB leave 7.5 kB for auth (2.3), catalog and
    // discovery (2.3), errors (1.3) and the request path (10.4): BENCHMARKS.md says what would have to go.
    expect(size).toBeLessThanOrEqual(27_600); // issue 13's rows together, with its leftovers: 26,498; issue 14 session, as the first row: 26,648; issue 15: 28,433, a password login now reads Keystone's receipt 401 (a user with multi-factor rules) and ends each refusal in its typed error, with onSecondFactor; 28,861, a service's header options (callHeaders) checked and sent by list, get and find, and a list's options refused by name; session 22 merged (offset paging, session headers, the transport's form and answered statuses): 29,006; session 26, the request's way leaner (headers put on by the fetch step, not a beforeRequest hook; the resolved endpoint and a shared context without waiting; origins cut from the text): 27,561
  });

  it("the same two apps bundled by Rollup, where a login loaded by auth type stays out of the first load", async () => {
    // Rollup (Vite's production builds descend from it; it builds the CDN files) tree-shakes
    // across a dynamic import: the logins other than password, token and application credential
    // are a lazy chunk (~4.8 kB) an app loads only when its cloud uses one.
    const two = await bundleWithRollup(
      `import { connectionWith } from "@openstack-ts/openstack"; import { identity } from "@openstack-ts/identity"; import { network } from "@openstack-ts/network";
      export const Small = connectionWith({ identity, network });`,
    );
    const one = await bundleWithRollup(
      `import { Session, PasswordAuth } from "@openstack-ts/core"; import { networks } from "@openstack-ts/network";
      const session = new Session({ auth: new PasswordAuth({ authUrl: "https://keystone.example/v3", username: "u", password: "p", projectName: "p" }) });
      export const find = () => networks.find(session, "x");`,
    );
    console.info(
      `Rollup: connectionWith({ identity, network }) ${gzipped(two.main)}, one resource ${gzipped(one.main)} bytes min+gzip`,
    );
    expect(
      two.inputs.filter((input) => /auth\/(totp|multi-factor|oauth2-client-credential|oidc\/)/.test(input)),
    ).toEqual([]);
    expect(two.lazy.some((chunk) => chunk.name.startsWith("extra-logins"))).toBe(true);
    // Session 24's lazy writes, waits and receipt rounds: 40,581 → 38,047 and 28,306 → 25,573.
    expect(gzipped(two.main)).toBeLessThanOrEqual(38_250); // issue 17: 44,055 before the lazy logins, 40,581 after; session 24: 38,047; session 26, the request's way leaner (headers put on by the fetch step, not a beforeRequest hook; the resolved endpoint and a shared context without waiting; origins cut from the text): 38,199
    expect(gzipped(one.main)).toBeLessThanOrEqual(25_800); // issue 17: 28,306; session 24: 25,573; session 26, the request's way leaner (as above): 25,718
  });

  it("a page importing connectionWith, identity and network from the CDN's ESM layout", () => {
    // Target 30 kB, not met: the page gets ky (~9 kB), valibot as every service uses it, core's
    // request path, and every export of identity and network, since a page cannot tree-shake a
    // CDN module. e2e/cdn-esm.test.ts proves the same files, and only them, load in Chromium.
    const files = cdnPageFiles(["openstack.js", "identity.js", "network.js"]);
    const size = files.reduce((sum, file) => sum + gzipped(file.text), 0);
    console.info(
      `CDN ESM page, connectionWith + identity + network: ${files.length} files, ${size} bytes gzip (target 30,000)`,
    );
    expect(files.map((file) => file.name).filter((name) => !name.startsWith("chunks/"))).toEqual([
      "openstack.js",
      "identity.js",
      "network.js",
    ]);
    // 47,066 → 44,111 (session 24): the write, wait and receipt-round chunks became lazy ones. The
    // 10 files: the three modules, ky+valibot+the request path (21.6 kB), auth and the login
    // registry (3.4), the resource verbs and paging (4.3), errors and redaction (1.0), the façade's
    // method table (0.6), the action runner (0.8), filters (0.2). Merging small chunks
    // (Rollup's experimentalMinChunkSize) was tried: 4,000 gave 55,917 in 8 files, 20,000 gave
    // 61,936 in 7: it pulls lazy chunks into the page.
    expect(size).toBeLessThanOrEqual(44_300); // issue 17: 47,075; session 24: 44,111; session 26, the request's way leaner (headers put on by the fetch step, not a beforeRequest hook; the resolved endpoint and a shared context without waiting; origins cut from the text): 44,283
  });

  it("the CDN file, every service with Connection and fromConfig", () => {
    const size = gzipped(readFileSync(fileURLToPath(new URL("../dist/openstack.min.js", import.meta.url)), "utf8"));
    console.info(`openstack.min.js: ${size} bytes min+gzip (target 60,000)`);
    // issue 14: Heat, Octavia, Barbican and Designate each add what they declare (3-5 kB each, the row below).
    // issue 17: the lazy logins' loader, inlined here with the logins (+0.4 kB).
    // Session 24: +0.7 kB (118,297 → 119,005), the price of the lazy writes, waits and receipt
    // rounds in a file that inlines every dynamic import (each becomes a module namespace object
    // behind Promise.resolve()); the layouts that can fetch later (the ESM layout, bundlers) gain 1.3-3 kB.
    expect(size).toBeLessThanOrEqual(119_900); // issue 13 with its leftovers: 75,302; with issue 14's four services: 88,427; issue 15 second factors: 90,891; header options (callHeaders, DNS's allProjects/sudoProjectId as call options): 91,585; issue 16 bare metal (Ironic, +3.8 kB): 95,428; issue 16's Zaqar (message) with the session headers it needs: 93,713; issue 15 scoping, OAuth 2.0 and the WebSSO helpers: 94,095; issue 16 Manila (shared-file-system, +4.7 kB) and offset paging: 96,319; issue 16, Mistral (conn.workflow): 93,058; Heat's stacks looked up in its list, not through its 302 (which a browser cannot follow): 92,397; OpenID Connect logins: 94,804; all of session 22 merged (Ironic, Zaqar, Manila, Mistral, the OIDC plugins, scoping, Heat's lookup): 110,317; issue 16's instance HA (Masakari): 92,431; with Masakari (instance-ha): 111,181; with Magnum (container-infrastructure-management, +2.0 kB): 113,205; with Senlin (clustering, +2.7 kB): 113,865; the lazy logins' loader (+0.4 kB); with Trove (database, +1.7 kB); with Ironic Inspector (baremetal-introspection, +0.7 kB) and the lazy writes: ~119,700; session 26, the request's way leaner (headers put on by the fetch step, not a beforeRequest hook; the resolved endpoint and a shared context without waiting; origins cut from the text): 119,834
  });

  // An app that does not use a service pays nothing for it: the first app imports no service package but its two.
  it.each([
    ["orchestration", "orchestration"],
    ["loadBalancer", "load-balancer"],
    ["keyManager", "key-manager"],
    ["dns", "dns"],
    ["baremetal", "baremetal"],
    ["message", "message"],
    ["sharedFileSystem", "shared-file-system"],
    ["workflow", "workflow"],
    ["instanceHa", "instance-ha"],
    ["containerInfrastructureManagement", "container-infrastructure-management"],
    ["clustering", "clustering"],
    ["database", "database"],
    ["baremetalIntrospection", "baremetal-introspection"],
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
