// What each sample of Barbican's reference is checked by: a response is served by msw and
// read through the SDK call that reads it; a request is what the SDK must send for the same
// arguments. Keyed by `<endpoint> <kind>`, as extract.ts names them.
import { http, HttpResponse } from "msw";
import { expect } from "vitest";
import type { SetupServer } from "msw/node";
import { API, CONTAINER_ID, secretBody, SECRET_ID } from "../fixtures.js";
import type { keyManager } from "../../src/service-definition.js";
import type { ServiceFacade } from "@openstack-ts/core";

type Facade = ServiceFacade<typeof keyManager>;
type Json = Record<string, unknown>;
export type Check = (facade: Facade, server: SetupServer, sample: Json) => Promise<void>;

const serve = (method: "get" | "post" | "put" | "patch" | "delete", path: string, body: unknown) =>
  http[method](`${API}/${path}`, () => HttpResponse.json(body as never));

/** The body the SDK sent, with each Barbican ref shortened to its kind and id (the host is the SDK's own). */
function capture(server: SetupServer, method: "post" | "put" | "patch" | "delete", path: string, answer: unknown) {
  const bodies: unknown[] = [];
  server.use(
    http[method](`${API}/${path}`, async ({ request }) => {
      bodies.push(shortRefs((await request.json()) as Json, decodeURIComponent));
      return answer === undefined ? new HttpResponse(null, { status: 204 }) : HttpResponse.json(answer);
    }),
  );
  return bodies;
}
const shortRefs = (body: Json, decode = (id: string) => id) =>
  JSON.parse(
    JSON.stringify(body).replace(/"[^"]*\/v1\/(secrets|containers)\/([^"/]+)"/g, (_, kind: string, id: string) =>
      JSON.stringify(`${kind}/${decode(id)}`),
    ),
  ) as Json;

/** The first page only: the samples' next links name a templated host. */
async function firstPage<T>(list: { pages(): AsyncGenerator<T[]> }): Promise<T[]> {
  for await (const page of list.pages()) return page;
  return [];
}

const items = (sample: Json, key: string) => sample[key] as unknown[];

export const responseChecks: Record<string, Check> = {
  "GET /v1/secrets": async (facade, server, sample) => {
    server.use(serve("get", "secrets", sample));
    expect((await firstPage(facade.listSecrets())).length).toBe(items(sample, "secrets").length);
  },
  "GET /v1/secrets/{uuid}": async (facade, server, sample) => {
    server.use(serve("get", "secrets/:id", sample));
    expect((await facade.getSecret(SECRET_ID)).id).toBe("{secret_uuid}");
  },
  "POST /v1/secrets": async (facade, server, sample) => {
    server.use(serve("post", "secrets", sample), serve("get", "secrets/:id", secretBody()));
    expect((await facade.createSecret({ payload: "beer" })).id).toBe(SECRET_ID);
  },
  "GET /v1/containers": async (facade, server, sample) => {
    server.use(serve("get", "containers", sample));
    expect((await firstPage(facade.listContainers())).length).toBe(items(sample, "containers").length);
  },
  "GET /v1/containers/{uuid}": async (facade, server, sample) => {
    server.use(serve("get", "containers/:id", sample));
    expect((await facade.getContainer(CONTAINER_ID)).secret_refs.length).toBeGreaterThan(0);
  },
  "POST /v1/containers": async (facade, server, sample) => {
    server.use(serve("post", "containers", sample), serve("get", "containers/:id", containerSample));
    expect((await facade.createContainer({ type: "generic" })).type).toBe("generic");
  },
  "POST /v1/containers/{container_uuid}/secrets": async (facade, server, sample) => {
    server.use(serve("post", "containers/:id/secrets", sample));
    await facade.addContainerSecret(CONTAINER_ID, { secret_ref: SECRET_ID });
  },
  "GET /v1/orders": async (facade, server, sample) => {
    server.use(serve("get", "orders", sample));
    expect((await firstPage(facade.listOrders())).length).toBe(items(sample, "orders").length);
  },
  "POST /v1/orders": async (facade, server, sample) => {
    server.use(serve("post", "orders", sample), serve("get", "orders/:id", orderSample));
    expect((await facade.createOrder({ type: "key", meta: { algorithm: "aes", bit_length: 256 } })).type).toBe("key");
  },
  "GET /v1/orders/{uuid}": async (facade, server, sample) => {
    server.use(serve("get", "orders/:id", sample));
    expect((await facade.getOrder("x")).id).toBe((sample["order_ref"] as string).split("/").at(-1));
  },
  "GET /v1/quotas": async (facade, server, sample) => {
    server.use(serve("get", "quotas", sample));
    expect(await facade.getQuotas()).toEqual(sample["quotas"]);
  },
  "GET /v1/project-quotas/{uuid}": async (facade, server, sample) => {
    server.use(serve("get", "project-quotas/:id", sample));
    expect(await facade.getProjectQuota("p1")).toEqual(sample["project_quotas"]);
  },
  "GET {container_ref}/consumers": async (facade, server, sample) => {
    server.use(serve("get", "containers/:id/consumers", sample));
    const listed = await firstPage(facade.listContainerConsumers({ container_id: CONTAINER_ID }));
    expect(listed.length).toBe(items(sample, "consumers").length);
  },
  "POST {container_ref}/consumers": async (facade, server, sample) => {
    server.use(serve("post", "containers/:id/consumers", sample));
    expect(
      (await facade.createContainerConsumer(CONTAINER_ID, { name: "n", URL: "u" })).consumers?.length,
    ).toBeGreaterThan(0);
  },
  "DELETE {container_ref}/consumers": async (facade, server, sample) => {
    server.use(serve("delete", "containers/:id/consumers", sample));
    await facade.deleteContainerConsumer(CONTAINER_ID, { name: "n", URL: "u" });
  },
  "GET {secret_ref}/consumers": async (facade, server, sample) => {
    server.use(serve("get", "secrets/:id/consumers", sample));
    const listed = await firstPage(facade.listSecretConsumers({ secret_id: SECRET_ID }));
    expect(listed.length).toBe(items(sample, "consumers").length);
  },
  "POST {secret_ref}/consumers": async (facade, server, sample) => {
    server.use(serve("post", "secrets/:id/consumers", sample));
    const consumer = { service: "image", resource_type: "image", resource_id: "x" };
    expect((await facade.createSecretConsumer(SECRET_ID, consumer)).consumers?.length).toBeGreaterThan(0);
  },
  "DELETE {secret_ref}/consumers": async (facade, server, sample) => {
    server.use(serve("delete", "secrets/:id/consumers", sample));
    await facade.deleteSecretConsumer(SECRET_ID, { service: "image", resource_type: "image", resource_id: "x" });
  },
  "PUT /v1/secrets/{uuid}/metadata": async (facade, server, sample) => {
    server.use(serve("put", "secrets/:id/metadata", sample));
    await facade.setSecretMetadata(SECRET_ID, { a: "b" });
  },
  "GET /v1/secrets/{uuid}/metadata/{key}": async (facade, server, sample) => {
    server.use(serve("get", "secrets/:id/metadata/:key", sample));
    expect(await facade.getSecretMetadatum(SECRET_ID, "k")).toEqual(sample);
  },
  "POST /v1/secrets/{uuid}/metadata/": async (facade, server, sample) => {
    server.use(serve("post", "secrets/:id/metadata/", sample));
    expect(await facade.createSecretMetadatum(SECRET_ID, { key: "k", value: "v" })).toEqual(sample);
  },
  "PUT /v1/secrets/{uuid}/metadata/{key}": async (facade, server, sample) => {
    server.use(serve("put", "secrets/:id/metadata/:key", sample));
    expect(await facade.updateSecretMetadatum(SECRET_ID, { key: "k", value: "v" })).toEqual(sample);
  },
  "GET /v1/secrets/{uuid}/acl": async (facade, server, sample) => {
    server.use(serve("get", "secrets/:id/acl", sample));
    expect(await facade.getSecretAcl(SECRET_ID)).toEqual(sample);
  },
  "PUT /v1/secrets/{uuid}/acl": async (facade, server, sample) => {
    server.use(serve("put", "secrets/:id/acl", sample), serve("get", "secrets/:id/acl", defaultAcl));
    expect(await facade.setSecretAcl(SECRET_ID, { read: { users: [] } })).toEqual(defaultAcl);
  },
  "PATCH /v1/secrets/{uuid}/acl": async (facade, server, sample) => {
    server.use(serve("patch", "secrets/:id/acl", sample), serve("get", "secrets/:id/acl", defaultAcl));
    expect(await facade.updateSecretAcl(SECRET_ID, { read: { users: [] } })).toEqual(defaultAcl);
  },
  "GET /v1/containers/{uuid}/acl": async (facade, server, sample) => {
    server.use(serve("get", "containers/:id/acl", sample));
    expect(await facade.getContainerAcl(CONTAINER_ID)).toEqual(sample);
  },
  "PUT /v1/containers/{uuid}/acl": async (facade, server, sample) => {
    server.use(serve("put", "containers/:id/acl", sample), serve("get", "containers/:id/acl", defaultAcl));
    expect(await facade.setContainerAcl(CONTAINER_ID, { read: { users: [] } })).toEqual(defaultAcl);
  },
  "PATCH /v1/containers/{uuid}/acl": async (facade, server, sample) => {
    server.use(serve("patch", "containers/:id/acl", sample), serve("get", "containers/:id/acl", defaultAcl));
    expect(await facade.updateContainerAcl(CONTAINER_ID, { read: { users: [] } })).toEqual(defaultAcl);
  },
};

export const requestChecks: Record<string, Check> = {
  "POST /v1/secrets": async (facade, server, sample) => {
    const bodies = capture(server, "post", "secrets", { secret_ref: `${API}/secrets/${SECRET_ID}` });
    server.use(serve("get", "secrets/:id", secretBody()));
    await facade.createSecret(sample as never);
    expect(bodies).toEqual([sample]);
  },
  "POST /v1/containers": async (facade, server, sample) => {
    const bodies = capture(server, "post", "containers", { container_ref: `${API}/containers/${CONTAINER_ID}` });
    server.use(serve("get", "containers/:id", containerSample));
    await facade.createContainer(sample as never);
    expect(bodies).toEqual([shortRefs(sample)]);
  },
  "POST /v1/containers/{container_uuid}/secrets": async (facade, server, sample) => {
    const bodies = capture(server, "post", "containers/:id/secrets", { container_ref: "x" });
    await facade.addContainerSecret(CONTAINER_ID, sample as never);
    expect(bodies).toEqual([shortRefs(sample)]);
  },
  "DELETE /v1/containers/{container_uuid}/secrets": async (facade, server, sample) => {
    const bodies = capture(server, "delete", "containers/:id/secrets", undefined);
    await facade.removeContainerSecret(CONTAINER_ID, sample as never);
    expect(bodies).toEqual([shortRefs(sample)]);
  },
  "POST /v1/orders": async (facade, server, sample) => {
    const bodies = capture(server, "post", "orders", { order_ref: `${API}/orders/o1` });
    server.use(serve("get", "orders/:id", orderSample));
    await facade.createOrder(sample as never);
    expect(bodies).toEqual([sample]);
  },
  "PUT /v1/project-quotas/{uuid}": async (facade, server, sample) => {
    const bodies = capture(server, "put", "project-quotas/:id", undefined);
    await facade.updateProjectQuota("p1", sample["project_quotas"] as never);
    expect(bodies).toEqual([sample]);
  },
  "POST {container_ref}/consumers": async (facade, server, sample) => {
    const bodies = capture(server, "post", "containers/:id/consumers", containerSample);
    await facade.createContainerConsumer(CONTAINER_ID, sample as never);
    expect(bodies).toEqual([sample]);
  },
  "DELETE {container_ref}/consumers": async (facade, server, sample) => {
    const bodies = capture(server, "delete", "containers/:id/consumers", containerSample);
    await facade.deleteContainerConsumer(CONTAINER_ID, sample as never);
    expect(bodies).toEqual([sample]);
  },
  "POST {secret_ref}/consumers": async (facade, server, sample) => {
    const bodies = capture(server, "post", "secrets/:id/consumers", secretBody());
    await facade.createSecretConsumer(SECRET_ID, sample as never);
    expect(bodies).toEqual([sample]);
  },
  "DELETE {secret_ref}/consumers": async (facade, server, sample) => {
    const bodies = capture(server, "delete", "secrets/:id/consumers", secretBody());
    await facade.deleteSecretConsumer(SECRET_ID, sample as never);
    expect(bodies).toEqual([sample]);
  },
  "POST /v1/secrets/{uuid}/metadata/": async (facade, server, sample) => {
    const bodies = capture(server, "post", "secrets/:id/metadata/", sample);
    await facade.createSecretMetadatum(SECRET_ID, sample as never);
    expect(bodies).toEqual([sample]);
  },
  "PUT /v1/secrets/{uuid}/metadata/{key}": async (facade, server, sample) => {
    const bodies = capture(server, "put", "secrets/:id/metadata/:key", sample);
    await facade.updateSecretMetadatum(SECRET_ID, sample as never);
    expect(bodies).toEqual([sample]);
  },
  "PATCH /v1/secrets/{uuid}/acl": async (facade, server, sample) => {
    const bodies = capture(server, "patch", "secrets/:id/acl", { acl_ref: "x" });
    server.use(serve("get", "secrets/:id/acl", defaultAcl));
    await facade.updateSecretAcl(SECRET_ID, sample as never);
    expect(bodies).toEqual([sample]);
  },
  "PATCH /v1/containers/{uuid}/acl": async (facade, server, sample) => {
    const bodies = capture(server, "patch", "containers/:id/acl", { acl_ref: "x" });
    server.use(serve("get", "containers/:id/acl", defaultAcl));
    await facade.updateContainerAcl(CONTAINER_ID, sample as never);
    expect(bodies).toEqual([sample]);
  },
};

const defaultAcl = { read: { "project-access": true } };
const containerSample = {
  type: "generic",
  status: "ACTIVE",
  name: "c",
  consumers: [],
  container_ref: `${API}/containers/${CONTAINER_ID}`,
  secret_refs: [],
  created: "2015-03-26T21:10:45.417835",
  updated: "2015-03-26T21:10:45.417835",
};
const orderSample = {
  type: "key",
  status: "PENDING",
  meta: { algorithm: "aes", bit_length: 256 },
  order_ref: `${API}/orders/o1`,
  created: "2015-03-26T21:10:45.417835",
  updated: "2015-03-26T21:10:45.417835",
};
