// Barbican on the real service (e2e/cloud/services/barbican.sh): secrets stored by
// store_crypto + simple_crypto and read back, payloads as text and as bytes, stored at once
// or later; metadata; containers and their consumers; secret consumers; orders that the
// worker really fulfils (a key, a key pair); ACLs that let another user read a secret.
import { inspect } from "node:util";
import {
  Connection,
  ConflictError,
  ForbiddenError,
  InvalidArgumentError,
  type keyManager,
  NotFoundError,
} from "@openstack-ts/openstack";
import { afterAll, describe, expect, it } from "vitest";
import { admin, demo, uniqueName } from "./support/cloud.js";

const conn = new Connection(admin);
const member = new Connection(demo);
const name = uniqueName("km");
const made: { secrets: string[]; containers: string[]; orders: string[] } = { secrets: [], containers: [], orders: [] };

async function secret(fields: keyManager.SecretCreate, as = conn) {
  const created = await as.keyManager.createSecret({ name, ...fields });
  made.secrets.push(created.secret_ref);
  return created;
}

afterAll(async () => {
  for (const ref of made.containers) await conn.keyManager.deleteContainer(ref).catch(() => undefined);
  for (const ref of made.orders) await conn.keyManager.deleteOrder(ref).catch(() => undefined);
  for (const ref of made.secrets) {
    await conn.keyManager.deleteSecret(ref).catch(() => undefined);
    await member.keyManager.deleteSecret(ref).catch(() => undefined);
  }
});

