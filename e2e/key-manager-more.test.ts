// Barbican on the real service, the verbs key-manager.test.ts leaves out (issue 14's table,
// e2e/COVERAGE-issue-14.md): containers, orders and consumers listed across pages (Barbican
// pages by offset), an RSA container made from its three secrets, an order read and deleted,
// ACLs updated (merged) and read back, project quotas across pages.
import { Connection, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";

const conn = new Connection(admin);
const km = conn.keyManager;
const name = uniqueName("kmm");
const undo: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const step of undo.reverse()) await step().catch(() => undefined);
});

async function secret(payload: string) {
  const created = await km.createSecret({ name, payload });
  undo.push(() => km.deleteSecret(created.secret_ref));
  return created;
}

/** The ids of a list, page by page. */
async function pagesOf<T>(list: { pages(): AsyncIterable<readonly T[]> }, id: (item: T) => string) {
  const pages: string[][] = [];
  for await (const page of list.pages()) pages.push(page.map(id));
  return pages;
}

describe("containers and consumers across pages on the real Barbican", () => {
  it("lists a name's containers by page and by type; makes an RSA container of its three secrets", async () => {
    const generic = [];
    for (let i = 0; i < 3; i++) {
      const made = await km.createContainer({ name, type: "generic" });
      undo.push(() => km.deleteContainer(made));
      generic.push(made.id);
    }
    const pages = await pagesOf(km.listContainers({ name }, { limit: 2 }), (c) => c.id);
    expect(pages.map((page) => page.length)).toEqual([2, 1]);
    expect(pages.flat().sort()).toEqual([...generic].sort());

    const rsa = await km.createContainer({
      name,
      type: "rsa",
      secret_refs: [
        {
          name: "private_key",
          secret_ref: await secret("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n"),
        },
        {
          name: "public_key",
          secret_ref: await secret("-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----\n"),
        },
        { name: "private_key_passphrase", secret_ref: await secret("passphrase") },
      ],
    });
    undo.push(() => km.deleteContainer(rsa));
    expect(rsa.type).toBe("rsa");
    expect((await km.listContainers({ name, type: "rsa" })).map((c) => c.id)).toEqual([rsa.id]);
    expect((await km.getContainer(rsa.container_ref)).secret_refs.map((s) => s.name).sort()).toEqual([
      "private_key",
      "private_key_passphrase",
      "public_key",
    ]);
    await km.deleteContainer(rsa);
    await km.waitForDeleteContainer(rsa, { interval: 200, timeout: 10_000 });
    await expect(km.getContainer(rsa.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists a secret's and a container's consumers across pages", async () => {
    const held = await secret("consumed-by-three");
    const consumers = [0, 1, 2].map(() => ({
      service: "image",
      resource_type: "image",
      resource_id: crypto.randomUUID(),
    }));
    for (const consumer of consumers) await km.createSecretConsumer(held, consumer);
    const secretPages = await pagesOf(km.listSecretConsumers({ secret_id: held }, { limit: 2 }), (c) => c.resource_id);
    expect(secretPages.map((page) => page.length)).toEqual([2, 1]);
    expect(secretPages.flat().sort()).toEqual(consumers.map((c) => c.resource_id).sort());

    const container = await km.createContainer({ name, type: "generic" });
    undo.push(() => km.deleteContainer(container));
    const urls = [0, 1, 2].map((i) => ({ name: `lb${i}`, URL: `http://127.0.0.1/lb/${crypto.randomUUID()}` }));
    for (const consumer of urls) await km.createContainerConsumer(container, consumer);
    const containerPages = await pagesOf(
      km.listContainerConsumers({ container_id: container }, { limit: 2 }),
      (c) => c.URL,
    );
    expect(containerPages.map((page) => page.length)).toEqual([2, 1]);
    expect(containerPages.flat().sort()).toEqual(urls.map((c) => c.URL).sort());
  });
});

describe("orders, ACLs and quotas on the real Barbican", () => {
  it("reads an order by id and ref, lists orders across pages, and deletes one", async () => {
    const orders = [];
    for (let i = 0; i < 2; i++) {
      const order = await km.createOrder({
        type: "key",
        meta: { name, algorithm: "aes", bit_length: 128, mode: "cbc" },
      });
      undo.push(() => km.deleteOrder(order.order_ref));
      const done = await km.waitForOrder(order, { status: "ACTIVE", interval: 200, timeout: 30_000 });
      undo.push(() => km.deleteSecret(done.secret_ref!));
      orders.push(order);
    }
    const [first, second] = orders as [(typeof orders)[0], (typeof orders)[0]];
    expect((await km.getOrder(first.id)).status).toBe("ACTIVE");
    expect((await km.getOrder(first.order_ref)).type).toBe("key");
    const pages = await pagesOf(km.listOrders({}, { limit: 1 }), (o) => o.id);
    expect(pages.every((page) => page.length === 1)).toBe(true);
    expect(pages.flat()).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(new Set(pages.flat()).size).toBe(pages.flat().length);
    await km.deleteOrder(second);
    await km.waitForDeleteOrder(second, { interval: 200, timeout: 10_000 });
    const unused = await secret("to-delete");
    await km.deleteSecret(unused);
    await km.waitForDeleteSecret(unused, { interval: 200, timeout: 10_000 });
    await expect(km.getOrder(second.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("merges users into a secret's ACL (PATCH) and reads a container's ACL", async () => {
    const held = await secret("acl-merged");
    await km.setSecretAcl(held, { read: { users: ["u1"] } });
    const merged = await km.updateSecretAcl(held, { read: { users: ["u1", "u2"], "project-access": false } });
    expect(merged.read?.users?.sort()).toEqual(["u1", "u2"]);
    const read = await km.getSecretAcl(held.secret_ref);
    expect(read.read).toMatchObject({ "project-access": false });
    expect(read.read?.users?.sort()).toEqual(["u1", "u2"]);

    const container = await km.createContainer({ name, type: "generic" });
    undo.push(() => km.deleteContainer(container));
    expect((await km.getContainerAcl(container)).read?.["project-access"]).toBe(true);
    await km.setContainerAcl(container, { read: { users: ["u3"], "project-access": false } });
    expect((await km.getContainerAcl(container.container_ref)).read).toMatchObject({
      users: ["u3"],
      "project-access": false,
    });
  });

  // Not across pages: Barbican 15's next link names /v1/project_quotas, a path it does not serve (404).
  it("lists every project's quotas (admin)", async () => {
    const projects: string[] = [];
    for (const i of [1, 2]) {
      const project = await conn.identity.createProject({ name: uniqueName(`kmm-q${i}`), domain_id: "default" });
      undo.push(() => conn.identity.deleteProject(project));
      undo.push(() => km.deleteProjectQuota(project.id));
      await km.updateProjectQuota(project, { secrets: 10 + i });
      projects.push(project.id);
    }
    const listed = await km.listProjectQuotas();
    expect(listed.filter((q) => projects.includes(q.project_id)).map((q) => q.project_quotas.secrets)).toEqual([
      11, 12,
    ]);
  });
});
