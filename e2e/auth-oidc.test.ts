// OpenID Connect logins on the real cloud (issue 15): the loopback provider (oidc-provider on
// :8900, e2e/cloud/oidc/) gives the tokens, Apache with mod_auth_openidc on :5080 checks them
// for Keystone's federation path, Keystone maps them to a federated user in group
// federated_users, member of project federated. Each login is compared with Debian's
// keystoneauth on the same cloud, and refusals end in their typed errors.
import { inspect } from "node:util";
import {
  Connection,
  type ConnectionOptions,
  FederatedLoginRefusedError,
  fromConfig,
  OidcAccessTokenAuth,
  OidcDiscoveryError,
  OidcProviderRefusedError,
} from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { cloudsYaml } from "./support/cloud.js";
import { keystoneauth } from "./support/keystoneauth.js";

const ISSUER = "http://127.0.0.1:8900";
const DISCOVERY = `${ISSUER}/.well-known/openid-configuration`;
const FEDERATION_URL = "http://127.0.0.1:5080/v3";
const CLIENT_SECRET = "openstack-ts-oidc-secret";
const ALICE_PASSWORD = "alice-oidc-secret";
const federation = {
  authUrl: FEDERATION_URL,
  identityProvider: "loopback-oidc",
  protocol: "openid",
  projectName: "federated",
  projectDomainName: "Default",
  regionName: "RegionOne",
};
const client = { clientId: "openstack-ts", clientSecret: CLIENT_SECRET, discoveryEndpoint: DISCOVERY };

/** Every provider token this file got, read off the wire, so no log or error may hold one. */
const seen = new Set<string>([CLIENT_SECRET, ALICE_PASSWORD]);
const watching: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  if (/\/token$/.test(String(input instanceof Request ? input.url : input)) && response.ok) {
    const body = (await response.clone().json()) as Record<string, unknown>;
    for (const key of ["access_token", "id_token", "refresh_token"]) {
      if (typeof body[key] === "string") seen.add(body[key]);
    }
  }
  const subject = response.headers.get("x-subject-token");
  if (subject) seen.add(subject);
  return response;
};
const lines: string[] = [];
const logger = {
  debug: (message: string, fields?: unknown) => lines.push(`${message} ${JSON.stringify(fields)}`),
  warn: (message: string, fields?: unknown) => lines.push(`${message} ${JSON.stringify(fields)}`),
};
const as = (options: Partial<ConnectionOptions>) =>
  new Connection({ ...federation, fetch: watching, logger, ...options } as ConnectionOptions);

/** The provider's access token for alice, as a program that already logged her in holds it. */
async function aliceAccessToken(): Promise<string> {
  const response = await fetch(`${ISSUER}/token`, {
    method: "POST",
    headers: { Authorization: `Basic ${btoa(`openstack-ts:${CLIENT_SECRET}`)}` },
    body: new URLSearchParams({ grant_type: "password", username: "alice", password: ALICE_PASSWORD, scope: "openid" }),
  });
  const token = ((await response.json()) as { access_token: string }).access_token;
  seen.add(token);
  return token;
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("the login succeeded");
    },
    (error: unknown) => error,
  );
const forms = (value: unknown) => [
  String(value),
  JSON.stringify(value),
  inspect(value, { showHidden: true, depth: 6 }),
];
function expectNoSecret(values: unknown[]) {
  for (const text of values.flatMap(forms).concat(lines)) {
    for (const secret of seen) expect(text.includes(secret), `a secret in: ${text.slice(0, 200)}`).toBe(false);
  }
}

