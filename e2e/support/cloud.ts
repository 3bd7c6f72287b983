import { readFileSync } from "node:fs";
import { load } from "js-yaml";
import type { ConnectionOptions } from "@openstack-ts/openstack";
import { debugLogOption } from "./debug-log.js";

/** The loopback cloud that e2e/cloud/up.sh starts. Its credentials are fixed there. */
export const STATE = new URL("../cloud/state/", import.meta.url);
export const AUTH_URL = "http://127.0.0.1:5000/v3";

/**
 * The catalog has every service in RegionOne and RegionTwo, on different hosts (seed.py): with
 * no region chosen the SDK refuses to pick one (AmbiguousEndpointError), so a connection that
 * calls a service chooses one.
 */
export const ONE_REGION = { regionName: "RegionOne" } as const;

// With OPENSTACK_TS_DEBUG_LOG=<file>, every connection made from these logs to <file> (support/debug-log.ts).
export const admin = {
  authUrl: AUTH_URL,
  ...ONE_REGION,
  username: "admin",
  password: "admin",
  projectName: "admin",
  ...debugLogOption(),
} satisfies ConnectionOptions;
export const demo = {
  authUrl: AUTH_URL,
  ...ONE_REGION,
  username: "demo",
  password: "demo-secret",
  projectName: "demo",
  ...debugLogOption(),
} satisfies ConnectionOptions;

/**
 * alice (or the client itself, by its secret) through the loopback OpenID Connect provider
 * and Keystone federation behind Apache (e2e/cloud/up.sh); an `authPlugin` picks the flow.
 */
export const oidcAlice = {
  authUrl: "http://127.0.0.1:5080/v3",
  identityProvider: "loopback-oidc",
  protocol: "openid",
  clientId: "openstack-ts",
  clientSecret: "openstack-ts-oidc-secret",
  discoveryEndpoint: "http://127.0.0.1:8900/.well-known/openid-configuration",
  username: "alice",
  password: "alice-oidc-secret",
  projectName: "federated",
  projectDomainName: "Default",
} as const;

/** The clouds.yaml up.sh wrote, parsed. */
export function cloudsYaml(): object {
  return load(readFileSync(new URL("clouds.yaml", STATE), "utf8")) as object;
}

/** The id of the admin's application credential that seed.py created (secret `appcred-secret`). */
export function applicationCredentialId(): string {
  return readFileSync(new URL("keystone/appcred.id", STATE), "utf8").trim();
}

/** A fetch that records every request it sends, for counting what the SDK did. */
export function recordingFetch() {
  const requests: { method: string; url: string; at: number }[] = [];
  const fetchFn: typeof fetch = (input, init) => {
    const isRequest = input instanceof Request;
    requests.push({
      method: (init?.method ?? (isRequest ? input.method : "GET")).toUpperCase(),
      url: isRequest ? input.url : String(input),
      at: Date.now(),
    });
    return globalThis.fetch(input, init);
  };
  return {
    fetch: fetchFn,
    requests,
    count: (method: string, pattern: RegExp) =>
      requests.filter((r) => r.method === method && pattern.test(r.url)).length,
  };
}

/** A name no other run uses, so runs never collide and leftovers are recognisable. */
export function uniqueName(what: string): string {
  return `e2e-${what}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}
