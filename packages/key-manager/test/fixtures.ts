// The fake cloud every key-manager test runs against. A fixtures file, so the package build
// leaves it (and msw) out.
import { clientFor, createFacade } from "@openstack-ts/core";
import { mockServer, testCloud } from "@openstack-ts/mock/vitest";
import { keyManagerService } from "../src/descriptor.js";
import { keyManager } from "../src/service-definition.js";

/** Barbican's catalog URL is its root; discovery finds v1 there. */
export const ROOT = "http://barbican.test:9311";
export const API = `${ROOT}/v1`;

/** Barbican's root document as Zed answers a client that asks no microversion. */
export const rootDocument = {
  versions: {
    values: [
      {
        id: "v1",
        status: "stable",
        links: [{ rel: "self", href: `${API}/` }],
        "media-types": [{ base: "application/json", type: "application/vnd.openstack.key-manager-v1+json" }],
      },
    ],
  },
};

export const SECRET_ID = "0a6bdd1d-2d1e-46c4-9b2f-0b2cbfa9dd01";
export const CONTAINER_ID = "5e8b3b8c-9d2c-4c83-8c5f-6a3f0e7c2b02";
export const ORDER_ID = "7c1f3ff9-59cb-4a53-92b6-8ce2a1cd3f03";
export const secretRef = (id = SECRET_ID) => `${API}/secrets/${id}`;
export const containerRef = (id = CONTAINER_ID) => `${API}/containers/${id}`;
export const orderRef = (id = ORDER_ID) => `${API}/orders/${id}`;

/** A secret as Barbican describes it. */
export const secretBody = (id = SECRET_ID, fields: Record<string, unknown> = {}) => ({
  created: "2026-12-06T06:33:09.918056",
  updated: "2026-12-06T06:33:09.930000",
  status: "ACTIVE",
  name: "db-password",
  secret_type: "opaque",
  expiration: null,
  algorithm: null,
  bit_length: null,
  mode: null,
  creator_id: "1a5de0106e7c4d249b7c01a550e2fc3a",
  content_types: { default: "text/plain" },
  secret_ref: secretRef(id),
  ...fields,
});

/**
 * An msw server for one test file, and `setup()` for one test: a session on a fake cloud
 * with Barbican in its catalog, the `conn.keyManager` façade over it, and the Barbican
 * requests sent (discovery left out).
 */
export function keyManagerCloud() {
  const server = mockServer();
  const setup = () => {
    const cloud = testCloud(server, {
      services: { "key-manager": { url: ROOT, document: rootDocument } },
      watch: (url) => url.startsWith(`${API}/`) && url !== `${API}/`,
    });
    const facade = createFacade(clientFor(cloud.session, keyManagerService), keyManager);
    return { ...cloud, facade };
  };
  return { server, setup };
}

/** `PUT /v1/secrets/abc?x=1`: what a request was, for comparing lists of them. */
export const sent = (request: Request): string => {
  const url = new URL(request.url);
  return `${request.method} ${url.pathname}${decodeURIComponent(url.search)}`;
};
