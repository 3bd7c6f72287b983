// OpenID Connect client credentials in Node, Deno and Bun (issue 15), on the real cloud: each
// runtime runs runtimes/oidc-logins.mjs (the client's token from the loopback provider, then
// Keystone's through the federation front on :5080), and must see what this process's own
// login sees: the same user, project and roles.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { Connection, type ConnectionOptions } from "@openstack-ts/openstack";
import { beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const here = fileURLToPath(new URL(".", import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const runtimes: Record<string, string[]> = {
  node: [process.execPath, "runtimes/oidc-logins.mjs"],
  deno: [bin("deno"), "run", "--allow-all", "runtimes/oidc-logins.mjs"],
  bun: [bin("bun"), "runtimes/oidc-logins.mjs"],
};
const FEDERATION_URL = "http://127.0.0.1:5080/v3";
const DISCOVERY = "http://127.0.0.1:8900/.well-known/openid-configuration";
const CLIENT_SECRET = "openstack-ts-oidc-secret";

/** What this process's own client credentials login sees: the runtimes must see the same. */
let expected: Record<string, unknown>;
beforeAll(async () => {
  const access = await new Connection({
    authPlugin: "v3oidcclientcredentials",
    authUrl: FEDERATION_URL,
    identityProvider: "loopback-oidc",
    protocol: "openid",
    clientId: "openstack-ts",
    clientSecret: CLIENT_SECRET,
    discoveryEndpoint: DISCOVERY,
    scope: "openid",
    projectName: "federated",
    projectDomainName: "Default",
    regionName: "RegionOne",
  } as ConnectionOptions).session.access();
  expected = {
    user: access.user?.name,
    project: access.project?.name,
    roles: (access.roles ?? []).map((role) => role.name).sort(),
  };
  expect(expected["user"]).toBe("client:openstack-ts");
}, 60_000);

describe.each(Object.keys(runtimes))("%s", (runtime) => {
  it("logs in with OIDC client credentials through the federation front, and refuses a wrong secret by type", async () => {
    const [command, ...args] = runtimes[runtime]!;
    const env = {
      ...process.env,
      OIDC_FEDERATION_URL: FEDERATION_URL,
      OIDC_DISCOVERY: DISCOVERY,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      NO_COLOR: "1",
    };
    const { stdout } = await run(command!, args, { cwd: here, env, timeout: 90_000 });
    const seen = JSON.parse(stdout.trim().split("\n").pop()!);
    expect(seen).toEqual({
      runtime,
      ...expected,
      networksListed: true,
      refused: { typed: true, error: "invalid_client", leaked: false },
    });
  });
});
