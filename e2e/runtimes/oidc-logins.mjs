// OpenID Connect client credentials in any runtime (issue 15): the client `openstack-ts` gets
// the provider's access token, Keystone's federation front turns it into a token scoped to
// project federated, and a service answers with it; a wrong client secret is the provider's
// typed refusal, with the secret in no string form. A plain ES module that Node, Deno and Bun
// all run. Prints one JSON line; e2e/runtimes-logins-oidc.test.ts checks it.
import { Connection, OidcProviderRefusedError } from "@openstack-ts/openstack";

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const runtime = globalThis.Deno ? "deno" : globalThis.Bun ? "bun" : "node";
const secret = env("OIDC_CLIENT_SECRET");
const as = (clientSecret) =>
  new Connection({
    authPlugin: "v3oidcclientcredentials",
    authUrl: env("OIDC_FEDERATION_URL"),
    identityProvider: "loopback-oidc",
    protocol: "openid",
    clientId: "openstack-ts",
    clientSecret,
    discoveryEndpoint: env("OIDC_DISCOVERY"),
    scope: "openid",
    projectName: "federated",
    projectDomainName: "Default",
    regionName: "RegionOne",
  });

const conn = as(secret);
const access = await conn.session.access();
const networks = await conn.network.listNetworks({ limit: 1 });

const wrong = `${secret}-not`;
const refused = await as(wrong)
  .session.access()
  .then(
    () => undefined,
    (error) => error,
  );

console.log(
  JSON.stringify({
    runtime,
    user: access.user?.name,
    project: access.project?.name,
    roles: (access.roles ?? []).map((role) => role.name).sort(),
    networksListed: Array.isArray(networks),
    refused: {
      typed: refused instanceof OidcProviderRefusedError,
      error: refused?.error,
      leaked: [String(refused), JSON.stringify(refused), refused?.stack ?? ""].some((form) => form.includes(wrong)),
    },
  }),
);