describe("OpenID Connect logins through Keystone federation", () => {
  it("v3oidcpassword: alice, scoped to project federated, the same as keystoneauth's", async () => {
    const conn = as({ authPlugin: "v3oidcpassword", ...client, username: "alice", password: ALICE_PASSWORD });
    const access = await conn.session.access();
    expect(access.user?.name).toBe("alice");
    expect(access.project?.name).toBe("federated");
    const python = keystoneauth({
      auth_type: "v3oidcpassword",
      auth_url: FEDERATION_URL,
      identity_provider: "loopback-oidc",
      protocol: "openid",
      client_id: "openstack-ts",
      client_secret: CLIENT_SECRET,
      discovery_endpoint: DISCOVERY,
      username: "alice",
      password: ALICE_PASSWORD,
      project_name: "federated",
      project_domain_name: "Default",
    });
    expect(python).toEqual(summary(access));
    // The scoped token works for the cloud's own APIs, through the catalog.
    expect((await conn.identity.getProject(access.project!.id)).name).toBe("federated");
    expectNoSecret([conn, conn.session.tokens.plugin]);
  });

  it("v3oidcclientcredentials: the client itself, the same as keystoneauth's", async () => {
    const conn = as({ authPlugin: "v3oidcclientcredentials", ...client, scope: "openid" });
    const access = await conn.session.access();
    expect(access.user?.name).toBe("client:openstack-ts");
    const python = keystoneauth({
      auth_type: "v3oidcclientcredentials",
      auth_url: FEDERATION_URL,
      identity_provider: "loopback-oidc",
      protocol: "openid",
      client_id: "openstack-ts",
      client_secret: CLIENT_SECRET,
      discovery_endpoint: DISCOVERY,
      scope: "openid", // the loader's name for clouds.yaml's openid_scope
      project_name: "federated",
      project_domain_name: "Default",
    });
    expect(python).toEqual(summary(access));
  });

  it("v3oidcaccesstoken: a token the program holds, the same as keystoneauth's; unscoped without a scope", async () => {
    const token = await aliceAccessToken();
    const access = await as({ authPlugin: "v3oidcaccesstoken", accessToken: token }).session.access();
    const python = keystoneauth({
      auth_type: "v3oidcaccesstoken",
      auth_url: FEDERATION_URL,
      identity_provider: "loopback-oidc",
      protocol: "openid",
      access_token: token,
      project_name: "federated",
      project_domain_name: "Default",
    });
    expect(python).toEqual(summary(access));
    const { projectName: _p, projectDomainName: _d, ...unscopedOptions } = federation;
    const plugin = new OidcAccessTokenAuth({ ...unscopedOptions, accessToken: token });
    const unscoped = await new Connection({ authenticator: plugin, fetch: watching }).session.access();
    expect(unscoped.project).toBeUndefined();
    expect(unscoped.user?.name).toBe("alice");
  });

  it("reads the clouds.yaml up.sh wrote: one cloud per method that can be written down", async () => {
    for (const [cloudName, user] of [
      ["local-oidc-password", "alice"],
      ["local-oidc-client", "client:openstack-ts"],
    ] as const) {
      const conn = await fromConfig({ cloudName, cloudConfig: cloudsYaml(), env: {}, connection: { fetch: watching } });
      const access = await conn.session.access();
      expect([access.user?.name, access.project?.name]).toEqual([user, "federated"]);
    }
  });

  it("ends a wrong password in OidcProviderRefusedError, a wrong client secret too, with no secret in any form", async () => {
    const wrong = `wrong-${Math.random().toString(36).slice(2)}`;
    seen.add(wrong);
    const badPassword = await rejection(
      as({ authPlugin: "v3oidcpassword", ...client, username: "alice", password: wrong }).session.access(),
    );
    expect(badPassword).toBeInstanceOf(OidcProviderRefusedError);
    expect(badPassword).toMatchObject({ error: "invalid_grant", grantType: "password", status: 400 });
    const badClient = await rejection(
      as({ authPlugin: "v3oidcclientcredentials", ...client, clientSecret: wrong }).session.access(),
    );
    expect(badClient).toMatchObject({ name: "OidcProviderRefusedError", error: "invalid_client", status: 401 });
    expect(String(badClient)).toMatch(/client id or secret is wrong/);
    expectNoSecret([badPassword, badClient]);
  });

  it("ends a token Keystone's front refuses in FederatedLoginRefusedError, a missing discovery document in OidcDiscoveryError", async () => {
    const bogus = `not-a-token-${Math.random().toString(36).slice(2)}`;
    seen.add(bogus);
    const refused = await rejection(as({ authPlugin: "v3oidcaccesstoken", accessToken: bogus }).session.access());
    expect(refused).toBeInstanceOf(FederatedLoginRefusedError);
    expect(refused).toMatchObject({ status: 401, identityProvider: "loopback-oidc", protocol: "openid" });
    const missing = await rejection(
      as({
        authPlugin: "v3oidcclientcredentials",
        ...client,
        discoveryEndpoint: `${ISSUER}/no-such-discovery`,
      }).session.access(),
    );
    expect(missing).toBeInstanceOf(OidcDiscoveryError);
    expect(String(missing)).toContain(`${ISSUER}/no-such-discovery`);
    expectNoSecret([refused, missing]);
  });
});

/** What both sides' tokens say, in keystoneauth's terms. */
function summary(access: { user?: { id?: string }; project?: { id?: string }; roles?: { name?: string }[] }) {
  return {
    user_id: access.user?.id,
    project_id: access.project?.id,
    roles: (access.roles ?? []).map((role) => role.name).sort(),
    // The federated method, then the token that scoped it.
    methods: ["openid", "token"],
  };
}