describe("secrets on the real Barbican", () => {
  it("stores text and reads it back decoded; no string form shows it", async () => {
    const text = `pw-${Math.random().toString(36).slice(2)}-é`;
    const created = await secret({ payload: text });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.secret_ref.endsWith(`/v1/secrets/${created.id}`)).toBe(true);
    expect(created.status).toBe("ACTIVE");
    expect(created.content_types).toEqual({ default: "text/plain" });
    const payload = await conn.keyManager.getSecretPayload(created);
    expect(payload.text()).toBe(text);
    expect(payload.contentType).toBe("text/plain");
    for (const shown of [String(payload), JSON.stringify(payload), inspect(payload, { showHidden: true, depth: 5 })]) {
      expect(shown).not.toContain(text);
    }
    expect(String(payload)).toBe(`[SecretPayload text/plain, ${new TextEncoder().encode(text).length} bytes]`);
  });

  it("stores bytes (base64 on the wire) and gives the same bytes back, by id, ref or object", async () => {
    const bytes = crypto.getRandomValues(new Uint8Array(48));
    const created = await secret({ payload: bytes, secret_type: "symmetric", algorithm: "aes", bit_length: 384 });
    expect(created.content_types).toEqual({ default: "application/octet-stream" });
    expect(created.secret_type).toBe("symmetric");
    for (const ref of [created.id, created.secret_ref, created]) {
      expect((await conn.keyManager.getSecretPayload(ref)).bytes()).toEqual(bytes);
    }
    expect((await conn.keyManager.getSecret(created.secret_ref)).id).toBe(created.id);
    expect((await conn.keyManager.findSecret(created.secret_ref))?.id).toBe(created.id);
  });

  it("creates a secret empty and stores its payload later, once", async () => {
    const created = await secret({});
    expect(created.content_types).toBeUndefined();
    await expect(conn.keyManager.getSecretPayload(created.id)).rejects.toBeInstanceOf(NotFoundError);
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252]);
    await conn.keyManager.updateSecret(created, bytes);
    expect((await conn.keyManager.getSecretPayload(created.id)).bytes()).toEqual(bytes);
    await expect(conn.keyManager.updateSecret(created, bytes)).rejects.toBeInstanceOf(ConflictError);
  });

  it("lists with filters, pages by offset, finds by name, deletes", async () => {
    const two = [await secret({ payload: "one-value" }), await secret({ payload: "two-value" })];
    const listed = await conn.keyManager.listSecrets({ name, limit: 1 });
    expect(listed.length).toBeGreaterThanOrEqual(2);
    expect(listed.map((s) => s.id)).toEqual(expect.arrayContaining(two.map((s) => s.id)));
    expect(new Set(listed.map((s) => s.id)).size).toBe(listed.length);
    await expect(conn.keyManager.listSecrets({ nope: 1 } as never)).rejects.toBeInstanceOf(InvalidArgumentError);
    const solo = await secret({ name: `${name}-solo`, payload: "solo-value" });
    expect((await conn.keyManager.findSecret(`${name}-solo`))?.id).toBe(solo.id);
    await conn.keyManager.deleteSecret(solo.secret_ref);
    await expect(conn.keyManager.getSecret(solo.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await conn.keyManager.findSecret(`${name}-solo`)).toBeNull();
  });

  it("keeps metadata: set, read, add, change, remove", async () => {
    const created = await secret({ payload: "with-metadata" });
    await conn.keyManager.setSecretMetadata(created, { owner: "e2e", tier: "gold" });
    expect(await conn.keyManager.getSecretMetadata(created)).toEqual({ owner: "e2e", tier: "gold" });
    expect(await conn.keyManager.createSecretMetadatum(created, { key: "extra", value: "1" })).toMatchObject({
      key: "extra",
      value: "1",
    });
    await conn.keyManager.updateSecretMetadatum(created, { key: "extra", value: "2" });
    expect((await conn.keyManager.getSecretMetadatum(created, "extra")).value).toBe("2");
    await conn.keyManager.deleteSecretMetadatum(created, "extra");
    await expect(conn.keyManager.getSecretMetadatum(created, "extra")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("registers and removes a secret's consumers", async () => {
    const created = await secret({ payload: "consumed" });
    const consumer = { service: "image", resource_type: "image", resource_id: crypto.randomUUID() };
    const withConsumer = await conn.keyManager.createSecretConsumer(created, consumer);
    expect(withConsumer.consumers).toEqual([expect.objectContaining(consumer)]);
    expect(await conn.keyManager.listSecretConsumers({ secret_id: created.secret_ref })).toEqual([
      expect.objectContaining(consumer),
    ]);
    await conn.keyManager.deleteSecretConsumer(created.id, consumer);
    expect(await conn.keyManager.listSecretConsumers({ secret_id: created })).toEqual([]);
  });
});

describe("containers on the real Barbican", () => {
  it("makes a generic container of secrets named by id, ref and object; adds, removes, consumers", async () => {
    const [a, b, c] = [
      await secret({ payload: "a-value" }),
      await secret({ payload: "b-value" }),
      await secret({ payload: "c-value" }),
    ];
    const container = await conn.keyManager.createContainer({
      name,
      type: "generic",
      secret_refs: [
        { name: "a", secret_ref: a.id },
        { name: "b", secret_ref: b.secret_ref },
      ],
    });
    made.containers.push(container.container_ref);
    expect(container.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(container.status).toBe("ACTIVE");
    expect(container.secret_refs.map((s) => s.name).sort()).toEqual(["a", "b"]);
    await conn.keyManager.addContainerSecret(container, { name: "c", secret_ref: c });
    await conn.keyManager.removeContainerSecret(container.container_ref, { name: "a", secret_ref: a });
    const current = await conn.keyManager.getContainer(container.id);
    expect(current.secret_refs.map((s) => s.name).sort()).toEqual(["b", "c"]);
    expect((await conn.keyManager.findContainer(name))?.id).toBe(container.id);

    const consumer = { name: "lb", URL: `http://127.0.0.1/lb/${crypto.randomUUID()}` };
    const consumed = await conn.keyManager.createContainerConsumer(container, consumer);
    expect(consumed.consumers).toEqual([consumer]);
    expect(await conn.keyManager.listContainerConsumers({ container_id: container.container_ref })).toEqual([
      expect.objectContaining(consumer),
    ]);
    await conn.keyManager.deleteContainerConsumer(container, consumer);
    expect(await conn.keyManager.listContainerConsumers({ container_id: container })).toEqual([]);
  });

  it("makes a certificate container with its secrets under their roles", async () => {
    const certificate = await secret({ payload: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n" });
    const key = await secret({ payload: "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n" });
    const container = await conn.keyManager.createContainer({
      name,
      type: "certificate",
      secret_refs: [
        { name: "certificate", secret_ref: certificate },
        { name: "private_key", secret_ref: key },
      ],
    });
    made.containers.push(container.container_ref);
    expect(container.type).toBe("certificate");
    await conn.keyManager.deleteContainer(container);
    await expect(conn.keyManager.getContainer(container.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("orders on the real Barbican (barbican-worker fulfils them)", () => {
  it("orders an AES key: PENDING, then ACTIVE with a 32-byte secret", async () => {
    const order = await conn.keyManager.createOrder({
      type: "key",
      meta: { name, algorithm: "aes", bit_length: 256, mode: "cbc", payload_content_type: "application/octet-stream" },
    });
    made.orders.push(order.order_ref);
    expect(order.id).toMatch(/^[0-9a-f-]{36}$/);
    const done = await conn.keyManager.waitForOrder(order, { status: "ACTIVE", interval: 200, timeout: 30_000 });
    made.secrets.push(done.secret_ref!);
    expect((await conn.keyManager.getSecretPayload(done.secret_ref!)).bytes()).toHaveLength(32);
    expect((await conn.keyManager.listOrders()).map((o) => o.id)).toContain(order.id);
  });

  it("orders an RSA key pair: an rsa container with its public and private keys", async () => {
    const order = await conn.keyManager.createOrder({
      type: "asymmetric",
      meta: { name, algorithm: "rsa", bit_length: 2048, payload_content_type: "application/octet-stream" },
    });
    made.orders.push(order.order_ref);
    const done = await conn.keyManager.waitForOrder(order.order_ref, {
      status: "ACTIVE",
      interval: 200,
      timeout: 60_000,
    });
    const container = await conn.keyManager.getContainer(done.container_ref!);
    made.containers.push(container.container_ref);
    expect(container.type).toBe("rsa");
    const roles = Object.fromEntries(container.secret_refs.map((s) => [s.name ?? "", s.secret_ref] as const));
    made.secrets.push(...Object.values(roles));
    expect(Object.keys(roles).sort()).toEqual(["private_key", "public_key"]);
    expect((await conn.keyManager.getSecretPayload(roles["public_key"]!)).text()).toContain("PUBLIC KEY");
  });

  it("refuses an order Barbican cannot make (a 3-bit AES key): a 400, no order", async () => {
    await expect(
      conn.keyManager.createOrder({ type: "key", meta: { name, algorithm: "aes", bit_length: 3, mode: "cbc" } }),
    ).rejects.toThrow(/bit_length|Bad Request|400/i);
  });
});

describe("ACLs on the real Barbican", () => {
  it("lets a named user of another project read a private secret, and stop", async () => {
    const text = `shared-${Math.random().toString(36).slice(2)}`;
    const created = await secret({ payload: text });
    await expect(member.keyManager.getSecretPayload(created.secret_ref)).rejects.toBeInstanceOf(ForbiddenError);
    const demoUser = await conn.identity.findUser("demo");
    const acl = await conn.keyManager.setSecretAcl(created, {
      read: { users: [demoUser!.id], "project-access": false },
    });
    expect(acl.read?.users).toEqual([demoUser!.id]);
    expect(acl.read?.["project-access"]).toBe(false);
    expect((await member.keyManager.getSecretPayload(created.secret_ref)).text()).toBe(text);
    expect((await member.keyManager.listSecrets({ acl_only: true })).map((s) => s.id)).toContain(created.id);
    await conn.keyManager.deleteSecretAcl(created);
    expect((await conn.keyManager.getSecretAcl(created)).read?.["project-access"]).toBe(true);
    await expect(member.keyManager.getSecretPayload(created.secret_ref)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("sets and updates a container's ACL", async () => {
    const container = await conn.keyManager.createContainer({ name, type: "generic" });
    made.containers.push(container.container_ref);
    const set = await conn.keyManager.setContainerAcl(container, { read: { users: ["u1"], "project-access": true } });
    expect(set.read?.users).toEqual(["u1"]);
    const updated = await conn.keyManager.updateContainerAcl(container, { read: { users: ["u1", "u2"] } });
    expect(updated.read?.users?.sort()).toEqual(["u1", "u2"]);
    await conn.keyManager.deleteContainerAcl(container);
  });
});

describe("quotas on the real Barbican", () => {
  // Project quotas belong to the project admin here (services/barbican.sh says why).
  it("reads the effective quotas, and sets, lists and removes a project's (admin)", async () => {
    const quotas = await conn.keyManager.getQuotas();
    expect(typeof quotas.secrets).toBe("number");
    const project = (await conn.identity.findProject("demo"))!;
    await conn.keyManager.updateProjectQuota(project, { secrets: 50, orders: 5 });
    expect(await conn.keyManager.getProjectQuota(project.id)).toMatchObject({ secrets: 50, orders: 5 });
    expect((await conn.keyManager.listProjectQuotas()).map((q) => q.project_id)).toContain(project.id);
    await conn.keyManager.deleteProjectQuota(project.id);
    await expect(conn.keyManager.getProjectQuota(project)).rejects.toBeInstanceOf(NotFoundError);
    await expect(member.keyManager.listProjectQuotas()).rejects.toBeInstanceOf(ForbiddenError);
  });
});
